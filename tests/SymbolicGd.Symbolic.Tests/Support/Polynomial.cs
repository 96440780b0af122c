using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>The performance workload: a 20-variable polynomial with 200 terms of degree up to 4.</summary>
    internal static class Polynomial
    {
        public static (string Text, string[] Names, Func<double[], double> Evaluate) TwentyVariables()
        {
            var random = new Random(2024);
            string[] names = Enumerable.Range(0, 20).Select(i => "x" + i).ToArray();
            var terms = new (double Coefficient, int[] Variables, int[] Powers)[200];
            var text = new StringBuilder();
            for (int t = 0; t < terms.Length; t++)
            {
                int count = 1 + random.Next(3);
                int[] variables = Enumerable.Range(0, count).Select(_ => random.Next(20)).Distinct().ToArray();
                int[] powers = variables.Select(_ => 1 + random.Next(3)).ToArray();
                double coefficient = random.Next(1, 40) / 8.0 * (random.Next(2) == 0 ? -1 : 1);
                terms[t] = (coefficient, variables, powers);
                text.Append(t == 0 ? string.Empty : " + ").Append('(').Append(coefficient.ToString("R", CultureInfo.InvariantCulture)).Append(')');
                for (int k = 0; k < variables.Length; k++)
                {
                    text.Append('*').Append(names[variables[k]]).Append('^').Append(powers[k]);
                }
            }

            double Evaluate(double[] x) => terms.Sum(term =>
            {
                double product = term.Coefficient;
                for (int k = 0; k < term.Variables.Length; k++)
                {
                    product *= Math.Pow(x[term.Variables[k]], term.Powers[k]);
                }

                return product;
            });

            return (text.ToString(), names, Evaluate);
        }
    }
}
