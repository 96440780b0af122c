using System;
using System.Diagnostics;
using System.IO;
using SymbolicGd.Generator.Tests.Infrastructure;
using Xunit;

namespace SymbolicGd.Generator.Tests
{
    /// <summary>
    /// The real toolchain, not the in-memory driver: a project importing eng/SymbolicGd.InRepo.props
    /// (as the examples and benchmarks do) builds with warnings as errors through MSBuild and the
    /// SDK's compiler, and its [Loss] methods run.
    /// </summary>
    public sealed class InRepoBuildTests
    {
        [Fact]
        public void Project_importing_the_in_repo_props_builds_and_runs_a_loss()
        {
            string root = RepositoryFiles.Root;
            string work = Path.Combine(Path.GetTempPath(), "symbolicgd-inrepo-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                File.WriteAllText(Path.Combine(work, "InRepo.csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                        <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                      </PropertyGroup>
                      <Import Project="{Path.Combine(root, "eng", "SymbolicGd.InRepo.props")}" />
                    </Project>
                    """);
                File.WriteAllText(Path.Combine(work, "Program.cs"), """
                    using System;
                    using System.Globalization;
                    using SymbolicGd;

                    Console.WriteLine(Losses.QuadraticDerivative(-1).ToString(CultureInfo.InvariantCulture));
                    #pragma warning disable SGD0005
                    Console.WriteLine(Losses.Kinked(-2).ToString(CultureInfo.InvariantCulture));

                    public static partial class Losses
                    {
                        [Loss("(theta - 3)^2")] public static partial double Quadratic(double theta);
                        [Loss("abs(x) + x^2")] public static partial double Kinked(double x);
                    }
                    """);

                (int exitCode, string output) = Run("dotnet", "run -c Release", work);

                Assert.True(exitCode == 0, output);
                Assert.Contains("-8\n6\n", output.Replace("\r\n", "\n"));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        private static (int ExitCode, string Output) Run(string file, string arguments, string directory)
        {
            var start = new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }
}
