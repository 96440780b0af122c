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
    /// derivative of abs) as u/abs(u), the language having neither.
    /// </summary>
    public static class ExpressionPrinter
    {
        /// <summary>Longest text printed; a larger expression prints as its first part and "...".</summary>
        public const int MaxLength = 100_000;

        private const int MaxDepth = 1000;

        // Levels: what an expression is at its top, for deciding parentheses.
        private const int SumLevel = 1, NegationLevel = 2, ProductLevel = 3, PowerLevel = 4, AtomLevel = 5;

        /// <summary>Prints <paramref name="expression"/>; pi and e are named unless a parameter shadows them.</summary>
        public static string Print(Expr expression, IReadOnlyCollection<string>? parameterNames = null)
        {
            var printer = new Writer(parameterNames);
            try
            {
                printer.Write(expression, 0, 0);
            }
            catch (TruncatedException)
            {
                return printer.Text.ToString(0, Math.Min(printer.Text.Length, MaxLength)) + " ...";
            }

            return printer.Text.ToString();
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

            public StringBuilder Text { get; } = new StringBuilder();

            public void Write(Expr e, int minLevel, int depth)
            {
                if (depth > MaxDepth || Text.Length > MaxLength)
                {
                    throw new TruncatedException();
                }

                bool parenthesize = Level(e) < minLevel;
                if (parenthesize)
                {
                    Text.Append('(');
                }

                WriteBare(e, depth + 1);
                if (parenthesize)
                {
                    Text.Append(')');
                }
            }

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
                    Text.Append("(0/0)");
                }
                else if (double.IsInfinity(v))
                {
                    Text.Append(v > 0 ? "(1/0)" : "(-1/0)");
                }
                else if (!n.IsExact && v == Math.PI && !_piShadowed)
                {
                    Text.Append("pi");
                }
                else if (!n.IsExact && v == Math.E && !_eShadowed)
                {
                    Text.Append("e");
                }
                else if (n.IsExact && !IsDecimal(n))
                {
                    Text.Append(n.Numerator.ToString(CultureInfo.InvariantCulture)).Append('/').Append(n.Denominator.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    Text.Append(v.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            private void WriteBare(Expr e, int depth)
            {
                switch (e.Kind)
                {
                    case ExprKind.Constant:
                        WriteNumber(e.Constant);
                        return;
                    case ExprKind.Parameter:
                        Text.Append(e.ParameterName);
                        return;
                    case ExprKind.Add:
                        WriteSum(e, depth);
                        return;
                    case ExprKind.Mul:
                        {
                            bool hasCoefficient = e.Args[0].IsConstant;
                            Number k = hasCoefficient ? e.Args[0].Constant : Number.One;
                            if (k.IsNegative)
                            {
                                Text.Append('-');
                                k = -k;
                            }

                            WriteProduct(k, e.Args, hasCoefficient ? 1 : 0, depth);
                            return;
                        }

                    case ExprKind.Pow:
                        if (IsNegativePower(e))
                        {
                            WriteProduct(Number.One, new[] { e }, 0, depth);
                        }
                        else
                        {
                            WritePower(e.Args[0], e.Args[1], depth);
                        }

                        return;
                    case ExprKind.Log1p:
                        Text.Append("log(1 + ");
                        Write(e.Args[0], SumLevel, depth);
                        Text.Append(')');
                        return;
                    case ExprKind.Sign:
                        Write(e.Args[0], PowerLevel, depth);
                        Text.Append("/abs(");
                        Write(e.Args[0], 0, depth);
                        Text.Append(')');
                        return;
                    default:
                        Text.Append(e.Kind.ToString().ToLowerInvariant()).Append('(');
                        Write(e.Args[0], 0, depth);
                        Text.Append(')');
                        return;
                }
            }

            private void WritePower(Expr b, Expr exponent, int depth)
            {
                if (exponent.IsConstant && IsHalf(exponent.Constant))
                {
                    Text.Append("sqrt(");
                    Write(b, 0, depth);
                    Text.Append(')');
                    return;
                }

                Write(b, AtomLevel, depth);
                Text.Append('^');
                Write(exponent, PowerLevel, depth);
            }

            // Positive terms first, then the negative ones as subtractions: "x + 1 - y - 2".
            private void WriteSum(Expr e, int depth)
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
                        Write(term, NegationLevel, depth);
                        continue;
                    }

                    Text.Append(negative ? " - " : " + ");
                    if (!negative)
                    {
                        Write(term, ProductLevel, depth);
                    }
                    else if (term.IsConstant)
                    {
                        WriteNumber(-term.Constant);
                    }
                    else
                    {
                        WriteProduct(-term.Args[0].Constant, term.Args, 1, depth);
                    }
                }
            }

            private static bool IsNegativeTerm(Expr term) =>
                term.IsConstant ? term.Constant.IsNegative : term.Kind == ExprKind.Mul && term.Args[0].IsConstant && term.Args[0].Constant.IsNegative;

            // k * factors with negative powers as a denominator: "2*x/(y*z)", "x/3", "1/x".
            private void WriteProduct(Number k, IReadOnlyList<Expr> args, int first, int depth)
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
                        Text.Append('*');
                    }

                    Write(factor, ProductLevel + 1, depth);
                    any = true;
                }

                int count = denominator.Count + (denominatorCoefficient.IsOne ? 0 : 1);
                if (count == 0)
                {
                    return;
                }

                Text.Append('/');
                if (count > 1)
                {
                    Text.Append('(');
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
                        Text.Append('*');
                    }

                    Number positive = -factor.Args[1].Constant;
                    if (positive.IsOne)
                    {
                        Write(factor.Args[0], count > 1 ? ProductLevel + 1 : AtomLevel, depth);
                    }
                    else
                    {
                        WritePower(factor.Args[0], ConstantOf(positive), depth);
                    }

                    anyDenominator = true;
                }

                if (count > 1)
                {
                    Text.Append(')');
                }
            }

            // A stand-in constant node for a flipped exponent; printing only reads its value.
            private static Expr ConstantOf(Number value) => new Expr(ExprKind.Constant, null, value, -1, null);
        }
    }
}
