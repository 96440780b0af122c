using System;
using System.Collections.Generic;
using System.Diagnostics;
using SymbolicGd.Tests.Losses;
using Xunit;

namespace SymbolicGd.Tests
{
    public class WarnTraceTests
    {
        private sealed class Recorder : TraceListener
        {
            public List<string> Lines { get; } = new();

            public override void Write(string? message)
            {
            }

            public override void WriteLine(string? message)
            {
                if (message is not null && message.Contains("QuarticLoss", StringComparison.Ordinal))
                {
                    Lines.Add(message);
                }
            }
        }

        [Fact]
        public void Warn_without_a_callback_traces_the_first_unstable_step_once()
        {
            // theta^4 from 1 with eta = 1: eta*L_t = 12 theta_t^2 > 2 at each of the three steps before Diverged.
            var recorder = new Recorder();
            Trace.Listeners.Add(recorder);
            try
            {
                var result = GradientDescent.Minimize<QuarticLoss>(new[] { 1.0 }, new DescentOptions { LearningRate = 1.0, Guard = StepGuard.Warn });

                Assert.Equal(StopReason.Diverged, result.StopReason);
                Assert.Equal(3, result.Summary.UnstableSteps);
            }
            finally
            {
                Trace.Listeners.Remove(recorder);
            }

            string line = Assert.Single(recorder.Lines);
            Assert.Contains("eta = 1 ", line, StringComparison.Ordinal);
            Assert.Contains("L = 12,", line, StringComparison.Ordinal);
        }
    }
}
