using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// A compiled loss: its diagnostics and, when there are no errors, its outputs (simplified,
    /// and with common factors taken out of sums), their printed forms, and whether the Hessian
    /// is constant and, if so, L. Immutable; safe to emit from several threads.
    /// </summary>
    internal sealed class LossDefinition
    {
        private readonly LossOutputs? _outputs;
        private readonly Lazy<string> _valueText;
        private readonly Lazy<IReadOnlyList<string>> _gradientExpressions;

        /// <summary>A loss that did not compile: only its diagnostics.</summary>
        internal LossDefinition(string expression, IReadOnlyList<string> parameterNames, IReadOnlyList<ExpressionDiagnostic> diagnostics)
            : this(expression, new LossSignature(parameterNames, null), diagnostics, null, Array.Empty<LossOutputs>())
        {
        }

        /// <summary>A loss that did not compile: only its diagnostics.</summary>
        internal LossDefinition(string expression, LossSignature signature, IReadOnlyList<ExpressionDiagnostic> diagnostics)
            : this(expression, signature, diagnostics, null, Array.Empty<LossOutputs>())
        {
        }

        internal LossDefinition(
            string expression,
            IReadOnlyList<string> parameterNames,
            IReadOnlyList<ExpressionDiagnostic> diagnostics,
            LossOutputs? outputs,
            IReadOnlyList<LossOutputs> factored)
            : this(expression, new LossSignature(parameterNames, null), diagnostics, outputs, factored)
        {
        }

        /// <param name="expression">The expression text as written.</param>
        /// <param name="signature">The parameters by kind, each in order.</param>
        /// <param name="diagnostics">Errors and warnings, in text order.</param>
        /// <param name="outputs">The simplified value, gradient and Hessian; null when there are errors.</param>
        /// <param name="factored">The same outputs after each sum-factoring strategy, offered to the emitter as alternatives.</param>
        internal LossDefinition(
            string expression,
            LossSignature signature,
            IReadOnlyList<ExpressionDiagnostic> diagnostics,
            LossOutputs? outputs,
            IReadOnlyList<LossOutputs> factored)
        {
            IReadOnlyList<string> parameterNames = signature.Variables;
            Expression = expression;
            ParameterNames = parameterNames;
            ColumnNames = signature.Columns;
            FixedNames = signature.Fixed;
            IsDataLoss = signature.IsData;
            Diagnostics = diagnostics;
            _outputs = outputs;
            Factored = factored;
            HasErrors = HasError(diagnostics);
            ConstantLipschitz = double.NaN;

            // The printed texts can be long (up to ExpressionPrinter.MaxLength each) and only the
            // emitter's GradientExpressions and the tests read them.
            _valueText = new Lazy<string>(() => outputs == null ? string.Empty : ExpressionPrinter.Print(outputs.Value, parameterNames));
            _gradientExpressions = new Lazy<IReadOnlyList<string>>(() => Print(outputs?.Gradient, parameterNames));

            if (outputs != null && IsDataLoss)
            {
                HasConstantHessian = !outputs.HessianDependsOnVariables();
                DividesBySampleCount = ReachesSampleCount(outputs);
            }

            double[]? constant = outputs?.ConstantHessian();
            if (constant != null)
            {
                HasConstantHessian = true;
                ConstantHessian = constant;
                ConstantLipschitz = SymmetricEigen.SpectralRadius(constant, outputs!.Dimension, new double[Math.Max(1, constant.Length)]);
            }
        }

        /// <summary>The expression text as written.</summary>
        public string Expression { get; }

        public IReadOnlyList<string> ParameterNames { get; }

        public int Dimension => ParameterNames.Count;

        /// <summary>The data columns, in declaration order (empty for a closed-form loss).</summary>
        public IReadOnlyList<string> ColumnNames { get; }

        /// <summary>The fixed values, in declaration order.</summary>
        public IReadOnlyList<string> FixedNames { get; }

        /// <summary>
        /// True when the loss has columns or fixed values: it is emitted as an instance (a struct
        /// holding them) and its sums as one pass over the samples.
        /// </summary>
        public bool IsDataLoss { get; }

        /// <summary>True when a data loss divides by N (it uses mean): it is undefined for no samples.</summary>
        public bool DividesBySampleCount { get; }

        /// <summary>Errors and warnings, in text order.</summary>
        public IReadOnlyList<ExpressionDiagnostic> Diagnostics { get; }

        public bool HasErrors { get; }

        /// <summary>The simplified value, gradient and Hessian (only when there are no errors).</summary>
        public LossOutputs Outputs => _outputs ?? throw new InvalidOperationException("the loss has errors; it has no outputs");

        /// <summary>The outputs with common factors taken out of sums, one per strategy (empty when not computed).</summary>
        public IReadOnlyList<LossOutputs> Factored { get; }

        /// <summary>The simplified loss.</summary>
        public Expr Value => Outputs.Value;

        /// <summary>dL/dp_i for each parameter (empty when there are errors).</summary>
        public IReadOnlyList<Expr> Gradient => _outputs?.Gradient ?? Array.Empty<Expr>();

        /// <summary>The printed, simplified value.</summary>
        public string ValueText => _valueText.Value;

        /// <summary>The printed gradient, e.g. "2*(theta - 3)".</summary>
        public IReadOnlyList<string> GradientExpressions => _gradientExpressions.Value;

        /// <summary>
        /// True when the Hessian does not depend on theta: every entry a constant (every quadratic),
        /// or, for a data loss, a function of sums over the data and fixed values alone (least
        /// squares in a linear model), so L is computed once per loss instance.
        /// </summary>
        public bool HasConstantHessian { get; }

        /// <summary>The row-major n*n Hessian when every entry is a constant, else null.</summary>
        public IReadOnlyList<double>? ConstantHessian { get; }

        /// <summary>L, the largest absolute eigenvalue of the constant Hessian; NaN when the Hessian is not constant.</summary>
        public double ConstantLipschitz { get; }

        /// <summary>d2L/dp_i dp_j; symmetric, each entry computed once for i &lt;= j.</summary>
        public Expr Hessian(int i, int j) => Outputs.Hessian(i, j);

        internal static bool HasError(IReadOnlyList<ExpressionDiagnostic> diagnostics)
        {
            foreach (ExpressionDiagnostic diagnostic in diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ReachesSampleCount(LossOutputs outputs)
        {
            var roots = new List<Expr>(outputs.Gradient) { outputs.Value };
            foreach (Expr node in Topology.Sorted(roots))
            {
                if (node.Kind == ExprKind.SampleCount)
                {
                    return true;
                }
            }

            return false;
        }

        private static IReadOnlyList<string> Print(IReadOnlyList<Expr>? expressions, IReadOnlyList<string> parameterNames)
        {
            if (expressions == null)
            {
                return Array.Empty<string>();
            }

            var printed = new string[expressions.Count];
            for (int i = 0; i < printed.Length; i++)
            {
                printed[i] = ExpressionPrinter.Print(expressions[i], parameterNames);
            }

            return printed;
        }
    }
}
