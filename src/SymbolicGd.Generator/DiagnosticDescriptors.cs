using System;
using Microsoft.CodeAnalysis;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Every diagnostic the generator reports. Each has a page in docs/diagnostics.md (the help
    /// link) and a line in AnalyzerReleases.Unshipped.md; IDs are never reused.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string ExpressionCategory = "SymbolicGd.Expression";
        private const string UsageCategory = "SymbolicGd.Usage";
        private const string HelpBase = "https://github.com/symbolicgd/symbolicgd/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor MalformedExpression = Error(
            "SGD0001", ExpressionCategory,
            "Malformed loss expression",
            "The loss expression of '{0}' is malformed at column {1}: {2}");

        public static readonly DiagnosticDescriptor UnknownIdentifier = Error(
            "SGD0002", ExpressionCategory,
            "Unknown identifier in loss expression",
            "The loss expression of '{0}' uses an unknown identifier at column {1}: {2}");

        public static readonly DiagnosticDescriptor UnknownFunction = Error(
            "SGD0003", ExpressionCategory,
            "Unknown function in loss expression",
            "The loss expression of '{0}' calls an unknown function at column {1}: {2}");

        public static readonly DiagnosticDescriptor WrongArity = Error(
            "SGD0004", ExpressionCategory,
            "Function called with the wrong number of arguments",
            "The loss expression of '{0}' calls a function with the wrong number of arguments at column {1}: {2}");

        public static readonly DiagnosticDescriptor NonSmoothFunction = Create(
            "SGD0005", ExpressionCategory, DiagnosticSeverity.Warning,
            "Non-smooth function in loss expression",
            "The loss expression of '{0}' uses a function that is not differentiable everywhere at column {1}: {2}");

        public static readonly DiagnosticDescriptor ExpressionTooComplex = Error(
            "SGD0006", ExpressionCategory,
            "Loss expression too complex",
            "The loss expression of '{0}' is too complex to compile at column {1}: {2}");

        public static readonly DiagnosticDescriptor MethodNotStaticPartial = Error(
            "SGD0007", UsageCategory,
            "Loss method must be static partial",
            "Loss method '{0}' must be declared 'static partial' with no body or implementation of its own; the generator writes it");

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
            "SGD0008", UsageCategory,
            "Type containing a loss must be partial",
            "Type '{0}' contains the loss method '{1}' and must be declared 'partial'");

        public static readonly DiagnosticDescriptor ReturnTypeNotDouble = Error(
            "SGD0009", UsageCategory,
            "Loss method must return double",
            "Loss method '{0}' must return 'double', not '{1}'");

        public static readonly DiagnosticDescriptor ParameterNotDouble = Error(
            "SGD0010", UsageCategory,
            "Loss parameter must be a double",
            "Parameter '{0}' of loss method '{1}' must be a plain 'double' (by value, not params; a variable, or with [Fixed] a fixed value) or a 'ReadOnlySpan<double>' data column, not '{2}'");

        public static readonly DiagnosticDescriptor NoParameters = Error(
            "SGD0011", UsageCategory,
            "Loss method has no parameters",
            "Loss method '{0}' has no parameters; every parameter is an optimisation variable, so there must be at least one");

        public static readonly DiagnosticDescriptor DuplicateLossName = Error(
            "SGD0012", UsageCategory,
            "Duplicate loss name in a type",
            "Type '{0}' already has a loss named '{1}'; the generated members '{1}Gradient', '{1}Loss', ... would collide");

        public static readonly DiagnosticDescriptor GenericMethod = Error(
            "SGD0013", UsageCategory,
            "Loss method must not be generic",
            "Loss method '{0}' must not have type parameters");

        public static readonly DiagnosticDescriptor MissingExpression = Error(
            "SGD0014", UsageCategory,
            "Loss expression must be a constant string",
            "The [Loss] attribute on '{0}' needs a non-null constant string expression");

        public static readonly DiagnosticDescriptor InternalError = Error(
            "SGD0015", UsageCategory,
            "The SymbolicGd generator failed",
            "The SymbolicGd generator failed on '{0}': {1}; please report this with the expression");

        public static readonly DiagnosticDescriptor FileLocalContainingType = Error(
            "SGD0016", UsageCategory,
            "Type containing a loss must not be file-local",
            "Type '{0}' contains the loss method '{1}' and is file-local ('file'); generated code in another file cannot extend it");

        public static readonly DiagnosticDescriptor GeneratedNameTaken = Error(
            "SGD0017", UsageCategory,
            "Generated member name already in use",
            "The loss '{0}' generates a member named '{1}', but type '{2}' already has a member or name '{1}'; rename the loss or that member");

        public static readonly DiagnosticDescriptor ColumnOutsideAggregate = Error(
            "SGD0018", ExpressionCategory,
            "Data column outside sum or mean",
            "The loss expression of '{0}' reads a data column outside sum(...) or mean(...) at column {1}: {2}");

        public static readonly DiagnosticDescriptor NestedAggregate = Error(
            "SGD0019", ExpressionCategory,
            "Nested sum or mean",
            "The loss expression of '{0}' nests sums over samples at column {1}: {2}");

        public static readonly DiagnosticDescriptor AggregateWithoutColumn = Create(
            "SGD0020", ExpressionCategory, DiagnosticSeverity.Warning,
            "Sum or mean that reads no data column",
            "The loss expression of '{0}' has a sum over samples that reads no data column at column {1}: {2}");

        public static readonly DiagnosticDescriptor AggregateWithoutData = Error(
            "SGD0021", ExpressionCategory,
            "Sum or mean in a loss without data columns",
            "The loss expression of '{0}' sums over samples, but the method takes no data column, at column {1}: {2}");

        public static readonly DiagnosticDescriptor DataParameterType = Error(
            "SGD0022", UsageCategory,
            "Data column must be a ReadOnlySpan<double>",
            "Parameter '{0}' of loss method '{1}' looks like data but is '{2}'; a data column must be a 'ReadOnlySpan<double>' (pass an array, a list's span or a memory's span to it)");

        public static readonly DiagnosticDescriptor FixedNotDouble = Error(
            "SGD0023", UsageCategory,
            "[Fixed] parameter must be a double",
            "Parameter '{0}' of loss method '{1}' is marked [Fixed] but is '{2}'; a fixed value is a plain 'double' (a data column is a 'ReadOnlySpan<double>' without [Fixed])");

        public static readonly DiagnosticDescriptor ColumnNamedLikeFunction = Error(
            "SGD0024", ExpressionCategory,
            "Data column named like a function",
            "The loss expression of '{0}' uses a data column whose name is also a function at column {1}: {2}");

        public static readonly DiagnosticDescriptor NoVariables = Error(
            "SGD0025", UsageCategory,
            "Loss method has no optimisation variable",
            "Loss method '{0}' has no optimisation variable: every parameter is a data column or [Fixed]; add a plain 'double' parameter to minimise over");

        // Reported by LearningRateAnalyzer (not the generator), at the learning rate's text.
        public static readonly DiagnosticDescriptor LearningRateAboveStabilityLimit = Create(
            "SGD0030", UsageCategory, DiagnosticSeverity.Warning,
            "Constant learning rate at or above the stability limit",
            "Learning rate {0} is at or above the stability limit of '{1}': its Hessian is constant with L = {2}, so {5} needs eta < {6} = {3} (here eta*L = {4}, and every step grows the error); use {1}.MaxStableLearningRate / 2, or null for automatic steps");

        /// <summary>Every descriptor, in ID order.</summary>
        public static readonly DiagnosticDescriptor[] All =
        {
            MalformedExpression, UnknownIdentifier, UnknownFunction, WrongArity, NonSmoothFunction, ExpressionTooComplex,
            MethodNotStaticPartial, ContainingTypeNotPartial, ReturnTypeNotDouble, ParameterNotDouble, NoParameters, DuplicateLossName,
            GenericMethod, MissingExpression, InternalError, FileLocalContainingType, GeneratedNameTaken,
            ColumnOutsideAggregate, NestedAggregate, AggregateWithoutColumn, AggregateWithoutData, DataParameterType, FixedNotDouble,
            ColumnNamedLikeFunction, NoVariables,
            LearningRateAboveStabilityLimit,
        };

        public static DiagnosticDescriptor ById(string id)
        {
            foreach (DiagnosticDescriptor descriptor in All)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            throw new ArgumentException("Unknown diagnostic ID " + id, nameof(id));
        }

        private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
            Create(id, category, DiagnosticSeverity.Error, title, message);

        private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message) =>
            new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
