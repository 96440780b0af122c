using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace SymbolicGd.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/SymbolicGd.Benchmarks -- --filter '*Gradient*'</c>
    /// runs one group; <c>-- --verify</c> only checks that every variant computes the same
    /// numbers (fast; CI runs it).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Contains("--verify"))
            {
                return VerifyAll();
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        // Runs every [GlobalSetup] of every concrete benchmark class: each one checks its variants.
        private static int VerifyAll()
        {
            int checkedClasses = 0;
            foreach (Type type in typeof(Program).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsPublic))
            {
                MethodInfo? setup = type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null);
                if (setup is null)
                {
                    continue;
                }

                setup.Invoke(Activator.CreateInstance(type), null);
                Console.WriteLine($"verified {type.Name}");
                checkedClasses++;
            }

            Console.WriteLine($"{checkedClasses} benchmark classes verified: every variant agrees with the generated code and with finite differences.");
            return checkedClasses > 0 ? 0 : 1;
        }
    }
}
