using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// Prints an expression as readable math in the loss language with minimal parentheses
    /// (<c>2*(theta - 3)</c>, <c>-x^2</c>, <c>x - y</c>, <c>x/y</c>, <c>sqrt(x)</c>), so that the
    /// parser reads it back to the same value. log1p(u) prints as log(1 + u) and sign(u) (the
    /// derivative of abs) as u/abs(u), the language having neither; the norm hypot(a, b) prints
    /// as sqrt(a^2 + b^2).
    /// </summary>
    internal static class ExpressionPrinter
    {
        /// <summary>Longest text printed; a larger expression prints as its first part and "...".</summary>
        public const int MaxLength = 100_000;

        // Levels: what an expression is at its top, for deciding parentheses.
        private const int SumLevel = 1, NegationLevel = 2, ProductLevel = 3, PowerLevel = 4, AtomLevel = 5;

        /// <summary>Prints <paramref name="expression"/>; pi and e are named unless a parameter shadows them.</summary>
        public static string Print(Expr expression, IReadOnlyCollection<string>? parameterNames = null)
        {
            var printer = new Writer(parameterNames);
            try
            {
                printer.Run(expression);
            }
            catch (TruncatedException)
            {
                return printer.Text.ToString(0, Math.Min(printer.Text.Length, MaxLength)) + " ...";
            }

            return printer.Text.ToString();
        }

        // Either text to append or a node still to expand.
        private readonly struct Part
        {
            public Part(Expr node, int minLevel)
            {
                Node = node;
                MinLevel = minLevel;
                Text = null;
            }

            public Part(string text)
            {
                Node = null;
                MinLevel = 0;
                Text = text;
            }

            public Expr? Node { get; }

            public int MinLevel { get; }

            public string? Text { get; }
        }

        private sealed class TruncatedException : Exception
        {
        }

        private sealed class Writer
        {
            private readonly bool _piShadowed;
            private readonly bool _eShadowed;

            public Writer(IReadOnlyCollection<string>? parameterNames)
            {
                if (parameterNames != null)
                {
                    foreach (string name in parameterNames)
                    {
                        _piShadowed |= name == "pi";
                        _eShadowed |= name == "e";
                    }
                }
            }

            private List<Part> _parts = new List<Part>();

            public StringBuilder Text { get; } = new StringBuilder();

            /// <summary>
            /// Prints with an explicit stack instead of recursion: derivatives of the deepest
            /// expressions the parser accepts nest deeper than a 1 MB stack allows.
            /// </summary>
            public void Run(Expr root)
            {
                var pending = new Stack<Part>();
                pending.Push(new Part(root, 0));
                var parts = new List<Part>();
                while (pending.Count > 0)
                {
                    if (Text.Length > MaxLength)
                    {
                        throw new TruncatedException();
                    }

                    Part part = pending.Pop();
                    if (part.Node == null)
                    {
                        Text.Append(part.Text);
                        continue;
                    }

                    parts.Clear();
                    _parts = parts;
                    Write(part.Node, part.MinLevel);
                    for (int i = parts.Count - 1; i >= 0; i--)
                    {
                        pending.Push(parts[i]);
                    }
                }
            }

            // Expands one node into text and child parts (children are expanded later).
            private void Write(Expr e, int minLevel)
            {
                bool parenthesize = Level(e) < minLevel;
                if (parenthesize)
                {
                    Append("(");
                }

                WriteBare(e);
                if (parenthesize)
                {
                    Append(")");
                }
            }

            private void Child(Expr e, int minLevel) => _parts.Add(new Part(e, minLevel));

            private void Append(string text) => _parts.Add(new Part(text));

            private void Append(char text) => _parts.Add(new Part(text.ToString()));

            private static bool IsNegativePower(Expr e) =>
                e.Kind == ExprKind.Pow && e.Args[1].IsConstant && e.Args[1].Constant.IsNegative;

            private static bool IsHalf(Number n) => n.IsExact && n.Numerator == 1 && n.Denominator == 2;

            private static int Level(Expr e)
            {
                switch (e.Kind)
                {
                    case ExprKind.Constant:
                        return NumberLevel(e.Constant);
                    case ExprKind.Parameter:
                        return AtomLevel;
                    case ExprKind.Add:
                        return SumLevel;
                    case ExprKind.Mul:
                        return e.Args[0].IsConstant && e.Args[0].Constant.IsNegative ? NegationLevel : ProductLevel;
                    case ExprKind.Pow:
                        if (IsNegativePower(e))
                        {
                            return ProductLevel;
                        }

                        return e.Args[1].IsConstant && IsHalf(e.Args[1].Constant) ? AtomLevel : PowerLevel;
                    case ExprKind.Sign:
                        return ProductLevel;
                    default:
                        return AtomLevel;
                }
            }

            private static int NumberLevel(Number n)
            {
                if (n.IsNegative)
                {
                    return NegationLevel;
                }

                return n.IsExact && !IsDecimal(n) ? ProductLevel : AtomLevel;
            }

            // A denominator 2^a 5^b prints as a terminating decimal (0.75); others as p/q.
            private static bool IsDecimal(Number n)
            {
                long d = n.Denominator;
                while (d % 2 == 0)
                {
                    d /= 2;
                }

                while (d % 5 == 0)
                {
                    d /= 5;
                }

                return d == 1 && n.Denominator <= 1L << 40;
            }

            private void WriteNumber(Number n)
            {
                double v = n.Value;
                if (double.IsNaN(v))
                {
                    Append("(0/0)");
                }
                else if (double.IsInfinity(v))
                {
                    Append(v > 0 ? "(1/0)" : "(-1/0)");
                }
                else if (!n.IsExact && v == Math.PI && !_piShadowed)
                {
                    Append("pi");
                }
                else if (!n.IsExact && v == Math.E && !_eShadowed)
                {
                    Append("e");
                }
                else if (n.IsExact && !IsDecimal(n))
                {
                    Append(n.Numerator.ToString(CultureInfo.InvariantCulture) + "/" + n.Denominator.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    Append(v.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            private void WriteBare(Expr e)
            {
                switch (e.Kind)
                {
                    case ExprKind.Constant:
                        WriteNumber(e.Constant);
                        return;
                    case ExprKind.Parameter:
                    case ExprKind.Column:
                    case ExprKind.Fixed:
                    case ExprKind.SampleCount:
                        Append(e.ParameterName ?? "?");
                        return;
                    case ExprKind.Add:
                        WriteSum(e);
                        return;
                    case ExprKind.Mul:
                        {
                            bool hasCoefficient = e.Args[0].IsConstant;
                            Number k = hasCoefficient ? e.Args[0].Constant : Number.One;
                            if (k.IsNegative)
                            {
                                Append('-');
                                k = -k;
                            }

                            WriteProduct(k, e.Args, hasCoefficient ? 1 : 0);
                            return;
                        }

                    case ExprKind.Pow:
                        if (IsNegativePower(e))
                        {
                            WriteProduct(Number.One, new[] { e }, 0);
                        }
                        else
                        {
                            WritePower(e.Args[0], e.Args[1]);
                        }

                        return;
                    case ExprKind.Log1p:
                        Append("log(1 + ");
                        Child(e.Args[0], SumLevel);
                        Append(')');
                        return;
                    case ExprKind.Sign:
                        Child(e.Args[0], PowerLevel);
                        Append("/abs(");
                        Child(e.Args[0], 0);
                        Append(')');
                        return;
                    case ExprKind.LogSumExp:
                        Append("logsumexp(");
                        for (int i = 0; i < e.Args.Length; i++)
                        {
                            if (i > 0)
                            {
                                Append(", ");
                            }

                            Child(e.Args[i], 0);
                        }

                        Append(')');
                        return;
                    case ExprKind.Hypot:
                        // The language has no hypot; the sum of squares reads back to this node.
                        Append("sqrt(");
                        for (int i = 0; i < e.Args.Length; i++)
                        {
                            if (i > 0)
                            {
                                Append(" + ");
                            }

                            Child(e.Args[i], AtomLevel);
                            Append("^2");
                        }

                        Append(')');
                        return;
                    default:
                        Append(e.Kind.ToString().ToLowerInvariant() + "(");
                        Child(e.Args[0], 0);
                        Append(')');
                        return;
                }
            }

            private void WritePower(Expr b, Expr exponent)
            {
                if (exponent.IsConstant && IsHalf(exponent.Constant))
                {
                    Append("sqrt(");
                    Child(b, 0);
                    Append(')');
                    return;
                }

                Child(b, AtomLevel);
                Append('^');
                Child(exponent, PowerLevel);
            }

            // Positive terms first, then the negative ones as subtractions: "x + 1 - y - 2".
            private void WriteSum(Expr e)
            {
                var ordered = new List<(Expr Term, bool Negative)>();
                foreach (bool constants in new[] { false, true })
                {
                    foreach (Expr term in e.Args)
                    {
                        if (term.IsConstant == constants && !IsNegativeTerm(term))
                        {
                            ordered.Add((term, false));
                        }
                    }
                }

                foreach (bool constants in new[] { false, true })
                {
                    foreach (Expr term in e.Args)
                    {
                        if (term.IsConstant == constants && IsNegativeTerm(term))
                        {
                            ordered.Add((term, true));
                        }
                    }
                }

                for (int i = 0; i < ordered.Count; i++)
                {
                    (Expr term, bool negative) = ordered[i];
                    if (i == 0)
                    {
                        Child(term, NegationLevel);
                        continue;
                    }

                    Append(negative ? " - " : " + ");
                    if (!negative)
                    {
                        Child(term, ProductLevel);
                    }
                    else if (term.IsConstant)
                    {
                        WriteNumber(-term.Constant);
                    }
                    else
                    {
                        WriteProduct(-term.Args[0].Constant, term.Args, 1);
                    }
                }
            }

            private static bool IsNegativeTerm(Expr term) =>
                term.IsConstant ? term.Constant.IsNegative : term.Kind == ExprKind.Mul && term.Args[0].IsConstant && term.Args[0].Constant.IsNegative;

            // k * factors with negative powers as a denominator: "2*x/(y*z)", "x/3", "1/x".
            private void WriteProduct(Number k, IReadOnlyList<Expr> args, int first)
            {
                var numerator = new List<Expr>();
                var denominator = new List<Expr>();
                for (int i = first; i < args.Count; i++)
                {
                    (IsNegativePower(args[i]) ? denominator : numerator).Add(args[i]);
                }

                Number numeratorCoefficient = k, denominatorCoefficient = Number.One;
                if (k.IsExact && !IsDecimal(k))
                {
                    numeratorCoefficient = Number.FromInteger(k.Numerator);
                    denominatorCoefficient = Number.FromInteger(k.Denominator);
                }

                bool any = false;
                if (!numeratorCoefficient.IsOne || numerator.Count == 0)
                {
                    WriteNumber(numeratorCoefficient);
                    any = true;
                }

                foreach (Expr factor in numerator)
                {
                    if (any)
                    {
                        Append('*');
                    }

                    Child(factor, ProductLevel + 1);
                    any = true;
                }

                int count = denominator.Count + (denominatorCoefficient.IsOne ? 0 : 1);
                if (count == 0)
                {
                    return;
                }

                Append('/');
                if (count > 1)
                {
                    Append('(');
                }

                bool anyDenominator = false;
                if (!denominatorCoefficient.IsOne)
                {
                    WriteNumber(denominatorCoefficient);
                    anyDenominator = true;
                }

                foreach (Expr factor in denominator)
                {
                    if (anyDenominator)
                    {
                        Append('*');
                    }

                    Number positive = -factor.Args[1].Constant;
                    if (positive.IsOne)
                    {
                        Child(factor.Args[0], count > 1 ? ProductLevel + 1 : AtomLevel);
                    }
                    else
                    {
                        WritePower(factor.Args[0], ConstantOf(positive));
                    }

                    anyDenominator = true;
                }

                if (count > 1)
                {
                    Append(')');
                }
            }

            // A stand-in constant node for a flipped exponent; printing only reads its value.
            private static Expr ConstantOf(Number value) => new Expr(ExprKind.Constant, null, value, -1, null);
        }
    }
}
