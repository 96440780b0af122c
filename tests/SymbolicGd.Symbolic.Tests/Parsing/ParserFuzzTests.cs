using System;
using System.Linq;
using System.Text;
using CsCheck;
using SymbolicGd.Symbolic.Syntax;
using Xunit;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>
    /// Random and mutated text: the parser never throws, never overflows a 1 MB stack, and
    /// returns either a clean tree or errors whose spans lie inside the text.
    /// </summary>
    public class ParserFuzzTests
    {
        private static readonly string[] Parameters = { "x", "y", "theta", "e" };

        // Every token of the language, near-misses, and characters it does not know.
        private const string Alphabet = "+-*/^(),.0123456789eE \t\r\nxytheaspincolgqrbwfm_θ𝑥$#=[]\u0000\u0007\u2212\u00B2\uD800";

        private static readonly string[] Seeds =
        {
            "(theta - 3)^2",
            "(1 - x)^2 + 100*(y - x^2)^2",
            "-x^2 + 2^-1*y - -3",
            "pow(sin(x), 2) + cos(y)^2",
            "softplus(-y*(theta*x + 1.5e-3)) + 0.5*theta^2",
            "sigmoid(x) * log(1 + exp(y)) / sqrt(e + pi)",
            "atan(x/y) - asin(.5) + acos(2.5E+1) + tanh(sinh(cosh(x)))",
            "abs(x - y) ^ 2 ^ -0.5",
            "((((x))))*(((y)))",
            "x\n+\ty\r\n-theta",
        };

        private static readonly Gen<string> RandomText =
            Gen.Char[Alphabet].Array[0, 80].Select(chars => new string(chars));

        private static readonly Gen<string> RandomTokens =
            Gen.OneOf("x", "y", "theta", "e", "pi", "sin", "pow", "foo", "2", "0.5", "1e3", "1e999", ".", "(", ")", ",", "+", "-", "*", "/", "^", " ", "$")
                .Array[0, 60].Select(tokens => string.Concat(tokens));

        private static readonly Gen<string> MutatedSeed =
            Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int.Array[1, 12], Gen.Int[1, 4])
                .Select((seed, choices, count) => Mutate(Seeds[seed], choices, count));

        [Fact]
        public void Random_characters_never_break_the_parser() =>
            RandomText.Sample(CheckOnSmallStack, iter: 10_000);

        [Fact]
        public void Random_token_sequences_never_break_the_parser() =>
            RandomTokens.Sample(CheckOnSmallStack, iter: 5_000);

        [Fact]
        public void Mutated_valid_expressions_never_break_the_parser() =>
            MutatedSeed.Sample(CheckOnSmallStack, iter: 10_000);

        [Fact]
        public void Every_seed_parses_cleanly()
        {
            foreach (string seed in Seeds)
            {
                ParseResult result = Parser.Parse(seed, Parameters);
                Assert.NotNull(result.Root);
                Assert.All(result.Diagnostics, d => Assert.False(d.IsError, d.Message));
            }
        }

        private static void CheckOnSmallStack(string text)
        {
            ParseResult? result = null;
            SmallStackThread.Run(() => result = Parser.Parse(text, Parameters));
            ParseInvariants.Check(text, result!);
        }

        // Deletes, inserts, duplicates, swaps or truncates, driven by the generated integers.
        private static string Mutate(string text, int[] choices, int count)
        {
            var builder = new StringBuilder(text);
            for (int m = 0; m < count; m++)
            {
                int a = Math.Abs(choices[m % choices.Length] % 1_000_003);
                int b = Math.Abs(choices[(m + 1) % choices.Length] % 1_000_003);
                int length = builder.Length;
                switch (a % 5)
                {
                    case 0 when length > 0:
                        builder.Remove(b % length, 1);
                        break;
                    case 1:
                        builder.Insert(length == 0 ? 0 : b % (length + 1), Alphabet[a % Alphabet.Length]);
                        break;
                    case 2 when length > 0:
                        int start = b % length;
                        int take = Math.Min(length - start, 1 + a % 8);
                        builder.Insert(start, builder.ToString(start, take));
                        break;
                    case 3 when length > 1:
                        int i = b % length, j = a % length;
                        (builder[i], builder[j]) = (builder[j], builder[i]);
                        break;
                    case 4 when length > 0:
                        builder.Length = b % length;
                        break;
                }
            }

            return builder.ToString();
        }
    }
}
