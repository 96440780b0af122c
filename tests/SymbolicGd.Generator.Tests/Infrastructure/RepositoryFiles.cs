using System;
using System.IO;

namespace SymbolicGd.Generator.Tests.Infrastructure
{
    /// <summary>Files of the repository the tests read (docs, release tracking), found from the test binaries upwards.</summary>
    internal static class RepositoryFiles
    {
        public static string Root { get; } = FindRoot();

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public static string Read(params string[] parts) => File.ReadAllText(Path(parts)).Replace("\r\n", "\n");

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "SymbolicGd.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("SymbolicGd.sln not found");
        }
    }
}
