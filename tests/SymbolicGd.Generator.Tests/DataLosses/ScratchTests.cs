using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SymbolicGd.Generator.Tests.DataLosses
{
    public sealed class ScratchTests
    {
        private readonly ITestOutputHelper _output;

        public ScratchTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Print()
        {
            var loss = DataLossUnderTest.Compile("LogReg", "mean(softplus(w0 + w1*x1 + w2*x2) - label*(w0 + w1*x1 + w2*x2)) + lambda*(w1^2 + w2^2)",
                new[] { (Kind.Variable, "w0"), (Kind.Variable, "w1"), (Kind.Variable, "w2"), (Kind.Column, "x1"), (Kind.Column, "x2"), (Kind.Column, "label"), (Kind.Fixed, "lambda") });
            System.IO.File.WriteAllText("/tmp/scratch/logreg.cs", loss.GeneratedSource);
            var line = DataLossUnderTest.Compile("LineFit", "mean((a + b*x - y)^2)", new[] { (Kind.Variable, "a"), (Kind.Variable, "b"), (Kind.Column, "x"), (Kind.Column, "y") });
            System.IO.File.WriteAllText("/tmp/scratch/linefit.cs", line.GeneratedSource);
            double[] x = { 1, 2, 3, 4, 5 }, y = { 3, 5, 7, 9, 12 };
            _output.WriteLine(line.Value(new[] { 1.0, 2.0 }, new[] { x, y }, new double[0]).ToString());
        }
    }
}
