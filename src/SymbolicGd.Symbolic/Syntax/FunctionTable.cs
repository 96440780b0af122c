using System.Collections.Generic;

namespace SymbolicGd.Symbolic.Syntax
{
    /// <summary>The functions of the expression language by name (as in the README's expression language table), with their arity (logsumexp takes any number of arguments from one).</summary>
    internal static class FunctionTable
    {
        private static readonly Dictionary<string, FunctionKind> ByName = new Dictionary<string, FunctionKind>
        {
            ["exp"] = FunctionKind.Exp,
            ["log"] = FunctionKind.Log,
            ["sqrt"] = FunctionKind.Sqrt,
            ["sin"] = FunctionKind.Sin,
            ["cos"] = FunctionKind.Cos,
            ["tan"] = FunctionKind.Tan,
            ["asin"] = FunctionKind.Asin,
            ["acos"] = FunctionKind.Acos,
            ["atan"] = FunctionKind.Atan,
            ["sinh"] = FunctionKind.Sinh,
            ["cosh"] = FunctionKind.Cosh,
            ["tanh"] = FunctionKind.Tanh,
            ["abs"] = FunctionKind.Abs,
            ["sigmoid"] = FunctionKind.Sigmoid,
            ["softplus"] = FunctionKind.Softplus,
            ["pow"] = FunctionKind.Pow,
            ["logsumexp"] = FunctionKind.LogSumExp,
            ["sum"] = FunctionKind.Sum,
            ["mean"] = FunctionKind.Mean,
        };

        /// <summary>Names in the order of <see cref="FunctionKind"/>, for suggestions.</summary>
        public static readonly string[] Names =
        {
            "exp", "log", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan",
            "sinh", "cosh", "tanh", "abs", "sigmoid", "softplus", "pow", "logsumexp", "sum", "mean",
        };

        public static bool TryGet(string name, out FunctionKind kind) => ByName.TryGetValue(name, out kind);

        /// <summary>The fewest arguments the function takes.</summary>
        public static int MinArity(FunctionKind kind) => kind == FunctionKind.Pow ? 2 : 1;

        /// <summary>The most arguments the function takes (int.MaxValue for logsumexp).</summary>
        public static int MaxArity(FunctionKind kind) => kind == FunctionKind.Pow ? 2 : kind == FunctionKind.LogSumExp ? int.MaxValue : 1;

        /// <summary>sum or mean: an aggregate over samples.</summary>
        public static bool IsAggregate(FunctionKind kind) => kind == FunctionKind.Sum || kind == FunctionKind.Mean;

        public static bool Accepts(FunctionKind kind, int arguments) => arguments >= MinArity(kind) && arguments <= MaxArity(kind);
    }
}
