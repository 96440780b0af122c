using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/SymbolicGd.Benchmarks -- --filter '*Gradient*'</c>
    /// runs one group with BenchmarkDotNet's defaults (add <c>--job short</c> on a busy machine);
    /// <c>-- --quick --filter '*RosenbrockGradient*'</c> runs a group in-process with few, short
    /// iterations (well under a minute, for a first look); <c>-- --paired</c> prints the target
    /// ratios measured in interleaved pairs (robust to a drifting load); <c>-- --keystroke</c> the
    /// keystroke fraction of the generator the same way; <c>-- --data-paired</c> the data-loss
    /// targets (generated vs expert loop vs read bandwidth) the same way; <c>-- --verify</c> only checks that
    /// every variant computes the same numbers (fast; CI runs it). See docs/benchmarks.md.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Contains("--verify"))
            {
                return VerifyAll();
            }

            if (args.Contains("--paired"))
            {
                Paired.PairedReport.Run();
                return 0;
            }

            if (args.Contains("--data-paired"))
            {
                Paired.DataPairedReport.Run();
                return 0;
            }

            if (args.Contains("--keystroke"))
            {
                Paired.KeystrokeReport.Run();
                return 0;
            }

            IConfig? config = null;
            if (args.Contains("--quick"))
            {
                // In-process: no separate project to build (that alone takes about a minute here).
                config = DefaultConfig.Instance.AddJob(Job.Default
                    .WithToolchain(InProcessEmitToolchain.Instance)
                    .WithLaunchCount(1)
                    .WithWarmupCount(2)
                    .WithIterationCount(5)
                    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
                    .WithId("Quick"));
                args = args.Where(a => a != "--quick").ToArray();
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return 0;
        }

        // Runs every [GlobalSetup] of every concrete benchmark class, once per value of its
        // [Params]: each setup checks its variants and throws on the first disagreement.
        private static int VerifyAll()
        {
            int checkedCases = 0;
            foreach (Type type in typeof(Program).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsPublic).OrderBy(t => t.Name))
            {
                MethodInfo? setup = type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null);
                if (setup is null)
                {
                    continue;
                }

                foreach (var assignment in ParameterCombinations(type))
                {
                    object benchmark = Activator.CreateInstance(type)!;
                    foreach ((PropertyInfo property, object? value) in assignment)
                    {
                        property.SetValue(benchmark, value);
                    }

                    setup.Invoke(benchmark, null);
                    string parameters = string.Join(", ", assignment.Select(a => $"{a.Property.Name}={a.Value}"));
                    Console.WriteLine($"verified {type.Name}{(parameters.Length > 0 ? " (" + parameters + ")" : string.Empty)}");
                    checkedCases++;
                }
            }

            Console.WriteLine($"{checkedCases} benchmark setups verified: every variant agrees with the generated code and with finite differences.");
            return checkedCases > 0 ? 0 : 1;
        }

        private static IEnumerable<List<(PropertyInfo Property, object? Value)>> ParameterCombinations(Type type)
        {
            IEnumerable<List<(PropertyInfo, object?)>> combinations = new[] { new List<(PropertyInfo, object?)>() };
            foreach (PropertyInfo property in type.GetProperties())
            {
                if (property.GetCustomAttribute<ParamsAttribute>() is ParamsAttribute values)
                {
                    combinations = combinations.SelectMany(c => values.Values.Select(v => new List<(PropertyInfo, object?)>(c) { (property, v) })).ToList();
                }
            }

            return combinations;
        }
    }
}
