using System;

namespace SymbolicGd
{
    // The working memory of one run, carved out of a single stack or pooled block sized by the
    // loss's dimension, so that the loop itself never allocates.
    internal readonly ref struct Buffers
    {
        public Buffers(Span<double> block, int n)
        {
            N = n;
            int at = 0;
            Previous = Take(block, ref at, n);
            Current = Take(block, ref at, n);
            Next = Take(block, ref at, n);
            Gradient = Take(block, ref at, n);
            StartGradient = Take(block, ref at, n);
            Best = Take(block, ref at, n);
            Base = Take(block, ref at, n);
            Direction = Take(block, ref at, n);
            Eigenvalues = Take(block, ref at, n);
            Tridiagonal = Take(block, ref at, 2 * n);
            Hessian = Take(block, ref at, n * n);
            Scratch = Take(block, ref at, n * n);
            Factor = Take(block, ref at, n * n);
        }

        public int N { get; }

        // theta_{t-1}, theta_t, theta_{t+1}.
        public Span<double> Previous { get; }

        public Span<double> Current { get; }

        public Span<double> Next { get; }

        public Span<double> Gradient { get; }

        // The gradient at theta_0, for the step prediction.
        public Span<double> StartGradient { get; }

        // The iterate with the lowest finite loss so far: what the run returns.
        public Span<double> Best { get; }

        // Nesterov: theta_t, the point the look-ahead y_t = theta_t + beta (theta_t - theta_{t-1}) starts from.
        public Span<double> Base { get; }

        // Newton: the direction -H^-1 g.
        public Span<double> Direction { get; }

        // Newton: the Hessian's eigenvalues where it is not positive definite.
        public Span<double> Eigenvalues { get; }

        // The diagonal and sub-diagonal of the Hessian reduced to tridiagonal form (Spectrum).
        public Span<double> Tridiagonal { get; }

        public Span<double> Hessian { get; }

        // Working storage of the eigen solver.
        public Span<double> Scratch { get; }

        // Newton: the Cholesky factor, or the eigenvectors of the modification.
        public Span<double> Factor { get; }

        public static int Length(int n) => (11 * n) + (3 * n * n);

        private static Span<double> Take(Span<double> block, scoped ref int at, int length)
        {
            Span<double> part = block.Slice(at, length);
            at += length;
            return part;
        }
    }
}
