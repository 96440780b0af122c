using System;
using System.Linq;
using Xunit;

namespace SymbolicGd.Tests.Data
{
    /// <summary>
    /// The fixed order in which chunk sums combine: the binary-counter combination equals the
    /// recursive pairwise tree, bit for bit; a parallel pass equals a sequential one bit for bit.
    /// </summary>
    [Collection(nameof(ChunkSumsTests))]
    public class ChunkSumsTests
    {
        [Fact]
        public void Chunk_sums_combine_as_the_pairwise_tree()
        {
            var random = new Random(1);
            for (int chunks = 0; chunks <= 70; chunks++)
            {
                double[][] values = Enumerable.Range(0, chunks).Select(_ => new[] { random.NextDouble() * 1e3, (random.NextDouble() - 0.5) * 1e-3 }).ToArray();
                var result = new double[2];
                var scratch = new double[ChunkSums.ScratchLength(2, chunks * ChunkSums.ChunkSize)];
                var combined = new ChunkSums(result, scratch);
                foreach (double[] chunk in values)
                {
                    chunk.CopyTo(combined.Next());
                    combined.Add();
                }

                combined.Finish();
                for (int k = 0; k < 2; k++)
                {
                    double expected = chunks == 0 ? 0.0 : Tree(values, k, 0, chunks);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(result[k]));
                }
            }
        }

        [Fact]
        public void A_parallel_pass_has_the_bits_of_a_sequential_one()
        {
            var random = new Random(2);
            double[] data = Enumerable.Range(0, (37 * ChunkSums.ChunkSize) + 5).Select(_ => random.NextDouble() - 0.3).ToArray();
            var kernel = new SquaresAndValues(data);
            int previous = SampleSums.MaxThreads;
            try
            {
                SampleSums.MaxThreads = 1;
                var sequential = new double[2];
                SampleSums.Run(kernel, data.Length, sequential);
                foreach (int threads in new[] { 2, 4, 7 })
                {
                    SampleSums.MaxThreads = threads;
                    var parallel = new double[2];
                    SampleSums.Run(kernel, data.Length, parallel);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(sequential[0]), BitConverter.DoubleToInt64Bits(parallel[0]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(sequential[1]), BitConverter.DoubleToInt64Bits(parallel[1]));
                }

                Assert.Equal(data.Sum(), sequential[0], 1e-9);
                Assert.Equal(data.Sum(v => v * v), sequential[1], 1e-9);
            }
            finally
            {
                SampleSums.MaxThreads = previous;
            }
        }

        // Combine(lo, hi) = Combine(lo, lo + P) + Combine(lo + P, hi), P the largest power of two below hi - lo.
        private static double Tree(double[][] values, int k, int lo, int hi)
        {
            if (hi - lo == 1)
            {
                return values[lo][k];
            }

            int p = 1;
            while (p * 2 < hi - lo)
            {
                p *= 2;
            }

            return Tree(values, k, lo, lo + p) + Tree(values, k, lo + p, hi);
        }

        private readonly struct SquaresAndValues : ISampleSums
        {
            private readonly double[] _data;

            public SquaresAndValues(double[] data) => _data = data;

            public int Count => 2;

            public void Add(int start, int end, Span<double> sums)
            {
                double s = 0, q = 0;
                for (int i = start; i < end; i++)
                {
                    s += _data[i];
                    q += _data[i] * _data[i];
                }

                sums[0] = s;
                sums[1] = q;
            }
        }
    }
}
