using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>
    /// The "did you mean" part of unknown-name messages: names equal but for case, names at a
    /// small Levenshtein distance (at most 2, at most a third of the name's length and less than
    /// it, so 'z' does not suggest 'x' nor 'foo' suggest 'log'), preferring a name that extends
    /// or shortens the other ('sine' suggests 'sin', not also 'sinh'), and aliases from other
    /// notations (ln, arctan, power, logistic, ...).
    /// </summary>
    internal static class NameSuggestions
    {
        private const int MaxDistance = 2;

        // Function names people bring from other notations, with the hint to give.
        private static readonly Dictionary<string, string> FunctionAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["ln"] = "did you mean 'log'? (log is the natural logarithm)",
            ["arcsin"] = "did you mean 'asin'?",
            ["arccos"] = "did you mean 'acos'?",
            ["arctan"] = "did you mean 'atan'?",
            ["power"] = "did you mean 'pow'?",
            ["logistic"] = "did you mean 'sigmoid'?",
            ["expit"] = "did you mean 'sigmoid'?",
            ["sqr"] = "write '(...)^2' for a square, or 'sqrt' for the square root",
            ["square"] = "write '(...)^2' for a square",
            ["log10"] = "only the natural 'log' exists; write 'log(...)/log(10)'",
            ["log2"] = "only the natural 'log' exists; write 'log(...)/log(2)'",
            ["log1p"] = "write 'log(1 + ...)'; the emitted code uses log1p where it helps",
            ["expm1"] = "write 'exp(...) - 1'",
            ["asinh"] = "write 'log(u + sqrt(u^2 + 1))'",
            ["arsinh"] = "write 'log(u + sqrt(u^2 + 1))'",
            ["acosh"] = "write 'log(u + sqrt(u^2 - 1))'",
            ["arcosh"] = "write 'log(u + sqrt(u^2 - 1))'",
            ["atanh"] = "write '0.5*log((1 + u)/(1 - u))'",
            ["artanh"] = "write '0.5*log((1 + u)/(1 - u))'",
            ["lse"] = "did you mean 'logsumexp'?",
            ["logaddexp"] = "did you mean 'logsumexp'? (it takes any number of arguments)",
            ["hypot"] = "write 'sqrt(a^2 + b^2)'; the emitted code computes it without under- or overflow",
            ["norm"] = "write 'sqrt(a^2 + b^2 + ...)'; the emitted code computes it without under- or overflow",
        };

        private static readonly Dictionary<string, string> IdentifierAliases = new Dictionary<string, string>
        {
            ["π"] = "did you mean 'pi'?",
            ["PI"] = "did you mean 'pi'?",
            ["Pi"] = "did you mean 'pi'?",
            ["E"] = "did you mean 'e'?",
        };

        /// <summary>A hint for an unknown function name, or null.</summary>
        public static string? ForFunction(string name)
        {
            if (FunctionAliases.TryGetValue(name, out string? hint))
            {
                return hint;
            }

            return DidYouMean(name, FunctionTable.Names);
        }

        /// <summary>A hint for an unknown identifier among the given candidates, or null.</summary>
        public static string? ForIdentifier(string name, IReadOnlyCollection<string> candidates)
        {
            string? product = ImplicitProduct(name, candidates);
            if (product is not null)
            {
                return "did you mean '" + product + "'? (write '*' to multiply)";
            }

            string? nearest = DidYouMean(name, candidates);
            if (nearest is null && IdentifierAliases.TryGetValue(name, out string? hint))
            {
                return hint;
            }

            return nearest;
        }

        // "xy" with parameters x and y: implicit multiplication, which the language does not have.
        private static string? ImplicitProduct(string name, IReadOnlyCollection<string> candidates)
        {
            const int LongestChecked = 64;
            if (name.Length > LongestChecked)
            {
                return null;
            }

            var known = new HashSet<string>(candidates, StringComparer.Ordinal);
            for (int split = 1; split < name.Length; split++)
            {
                string left = name.Substring(0, split), right = name.Substring(split);
                if (known.Contains(left) && known.Contains(right))
                {
                    return left + "*" + right;
                }
            }

            return null;
        }

        private static string? DidYouMean(string name, IEnumerable<string> candidates)
        {
            var best = new List<string>();
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                if (best.Contains(candidate))
                {
                    continue;
                }

                int distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                    ? 0
                    : BoundedLevenshtein(name, candidate, Limit(name.Length));
                if (distance < 0 || distance > bestDistance)
                {
                    continue;
                }

                if (distance < bestDistance)
                {
                    best.Clear();
                    bestDistance = distance;
                }

                best.Add(candidate);
            }

            if (best.Count == 0)
            {
                return null;
            }

            if (best.Count > 1 && best.Exists(candidate => IsPrefixPair(name, candidate)))
            {
                best.RemoveAll(candidate => !IsPrefixPair(name, candidate));
            }

            if (best.Count > 3)
            {
                best.RemoveRange(3, best.Count - 3);
            }

            return "did you mean '" + string.Join("' or '", best) + "'?";
        }

        private static int Limit(int length) => Math.Min(length - 1, Math.Min(MaxDistance, Math.Max(1, length / 3)));

        private static bool IsPrefixPair(string name, string candidate) =>
            name.StartsWith(candidate, StringComparison.Ordinal) || candidate.StartsWith(name, StringComparison.Ordinal);

        /// <summary>The edit distance, or -1 when it exceeds <paramref name="limit"/>. Linear in the
        /// longer name when the lengths differ by more than the limit (a 100 000-character name is cheap).</summary>
        internal static int BoundedLevenshtein(string a, string b, int limit)
        {
            if (limit < 0 || Math.Abs(a.Length - b.Length) > limit)
            {
                return -1;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            int distance = previous[b.Length];
            return distance <= limit ? distance : -1;
        }
    }
}
