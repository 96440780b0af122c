using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Random and mutated loss expressions and method shapes for the fuzz tests: well-formed trees
    /// over every function, token soup, single-character mutations, huge and odd numbers,
    /// Unicode, quotes and backslashes, every way of writing the attribute argument.
    /// </summary>
    internal sealed class RandomLossSource
    {
        private static readonly string[] Functions = { "exp", "log", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "abs", "sigmoid", "softplus" };
        private static readonly string[] Numbers = { "0", "1", "2", "0.5", "1e-3", "2.5E+4", "1e308", "1e400", "4.9e-324", ".5", "1.", "3.141592653589793238", "00012", "1e", "1e+", "0x10" };
        private static readonly string[] Soup = { "x", "y", "z", "e", "pi", "q", "sine", "pow", "(", ")", ",", "+", "-", "*", "/", "^", " ", "  ", "\t", "\n", "$", "#", "@", "θ", "é", "\"", "\\", "'", "{", "}", ";", "..", "**", "//", "\u2212", "\u00a0", "\ud83d\ude00", "\0" };
        private static readonly string[] Names = { "x", "y", "z", "w", "@checked", "gradient", "hessian", "theta", "t0", "options", "e", "pi", "u0", "value" };

        private readonly Random _random;

        public RandomLossSource(int seed) => _random = new Random(seed);

        public string Expression(string[] parameters)
        {
            return _random.Next(10) switch
            {
                < 4 => Tree(parameters, 0),
                < 7 => Mutate(Tree(parameters, 0)),
                < 9 => string.Concat(Enumerable.Range(0, _random.Next(1, 12)).Select(_ => Pick(Soup))),
                _ => _random.Next(3) switch { 0 => string.Empty, 1 => new string('(', _random.Next(200, 400)) + "x", _ => string.Join("+", Enumerable.Repeat("x", _random.Next(1, 3000))) },
            };
        }

        /// <summary>A well-formed expression over the given parameters.</summary>
        public string Tree(string[] parameters, int depth)
        {
            int choice = depth > 5 ? _random.Next(3) : _random.Next(11);
            return choice switch
            {
                0 => parameters.Length > 0 ? parameters[_random.Next(parameters.Length)].TrimStart('@') : "x",
                1 => Pick(Numbers.Take(8).ToArray()),
                2 => _random.Next(2) == 0 ? "pi" : "e",
                3 => Tree(parameters, depth + 1) + " + " + Tree(parameters, depth + 1),
                4 => Tree(parameters, depth + 1) + " - " + Tree(parameters, depth + 1),
                5 => Tree(parameters, depth + 1) + "*" + Tree(parameters, depth + 1),
                6 => "(" + Tree(parameters, depth + 1) + ")/(" + Tree(parameters, depth + 1) + ")",
                7 => "(" + Tree(parameters, depth + 1) + ")^" + Pick(new[] { "2", "3", "-1", "0.5", "1.5", "x", "(1 + y)" }),
                8 => "-" + Tree(parameters, depth + 1),
                9 => _random.Next(2) == 0
                    ? "pow(" + Tree(parameters, depth + 1) + ", " + Tree(parameters, depth + 1) + ")"
                    : "logsumexp(" + string.Join(", ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Tree(parameters, depth + 1))) + ")",
                _ => Pick(Functions) + "(" + Tree(parameters, depth + 1) + ")",
            };
        }

        /// <summary>One to three random edits: delete, insert or replace a character.</summary>
        public string Mutate(string text)
        {
            var builder = new StringBuilder(text);
            for (int edits = _random.Next(1, 4); edits > 0; edits--)
            {
                int at = builder.Length == 0 ? 0 : _random.Next(builder.Length);
                switch (_random.Next(3))
                {
                    case 0 when builder.Length > 0: builder.Remove(at, 1); break;
                    case 1: builder.Insert(at, Pick(Soup)); break;
                    default: if (builder.Length > 0) { builder[at] = "()+-*/^,xe1. "[_random.Next(13)]; } break;
                }
            }

            return builder.ToString();
        }

        /// <summary>A method declaration named <paramref name="name"/> with a random (usually valid) shape.</summary>
        public string Method(string name, bool validShapeOnly, out string[] parameters)
        {
            parameters = Names.OrderBy(_ => _random.Next()).Take(validShapeOnly ? _random.Next(1, 6) : _random.Next(0, 6)).ToArray();
            string expression = Expression(parameters);
            var declared = parameters.Select(p => (validShapeOnly || _random.Next(8) > 0 ? "double" : Pick(new[] { "int", "ref double", "in double", "double?", "float", "params double[]" })) + " " + p);
            string returnType = validShapeOnly || _random.Next(8) > 0 ? "double" : Pick(new[] { "float", "int", "void", "double?", "string" });
            string modifiers = validShapeOnly || _random.Next(6) > 0 ? Pick(new[] { "public static partial", "internal static partial", "private static partial", "protected internal static partial" }) : Pick(new[] { "public partial", "public static", "static partial", "public static extern" });
            string generic = !validShapeOnly && _random.Next(20) == 0 ? "<T>" : string.Empty;
            string body = modifiers == "public static" ? " => default!;" : ";";
            return "[Loss(" + Argument(expression) + ")] " + modifiers + " " + returnType + " " + name + generic + "(" + string.Join(", ", declared) + ")" + body;
        }

        /// <summary>The expression as a C# attribute argument, in one of the ways a user may write it.</summary>
        public string Argument(string expression)
        {
            return _random.Next(10) switch
            {
                < 5 => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(expression, quote: true),
                < 7 => "@\"" + expression.Replace("\"", "\"\"") + "\"",
                7 => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(expression, quote: true) + " + \"\"",
                8 => EscapeEverything(expression),
                _ => "null!",
            };
        }

        private static string EscapeEverything(string expression) =>
            "\"" + string.Concat(expression.Select(c => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))) + "\"";

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
    }
}
