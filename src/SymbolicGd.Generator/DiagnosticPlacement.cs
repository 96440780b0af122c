using System.Collections.Generic;
using System.Collections.Immutable;
using SymbolicGd.Generator.Model;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Stage 3, cheap: joins each compiled loss's diagnostics with the positions its target holds
    /// (the method's name, the characters of the string literal), after the shape diagnostics the
    /// first stage already located. It runs again after every edit that moves a loss, and does
    /// nothing expensive.
    /// </summary>
    internal static class DiagnosticPlacement
    {
        /// <summary>
        /// The located diagnostics of every loss that has any. <paramref name="targets"/> and
        /// <paramref name="compiled"/> are the same losses in the same order: the compiled values
        /// come from the targets through element-wise Selects, which keep order and count.
        /// </summary>
        public static ImmutableArray<EquatableArray<DiagnosticInfo>> Locate(ImmutableArray<LossTarget> targets, ImmutableArray<CompiledLoss> compiled)
        {
            ImmutableArray<EquatableArray<DiagnosticInfo>>.Builder located = ImmutableArray.CreateBuilder<EquatableArray<DiagnosticInfo>>();
            for (int i = 0; i < targets.Length; i++)
            {
                LossTarget target = targets[i];
                EquatableArray<RelativeDiagnostic> relative = i < compiled.Length ? compiled[i].Diagnostics : EquatableArray<RelativeDiagnostic>.Empty;
                if (target.ShapeDiagnostics.Count == 0 && relative.Count == 0)
                {
                    continue;
                }

                var diagnostics = new List<DiagnosticInfo>(target.ShapeDiagnostics);
                foreach (RelativeDiagnostic diagnostic in relative)
                {
                    diagnostics.Add(new DiagnosticInfo(diagnostic.Id, Locate(target, diagnostic.Range), diagnostic.MessageArgs));
                }

                located.Add(diagnostics.ToEquatableArray());
            }

            return located.ToImmutable();
        }

        /// <summary>Where a range of the expression is in the file: inside the literal when it can be mapped, else the argument; the method's name without a range.</summary>
        public static LocationInfo? Locate(LossTarget target, ExpressionRange? range)
        {
            if (range is not ExpressionRange r || target.Site is null || target.Spec?.Expression is not string expression)
            {
                return target.MethodLocation;
            }

            return StringLiteralMap.Locate(target.Site, expression.Length, r.Start, r.End);
        }
    }
}
