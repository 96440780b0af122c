using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Writes the declaration line of a partial method's implementing part. C# requires it to
    /// repeat the definition's modifiers, ref kinds, params, type parameters and constraints; types
    /// are written with global:: names because the generated file has none of the user's usings.
    /// </summary>
    internal static class ImplementationSignature
    {
        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>
        /// The implementing declaration of the partial method: the definition's modifiers (which
        /// must match), return type and parameters written with global:: names, and constraints.
        /// </summary>
        public static string Write(IMethodSymbol method, MethodDeclarationSyntax syntax)
        {
            var builder = new StringBuilder();
            AppendModifiers(builder, syntax);
            builder.Append("partial ");
            builder.Append(method.RefKind switch { RefKind.Ref => "ref ", RefKind.RefReadOnly => "ref readonly ", _ => string.Empty });
            builder.Append(method.ReturnsVoid ? "void" : TypeName(method.ReturnType));
            builder.Append(' ').Append(syntax.Identifier.Text);
            builder.Append(TypeParameters(syntax.TypeParameterList));
            builder.Append('(');
            for (int i = 0; i < method.Parameters.Length; i++)
            {
                IParameterSymbol parameter = method.Parameters[i];
                if (i > 0)
                {
                    builder.Append(", ");
                }

                if (i == 0 && method.IsExtensionMethod)
                {
                    builder.Append("this ");
                }

                if (parameter.IsParams)
                {
                    builder.Append("params ");
                }

                if (parameter.ScopedKind != ScopedKind.None)
                {
                    builder.Append("scoped ");
                }

                builder.Append(parameter.RefKind switch
                {
                    RefKind.Ref => "ref ",
                    RefKind.Out => "out ",
                    RefKind.In => "in ",
                    RefKind.RefReadOnlyParameter => "ref readonly ",
                    _ => string.Empty,
                });
                builder.Append(TypeName(parameter.Type));
                string name = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i].Identifier.Text : parameter.Name;
                builder.Append(' ').Append(name);
            }

            builder.Append(')');
            foreach (ITypeParameterSymbol typeParameter in method.TypeParameters)
            {
                string constraints = Constraints(typeParameter);
                if (constraints.Length > 0)
                {
                    builder.Append(" where ").Append(typeParameter.Name).Append(" : ").Append(constraints);
                }
            }

            return builder.ToString();
        }

        // Every type of a valid loss is double: spelled directly, as display formatting is a
        // noticeable share of the work redone for each loss of a file after every keystroke.
        private static string TypeName(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_Double ? "double" : type.ToDisplayString(TypeFormat);

        /// <summary>
        /// The same line for a definition spelled with the double keyword throughout and without
        /// type parameters or parameter modifiers, written from the syntax without binding it.
        /// </summary>
        public static string WritePlain(MethodDeclarationSyntax syntax)
        {
            var builder = new StringBuilder();
            AppendModifiers(builder, syntax);
            builder.Append("partial double ").Append(syntax.Identifier.Text).Append('(');
            SeparatedSyntaxList<ParameterSyntax> parameters = syntax.ParameterList.Parameters;
            for (int i = 0; i < parameters.Count; i++)
            {
                builder.Append(i > 0 ? ", double " : "double ").Append(parameters[i].Identifier.Text);
            }

            return builder.Append(')').ToString();
        }

        private static void AppendModifiers(StringBuilder builder, MethodDeclarationSyntax syntax)
        {
            foreach (SyntaxToken modifier in syntax.Modifiers)
            {
                if (!modifier.IsKind(SyntaxKind.PartialKeyword) && !modifier.IsKind(SyntaxKind.ExternKeyword) && !modifier.IsKind(SyntaxKind.AsyncKeyword))
                {
                    builder.Append(modifier.Text).Append(' ');
                }
            }
        }

        private static string Constraints(ITypeParameterSymbol typeParameter)
        {
            var parts = new List<string>();
            if (typeParameter.HasUnmanagedTypeConstraint)
            {
                parts.Add("unmanaged");
            }
            else if (typeParameter.HasValueTypeConstraint)
            {
                parts.Add("struct");
            }
            else if (typeParameter.HasReferenceTypeConstraint)
            {
                parts.Add(typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
            }
            else if (typeParameter.HasNotNullConstraint)
            {
                parts.Add("notnull");
            }

            parts.AddRange(typeParameter.ConstraintTypes.Select(t => t.ToDisplayString(TypeFormat)));
            if (typeParameter.HasConstructorConstraint && !typeParameter.HasValueTypeConstraint)
            {
                parts.Add("new()");
            }

            return string.Join(", ", parts);
        }

        public static string TypeParameters(TypeParameterListSyntax? list) =>
            list is null ? string.Empty : "<" + string.Join(", ", list.Parameters.Select(p => p.Identifier.Text)) + ">";
    }
}
