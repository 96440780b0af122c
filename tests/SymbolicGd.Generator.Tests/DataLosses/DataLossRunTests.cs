using System;
using System.Globalization;
using System.Linq;
using System.Text;
using SymbolicGd.Generator.Tests.Infrastructure;
using SymbolicGd.Symbolic;
using SymbolicGd.Symbolic.Testing;
using Xunit;

namespace SymbolicGd.Generator.Tests.DataLosses
{
    /// <summary>The tests that switch SampleSums' threads or vectors run alone: the switches are global.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class SampleSumsSwitches
    {
        public const string Name = "SampleSums switches";
    }

    /// <summary>
    /// Generated data losses compiled and run: against a plain loop over the samples (the engine's
    /// interpreter, sample by sample, summed in order) and finite differences, at sample counts
    /// around the vector widths and the chunk size; static span members and the struct agree bit
    /// for bit; one thread and many give the same bits; the vector path agrees with the scalar one.
    /// </summary>
    [Collection(SampleSumsSwitches.Name)]
    public sealed class DataLossRunTests
    {
        private static readonly (Kind Kind, string Name)[] RandomParameters =
        {
            (Kind.Variable, "x"), (Kind.Column, "u"), (Kind.Variable, "y"), (Kind.Fixed, "z"), (Kind.Column, "w"),
        };

        private static readonly (Kind Kind, string Name)[] LogRegParameters =
        {
            (Kind.Variable, "w0"), (Kind.Variable, "w1"), (Kind.Variable, "w2"), (Kind.Column, "x1"), (Kind.Column, "x2"), (Kind.Column, "label"), (Kind.Fixed, "lambda"),
        };

        private const string LogRegText = "mean(softplus(w0 + w1*x1 + w2*x2) - label*(w0 + w1*x1 + w2*x2)) + lambda*(w1^2 + w2^2)";

        // Around the vector widths (4, 8) and the chunk size (4096), and one with a partial chunk pair.
        private static readonly int[] SampleCounts = { 1, 3, 4, 5, 7, 8, 9, 17, 4095, 4096, 4097, 8193 };

        [Fact]
        public void Random_data_losses_match_a_plain_loop_over_the_samples_and_finite_differences()
        {
            int checkedPoints = 0;
            for (int seed = 0; seed < 10; seed++)
            {
                var random = new Random(1000 + seed);
                string expression = RandomLoss(random);
                DataLossUnderTest generated = DataLossUnderTest.Compile("Random" + seed.ToString(CultureInfo.InvariantCulture), expression, RandomParameters);
                LossDefinition reference = Reference(expression, RandomParameters);
                foreach (int samples in SampleCounts)
                {
                    double[][] columns = { Draw(random, samples), Draw(random, samples) };
                    double[] theta = { Uniform(random), Uniform(random) };
                    double[] fixedValues = { Uniform(random) };
                    CheckAgainstReference(generated, reference, theta, columns, fixedValues, expression + " at N = " + samples.ToString(CultureInfo.InvariantCulture));
                    checkedPoints++;
                }
            }

            Assert.Equal(10 * SampleCounts.Length, checkedPoints);
        }

