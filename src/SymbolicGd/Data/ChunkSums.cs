using System;
using System.ComponentModel;

namespace SymbolicGd
{
    /// <summary>
    /// Combines the sums of consecutive chunks of samples pairwise, in one fixed tree that depends
    /// only on the number of chunks: chunks 2k and 2k+1 first, then pairs of pairs, and a partial
    /// block last (a binary counter: chunk sums wait at their level until a partner arrives). So
    /// the rounding error grows with log N, not N, and the bits of the result are the same whether
    /// the chunks ran on one thread or many. Public only because generated code in your assembly
    /// uses it.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct ChunkSums
    {
        /// <summary>Samples per chunk: a multiple of every vector width, so only the last chunk has a scalar tail.</summary>
        public const int ChunkSize = 4096;

        private readonly Span<double> _result;
        private readonly Span<double> _scratch;
        private readonly int _count;
        private int _chunks;

        /// <summary>Combines chunk sums of <paramref name="result"/>'s length into it.</summary>
        /// <param name="result">Where <see cref="Finish"/> writes the combined sums.</param>
        /// <param name="scratch">At least <see cref="ScratchLength"/>(result.Length, samples) doubles.</param>
        public ChunkSums(Span<double> result, Span<double> scratch)
        {
            _result = result;
            _scratch = scratch;
            _count = result.Length;
            _chunks = 0;
        }

        /// <summary>The scratch a combination of <paramref name="sums"/> sums over <paramref name="samples"/> samples needs.</summary>
        public static int ScratchLength(int sums, int samples)
        {
            int chunks = Chunks(samples);
            int levels = 1;
            while (chunks > 1)
            {
                chunks >>= 1;
                levels++;
            }

            return sums * (levels + 1);
        }

        /// <summary>The number of chunks of <paramref name="samples"/> samples.</summary>
        public static int Chunks(int samples) => (int)(((long)samples + ChunkSize - 1) / ChunkSize);

        /// <summary>Where the next chunk writes its sums.</summary>
        public Span<double> Next() => _scratch.Slice(0, _count);

        /// <summary>Folds the chunk just written into <see cref="Next"/> into the tree.</summary>
        public void Add()
        {
            Span<double> current = _scratch.Slice(0, _count);
            int level = 0;
            for (int chunks = _chunks; (chunks & 1) != 0; chunks >>= 1, level++)
            {
                // The waiting left partner is the earlier block: left + right, in that order.
                Span<double> left = Level(level);
                for (int k = 0; k < current.Length; k++)
                {
                    current[k] = left[k] + current[k];
                }
            }

            current.CopyTo(Level(level));
            _chunks++;
        }

        /// <summary>Writes the combined sums (zeros for no chunks) into the result span.</summary>
        public void Finish()
        {
            _result.Clear();
            bool any = false;
            for (int level = 0, chunks = _chunks; chunks != 0; chunks >>= 1, level++)
            {
                if ((chunks & 1) == 0)
                {
                    continue;
                }

                Span<double> block = Level(level);
                for (int k = 0; k < _count; k++)
                {
                    // The smaller, later blocks are combined first; each larger, earlier one on the left.
                    _result[k] = any ? block[k] + _result[k] : block[k];
                }

                any = true;
            }
        }

        private Span<double> Level(int level) => _scratch.Slice((level + 1) * _count, _count);
    }
}
