using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>
    /// A fixed pseudo-random polynomial in 20 variables with 200 terms, each a coefficient times
    /// one to three distinct variables raised to powers 1..3 (degree up to 9). Kept as data too,
    /// so its value and gradient can be computed independently of the engine.
    /// </summary>
    internal sealed class Polynomial
    {
        public const int Variables = 20;
        public const int Terms = 200;

        private Polynomial(double[] coefficients, (int Variable, int Power)[][] factors)
        {
            Coefficients = coefficients;
            Factors = factors;
            ParameterNames = Enumerable.Range(0, Variables).Select(i => "x" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            Text = string.Join(" + ", Enumerable.Range(0, Terms).Select(TermText));
        }

        public double[] Coefficients { get; }

        public (int Variable, int Power)[][] Factors { get; }

        public string[] ParameterNames { get; }

        /// <summary>e.g. "1.25*x3^2*x17 + 0.5*x0 + ..."</summary>
        public string Text { get; }

        public static Polynomial Create()
        {
            var random = new Random(20_200);
            var coefficients = new double[Terms];
            var factors = new (int, int)[Terms][];
            for (int t = 0; t < Terms; t++)
            {
                coefficients[t] = Math.Round(random.NextDouble() * 4 - 2, 2);
                factors[t] = Enumerable.Range(0, Variables).OrderBy(_ => random.Next()).Take(1 + random.Next(3))
                    .Select(v => (v, 1 + random.Next(3))).ToArray();
            }

            return new Polynomial(coefficients, factors);
        }

        /// <summary>dP/dx_i at <paramref name="x"/>, by the power rule on the data, not by the engine.</summary>
        public double[] Gradient(double[] x)
        {
            var gradient = new double[Variables];
            for (int t = 0; t < Terms; t++)
            {
                foreach ((int v, int p) in Factors[t])
                {
                    double product = Coefficients[t] * p * Math.Pow(x[v], p - 1);
                    foreach ((int w, int q) in Factors[t])
                    {
                        product *= w == v ? 1 : Math.Pow(x[w], q);
                    }

                    gradient[v] += product;
                }
            }

            return gradient;
        }

        private string TermText(int t)
        {
            var text = new StringBuilder(Coefficients[t].ToString("R", CultureInfo.InvariantCulture));
            foreach ((int v, int p) in Factors[t])
            {
                text.Append("*x").Append(v.ToString(CultureInfo.InvariantCulture));
                if (p > 1)
                {
                    text.Append('^').Append(p.ToString(CultureInfo.InvariantCulture));
                }
            }

            return text.ToString();
        }
    }
}
