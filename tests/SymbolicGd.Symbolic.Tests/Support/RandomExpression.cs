using System;
using System.Linq;
using System.Globalization;
using System.Text;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>
    /// A random expression of the loss language, built so that it stays inside every function's
    /// domain at any point (log, sqrt, fractional powers and divisions see u^2 + c with c &gt; 0;
    /// asin/acos see 0.9*tanh(u); tan sees tanh(u)), printed fully parenthesised for the parser,
    /// and evaluated naively here, independently of the engine.
    /// </summary>
    internal abstract class RandomExpression
    {
        public static readonly string[] Variables = { "x", "y", "z" };

        private static readonly string[] Functions =
        {
            "exp", "log", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "abs", "sigmoid", "softplus", "pow",
        };

        private static readonly double[] Literals = { 0, 1, 2, 3, 0.5, 1.5, 2.25, 0.1, 0.3, 0.7, 10 };

        public abstract double Evaluate(double[] point);

        /// <summary>The largest magnitude of any subexpression at the point (conditioning guard).</summary>
        public double Magnitude(double[] point)
        {
            double max = Math.Abs(Evaluate(point));
            foreach (RandomExpression child in Children)
            {
                max = Math.Max(max, child.Magnitude(point));
            }

            return max;
        }

        protected virtual RandomExpression[] Children => Array.Empty<RandomExpression>();

        public abstract void Write(StringBuilder text);

        public string Text
        {
            get
            {
                var text = new StringBuilder();
                Write(text);
                return text.ToString();
            }
        }

        /// <summary>A point in [-1.5, 1.5]^n where every subexpression is a number of moderate size, if one is found quickly.</summary>
        public double[]? FindPoint(Random random, int n)
        {
            for (int attempt = 0; attempt < 8; attempt++)
            {
                var point = new double[n];
                for (int i = 0; i < n; i++)
                {
                    point[i] = -1.5 + (3.0 * random.NextDouble());
                }

                // Huge intermediates make the value ill-conditioned (cos of 1e12 is noise).
                double magnitude = Magnitude(point);
                if (!double.IsNaN(magnitude) && magnitude < 1e5)
                {
                    return point;
                }
            }

            return null;
        }

        /// <summary>
        /// The random case of a seed, as every property test draws it: 1-3 variables, a tree of
        /// depth 1-5 and a point inside its domain; null when no such point was found.
        /// </summary>
        public static (string[] Names, RandomExpression Tree, double[] Point)? Case(int seed)
        {
            var random = new Random(seed);
            int n = 1 + random.Next(3);
            string[] names = Variables.Take(n).ToArray();
            RandomExpression tree = Build(random, 1 + random.Next(5), n);
            double[]? point = tree.FindPoint(random, n);
            return point == null ? null : (names, tree, point);
        }

        public static RandomExpression Build(Random random, int depth, int variables)
        {
            if (depth <= 0 || random.NextDouble() < 0.2)
            {
                int pick = random.Next(10);
                if (pick < 6)
                {
                    return new Variable(random.Next(variables));
                }

                if (pick == 6)
                {
                    return new Named(random.Next(2) == 0 ? "pi" : "e");
                }

                return new Literal(Literals[random.Next(Literals.Length)]);
            }

            RandomExpression Sub() => Build(random, depth - 1, variables);
            switch (random.Next(9))
            {
                case 0:
                    return new Binary('+', Sub(), Sub());
                case 1:
                    return new Binary('-', Sub(), Sub());
                case 2:
                case 3:
                    return new Binary('*', Sub(), Sub());
                case 4:
                    return new Binary('/', Sub(), Positive(random, Sub()));
                case 5:
                    return new Negate(Sub());
                case 6:
                    {
                        int kind = random.Next(4);
                        if (kind == 0)
                        {
                            return new Power(Sub(), new Literal(random.Next(0, 4)));
                        }

                        if (kind == 1)
                        {
                            var exponents = new[] { "-1", "-2", "0.5", "1.5", "-0.5", "(1/3)", "2.5" };
                            string exponent = exponents[random.Next(exponents.Length)];
                            return new Power(Positive(random, Sub()), new Verbatim(exponent, EvaluateLiteral(exponent)));
                        }

                        if (kind == 2)
                        {
                            return new Power(Positive(random, Sub()), new Function("tanh", Sub()));
                        }

                        return new Power(Sub(), new Literal(random.Next(4, 7)));
                    }

                default:
                    return BuildFunction(random, Functions[random.Next(Functions.Length)], Sub(), Sub);
            }
        }

        private static RandomExpression BuildFunction(Random random, string name, RandomExpression u, Func<RandomExpression> another)
        {
            switch (name)
            {
                case "log":
                case "sqrt":
                    return new Function(name, Positive(random, u));
                case "asin":
                case "acos":
                    return new Function(name, new Binary('*', new Literal(0.9), new Function("tanh", u)));
                case "tan":
                    return new Function(name, new Function("tanh", u));
                case "exp":
                case "sinh":
                case "cosh":
                    return new Function(name, new Function("sin", u));
                case "pow":
                    return new PowCall(Positive(random, u), new Function("atan", another()));
                default:
                    return new Function(name, u);
            }
        }

        // u^2 + c, c in {0.5, 1, 2}: strictly positive whatever u is.
        private static RandomExpression Positive(Random random, RandomExpression u) =>
            new Binary('+', new Power(u, new Literal(2)), new Literal(new[] { 0.5, 1.0, 2.0 }[random.Next(3)]));

        private static double EvaluateLiteral(string text) =>
            text == "(1/3)" ? 1.0 / 3.0 : double.Parse(text, CultureInfo.InvariantCulture);

        private sealed class Literal : RandomExpression
        {
            private readonly double _value;

            public Literal(double value) => _value = value;

            public override double Evaluate(double[] point) => _value;

            public override void Write(StringBuilder text) => text.Append(_value.ToString("R", CultureInfo.InvariantCulture));
        }

        private sealed class Verbatim : RandomExpression
        {
            private readonly string _text;
            private readonly double _value;

            public Verbatim(string text, double value)
            {
                _text = text;
                _value = value;
            }

            public override double Evaluate(double[] point) => _value;

            public override void Write(StringBuilder text) => text.Append('(').Append(_text).Append(')');
        }

        private sealed class Named : RandomExpression
        {
            private readonly string _name;

            public Named(string name) => _name = name;

            public override double Evaluate(double[] point) => _name == "pi" ? Math.PI : Math.E;

            public override void Write(StringBuilder text) => text.Append(_name);
        }

        private sealed class Variable : RandomExpression
        {
            private readonly int _index;

            public Variable(int index) => _index = index;

            public override double Evaluate(double[] point) => point[_index];

            public override void Write(StringBuilder text) => text.Append(Variables[_index]);
        }

        private sealed class Negate : RandomExpression
        {
            private readonly RandomExpression _operand;

            public Negate(RandomExpression operand) => _operand = operand;

            protected override RandomExpression[] Children => new[] { _operand };

            public override double Evaluate(double[] point) => -_operand.Evaluate(point);

            public override void Write(StringBuilder text)
            {
                text.Append("-(");
                _operand.Write(text);
                text.Append(')');
            }
        }

        private sealed class Binary : RandomExpression
        {
            private readonly char _op;
            private readonly RandomExpression _left, _right;

            public Binary(char op, RandomExpression left, RandomExpression right)
            {
                _op = op;
                _left = left;
                _right = right;
            }

            protected override RandomExpression[] Children => new[] { _left, _right };

            public override double Evaluate(double[] point)
            {
                double a = _left.Evaluate(point), b = _right.Evaluate(point);
                return _op switch
                {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => a / b,
                };
            }

            public override void Write(StringBuilder text)
            {
                text.Append('(');
                _left.Write(text);
                text.Append(' ').Append(_op).Append(' ');
                _right.Write(text);
                text.Append(')');
            }
        }

        private sealed class Power : RandomExpression
        {
            private readonly RandomExpression _base, _exponent;

            public Power(RandomExpression @base, RandomExpression exponent)
            {
                _base = @base;
                _exponent = exponent;
            }

            protected override RandomExpression[] Children => new[] { _base, _exponent };

            public override double Evaluate(double[] point) => Math.Pow(_base.Evaluate(point), _exponent.Evaluate(point));

            public override void Write(StringBuilder text)
            {
                text.Append('(');
                _base.Write(text);
                text.Append(")^(");
                _exponent.Write(text);
                text.Append(')');
            }
        }

        private sealed class PowCall : RandomExpression
        {
            private readonly RandomExpression _base, _exponent;

            public PowCall(RandomExpression @base, RandomExpression exponent)
            {
                _base = @base;
                _exponent = exponent;
            }

            protected override RandomExpression[] Children => new[] { _base, _exponent };

            public override double Evaluate(double[] point) => Math.Pow(_base.Evaluate(point), _exponent.Evaluate(point));

            public override void Write(StringBuilder text)
            {
                text.Append("pow(");
                _base.Write(text);
                text.Append(", ");
                _exponent.Write(text);
                text.Append(')');
            }
        }

        private sealed class Function : RandomExpression
        {
            private readonly string _name;
            private readonly RandomExpression _argument;

            public Function(string name, RandomExpression argument)
            {
                _name = name;
                _argument = argument;
            }

            protected override RandomExpression[] Children => new[] { _argument };

            public override double Evaluate(double[] point)
            {
                double a = _argument.Evaluate(point);
                return _name switch
                {
                    "exp" => Math.Exp(a),
                    "log" => Math.Log(a),
                    "sqrt" => Math.Sqrt(a),
                    "sin" => Math.Sin(a),
                    "cos" => Math.Cos(a),
                    "tan" => Math.Tan(a),
                    "asin" => Math.Asin(a),
                    "acos" => Math.Acos(a),
                    "atan" => Math.Atan(a),
                    "sinh" => Math.Sinh(a),
                    "cosh" => Math.Cosh(a),
                    "tanh" => Math.Tanh(a),
                    "abs" => Math.Abs(a),
                    "sigmoid" => 1.0 / (1.0 + Math.Exp(-a)),
                    "softplus" => Math.Log(1.0 + Math.Exp(a)),
                    _ => throw new InvalidOperationException(_name),
                };
            }

            public override void Write(StringBuilder text)
            {
                text.Append(_name).Append('(');
                _argument.Write(text);
                text.Append(')');
            }
        }
    }
}
