using System;
using Xunit;

namespace SymbolicGd.Tests
{
    /// <summary>
    /// Generated losses at the edges, run through the descent loop as a user runs them: the
    /// derivatives the engine emits there are finite wherever the limit is (issue 11).
    /// </summary>
    public static partial class EdgeLosses
    {
        // |x|^3: f' = 3x|x|, f'' = 6|x|, minimum 0 at 0; the plain (x^2)^1.5 form had f'' = NaN at 0.
        [Loss("(x^2)^1.5")]
        public static partial double CubedAbs(double x);

        // log(e^(x - 800) + e^(800 - x)) = |x - 800| + log(1 + e^-2|x - 800|): minimum log 2 at
        // x = 800, curvature 1 there; e^800 overflows a double.
        [Loss("log(exp(x - 800) + exp(800 - x))")]
        public static partial double FarWell(double x);
    }

    public class EdgeDescentTests
    {
        [Fact]
        public void Power_of_a_square_converges_from_1_without_a_non_finite_step()
        {
            // Automatic steps 1/L_t = 1/(6|x|) halve x: x_k = 2^-k, |f'| = 3 * 4^-k <= 1e-8 at k = 15.
            DescentResult result = EdgeLosses.CubedAbsMinimize(1.0);
            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(15, result.Steps);
            Assert.Equal(Math.Pow(2, -15), result.Minimum[0], 15);
        }

        [Fact]
        public void Log_sum_exp_descends_where_the_exps_overflow()
        {
            // At 0 the slope is -1 and the curvature 4 e^-1600, 0 in doubles, so a fixed rate:
            // eta = 1 moves by 1 per step on the slope and is 1/L at the minimum.
            Assert.Equal(800 + Math.Log(1 + Math.Exp(-1600)), EdgeLosses.FarWell(0), 12);
            DescentResult result = EdgeLosses.FarWellMinimize(0.0, new DescentOptions { LearningRate = 1.0, MaxSteps = 2000 });
            Assert.Equal(StopReason.Converged, result.StopReason);
            Assert.Equal(800.0, result.Minimum[0], 6);
            Assert.Equal(Math.Log(2), result.Value, 12);
        }
    }
}