        [Fact]
        public void Logistic_regression_matches_a_plain_loop_at_every_sample_count()
        {
            DataLossUnderTest generated = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters);
            LossDefinition reference = Reference(LogRegText, LogRegParameters);
            var random = new Random(7);
            foreach (int samples in SampleCounts)
            {
                double[][] columns = LogisticData(random, samples);
                CheckAgainstReference(generated, reference, new[] { 0.2, -0.7, 1.1 }, columns, new[] { 0.05 }, "N = " + samples.ToString(CultureInfo.InvariantCulture));
            }
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Every_function_runs_on_vectors_and_agrees_with_the_plain_loop(bool net8)
        {
            // Functions with a vector form (exp, log, sqrt, abs, max) and those taken lane by lane
            // (VectorMath: trigonometric, hyperbolic, pow, the norm, sign), all inside one pass.
            const string Expression =
                "mean(abs(x - u) + pow(1 + u^2, y) + sqrt((x*u)^2 + w^2) + asin(0.5*tanh(u*x)) + acos(0.5*tanh(w))"
                + " + sinh(0.5*u*y) + cosh(w*x) + tan(0.5*tanh(u)) + log(1 + w^2) + exp(-u^2)*z + sigmoid(x*w) + logsumexp(x*u, y*w))";
            DataLossUnderTest generated = DataLossUnderTest.Compile("Everything", Expression, RandomParameters, net8);
            LossDefinition reference = Reference(Expression, RandomParameters);
            var random = new Random(23);
            foreach (int samples in new[] { 9, 1001 })
            {
                double[][] columns = { Draw(random, samples), Draw(random, samples) };
                CheckAgainstReference(generated, reference, new[] { 0.3, -0.4 }, columns, new[] { 0.7 }, (net8 ? ".NET 8, " : string.Empty) + "N = " + samples.ToString(CultureInfo.InvariantCulture));
            }
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_power_of_a_norm_has_its_limits_where_samples_sit_on_the_point(bool net8)
        {
            // f = mean(r_i^3), r_i = |(x - u_i, y - w_i)|: gradient mean(3 r_i d_i), Hessian
            // mean(3 r_i I + 3 d_i d_i^T / r_i), and a sample at the point (r_i = 0) contributes 0
            // to both (the limits), not 0/0. Every third sample sits on the point, in every lane.
            (Kind Kind, string Name)[] parameters = { (Kind.Variable, "x"), (Kind.Variable, "y"), (Kind.Column, "u"), (Kind.Column, "w") };
            const string Expression = "mean(((x - u)^2 + (y - w)^2)^1.5)";
            DataLossUnderTest generated = DataLossUnderTest.Compile("NormCubed", Expression, parameters, net8);
            LossDefinition reference = Reference(Expression, parameters);
            double[] theta = { 0.3, -0.4 };
            var random = new Random(29);
            foreach (int samples in new[] { 9, 1001 })
            {
                double[] u = Draw(random, samples), w = Draw(random, samples);
                for (int i = 0; i < samples; i += 3)
                {
                    (u[i], w[i]) = (theta[0], theta[1]);
                }

                double[][] columns = { u, w };
                string what = (net8 ? ".NET 8, " : string.Empty) + "N = " + samples.ToString(CultureInfo.InvariantCulture);
                CheckAgainstReference(generated, reference, theta, columns, Array.Empty<double>(), what);

                var gradient = new double[2];
                var hessian = new double[4];
                for (int i = 0; i < samples; i++)
                {
                    double dx = theta[0] - u[i], dy = theta[1] - w[i], r = Math.Sqrt((dx * dx) + (dy * dy));
                    if (r == 0)
                    {
                        continue;
                    }

                    gradient[0] += 3 * r * dx / samples;
                    gradient[1] += 3 * r * dy / samples;
                    hessian[0] += ((3 * r) + (3 * dx * dx / r)) / samples;
                    hessian[1] += 3 * dx * dy / r / samples;
                    hessian[3] += ((3 * r) + (3 * dy * dy / r)) / samples;
                }

                hessian[2] = hessian[1];
                double[] g = generated.Gradient(theta, columns, Array.Empty<double>());
                double[] h = generated.Hessian(theta, columns, Array.Empty<double>());
                for (int k = 0; k < 2; k++)
                {
                    Close(gradient[k], g[k], what + $" closed-form gradient[{k}]");
                }

                for (int k = 0; k < 4; k++)
                {
                    Close(hessian[k], h[k], what + $" closed-form Hessian[{k}]");
                }
            }
        }

        [Fact]
        public void One_thread_and_many_give_the_same_bits()
        {
            DataLossUnderTest generated = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters);
            var random = new Random(11);

            // 8 chunks and more (the parallel threshold), and odd counts with a short last chunk.
            foreach (int samples in new[] { (8 * 4096) + 17, 100_003, 250_000 })
            {
                double[][] columns = LogisticData(random, samples);
                ILoss loss = generated.Create(columns, new[] { 0.01 });
                double[] theta = { -0.3, 0.9, -1.4 };
                double[] single = Everything(loss, theta, threads: 1);
                foreach (int threads in new[] { 2, 3, 8 })
                {
                    double[] many = Everything(loss, theta, threads);
                    Assert.Equal(Bits(single), Bits(many));
                }

                // The span members run the same chunks in the same order on the calling thread.
                double[] staticGradient = generated.Gradient(theta, columns, new[] { 0.01 });
                Assert.Equal(Bits(single.AsSpan(1, 3).ToArray()), Bits(staticGradient));
            }
        }

