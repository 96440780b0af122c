using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>
    /// A user project for the generator to work on: <c>count</c> [Loss] methods with varied,
    /// realistic expressions (25 per file, as a project splits them), one unrelated file, and the
    /// edits an IDE makes while the user types elsewhere.
    /// </summary>
    internal static class GeneratorInputs
    {
        public const int LossesPerFile = 25;

        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        // {0}, {1}: constants that vary per loss so no two losses are the same text.
        private static readonly (string Parameters, string Text)[] Templates =
        {
            ("x, y", "(1 - x)^2 + {0}*(y - x^2)^2"),
            ("w0, w1", "softplus(-({1}*w0 + w1)) + softplus({0}*w0 - w1) + 0.01*(w0^2 + w1^2)"),
            ("a, b, c", "(a*{1} + b - c - {0})^2 + (a - b*{1} + c)^2 + (2*a + b + c - 1)^2"),
            ("x, y", "sqrt(1 + (x - {0})^2 + (y + {1})^2) - 1"),
            ("x, y", "sin(x)*cos(y) + {1}*x^2 + {0}*y^2"),
            ("u, v", "-exp(-{1}*(u^2 + v^2)) + pow(u - {0}, 4)/4 + v^2"),
            ("m, s", "log(1 + exp(m - {0})) + (s - {1})^2/(2*{0})"),
            ("p, q, r", "tanh(p*q - {1})^2 + sigmoid(r - {0})*p^2 + 0.5*(q - r)^2"),
            ("x, y", "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + {0}"),
            ("t", "(t - {0})^2 + {1}*atan(t)^2"),
        };

        /// <summary>The expression of loss number <paramref name="index"/> and its parameter list.</summary>
        public static (string Parameters, string Text) Loss(int index)
        {
            (string parameters, string text) = Templates[index % Templates.Length];
            string c0 = (1.5 + 0.25 * index).ToString(CultureInfo.InvariantCulture);
            string c1 = (0.5 + 0.125 * (index % 7)).ToString(CultureInfo.InvariantCulture);
            return (parameters, text.Replace("{0}", c0).Replace("{1}", c1));
        }

        /// <summary>One syntax tree per 25 losses, then the unrelated file.</summary>
        public static List<SyntaxTree> LossTrees(int count)
        {
            var trees = new List<SyntaxTree>();
            for (int file = 0; file * LossesPerFile < count; file++)
            {
                var text = new StringBuilder("using SymbolicGd;\n\nnamespace UserProject.Models\n{\n");
                text.Append("    public static partial class Losses").Append(file).Append("\n    {\n");
                for (int i = file * LossesPerFile; i < Math.Min(count, (file + 1) * LossesPerFile); i++)
                {
                    (string parameters, string expression) = Loss(i);
                    string signature = string.Join(", ", parameters.Split(", ").Select(p => "double " + p));
                    text.Append("        [Loss(\"").Append(expression).Append("\")]\n");
                    text.Append("        public static partial double Loss").Append(i).Append('(').Append(signature).Append(");\n\n");
                }

                text.Append("    }\n}\n");
                trees.Add(Parse(text.ToString(), "Losses" + file + ".cs"));
            }

            return trees;
        }

        /// <summary>
        /// All <paramref name="count"/> losses in one file, below a comment line
        /// (<see cref="NotesLine"/>) where the keystroke benchmark types.
        /// </summary>
        public static SyntaxTree SingleLossFile(int count)
        {
            var text = new StringBuilder(NotesLine + "\nusing SymbolicGd;\n\nnamespace UserProject.Models\n{\n    public static partial class Losses\n    {\n");
            for (int i = 0; i < count; i++)
            {
                (string parameters, string expression) = Loss(i);
                string signature = string.Join(", ", parameters.Split(", ").Select(p => "double " + p));
                text.Append("        [Loss(\"").Append(expression).Append("\")]\n");
                text.Append("        public static partial double Loss").Append(i).Append('(').Append(signature).Append(");\n\n");
            }

            text.Append("    }\n}\n");
            return Parse(text.ToString(), "Losses.cs");
        }

        /// <summary>The first line of <see cref="SingleLossFile"/>.</summary>
        public const string NotesLine = "// Losses of the model; see the notes";

        /// <summary>Code that has nothing to do with losses; <paramref name="edit"/> changes a method body.</summary>
        public static SyntaxTree UnrelatedTree(int edit) => Parse(
            "namespace UserProject\n{\n    public static class Reports\n    {\n" +
            "        public static string Title(int count)\n        {\n" +
            "            return \"report \" + (count + " + edit.ToString(CultureInfo.InvariantCulture) + ").ToString();\n" +
            "        }\n    }\n}\n",
            "Reports.cs");

        /// <summary>A file added while the user works: a new class, no losses.</summary>
        public static SyntaxTree AddedTree() => Parse(
            "namespace UserProject\n{\n    public sealed class Settings\n    {\n" +
            "        public int Retries { get; set; } = 3;\n\n" +
            "        public bool IsValid() => Retries > 0;\n    }\n}\n",
            "Settings.cs");

        public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
            "UserProject",
            trees,
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(ISymbolicLoss).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The runtime targets net8.0; the SDK silences these two unification notes the same way.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

        private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);
    }
}
