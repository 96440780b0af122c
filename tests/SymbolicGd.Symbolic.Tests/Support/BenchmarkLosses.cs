using System.Globalization;
using System.Linq;
using System.Text;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>The losses of the cheap-gradient bound: Rosenbrock, Beale, least squares, logistic.</summary>
    internal static class BenchmarkLosses
    {
        public const string Rosenbrock = "(1 - x)^2 + 100*(y - x^2)^2";

        public const string Beale = "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2";

        public static readonly string[] TwoParameters = { "x", "y" };

        public static readonly string[] LeastSquaresParameters = Enumerable.Range(0, 10).Select(i => "p" + i).ToArray();

        public static readonly string[] LogisticParameters = { "w1", "w2", "w3", "b" };

        /// <summary>sum over 12 observations k of (sum_j a_kj p_j - y_k)^2 with fixed decimal data.</summary>
        public static string LeastSquares()
        {
            var text = new StringBuilder();
            for (int k = 0; k < 12; k++)
            {
                text.Append(k == 0 ? "(" : " + (");
                for (int j = 0; j < 10; j++)
                {
                    double a = (((k * 7) + (j * 3)) % 11 - 5) / 4.0;
                    text.Append(j == 0 ? string.Empty : " + ").Append(Format(a)).Append("*p").Append(j);
                }

                text.Append(" - ").Append(Format((k % 5) + 0.5)).Append(")^2");
            }

            return text.ToString();
        }

        /// <summary>sum over 8 labelled points of softplus(-label * (w . x + b)).</summary>
        public static string Logistic()
        {
            var text = new StringBuilder();
            for (int k = 0; k < 8; k++)
            {
                double label = k % 3 == 0 ? -1 : 1;
                double x1 = ((k * 5) % 7 - 3) / 2.0, x2 = ((k * 3) % 5 - 2) / 4.0, x3 = (k % 4) - 1.5;
                text.Append(k == 0 ? string.Empty : " + ")
                    .Append("softplus(").Append(Format(-label)).Append("*(")
                    .Append(Format(x1)).Append("*w1 + ").Append(Format(x2)).Append("*w2 + ").Append(Format(x3)).Append("*w3 + b))");
            }

            return text.ToString();
        }

        private static string Format(double v) => v < 0 ? "(" + v.ToString("R", CultureInfo.InvariantCulture) + ")" : v.ToString("R", CultureInfo.InvariantCulture);
    }
}
