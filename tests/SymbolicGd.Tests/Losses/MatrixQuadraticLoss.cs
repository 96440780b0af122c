using System;
using System.Collections.Generic;
using System.Linq;

namespace SymbolicGd.Tests.Losses
{
    /// <summary>0.5 theta^T A theta - b^T theta as an instance (ILoss): no shared state, so tests may run it in parallel.</summary>
    internal sealed class MatrixQuadraticLoss : ILoss
    {
        private readonly double[] a;
        private readonly double[] b;
        private readonly string[] names;

        public MatrixQuadraticLoss(double[] a, double[] b)
        {
            this.a = a;
            this.b = b;
            names = Enumerable.Range(0, b.Length).Select(i => "t" + i).ToArray();
        }

        public int Dimension => b.Length;

        public IReadOnlyList<string> ParameterNames => names;

        public string Expression => "0.5*theta^T*A*theta - b^T*theta";

        public bool HasConstantHessian => true;

        // Unknown to this hand-written loss: the runtime takes it from the Hessian's eigenvalues.
        public double Lipschitz => double.NaN;

        public double Value(ReadOnlySpan<double> theta)
        {
            Span<double> unused = stackalloc double[b.Length];
            return ValueAndGradient(theta, unused);
        }

        public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            int n = b.Length;
            double value = 0.0;
            for (int i = 0; i < n; i++)
            {
                double row = 0.0;
                for (int j = 0; j < n; j++)
                {
                    row += a[(i * n) + j] * theta[j];
                }

                gradient[i] = row - b[i];
                value += (0.5 * theta[i] * row) - (b[i] * theta[i]);
            }

            return value;
        }

        public void Hessian(ReadOnlySpan<double> theta, Span<double> hessian) => a.CopyTo(hessian);

        public double ValueGradientHessian(ReadOnlySpan<double> theta, Span<double> gradient, Span<double> hessian)
        {
            Hessian(theta, hessian);
            return ValueAndGradient(theta, gradient);
        }
    }
}