        [Fact]
        public void The_vector_path_agrees_with_the_scalar_path()
        {
            DataLossUnderTest generated = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters);
            var random = new Random(13);
            double[][] columns = LogisticData(random, 50_001);
            ILoss loss = generated.Create(columns, new[] { 0.01 });
            double[] theta = { 0.4, -0.2, 0.6 };
            double[] vector = Everything(loss, theta, threads: 2);
            SampleSums.Vectorized = false;
            double[] scalar;
            try
            {
                scalar = Everything(loss, theta, threads: 2);
            }
            finally
            {
                SampleSums.Vectorized = true;
            }

            for (int k = 0; k < vector.Length; k++)
            {
                Assert.True(Math.Abs(vector[k] - scalar[k]) <= 1e-13 * Math.Max(1.0, Math.Abs(scalar[k])), $"entry {k}: vector {vector[k]:R}, scalar {scalar[k]:R}");
            }

            // And they are different code where there are vectors: the lanes are separate partial sums.
            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
            {
                Assert.NotEqual(Bits(vector), Bits(scalar));
            }
        }

        [Fact]
        public void Summation_error_does_not_grow_with_the_number_of_samples()
        {
            // sum(x) over 2^22 copies of 0.1 (not a binary fraction): a running sum is off by 6e-11
            // (relative); chunks of 4096 summed pairwise by at most 4096 eps (the scalar path; the
            // vector lanes are shorter runs still), some 6e-14 here.
            DataLossUnderTest generated = DataLossUnderTest.Compile("Total", "sum(a*x) + a^2", new[] { (Kind.Variable, "a"), (Kind.Column, "x") });
            int samples = 1 << 22;
            double[] x = Enumerable.Repeat(0.1, samples).ToArray();
            ILoss loss = generated.Create(new[] { x }, Array.Empty<double>());
            double value = loss.Value(new[] { 1.0 }) - 1.0;
            double exact = (double)(0.1m * samples);
            double running = 0.0;
            foreach (double v in x)
            {
                running += v;
            }

            Assert.True(Math.Abs(value - exact) / exact < 1e-12, $"chunked pairwise sum off by {Math.Abs(value - exact) / exact:E2}");
            Assert.True(Math.Abs(running - exact) / exact > 1e-11, "the running sum is expected to be far worse (else this test says nothing)");
        }

