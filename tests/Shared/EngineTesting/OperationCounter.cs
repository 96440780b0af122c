#if ENGINE_ALIAS
extern alias engine;
#endif

using System;
using System.Collections.Generic;
#if ENGINE_ALIAS
using engine::SymbolicGd.Symbolic;
#endif

namespace SymbolicGd.Symbolic.Testing
{
    /// <summary>Which results a fused emitted program computes.</summary>
    internal enum ProgramOutputs
    {
        Value,
        ValueAndGradient,
        ValueGradientAndHessian,
    }

    /// <summary>
    /// Counts the arithmetic operations of exactly the program <see cref="CSharpEmitter"/> emits
    /// (each + - * /, unary minus, function call, sign test and select is one; literals and parameter
    /// reads are free; a shared operation is counted once), to check the cheap-gradient bound.
    /// A test helper, compiled into the test projects from tests/Shared, never shipped.
    /// </summary>
    internal static class OperationCounter
    {
        public static int Count(LossDefinition loss, ProgramOutputs outputs)
        {
            if (loss == null)
            {
                throw new ArgumentNullException(nameof(loss));
            }

            var parameters = new string[loss.Dimension];
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var request = new EmitRequest
            {
                Parameters = parameters,
                ReturnValue = true,
                GradientSpan = outputs == ProgramOutputs.Value ? null : "gradient",
                HessianSpan = outputs == ProgramOutputs.ValueGradientAndHessian ? "hessian" : null,
            };
            return Count(loss, request);
        }

        /// <summary>Operations of the program emitted for <paramref name="request"/>.</summary>
        public static int Count(LossDefinition loss, EmitRequest request)
        {
            var targets = new List<string?>();
            return CSharpEmitter.Program(loss, request, targets, _ => false).Program.OperationCount;
        }
    }
}
