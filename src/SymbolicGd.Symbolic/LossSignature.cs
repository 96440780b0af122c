using System.Collections.Generic;

namespace SymbolicGd.Symbolic
{
    /// <summary>A loss method's parameters split by kind, each list in declaration order.</summary>
    internal sealed class LossSignature
    {
        public LossSignature(IReadOnlyList<string> names, IReadOnlyList<LossParameterKind>? kinds)
        {
            var variables = new List<string>();
            var columns = new List<string>();
            var fixedValues = new List<string>();
            for (int i = 0; i < names.Count; i++)
            {
                LossParameterKind kind = kinds is not null && i < kinds.Count ? kinds[i] : LossParameterKind.Variable;
                (kind == LossParameterKind.Column ? columns : kind == LossParameterKind.Fixed ? fixedValues : variables).Add(names[i]);
            }

            Variables = variables.ToArray();
            Columns = columns.ToArray();
            Fixed = fixedValues.ToArray();
        }

        /// <summary>The optimisation variables (theta).</summary>
        public string[] Variables { get; }

        public string[] Columns { get; }

        public string[] Fixed { get; }

        /// <summary>
        /// True when the loss reads data or fixed values: it is then an instance (its columns and
        /// fixed values are fields), emitted as a data loss.
        /// </summary>
        public bool IsData => Columns.Length > 0 || Fixed.Length > 0;
    }
}
