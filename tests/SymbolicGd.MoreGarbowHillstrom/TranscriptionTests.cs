using System;
using Xunit;

namespace SymbolicGd.MoreGarbowHillstrom
{
    // The expressions against the paper: at the minimisers it states, each problem takes its
    // published minimum value. An error in a transcribed residual shows up here.
    public class TranscriptionTests
    {
        [Theory]
        [InlineData("Rosenbrock", new[] { 1.0, 1.0 })]
        [InlineData("FreudensteinRoth", new[] { 5.0, 4.0 })]
        [InlineData("BrownBadlyScaled", new[] { 1e6, 2e-6 })]
        [InlineData("Beale", new[] { 3.0, 0.5 })]
        [InlineData("HelicalValley", new[] { 1.0, 0.0, 0.0 })]
        [InlineData("GulfResearch", new[] { 50.0, 25.0, 1.5 })]
        [InlineData("Box3D", new[] { 1.0, 10.0, 1.0 })]
        [InlineData("Box3D", new[] { 10.0, 1.0, -1.0 })]
        [InlineData("PowellSingular", new[] { 0.0, 0.0, 0.0, 0.0 })]
        [InlineData("Wood", new[] { 1.0, 1.0, 1.0, 1.0 })]
        [InlineData("BiggsExp6", new[] { 1.0, 10.0, 1.0, 5.0, 4.0, 3.0 })]
        [InlineData("ExtendedRosenbrock", new[] { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 })]
        [InlineData("ExtendedPowellSingular", new[] { 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 })]
        [InlineData("VariablyDimensioned", new[] { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 })]
        [InlineData("Trigonometric", new[] { 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 })]
        [InlineData("BrownAlmostLinear", new[] { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 })]
        public void Zero_residual_problems_vanish_at_their_published_minimisers(string name, double[] minimiser)
        {
            Assert.Equal(0.0, ValueAt(name, minimiser), 1e-20);
        }

        [Fact]
        public void Least_squares_problems_take_their_published_values()
        {
            // Linear full rank: at x = -1 every r_i = -1 for i <= n and 0 beyond: f = n = m - n.
            Assert.Equal(10.0, ValueAt("LinearFullRank", new[] { -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0 }), 1e-12);

            // Rank 1: r_i = i s - 1 with s = sum j x_j, minimised at s = 3/(2m + 1), f = m(m - 1)/(2(2m + 1)).
            var rank1 = new double[10];
            rank1[0] = 3.0 / 41.0;
            Assert.Equal(20.0 * 19.0 / 82.0, ValueAt("LinearRank1", rank1), 1e-12);

            // Rank 1 with zero rows and columns: r_i = (i - 1) s - 1, s = sum_{j=2}^{n-1} j x_j, minimised at
            // s = 3/(2m - 3), f = (m^2 + 3m - 6)/(2(2m - 3)).
            var zero = new double[10];
            zero[1] = 3.0 / 37.0 / 2.0;
            Assert.Equal(454.0 / 74.0, ValueAt("LinearRank1ZeroColumnsRows", zero), 1e-12);

            // Bard at the paper's minimiser (7 digits): f = 8.21487e-3.
            Assert.Equal(8.21487e-3, ValueAt("Bard", new[] { 0.08241056, 1.133036, 2.343695 }), 1e-8);
        }

        [Fact]
        public void The_catalogue_has_the_papers_35_problems_in_order_with_their_dimensions()
        {
            Assert.Equal(35, Problems.All.Count);
            for (int i = 0; i < 35; i++)
            {
                Assert.Equal(i + 1, Problems.All[i].Number);
            }

            int[] dimensions = { 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 6, 11, 6, 10, 12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8 };
            int[] residuals = { 2, 2, 2, 3, 3, 10, 3, 15, 15, 16, 99, 10, 4, 6, 11, 20, 33, 13, 65, 31, 10, 12, 11, 20, 12, 10, 10, 10, 10, 10, 10, 20, 20, 20, 8 };
            for (int i = 0; i < 35; i++)
            {
                Assert.Equal(dimensions[i], Problems.All[i].Dimension);
                Assert.Equal(residuals[i], Problems.All[i].Residuals);
            }
        }

        private static double ValueAt(string name, double[] theta)
        {
            TestProblem problem = Array.Find(System.Linq.Enumerable.ToArray(Problems.All), p => p.Name == name)!;
            Assert.Equal(problem.Dimension, theta.Length);
            return problem.Minimize(theta, new DescentOptions { MaxSteps = 0 }).Value;
        }
    }
}
