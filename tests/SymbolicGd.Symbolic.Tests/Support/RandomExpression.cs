using System;
using System.Linq;
using System.Globalization;
using System.Text;

namespace SymbolicGd.Symbolic.Tests.Support
{
    /// <summary>
    /// A random expression of the loss language, built so that it stays inside every function's
    /// domain at any point (log, sqrt, fractional powers and divisions see u^2 + c with c &gt; 0;
    /// asin/acos see 0.9*tanh(u); tan sees tanh(u)), plus logsumexp and the forms the engine
    /// rewrites at the edges (powers of squares, norms, powers of abs), printed fully parenthesised for the parser,
    /// and evaluated naively here, independently of the engine.
    /// </summary>
    internal abstract class RandomExpression
    {
        public static readonly string[] Variables = { "x", "y", "z", "u", "w" };

        private static readonly string[] Functions =
        {
            "exp", "log", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "abs", "sigmoid", "softplus", "pow", "logsumexp",
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
            switch (random.Next(11))
            {
                case 9:
                    return BuildEdgeForm(random, Sub);
                case 10:
                    return BuildFunction(random, "logsumexp", Sub(), Sub);
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
                case "logsumexp":
                    {
                        // logsumexp(a, ...) with one to three arguments, or the pattern the engine
                        // rewrites to it, log(exp(a) + exp(b) [+ exp(c)] [+ 1]).
                        var arguments = new RandomExpression[1 + random.Next(3)];
                        arguments[0] = u;
                        for (int i = 1; i < arguments.Length; i++)
                        {
                            arguments[i] = another();
                        }

                        if (arguments.Length == 1 || random.Next(2) == 0)
                        {
                            return new LogSumExp(arguments);
                        }

                        RandomExpression sum = new Function("exp", arguments[0]);
                        for (int i = 1; i < arguments.Length; i++)
                        {
                            sum = new Binary('+', sum, new Function("exp", arguments[i]));
                        }

                        return new Function("log", random.Next(3) == 0 ? new Binary('+', sum, new Literal(1)) : sum);
                    }

                default:
                    return new Function(name, u);
            }
        }

        // The forms whose simplification decides finiteness at the edges: (u^2)^(k/2) (|u|^k, or
        // u^k for even k), sqrt(u^2) and other roots of squares, norms sqrt(u^2 + v^2 [+ w^2]) and
        // their powers, abs(u)^p.
        private static RandomExpression BuildEdgeForm(Random random, Func<RandomExpression> sub)
        {
            RandomExpression Square(RandomExpression u) => new Power(u, new Literal(2));
            switch (random.Next(5))
            {
                case 0:
                    {
                        string[] halves = { "0.5", "1", "1.5", "2", "2.5", "(1/3)", "-0.5" };
                        string k = halves[random.Next(halves.Length)];
                        return new Power(Square(sub()), new Verbatim(k, EvaluateLiteral(k)));
                    }

                case 1:
                    return new Function("sqrt", random.Next(2) == 0 ? Square(sub()) : new Binary('*', new Literal(new[] { 4.0, 2.25, 0.5 }[random.Next(3)]), Square(sub())));
                case 2:
                    {
                        RandomExpression sum = new Binary('+', Square(sub()), Square(sub()));
                        if (random.Next(2) == 0)
                        {
                            sum = new Binary('+', sum, Square(sub()));
                        }

                        return random.Next(2) == 0 ? new Function("sqrt", sum) : new Power(sum, new Verbatim("1.5", 1.5));
                    }

                case 3:
                    return new Power(new Function("abs", sub()), new Literal(new[] { 1.5, 2.0, 3.0 }[random.Next(3)]));
                default:
                    return new Function("sqrt", new Binary('*', new Literal(0.5), new Binary('+', Square(sub()), Square(sub()))));
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

        private sealed class LogSumExp : RandomExpression
        {
            private readonly RandomExpression[] _arguments;

            public LogSumExp(RandomExpression[] arguments) => _arguments = arguments;

            protected override RandomExpression[] Children => _arguments;

            // The definition, log of a sum of exps: infinite where an exp overflows, and such a
            // point is then rejected as too large (FindPoint).
            public override double Evaluate(double[] point) => Math.Log(_arguments.Sum(a => Math.Exp(a.Evaluate(point))));

            public override void Write(StringBuilder text)
            {
                text.Append("logsumexp(");
                for (int i = 0; i < _arguments.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    _arguments[i].Write(text);
                }

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
