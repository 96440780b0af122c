using System;
using System.Collections.Generic;

namespace SymbolicGd
{
    // Length checks of the runtime's span arguments, made before anything is read or written.
    internal static class RuntimeArguments
    {
        public static void Length(ReadOnlySpan<double> span, int expected, string parameter, string lossName, IReadOnlyList<string> parameterNames)
        {
            if (span.Length != expected)
            {
                throw new ArgumentException(
                    $"{parameter} must have {expected} value(s), one per parameter of {lossName} ({string.Join(", ", parameterNames)}), but has {span.Length}.",
                    parameter);
            }
        }
    }
}
