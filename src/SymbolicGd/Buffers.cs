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
            Previous = block.Slice(0, n);
            Current = block.Slice(n, n);
            Next = block.Slice(2 * n, n);
            Gradient = block.Slice(3 * n, n);
            StartGradient = block.Slice(4 * n, n);
            Hessian = block.Slice(5 * n, n * n);
            Scratch = block.Slice((5 * n) + (n * n), n * n);
        }

        public int N { get; }

        // theta_{t-1}, theta_t, theta_{t+1}.
        public Span<double> Previous { get; }

        public Span<double> Current { get; }

        public Span<double> Next { get; }

        public Span<double> Gradient { get; }

        // The gradient at theta_0, for the step prediction.
        public Span<double> StartGradient { get; }

        public Span<double> Hessian { get; }

        // Working storage of the eigen solver.
        public Span<double> Scratch { get; }
    }
}
