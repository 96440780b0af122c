using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot testing with Verify.SourceGenerators' file conventions, written here because Verify
    /// is not on this package feed: <c>Snapshots/Test#Hint.verified.cs</c> per generated file and
    /// <c>Snapshots/Test.verified.txt</c> for the diagnostics. A mismatch writes
    /// <c>*.received.*</c> beside them (git-ignored) and fails with a line diff.
    /// To accept every received change: run the tests with <c>SYMBOLICGD_ACCEPT=1</c>, e.g.
    /// <c>SYMBOLICGD_ACCEPT=1 dotnet test tests/SymbolicGd.Generator.Tests</c>, then review the diff in git.
    /// </summary>
    internal static class Snapshot
    {
        private static readonly bool Accept = Environment.GetEnvironmentVariable("SYMBOLICGD_ACCEPT") == "1";

        public static string Directory { get; } = Path.Combine(ProjectDirectory(), "Snapshots");

        /// <summary>Checks every generated file and the generator's diagnostics of <paramref name="run"/> against the snapshots of <paramref name="name"/>.</summary>
        public static void Verify(string name, GeneratorRun run)
        {
            var expected = new List<(string File, string Text)>
            {
                (name + ".verified.txt", FormatDiagnostics(run.GeneratorDiagnostics, run.OutputCompilation)),
            };
            foreach (GeneratedSourceResult source in run.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                // Verify's convention: "Losses.Quadratic.g.cs" becomes "Name#Losses.Quadratic.g.verified.cs".
                string stem = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName.Substring(0, source.HintName.Length - 3) : source.HintName;
                expected.Add((name + "#" + stem + ".verified.cs", source.SourceText.ToString()));
            }

            var failures = new List<string>();
            foreach ((string file, string text) in expected)
            {
                string? failure = Compare(file, Normalize(text));
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }

            // A verified file of this test that the generator no longer produces is stale.
            var produced = new HashSet<string>(expected.Select(e => e.File), StringComparer.Ordinal);
            foreach (string stale in System.IO.Directory.GetFiles(Directory, name + "#*.verified.cs").Select(Path.GetFileName).Where(f => !produced.Contains(f!))!)
            {
                if (Accept)
                {
                    File.Delete(Path.Combine(Directory, stale));
                }
                else
                {
                    failures.Add(stale + " is no longer generated; delete it (or run with SYMBOLICGD_ACCEPT=1).");
                }
            }

            if (failures.Count > 0)
            {
                throw new XunitException(string.Join("\n\n", failures) + "\n\nTo accept: SYMBOLICGD_ACCEPT=1 dotnet test tests/SymbolicGd.Generator.Tests, then review with git diff.");
            }
        }

        /// <summary>Checks a text against <c>Snapshots/<paramref name="name"/>.verified.txt</c>.</summary>
        public static void VerifyText(string name, string text)
        {
            string? failure = Compare(name + ".verified.txt", Normalize(text));
            if (failure is not null)
            {
                throw new XunitException(failure + "\n\nTo accept: SYMBOLICGD_ACCEPT=1 dotnet test tests/SymbolicGd.Generator.Tests, then review with git diff.");
            }
        }

        /// <summary>One line per diagnostic: ID, severity, position, message and the text it points at.</summary>
        public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics, Compilation? compilation = null)
        {
            var builder = new StringBuilder();
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                builder.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(' ');
                builder.Append(span.Path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1)
                    .Append('-').Append(span.EndLinePosition.Line + 1).Append(',').Append(span.EndLinePosition.Character + 1).Append("): ");
                builder.Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                string? located = LocatedText(diagnostic, compilation);
                if (located is not null)
                {
                    builder.Append("    at: ").Append(located).Append('\n');
                }
            }

            return builder.Length == 0 ? "(no diagnostics)\n" : builder.ToString();
        }

        private static string? LocatedText(Diagnostic diagnostic, Compilation? compilation)
        {
            string path = diagnostic.Location.GetLineSpan().Path;
            SyntaxTree? tree = diagnostic.Location.SourceTree ?? compilation?.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
            if (tree is null || diagnostic.Location.SourceSpan.End > tree.Length)
            {
                return null;
            }

            return "`" + tree.GetText().ToString(diagnostic.Location.SourceSpan).Replace("\n", "\\n") + "`";
        }

        private static string? Compare(string file, string received)
        {
            string verifiedPath = Path.Combine(Directory, file);
            string receivedPath = ReceivedPath(verifiedPath);
            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == received)
            {
                File.Delete(receivedPath);
                return null;
            }

            if (Accept)
            {
                File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
                File.Delete(receivedPath);
                return null;
            }

            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            return verified is null
                ? file + " does not exist yet; wrote " + Path.GetFileName(receivedPath) + ":\n" + received
                : file + " differs from what was generated (wrote " + Path.GetFileName(receivedPath) + "):\n" + Diff(verified, received);
        }

        private static string ReceivedPath(string verifiedPath) => verifiedPath.Replace(".verified.", ".received.");

        /// <summary>Changed lines with two lines of context, "+" received and "-" verified.</summary>
        private static string Diff(string verified, string received)
        {
            List<DiffPiece> lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false).Lines;
            var builder = new StringBuilder();
            int lastShown = -1;
            for (int i = 0; i < lines.Count; i++)
            {
                bool nearChange = false;
                for (int j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2) && !nearChange; j++)
                {
                    nearChange = lines[j].Type != ChangeType.Unchanged;
                }

                if (!nearChange)
                {
                    continue;
                }

                if (lastShown >= 0 && i > lastShown + 1)
                {
                    builder.Append("  ...\n");
                }

                string prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
                builder.Append(prefix).Append(lines[i].Text).Append('\n');
                lastShown = i;
            }

            return builder.ToString();
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n");

        private static string ProjectDirectory()
        {
            // Walk up from the test binaries to the folder holding this project's file; the
            // compile-time CallerFilePath would be mapped away in deterministic CI builds.
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SymbolicGd.Generator.Tests.csproj")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("SymbolicGd.Generator.Tests.csproj not found above " + AppContext.BaseDirectory);
        }
    }
}
