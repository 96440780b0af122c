using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// Code the README shows as generated must be what the generator writes. A block marked
    /// <c>&lt;!-- abridged from Snapshots/NAME.verified.cs --&gt;</c> on the line before its
    /// fence is checked against that snapshot by this rule: every line of the block, once a
    /// trailing <c>// comment</c> and a <c> { ... }</c> body are cut off, is either empty, a
    /// comment, or <c>...</c>, or equals a line of the snapshot, in the snapshot's order, after
    /// both are whitespace-normalised and the snapshot's <c>global::System.</c>,
    /// <c>global::System.Collections.Generic.</c> and <c>global::SymbolicGd.</c> qualifiers are
    /// dropped (the README reads as if those namespaces were imported). Leaving lines out is
    /// abridging; changing one is not.
    /// </summary>
    public sealed class ReadmeSnapshotTests
    {
        private static readonly Regex Marker = new(@"^<!-- abridged from Snapshots/(?<file>[^ ]+\.verified\.cs) -->$");
        private static readonly string[] Qualifiers = { "global::System.Collections.Generic.", "global::System.", "global::SymbolicGd." };

        public static IEnumerable<object[]> Documents => new[] { new object[] { "README.md" } };

        [Theory]
        [MemberData(nameof(Documents))]
        public void Abridged_blocks_match_their_snapshots(string document)
        {
            List<(string File, int Line, string[] Code)> blocks = AbridgedBlocks(RepositoryFiles.Read(document));

            Assert.True(blocks.Count >= 2, document + " should mark its generated-code examples; found " + blocks.Count);
            var failures = new List<string>();
            foreach ((string file, int line, string[] code) in blocks)
            {
                string path = Path.Combine(Snapshot.Directory, file);
                Assert.True(File.Exists(path), $"{document}:{line} names a snapshot that does not exist: {file}");
                string[] snapshot = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n').Select(NormalizeSnapshot).ToArray();
                failures.AddRange(Mismatches(code, snapshot).Select(m => $"{document}:{line + 1 + m.Index} ({file}): {m.Line}"));
            }

            Assert.True(failures.Count == 0, "lines not in their snapshot (in order):\n" + string.Join("\n", failures));
        }

        [Fact]
        public void The_rule_catches_a_changed_line_and_a_line_out_of_order()
        {
            string[] snapshot = { "partial class Losses", "{", "double t0 = theta - 3.0;", "return t0 * t0;", "}" };

            Assert.Empty(Mismatches(new[] { "partial class Losses", "{", "    double t0 = theta - 3.0;   // the shared term", "    ...", "}" }, snapshot));
            Assert.Single(Mismatches(new[] { "double t0 = theta - 4.0;" }, snapshot));
            Assert.Single(Mismatches(new[] { "return t0 * t0;", "double t0 = theta - 3.0;" }, snapshot));
            Assert.Empty(Mismatches(new[] { "public static void G(Span<double> g) { ... }" }, new[] { "public static void G(global::System.Span<double> g)" }.Select(NormalizeSnapshot).ToArray()));
        }

        // Each marked ```csharp block: the snapshot it names, the line of its fence, its lines.
        private static List<(string File, int Line, string[] Code)> AbridgedBlocks(string markdown)
        {
            string[] lines = markdown.Split('\n');
            var blocks = new List<(string, int, string[])>();
            for (int i = 0; i + 1 < lines.Length; i++)
            {
                Match match = Marker.Match(lines[i].Trim());
                if (!match.Success)
                {
                    continue;
                }

                Assert.True(lines[i + 1].Trim() == "```csharp", $"line {i + 2}: a marker must be followed by a ```csharp fence");
                int end = Array.FindIndex(lines, i + 2, l => l.Trim() == "```");
                Assert.True(end > 0, $"line {i + 2}: unterminated code block");
                blocks.Add((match.Groups["file"].Value, i + 2, lines.Skip(i + 2).Take(end - i - 2).ToArray()));
                i = end;
            }

            return blocks;
        }

        private static List<(int Index, string Line)> Mismatches(string[] code, string[] normalizedSnapshot)
        {
            var mismatches = new List<(int, string)>();
            int next = 0;
            for (int i = 0; i < code.Length; i++)
            {
                string line = NormalizeReadme(code[i]);
                if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line == "...")
                {
                    continue;
                }

                int found = Array.IndexOf(normalizedSnapshot, line, next);
                if (found < 0)
                {
                    mismatches.Add((i, code[i].Trim()));
                }
                else
                {
                    next = found + 1;
                }
            }

            return mismatches;
        }

        private static string NormalizeReadme(string line)
        {
            int comment = line.IndexOf(" //", StringComparison.Ordinal);
            string code = comment >= 0 ? line.Substring(0, comment) : line;
            code = code.Replace(" { ... }", string.Empty);
            return Collapse(code);
        }

        private static string NormalizeSnapshot(string line) => Collapse(Qualifiers.Aggregate(line, (text, qualifier) => text.Replace(qualifier, string.Empty)));

        private static string Collapse(string text) => Regex.Replace(text.Trim(), @"\s+", " ");
    }
}
