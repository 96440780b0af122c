using System;
using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>
    /// A compiled loss: its diagnostics and, when there are no errors, the simplified value DAG,
    /// the gradient, the upper triangle of the Hessian, their printed forms and the curvature facts.
    /// Immutable; safe to emit from several threads.
    /// </summary>
    internal sealed class LossDefinition
    {
        private static readonly Expr[] NoExprs = Array.Empty<Expr>();
        private readonly Expr[][] _hessianUpper;

        internal LossDefinition(string expression, IReadOnlyList<string> parameterNames, IReadOnlyList<ExpressionDiagnostic> diagnostics)
        {
            Expression = expression;
            ParameterNames = parameterNames;
            Diagnostics = diagnostics;
            _hessianUpper = Array.Empty<Expr[]>();
            Gradient = NoExprs;
            GradientExpressions = Array.Empty<string>();
            ValueText = string.Empty;
            ConstantLipschitz = double.NaN;
        }

        internal LossDefinition(
            string expression,
            IReadOnlyList<string> parameterNames,
            IReadOnlyList<ExpressionDiagnostic> diagnostics,
            Expr value,
            Expr[] gradient,
            Expr[][] hessianUpper)
            : this(expression, parameterNames, diagnostics)
        {
            Value = value;
            Gradient = gradient;
            _hessianUpper = hessianUpper;
            ValueText = ExpressionPrinter.Print(value, parameterNames);
            var printed = new string[gradient.Length];
            for (int i = 0; i < printed.Length; i++)
            {
                printed[i] = ExpressionPrinter.Print(gradient[i], parameterNames);
            }

            GradientExpressions = printed;
            double[]? constant = Curvature.ConstantHessian(hessianUpper, gradient.Length);
            if (constant != null)
            {
                HasConstantHessian = true;
                ConstantHessian = constant;
                ConstantLipschitz = Curvature.SpectralRadius(constant, gradient.Length);
            }
        }

        /// <summary>The expression text as written.</summary>
        public string Expression { get; }

        public IReadOnlyList<string> ParameterNames { get; }

        public int Dimension => ParameterNames.Count;

        /// <summary>Errors and warnings, in text order.</summary>
        public IReadOnlyList<ExpressionDiagnostic> Diagnostics { get; }

        public bool HasErrors
        {
            get
            {
                foreach (ExpressionDiagnostic diagnostic in Diagnostics)
                {
                    if (diagnostic.IsError)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>The simplified loss (null when there are errors).</summary>
        public Expr Value { get; } = null!;

        /// <summary>dL/dp_i for each parameter.</summary>
        public IReadOnlyList<Expr> Gradient { get; }

        /// <summary>The printed, simplified value.</summary>
        public string ValueText { get; }

        /// <summary>The printed gradient, e.g. "2*(theta - 3)".</summary>
        public IReadOnlyList<string> GradientExpressions { get; }

        /// <summary>True when every Hessian entry is a constant (every quadratic).</summary>
        public bool HasConstantHessian { get; }

        /// <summary>The row-major n*n Hessian when constant, else null.</summary>
        public IReadOnlyList<double>? ConstantHessian { get; }

        /// <summary>max |eigenvalue| of the constant Hessian, else NaN.</summary>
        public double ConstantLipschitz { get; }

        /// <summary>The outputs with common factors taken out of sums, one per strategy (empty when not computed).</summary>
        internal IReadOnlyList<FactoredOutputs> Factored { get; set; } = Array.Empty<FactoredOutputs>();

        /// <summary>d2L/dp_i dp_j; symmetric, each entry computed once for i &lt;= j.</summary>
        public Expr Hessian(int i, int j)
        {
            if (i > j)
            {
                (i, j) = (j, i);
            }

            return _hessianUpper[i][j - i];
        }
    }
}
