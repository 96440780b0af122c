using System;
using System.Collections.Generic;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using nietras.SeparatedValues;

namespace CurveFitExample
{
    /// <summary>
    /// The Mauna Loa monthly means (data/co2-concentration.csv, see data/SOURCE.md) as the columns of
    /// the Keeling loss: t = years since 1958 at mid-month (the seasonal terms read it), u = t
    /// centred and scaled to [-1, 1] (the trend reads it), co2 in ppm.
    /// </summary>
    internal sealed class Co2Series
    {
        private Co2Series(double[] t, double[] co2)
        {
            T = t;
            Co2 = co2;
            double first = t[0], last = t[^1];
            Centre = 0.5 * (first + last);
            HalfSpan = 0.5 * (last - first);
            U = Array.ConvertAll(t, value => (value - Centre) / HalfSpan);
        }

        public double[] T { get; }

        public double[] U { get; }

        public double[] Co2 { get; }

        /// <summary>The t at u = 0.</summary>
        public double Centre { get; }

        /// <summary>Years per unit of u.</summary>
        public double HalfSpan { get; }

        public int Count => T.Length;

        /// <summary>Reads the Date and CO2 columns with Sep; a malformed row is an error naming its line.</summary>
        public static Co2Series Load(string path)
        {
            var t = new List<double>();
            var co2 = new List<double>();
            using var reader = Sep.Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
            foreach (var row in reader)
            {
                if (!DateOnly.TryParseExact(row["Date"].Span, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                    || !double.TryParse(row["CO2"].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out double ppm))
                {
                    throw new FormatException($"{path}: line {row.LineNumberFrom}: cannot read '{row.Span.ToString()}' as a date and a CO2 value");
                }

                // A monthly mean belongs to the middle of its month.
                t.Add(date.Year - 1958 + ((date.Month - 0.5) / 12.0));
                co2.Add(ppm);
            }

            return new Co2Series(t.ToArray(), co2.ToArray());
        }

        /// <summary>The model at one time, computed here by hand (the plot and the RMSE use it, not generated code).</summary>
        public static double Model(ReadOnlySpan<double> p, double u, double t) =>
            p[0] + (p[1] * u) + (p[2] * u * u) + (p[3] * Math.Sin(2 * Math.PI * t)) + (p[4] * Math.Cos(2 * Math.PI * t));

        /// <summary>The independent answer: linear least squares on the design matrix [1, u, u^2, sin 2 pi t, cos 2 pi t] by Householder QR (MathNet.Numerics).</summary>
        public double[] LeastSquares()
        {
            Matrix<double> design = Matrix<double>.Build.Dense(Count, 5, (i, j) => j switch
            {
                0 => 1.0,
                1 => U[i],
                2 => U[i] * U[i],
                3 => Math.Sin(2 * Math.PI * T[i]),
                _ => Math.Cos(2 * Math.PI * T[i]),
            });
            return design.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Solve(Vector<double>.Build.DenseOfArray(Co2)).ToArray();
        }

        /// <summary>The mean squared residual of the model with parameters p, by a plain loop.</summary>
        public double MeanSquaredResidual(ReadOnlySpan<double> p)
        {
            double sum = 0;
            for (int i = 0; i < Count; i++)
            {
                double r = Model(p, U[i], T[i]) - Co2[i];
                sum += r * r;
            }

            return sum / Count;
        }
    }
}
