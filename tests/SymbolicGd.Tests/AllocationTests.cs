using System;
using System.Linq;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    // The descent loop must not allocate per step. A run allocates its result once, so the test
    // compares a 10-step run with a 10 010-step run on the same thread: the difference is what
    // 10 000 extra steps allocated, and it must be exactly zero. The runtime itself may allocate
    // a few bytes once in a while on a loaded machine (tiering, pool trimming after a GC), so the
    // pair is measured a few times and the smallest difference counts: an allocation per step
    // would show up in every measurement as at least 10 000 bytes.
    //
    // The class runs alone (a non-parallel collection): beside CPU- and allocation-heavy property
    // tests (the interval tests' 2200-bit references) garbage collections come often enough that
    // the shared array pool is trimmed during every measurement, and a rent then allocates.
    [Collection(nameof(AllocationTests))]
    public class AllocationTests
    {
        private static long ExtraBytesFor10000Steps<TLoss>(double[] start, double? eta)
            where TLoss : ISymbolicLoss =>
            ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<TLoss>(s, o), start, new DescentOptions { LearningRate = eta, Guard = StepGuard.Off });

        private static long ExtraBytesFor10000Steps(Func<double[], DescentOptions, DescentResult> minimize, double[] start, DescentOptions options)
        {
            var shortRun = options with { MaxSteps = 10, Tolerance = 0.0 };
            var longRun = options with { MaxSteps = 10_010, Tolerance = 0.0 };

            // Warm up: tiered JIT, the pool, static initialisers.
            for (int i = 0; i < 3; i++)
            {
                minimize(start, longRun);
                minimize(start, shortRun);
            }

            long smallest = long.MaxValue;
            for (int attempt = 0; attempt < 5 && smallest != 0; attempt++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var a = minimize(start, shortRun);
                long shortBytes = GC.GetAllocatedBytesForCurrentThread() - before;

                before = GC.GetAllocatedBytesForCurrentThread();
                var b = minimize(start, longRun);
                long longBytes = GC.GetAllocatedBytesForCurrentThread() - before;

                Assert.Equal(10, a.Steps);
                Assert.Equal(10_010, b.Steps);
                smallest = Math.Min(smallest, longBytes - shortBytes);
            }

            return smallest;
        }

        [Fact]
        public void One_parameter_constant_Hessian_loop_allocates_nothing()
        {
            Assert.Equal(0, ExtraBytesFor10000Steps<QuadraticLoss>(new[] { -1.0 }, 1e-4));
        }

        [Fact]
        public void Two_parameter_Hessian_per_step_loop_allocates_nothing()
        {
            Assert.Equal(0, ExtraBytesFor10000Steps<RosenbrockLoss>(new[] { -1.2, 1.0 }, 1e-4));
        }

        [Fact]
        public void Jacobi_eigen_solver_per_step_allocates_nothing()
        {
            Assert.Equal(0, ExtraBytesFor10000Steps<CoupledQuarticLoss>(new[] { 1.0, -0.5, 0.25 }, 1e-3));
        }

        [Fact]
        public void Automatic_steps_allocate_nothing()
        {
            // Rosenbrock is slow enough that 10 010 automatic steps do not reach a zero gradient.
            Assert.Equal(0, ExtraBytesFor10000Steps<RosenbrockLoss>(new[] { -1.2, 1.0 }, null));
            Assert.Equal(0, ExtraBytesFor10000Steps<LinearLoss>(new[] { 0.0 }, null));
        }

        [Fact]
        public void The_instance_form_over_a_data_loss_allocates_nothing_per_step()
        {
            var x = new double[64];
            var y = new double[64];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = i / 16.0;
                y[i] = 1.0 - (0.5 * x[i]) + (0.01 * (i % 5));
            }

            var loss = new LineFitLoss(x, y);
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(loss, s, o), new[] { 0.0, 0.0 }, new DescentOptions { LearningRate = 1e-3 }));
        }

        [Fact]
        public void A_generated_data_loss_allocates_nothing_per_step_on_one_thread()
        {
            // 3 000 samples: below the parallel threshold, so the pass runs on the calling thread.
            // Logistic regression takes its Hessian every step (automatic learning rate).
            var random = new Random(4);
            double[] x1 = Data(random, 3_000), x2 = Data(random, 3_000), label = Data(random, 3_000).Select(v => v > 0 ? 1.0 : 0.0).ToArray();
            var logistic = new Data.GeneratedDataLosses.LogRegLoss(x1, x2, label, 0.01);
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(logistic, s, o), new[] { 0.0, 0.0, 0.0 }, new DescentOptions { LearningRate = 1e-4 }));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(logistic, s, o), new[] { 0.0, 0.0, 0.0 }, new DescentOptions()));

            // The line fit's L is computed once per instance, then read.
            var line = new Data.GeneratedDataLosses.LineFitLoss(x1, x2);
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(line, s, o), new[] { 0.0, 0.0 }, new DescentOptions { LearningRate = 1e-3 }));
            var handWritten = new Losses.LineFitLoss(x1, x2);
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(handWritten, s, o), new[] { 0.0, 0.0 }, new DescentOptions()));
        }

        [Fact]
        public void A_parallel_pass_allocates_one_small_object()
        {
            // 200 000 samples: 49 chunks shared among the cores. The pass allocates its shared state
            // (one object: the chunk counter, the kernel and the slots' array from the pool) and
            // the thread pool's queue entries; measured on the calling thread.
            var random = new Random(5);
            double[] x1 = Data(random, 200_000), x2 = Data(random, 200_000), label = Data(random, 200_000).Select(v => v > 0 ? 1.0 : 0.0).ToArray();
            var loss = new Data.GeneratedDataLosses.LogRegLoss(x1, x2, label, 0.01);
            double[] theta = { 0.1, 0.2, 0.3 };
            var gradient = new double[3];
            int previous = SampleSums.MaxThreads;
            SampleSums.MaxThreads = Math.Max(2, previous);
            try
            {
                for (int i = 0; i < 20; i++)
                {
                    loss.ValueAndGradient(theta, gradient);
                }

                long smallest = long.MaxValue;
                for (int attempt = 0; attempt < 5; attempt++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    for (int i = 0; i < 100; i++)
                    {
                        loss.ValueAndGradient(theta, gradient);
                    }

                    smallest = Math.Min(smallest, (GC.GetAllocatedBytesForCurrentThread() - before) / 100);
                }

                Assert.True(smallest <= 256, smallest + " bytes per parallel evaluation");
            }
            finally
            {
                SampleSums.MaxThreads = previous;
            }
        }

        private static double[] Data(Random random, int count) => Enumerable.Range(0, count).Select(_ => (random.NextDouble() * 4) - 2).ToArray();

        [Fact]
        public void The_instance_form_with_a_Hessian_per_step_allocates_nothing()
        {
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(new InstanceOf<RosenbrockLoss>(), s, o), new[] { -1.2, 1.0 }, new DescentOptions()));
        }

        [Theory]
        [InlineData(DescentMethod.HeavyBall)]
        [InlineData(DescentMethod.Nesterov)]
        public void Momentum_methods_allocate_nothing_per_step(DescentMethod method)
        {
            // Automatic parameters from L_t and mu_t per step (and restarts), and a fixed pair.
            var rosenbrock = new[] { -1.2, 1.0 };
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<RosenbrockLoss>(s, o), rosenbrock, new DescentOptions { Method = method, LearningRate = 1e-4, Momentum = 0.5 }));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<CoupledQuarticLoss>(s, o), new[] { 1.0, -0.5, 0.25 }, new DescentOptions { Method = method, LearningRate = 1e-4 }));
        }

        [Fact]
        public void Newton_allocates_nothing_per_step_on_every_path_of_its_solve()
        {
            // Damped steps (alpha = 1e-3) so that 10 010 steps do not converge: Cholesky on 2 and on
            // 3 parameters, the eigenvalue modification where the Hessian is indefinite (per step and
            // constant), and the line search's value calls.
            var damped = new DescentOptions { Method = DescentMethod.Newton, LearningRate = 1e-3 };
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<RosenbrockLoss>(s, o), new[] { -1.2, 1.0 }, damped));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<CoupledQuarticLoss>(s, o), new[] { 1.0, -0.5, 0.25 }, damped));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<QuarticSaddleLoss>(s, o), new[] { 1.0, 0.1 }, damped with { LearningRate = 1e-4 }));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<HyperbolicSaddleLoss>(s, o), new[] { 1.0, 0.1 }, damped with { LearningRate = 1e-4 }));
        }

        [Fact]
        public void The_certified_guard_allocates_nothing_per_step()
        {
            // Interval evaluations over each segment's box, the bracket search and the value
            // check, on the static form and through ILoss; eta = 1e-4 keeps Rosenbrock far from
            // its minimum for 10 010 steps, eta = 10 makes every step a shortened one.
            var certified = new DescentOptions { Guard = StepGuard.Certified, LearningRate = 1e-4 };
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<CertifiedLosses.RosenbrockLoss>(s, o), new[] { -1.2, 1.0 }, certified));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize<CertifiedLosses.RosenbrockLoss>(s, o), new[] { -1.2, 1.0 }, certified with { LearningRate = 10.0 }));
            Assert.Equal(0, ExtraBytesFor10000Steps((s, o) => GradientDescent.Minimize(new CertifiedLosses.RosenbrockLoss(), s, o), new[] { -1.2, 1.0 }, certified));
        }

        [Fact]
        public void Pooled_buffers_for_a_wide_loss_allocate_nothing_per_step()
        {
            var start = new double[24];
            for (int i = 0; i < start.Length; i++)
            {
                start[i] = 1.0 / (i + 1);
            }

            Assert.Equal(0, ExtraBytesFor10000Steps<WideQuarticLoss>(start, 1e-4));
        }
    }

    /// <summary>Runs <see cref="AllocationTests"/> after every parallel test, on its own.</summary>
    [CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
    public sealed class AllocationTestsCollection
    {
    }
}
