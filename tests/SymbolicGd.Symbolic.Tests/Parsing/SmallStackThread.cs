using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace SymbolicGd.Symbolic.Tests.Parsing
{
    /// <summary>Runs code on a thread with a 1 MB stack, the size the C# compiler's threads get,
    /// so a recursion that would overflow inside the compiler fails here too.</summary>
    internal static class SmallStackThread
    {
        public const int StackSize = 1024 * 1024;

        public static void Run(Action action)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    action();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }, StackSize);
            thread.Start();
            thread.Join();
            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }
    }
}