        [Fact]
        public void Vector_exp_and_log_are_not_needed_on_net8()
        {
            DataLossUnderTest net10 = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters);
            DataLossUnderTest net8 = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters, net8: true);
            Assert.Contains("Vector512.Exp(", net10.GeneratedSource, StringComparison.Ordinal);
            Assert.DoesNotContain("Vector512.Exp(", net8.GeneratedSource, StringComparison.Ordinal);
            Assert.DoesNotContain("Vector256.Log(", net8.GeneratedSource, StringComparison.Ordinal);
            Assert.Contains("global::SymbolicGd.VectorMath.Exp(", net8.GeneratedSource, StringComparison.Ordinal);

            var random = new Random(17);
            double[][] columns = LogisticData(random, 10_007);
            double[] theta = { 0.1, 0.5, -0.5 };
            double[] a = Everything(net10.Create(columns, new[] { 0.1 }), theta, threads: 2);
            double[] b = Everything(net8.Create(columns, new[] { 0.1 }), theta, threads: 2);
            for (int k = 0; k < a.Length; k++)
            {
                Assert.True(Math.Abs(a[k] - b[k]) <= 1e-13 * Math.Max(1.0, Math.Abs(a[k])), $"entry {k}: {a[k]:R} vs {b[k]:R}");
            }
        }

        [Fact]
        public void The_line_fit_computes_L_once_from_the_data()
        {
            DataLossUnderTest generated = DataLossUnderTest.Compile("LineFit", "mean((a + b*x - y)^2)", new[] { (Kind.Variable, "a"), (Kind.Variable, "b"), (Kind.Column, "x"), (Kind.Column, "y") });
            var random = new Random(19);
            double[] x = Draw(random, 1000), y = Draw(random, 1000);
            ILoss loss = generated.Create(new[] { x, y }, Array.Empty<double>());
            Assert.True(loss.HasConstantHessian);

            // Hessian [[2, 2 m1], [2 m1, 2 m2]]: L = (1 + m2) + sqrt((1 - m2)^2 + 4 m1^2).
            double m1 = x.Average(), m2 = x.Select(v => v * v).Average();
            double expected = 1.0 + m2 + Math.Sqrt(((1.0 - m2) * (1.0 - m2)) + (4.0 * m1 * m1));
            Assert.Equal(expected, loss.Lipschitz, 12);

            ILoss logistic = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters).Create(LogisticData(random, 10), new[] { 0.1 });
            Assert.False(logistic.HasConstantHessian);
            Assert.True(double.IsNaN(logistic.Lipschitz));
        }

        [Fact]
        public void Losses_with_fixed_values_and_no_sum_are_instances_too()
        {
            // Fixed values only: no columns, no samples; the fixed value is not differentiated.
            DataLossUnderTest shifted = DataLossUnderTest.Compile("Shifted", "(a - k)^2 + k*a", new[] { (Kind.Variable, "a"), (Kind.Fixed, "k") });
            Assert.Equal(((2.0 - 0.5) * (2.0 - 0.5)) + (0.5 * 2.0), shifted.Value(new[] { 2.0 }, Array.Empty<double[]>(), new[] { 0.5 }));
            Assert.Equal(new[] { (2 * (2.0 - 0.5)) + 0.5 }, shifted.Gradient(new[] { 2.0 }, Array.Empty<double[]>(), new[] { 0.5 }));
            ILoss loss = shifted.Create(Array.Empty<double[]>(), new[] { 0.5 });
            Assert.Equal(0, shifted.SampleCount(loss));
            Assert.True(loss.HasConstantHessian);
            Assert.Equal(2.0, loss.Lipschitz);
            DescentResult result = shifted.Minimize(new[] { 0.0 }, Array.Empty<double[]>(), new[] { 0.5 }, new DescentOptions { Method = DescentMethod.Newton });
            Assert.Equal(0.25, result.Minimum[0], 12);

            // A column the expression does not read: still checked, never summed.
            DataLossUnderTest unused = DataLossUnderTest.Compile("Unused", "(a - 3)^2", new[] { (Kind.Variable, "a"), (Kind.Column, "x") });
            Assert.Equal(4.0, unused.Value(new[] { 1.0 }, new[] { new double[] { 1, 2, 3 } }, Array.Empty<double>()));
            Assert.Throws<ArgumentException>(() => unused.Create(new[] { new[] { double.NaN } }, Array.Empty<double>()));
        }

        [Fact]
        public void Bad_data_is_a_clear_argument_exception()
        {
            DataLossUnderTest generated = DataLossUnderTest.Compile("LogReg", LogRegText, LogRegParameters);
            double[] ok = { 1, 2, 3, 4 }, shorter = { 1, 2, 3 }, labels = { 0, 1, 1, 0 };

            ArgumentException lengths = Assert.Throws<ArgumentException>(() => generated.Create(new[] { ok, shorter, labels }, new[] { 0.1 }));
            Assert.Contains("'x1'", lengths.Message, StringComparison.Ordinal);
            Assert.Contains("'x2'", lengths.Message, StringComparison.Ordinal);
            Assert.Contains("4 values", lengths.Message, StringComparison.Ordinal);
            Assert.Contains("has 3", lengths.Message, StringComparison.Ordinal);
            Assert.Equal("x2", lengths.ParamName);

            // The span members check too.
            Assert.Throws<ArgumentException>(() => generated.Value(new[] { 0.0, 0.0, 0.0 }, new[] { ok, ok, shorter }, new[] { 0.1 }));

            foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            {
                double[] withBad = { 1, 2, 3, 4, 5, bad, 7, double.NaN };
                double[] fine = { 1, 2, 3, 4, 5, 6, 7, 8 };
                ArgumentException nonFinite = Assert.Throws<ArgumentException>(() => generated.Create(new[] { fine, withBad, fine }, new[] { 0.1 }));
                Assert.Contains("'x2'", nonFinite.Message, StringComparison.Ordinal);
                Assert.Contains("at sample 5", nonFinite.Message, StringComparison.Ordinal);
                Assert.Equal("x2", nonFinite.ParamName);
            }

            double[] none = Array.Empty<double>();
            ArgumentException empty = Assert.Throws<ArgumentException>(() => generated.Create(new[] { none, none, none }, new[] { 0.1 }));
            Assert.Contains("mean", empty.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => generated.Gradient(new[] { 0.0, 0.0, 0.0 }, new[] { none, none, none }, new[] { 0.1 }));

            // A sum over no samples is 0: allowed.
            DataLossUnderTest sum = DataLossUnderTest.Compile("Total", "sum((a - x)^2) + a^2", new[] { (Kind.Variable, "a"), (Kind.Column, "x") });
            Assert.Equal(4.0, sum.Value(new[] { 2.0 }, new[] { none }, Array.Empty<double>()));
            ILoss emptySum = sum.Create(new[] { none }, Array.Empty<double>());
            var gradient = new double[1];
            Assert.Equal(4.0, emptySum.ValueAndGradient(new[] { 2.0 }, gradient));
            Assert.Equal(4.0, gradient[0]);

            // Wrong span lengths name the span.
            ArgumentException span = Assert.Throws<ArgumentException>(() => generated.Create(new[] { ok, ok, labels }, new[] { 0.1 }).ValueAndGradient(new double[3], new double[2]));
            Assert.Equal("gradient", span.ParamName);
        }

        private static void CheckAgainstReference(DataLossUnderTest generated, LossDefinition reference, double[] theta, double[][] columns, double[] fixedValues, string what)
        {
            int n = theta.Length;
            double value = Interpreter.EvaluateData(new[] { reference.Value }, theta, fixedValues, columns)[0];
            double[] gradient = Interpreter.EvaluateData(reference.Gradient, theta, fixedValues, columns);
            double[] hessian = Interpreter.EvaluateData(Enumerable.Range(0, n * n).Select(k => reference.Hessian(k / n, k % n)).ToArray(), theta, fixedValues, columns);

            double staticValue = generated.Value(theta, columns, fixedValues);
            double[] staticGradient = generated.Gradient(theta, columns, fixedValues);
            double[] staticHessian = generated.Hessian(theta, columns, fixedValues);
            Close(value, staticValue, what + " value");
            for (int i = 0; i < n; i++)
            {
                Close(gradient[i], staticGradient[i], what + " gradient " + i);
            }

            for (int k = 0; k < n * n; k++)
            {
                Close(hessian[k], staticHessian[k], what + " Hessian " + k);
            }

            // The struct: the same chunks, the same order, so the same bits as the span members.
            ILoss loss = generated.Create(columns, fixedValues);
            Assert.Equal(columns[0].Length, generated.SampleCount(loss));
            var g = new double[n];
            var h = new double[n * n];
            Assert.Equal(BitConverter.DoubleToInt64Bits(staticValue), BitConverter.DoubleToInt64Bits(loss.Value(theta)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(staticValue), BitConverter.DoubleToInt64Bits(loss.ValueAndGradient(theta, g)));
            Assert.Equal(Bits(staticGradient), Bits(g));
            loss.Hessian(theta, h);
            Assert.Equal(Bits(staticHessian), Bits(h));
            Array.Clear(g);
            Array.Clear(h);
            Assert.Equal(BitConverter.DoubleToInt64Bits(staticValue), BitConverter.DoubleToInt64Bits(loss.ValueGradientHessian(theta, g, h)));
            Assert.Equal(Bits(staticGradient), Bits(g));
            Assert.Equal(Bits(staticHessian), Bits(h));

            // Finite differences of the generated value agree with the generated gradient.
            for (int i = 0; i < n; i++)
            {
                double step = 1e-5 * Math.Max(1.0, Math.Abs(theta[i]));
                double[] plus = (double[])theta.Clone(), minus = (double[])theta.Clone();
                plus[i] += step;
                minus[i] -= step;
                double numeric = (loss.Value(plus) - loss.Value(minus)) / (2 * step);
                Assert.True(Math.Abs(numeric - g[i]) <= 1e-5 * Math.Max(1.0, Math.Abs(g[i])) + (1e-9 * Math.Abs(value) / step), $"{what}: d/d{i} {g[i]:R}, finite differences {numeric:R}");
            }
        }

        // value, gradient, Hessian of one ValueGradientHessian call with the given threads.
        private static double[] Everything(ILoss loss, double[] theta, int threads)
        {
            int n = theta.Length;
            var result = new double[1 + n + (n * n)];
            int previous = SampleSums.MaxThreads;
            SampleSums.MaxThreads = threads;
            try
            {
                result[0] = loss.ValueGradientHessian(theta, result.AsSpan(1, n), result.AsSpan(1 + n, n * n));
            }
            finally
            {
                SampleSums.MaxThreads = previous;
            }

            return result;
        }

        private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

        private static LossDefinition Reference(string expression, (Kind Kind, string Name)[] parameters)
        {
            LossDefinition loss = LossCompiler.Compile(
                expression,
                parameters.Select(p => p.Name).ToArray(),
                parameters.Select(p => p.Kind switch { Kind.Column => LossParameterKind.Column, Kind.Fixed => LossParameterKind.Fixed, _ => LossParameterKind.Variable }).ToArray());
            Assert.False(loss.HasErrors, string.Join("; ", loss.Diagnostics));
            return loss;
        }

        private static void Close(double expected, double actual, string what)
        {
            // Different summation orders (lanes, chunks) and vector exp and log: rounding only.
            Assert.True(Math.Abs(expected - actual) <= 1e-10 * Math.Max(1.0, Math.Abs(expected)), $"{what}: plain loop {expected:R}, generated {actual:R}");
        }

        private static double[][] LogisticData(Random random, int samples)
        {
            double[] x1 = Draw(random, samples), x2 = Draw(random, samples), label = new double[samples];
            for (int i = 0; i < samples; i++)
            {
                label[i] = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-(0.5 + x1[i] - (2 * x2[i])))) ? 1.0 : 0.0;
            }

            return new[] { x1, x2, label };
        }

        private static double Uniform(Random random) => -1.2 + (2.4 * random.NextDouble());

        private static double[] Draw(Random random, int count)
        {
            var values = new double[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = -1.5 + (3.0 * random.NextDouble());
            }

            return values;
        }

        // A random data loss over variables x, y, fixed z, columns u, w: a per-sample body inside
        // mean or sum, with a random outer term, combined in one of four ways.
        private static string RandomLoss(Random random)
        {
            string body = WithColumn(Term(random, 3, withColumns: true)), other = WithColumn(Term(random, 2, withColumns: true)), outer = Term(random, 2, withColumns: false);
            return random.Next(4) switch
            {
                0 => "mean(" + body + ") + " + outer,
                1 => "0.01*sum(" + body + ") + " + outer,
                2 => "mean(" + body + ")*mean(" + other + ") + " + outer,
                _ => "log(1 + mean(" + body + ")^2) + " + outer,
            };
        }

        // A body that reads no column is a warning (SGD0020): give it one.
        private static string WithColumn(string term) =>
            System.Text.RegularExpressions.Regex.IsMatch(term, @"\b[uw]\b") ? term : term + " + u";

        // A term that is defined and moderate everywhere on [-1.5, 1.5]: the functions see
        // arguments inside their domains, powers stay small.
        private static string Term(Random random, int depth, bool withColumns)
        {
            string[] leaves = withColumns ? new[] { "x", "y", "z", "u", "w", "u", "w" } : new[] { "x", "y", "z" };
            if (depth == 0 || random.NextDouble() < 0.25)
            {
                return random.Next(6) == 0 ? (0.5 + random.Next(5)).ToString(CultureInfo.InvariantCulture) : leaves[random.Next(leaves.Length)];
            }

            string A() => Term(random, depth - 1, withColumns);
            var text = new StringBuilder();
            switch (random.Next(14))
            {
                case 0: return "(" + A() + " + " + A() + ")";
                case 1: return "(" + A() + " - " + A() + ")";
                case 2:
                case 3: return "(" + A() + "*" + A() + ")";
                case 4: return "(" + A() + "/(1 + (" + A() + ")^2))";
                case 5: return "exp(tanh(" + A() + "))";
                case 6: return "log(2 + sin(" + A() + "))";
                case 7: return "softplus(" + A() + ")";
                case 8: return "sigmoid(" + A() + ")";
                case 9: return "sqrt(1 + (" + A() + ")^2)";
                case 10: return "(" + A() + ")^" + (2 + random.Next(2)).ToString(CultureInfo.InvariantCulture);
                case 11: return "cos(" + A() + ")";
                case 12: return "atan(" + A() + ")";
                default: return "logsumexp(" + A() + ", " + A() + ")";
            }
        }
    }
}
