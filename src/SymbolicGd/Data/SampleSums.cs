using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace SymbolicGd
{
    /// <summary>
    /// Runs one pass of a generated data loss over all samples: in fixed chunks of
    /// <see cref="ChunkSums.ChunkSize"/> samples, combined pairwise in a fixed order by
    /// <see cref="ChunkSums"/>. From <see cref="ParallelChunks"/> chunks on, the cores share the
    /// chunks; each chunk's sums go to a slot of its own and are combined in the same order, so the
    /// result has the same bits on one thread or many, however the chunks were scheduled. Public
    /// only because generated code in your assembly calls it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SampleSums
    {
        /// <summary>The fewest chunks that are shared among the cores (below it, one thread runs them all).</summary>
        public const int ParallelChunks = 8;

        // Largest scratch (in doubles) taken from the stack; more comes from the array pool.
        private const int StackScratch = 1024;

        private static int maxThreads = Environment.ProcessorCount;

        /// <summary>
        /// The most threads a pass uses (default: the processor count; 1 runs every pass on the
        /// calling thread). The result does not depend on it; tests and benchmarks set it to
        /// compare. Not meant to change while passes run.
        /// </summary>
        public static int MaxThreads
        {
            get => maxThreads;
            set => maxThreads = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "at least one thread");
        }

        /// <summary>
        /// Whether generated passes use vector instructions where the hardware has them (default);
        /// false makes every sample take the scalar path. Results differ only in rounding (the
        /// lanes are separate partial sums); tests and benchmarks compare the two.
        /// </summary>
        public static bool Vectorized { get; set; } = true;

        /// <summary>Writes the sums of <paramref name="kernel"/> over samples [0, <paramref name="samples"/>) into <paramref name="sums"/>.</summary>
        public static void Run<TKernel>(in TKernel kernel, int samples, Span<double> sums)
            where TKernel : struct, ISampleSums
        {
            int chunks = ChunkSums.Chunks(samples);
            int threads = Math.Min(maxThreads, chunks / 2);
            if (chunks < ParallelChunks || threads < 2)
            {
                Sequential(kernel, samples, sums);
                return;
            }

            Parallel(kernel, samples, chunks, threads, sums);
        }

        private static void Sequential<TKernel>(in TKernel kernel, int samples, Span<double> sums)
            where TKernel : struct, ISampleSums
        {
            int length = ChunkSums.ScratchLength(sums.Length, samples);
            double[]? rented = length > StackScratch ? ArrayPool<double>.Shared.Rent(length) : null;
            Span<double> scratch = rented is null ? stackalloc double[length] : rented;
            var combined = new ChunkSums(sums, scratch);
            for (int start = 0; start < samples; start += ChunkSums.ChunkSize)
            {
                kernel.Add(start, Math.Min(samples, start + ChunkSums.ChunkSize), combined.Next());
                combined.Add();
            }

            combined.Finish();
            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }
        }

        private static void Parallel<TKernel>(in TKernel kernel, int samples, int chunks, int threads, Span<double> sums)
            where TKernel : struct, ISampleSums
        {
            int count = sums.Length;
            double[] slots = ArrayPool<double>.Shared.Rent(chunks * count);
            var work = new ChunkWork<TKernel>(kernel, slots, samples, chunks, count, threads);
            for (int i = 1; i < threads; i++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(work, preferLocal: false);
            }

            // The calling thread takes chunks too, so a busy pool only costs parallelism: it never
            // waits for a worker that has not started, only for chunks already taken.
            work.Execute();
            work.WaitForAllChunks();

            int length = ChunkSums.ScratchLength(count, samples);
            double[]? rented = length > StackScratch ? ArrayPool<double>.Shared.Rent(length) : null;
            Span<double> scratch = rented is null ? stackalloc double[length] : rented;
            var combined = new ChunkSums(sums, scratch);
            for (int c = 0; c < chunks; c++)
            {
                slots.AsSpan(c * count, count).CopyTo(combined.Next());
                combined.Add();
            }

            combined.Finish();
            if (rented is not null)
            {
                ArrayPool<double>.Shared.Return(rented);
            }

            ArrayPool<double>.Shared.Return(slots);
            work.ThrowIfFailed();
        }

        // The shared state of one parallel pass: threads take blocks of consecutive chunks in turn
        // from one counter and write each chunk's sums to the chunk's own slot. Blocks, not single
        // chunks, so that each thread reads long runs of memory (the hardware prefetcher follows a
        // run; interleaved 4096-sample chunks scaled 1.4x on two cores, blocks as a plain split).
        private sealed class ChunkWork<TKernel> : IThreadPoolWorkItem
            where TKernel : struct, ISampleSums
        {
            private readonly TKernel _kernel;
            private readonly double[] _slots;
            private readonly int _samples;
            private readonly int _chunks;
            private readonly int _count;
            private readonly int _block;
            private readonly int _blocks;
            private int _next = -1;
            private int _done;
            private ExceptionDispatchInfo? _failure;

            public ChunkWork(in TKernel kernel, double[] slots, int samples, int chunks, int count, int threads)
            {
                _kernel = kernel;
                _slots = slots;
                _samples = samples;
                _chunks = chunks;
                _count = count;

                // About four blocks per thread: long runs, and still a share for a late starter.
                _block = Math.Max(1, chunks / (4 * threads));
                _blocks = (chunks + _block - 1) / _block;
            }

            public void Execute()
            {
                int block;
                while ((block = Interlocked.Increment(ref _next)) < _blocks)
                {
                    int first = block * _block, last = Math.Min(_chunks, first + _block);
                    for (int chunk = first; chunk < last; chunk++)
                    {
                        try
                        {
                            int start = chunk * ChunkSums.ChunkSize;
                            _kernel.Add(start, Math.Min(_samples, start + ChunkSums.ChunkSize), _slots.AsSpan(chunk * _count, _count));
                        }
                        catch (Exception exception)
                        {
                            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(exception), null);
                        }
                    }

                    Interlocked.Add(ref _done, last - first);
                }
            }

            public void WaitForAllChunks()
            {
                var wait = default(SpinWait);
                while (Volatile.Read(ref _done) < _chunks)
                {
                    wait.SpinOnce();
                }
            }

            public void ThrowIfFailed() => _failure?.Throw();
        }
    }
}
