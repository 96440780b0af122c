namespace SymbolicGd.Benchmarks
{
    /// <summary>The constants of <see cref="BenchmarkLosses.LeastSquaresText"/>: residual r = A p + c.</summary>
    internal static class LeastSquaresData
    {
        public static readonly double[,] A =
        {
            { -0.7, -1.4, 0.6, -1.71, 0.14, -0.54, -1.77, 0.03, -1.85, -0.27 },
            { -1.64, -0.3, 1.31, -1.5, -1.11, 0.51, 1.79, 0.31, -0.41, 1.91 },
            { 1.43, -0.84, -1.42, -1.53, -0.77, 1.26, -1.28, 0.33, 0.56, -0.51 },
            { -1.75, -1.76, -1.18, 0.72, -0.29, -0.74, 0.34, -0.19, -0.8, 1.18 },
            { -1.02, 0.3, 0.1, 1.5, 0.92, -0.85, 1.92, -1.53, -0.33, 1.03 },
            { -0.04, -1.84, 0.67, 1.06, 0.29, 1.5, -0.75, 0.78, 0.38, 0.32 },
            { 1.36, 1.78, -0.1, 0.66, -1.76, 0.81, 0.59, 1.97, 1.29, -0.86 },
            { 0.67, -1.91, -0.15, -1.33, -1.53, -1.76, 1.07, -1.48, -1.01, -0.44 },
            { -1.68, -0.2, 0.2, 1.53, 1.28, 1.46, -0.89, -0.34, -0.56, 1.54 },
            { -1.4, -1.3, -1.07, -1.07, -0.06, 0.36, -0.95, -1.98, -0.32, -0.52 },
            { 1.81, 0.76, 0.06, 0.47, 0.7, -1.78, 1.6, 1.12, 1.5, 1.19 },
            { -0.4, -1.59, 0.54, -1.75, -1.73, -1.16, -1.35, -0.64, -1.79, -2.0 },
        };

        /// <summary><see cref="A"/> flattened row by row, as fast hand-written code reads it.</summary>
        public static readonly double[] RowMajorA = Flatten(A);

        public static readonly double[] C = { 2.58, 2.72, -0.29, -1.19, 2.09, 0.26, 0.69, -2.23, -2.75, -0.4, 0.65, 2.09 };

        // Logistic data: each row (1, a, b) already multiplied by -y, so the loss is sum softplus(z . w).
        public static readonly double[,] Logistic =
        {
            { -1, -0.5, 1.2 },
            { 1, -0.3, 0.8 },
            { -1, -1.5, -0.2 },
            { 1, 2.0, -0.7 },
            { -1, 0.4, 1.9 },
            { 1, -1.1, 1.3 },
            { -1, -0.9, -0.6 },
            { 1, 0.1, -2.2 },
        };

        /// <summary><see cref="Logistic"/> flattened row by row.</summary>
        public static readonly double[] RowMajorLogistic = Flatten(Logistic);

        private static double[] Flatten(double[,] matrix)
        {
            var flat = new double[matrix.Length];
            int columns = matrix.GetLength(1);
            for (int i = 0; i < matrix.GetLength(0); i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    flat[i * columns + j] = matrix[i, j];
                }
            }

            return flat;
        }
    }
}
