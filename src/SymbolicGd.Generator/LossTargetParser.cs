using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SymbolicGd.Generator.Model;
using SymbolicGd.Symbolic;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Stage 1: reads a <c>[Loss]</c> method (symbol and syntax) into a <see cref="LossTarget"/>:
    /// the position-free <see cref="LossSpec"/> the compile stage is keyed on, and beside it where
    /// things are and what is wrong with the method's shape. This is the only stage that sees
    /// Roslyn symbols. Roslyn runs it again for every loss of a file after each edit of that
    /// file, so it does only cheap work (no display formatting, no per-character mapping, and
    /// no binding of a signature spelled with the double keyword).
    /// </summary>
    internal static class LossTargetParser
    {
        public const string LossAttributeName = "SymbolicGd.LossAttribute";

        public const string FixedAttributeName = "SymbolicGd.FixedAttribute";

        public static LossTarget Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetNode is LocalFunctionStatementSyntax localFunction)
            {
                // [Loss] is allowed on local functions by AttributeTargets.Method, but they cannot be partial.
                LocationInfo where = LocationInfo.From(localFunction.SyntaxTree, localFunction.Identifier.Span);
                return new LossTarget(null, where, null, new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.MethodNotStaticPartial, where, localFunction.Identifier.ValueText) }));
            }

            if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax)
            {
                return new LossTarget(null, null, null, EquatableArray<DiagnosticInfo>.Empty);
            }

            LocationInfo methodLocation = LocationInfo.From(syntax.SyntaxTree, syntax.Identifier.Span);
            try
            {
                return ParseMethod(context, method, syntax, methodLocation, cancellationToken);
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                // Never let an exception escape into the compiler (CS8785): report it instead.
                DiagnosticInfo failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, methodLocation, method.Name, exception.GetType().Name + ": " + exception.Message);
                return new LossTarget(null, methodLocation, null, new EquatableArray<DiagnosticInfo>(new[] { failure }));
            }
        }

        private static LossTarget ParseMethod(GeneratorAttributeSyntaxContext context, IMethodSymbol method, MethodDeclarationSyntax syntax, LocationInfo methodLocation, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            bool valid = true;

            // Can a partial implementation be emitted at all? Only for a bodiless partial
            // definition; otherwise emitting would add compiler errors. A definition the user
            // already implemented by hand must not get a second implementation.
            bool isPartialDefinition = syntax.Modifiers.Any(SyntaxKind.PartialKeyword) && syntax.Body is null && syntax.ExpressionBody is null
                && method.PartialImplementationPart is null;

            // A containing type that is not partial still gets the throwing body, reopened as
            // partial: then the compiler's one complaint is CS0260 (missing 'partial') at the
            // type's name, where SGD0008 is, instead of CS0751 and CS8795 at the method. A
            // file-local type cannot be reopened from another file at all.
            bool typesCanBeReopened = true;

            // A signature spelled with the double keyword throughout, as every valid loss is, is
            // checked on the syntax alone: the keyword cannot mean anything but System.Double, and
            // not binding the signature is a large share of what re-reading every loss of a file
            // costs after each keystroke. Anything else takes the symbols' word.
            bool plainSignature = IsDoubleKeyword(syntax.ReturnType) && syntax.TypeParameterList is null
                && syntax.ParameterList.Parameters.All(p => IsDoubleKeyword(p.Type) && p.Modifiers.Count == 0 && p.AttributeLists.Count == 0);
            int parameterCount = plainSignature ? syntax.ParameterList.Parameters.Count : method.Parameters.Length;
            var kinds = new ParameterKind[parameterCount];

            if (!method.IsStatic || !isPartialDefinition)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MethodNotStaticPartial, methodLocation, method.Name));
                valid = false;
            }

            List<ContainingTypeSpec> containingTypes = new();
            for (SyntaxNode? node = syntax.Parent; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax type)
                {
                    if (type.Modifiers.Any(SyntaxKind.FileKeyword))
                    {
                        typesCanBeReopened = false;
                        valid = false;
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileLocalContainingType, LocationInfo.From(type.SyntaxTree, type.Identifier.Span), type.Identifier.ValueText, method.Name));
                    }
                    else if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        valid = false;
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ContainingTypeNotPartial, LocationInfo.From(type.SyntaxTree, type.Identifier.Span), type.Identifier.ValueText, method.Name));
                    }

                    containingTypes.Insert(0, new ContainingTypeSpec(TypeKeyword(type), type.Identifier.Text, ImplementationSignature.TypeParameters(type.TypeParameterList)));
                }
            }

            if (method.IsGenericMethod)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericMethod, methodLocation, method.Name));
                valid = false;
            }

            if (!plainSignature && (method.ReturnType.SpecialType != SpecialType.System_Double || method.RefKind != RefKind.None))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReturnTypeNotDouble, LocationInfo.From(syntax.ReturnType.SyntaxTree, syntax.ReturnType.Span), method.Name, syntax.ReturnType.ToString()));
                valid = false;
            }

            for (int i = 0; !plainSignature && i < method.Parameters.Length; i++)
            {
                IParameterSymbol parameter = method.Parameters[i];
                (ParameterKind kind, DiagnosticDescriptor? problem) = Classify(parameter);
                kinds[i] = kind;
                if (problem is not null)
                {
                    ParameterSyntax? parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
                    LocationInfo where = parameterSyntax is null ? methodLocation : LocationInfo.From(syntax.SyntaxTree, parameterSyntax.Span);
                    string written = parameterSyntax is null ? parameter.Type.ToDisplayString() : (parameterSyntax.Type?.ToString() ?? string.Empty);
                    diagnostics.Add(DiagnosticInfo.Create(problem, where, parameter.Name, method.Name, ParameterDescription(parameterSyntax, written)));
                    valid = false;
                }
            }

            int variableCount = kinds.Count(k => k == ParameterKind.Variable);
            bool isData = variableCount < parameterCount;
            if (parameterCount == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoParameters, LocationInfo.From(syntax.SyntaxTree, syntax.ParameterList.Span), method.Name));
                valid = false;
            }
            else if (variableCount == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoVariables, LocationInfo.From(syntax.SyntaxTree, syntax.ParameterList.Span), method.Name));
                valid = false;
            }

            int duplicateIndex = DuplicateIndex(method, context.Attributes.FirstOrDefault()?.AttributeClass);
            if (duplicateIndex > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateLossName, methodLocation, method.ContainingType?.Name ?? string.Empty, method.Name));
                valid = false;
            }

            string? taken = duplicateIndex == 0 ? TakenGeneratedName(method, variableCount, isData) : null;
            if (taken is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedNameTaken, methodLocation, method.Name, taken, method.ContainingType?.Name ?? string.Empty));
                valid = false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            (string? expression, ExpressionSite? site) = ReadExpression(context, syntax, cancellationToken);
            if (expression is null && site is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingExpression, site.Argument, method.Name));
                valid = false;
            }
            else if (expression is null)
            {
                // No argument at all: the compiler already reports the attribute (CS7036).
                valid = false;
            }

            LossShape shape = valid ? LossShape.Valid
                : isPartialDefinition && typesCanBeReopened ? LossShape.ThrowingBodyOnly
                : LossShape.None;

            string? ns = method.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
            var spec = new LossSpec(
                ns,
                containingTypes.ToEquatableArray(),
                method.Name,
                plainSignature ? ImplementationSignature.WritePlain(syntax) : ImplementationSignature.Write(method, syntax),
                Accessibility(syntax),
                Parameters(method, syntax, plainSignature, kinds),
                expression,
                shape,
                HintNames.For(ns, method, duplicateIndex));

            return new LossTarget(spec, methodLocation, site, diagnostics.ToEquatableArray());
        }

        private static bool IsDoubleKeyword(TypeSyntax? type) => type is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.DoubleKeyword);

        /// <summary>
        /// What a parameter is to the loss, or the diagnostic for a parameter that is none of
        /// <c>double</c> (a variable), <c>[Fixed] double</c> and <c>ReadOnlySpan&lt;double&gt;</c> (a column).
        /// </summary>
        private static (ParameterKind Kind, DiagnosticDescriptor? Problem) Classify(IParameterSymbol parameter)
        {
            bool isFixed = parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == FixedAttributeName);
            bool plain = parameter.RefKind == RefKind.None && !parameter.IsParams;
            ITypeSymbol type = parameter.Type;
            if (type.SpecialType == SpecialType.System_Double)
            {
                return plain ? (isFixed ? ParameterKind.Fixed : ParameterKind.Variable, null) : (ParameterKind.Variable, DiagnosticDescriptors.ParameterNotDouble);
            }

            if (isFixed)
            {
                return (ParameterKind.Fixed, DiagnosticDescriptors.FixedNotDouble);
            }

            if (plain && IsReadOnlySpanOfDouble(type))
            {
                return (ParameterKind.Column, null);
            }

            // A plain array, span, memory or collection was meant as data: the expression is then
            // checked as if it were a column. Anything else (int, params, ref) reads as a variable.
            return plain && LooksLikeData(type)
                ? (ParameterKind.Column, DiagnosticDescriptors.DataParameterType)
                : (ParameterKind.Variable, DiagnosticDescriptors.ParameterNotDouble);
        }

        private static bool IsReadOnlySpanOfDouble(ITypeSymbol type) =>
            type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
            && span.ContainingNamespace?.ToDisplayString() == "System"
            && span.TypeArguments[0].SpecialType == SpecialType.System_Double;

        // Arrays, spans, memories and collections: what a user holding samples would try first.
        private static bool LooksLikeData(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol)
            {
                return true;
            }

            if (type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", TypeArguments.Length: 1 } named
                && named.ContainingNamespace?.ToDisplayString() == "System")
            {
                return true;
            }

            return type.SpecialType != SpecialType.System_String
                && (type.SpecialType == SpecialType.System_Collections_IEnumerable || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));
        }

        private static EquatableArray<LossParameter> Parameters(IMethodSymbol method, MethodDeclarationSyntax syntax, bool plainSignature, ParameterKind[] kinds)
        {
            if (plainSignature)
            {
                SeparatedSyntaxList<ParameterSyntax> list = syntax.ParameterList.Parameters;
                var plain = new LossParameter[list.Count];
                for (int i = 0; i < plain.Length; i++)
                {
                    // Only a default value needs the symbol (its constant is bound there).
                    string? defaultValue = list[i].Default is null ? null : DefaultValue(method.Parameters[i]);
                    plain[i] = new LossParameter(list[i].Identifier.ValueText, list[i].Identifier.Text, ParameterKind.Variable, defaultValue);
                }

                return new EquatableArray<LossParameter>(plain);
            }

            var parameters = new LossParameter[method.Parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                IParameterSymbol parameter = method.Parameters[i];
                string identifier = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i].Identifier.Text : parameter.Name;
                string? defaultValue = kinds[i] == ParameterKind.Column ? (parameter.HasExplicitDefaultValue ? "default" : null) : DefaultValue(parameter);
                parameters[i] = new LossParameter(parameter.Name, identifier, kinds[i], defaultValue);
            }

            return new EquatableArray<LossParameter>(parameters);
        }

        /// <summary>
        /// An optional parameter's default as a C# literal, written from its value (not its text,
        /// which may name a constant the generated file cannot see): <c>y = 5</c> gives "5.0".
        /// </summary>
        private static string? DefaultValue(IParameterSymbol parameter)
        {
            if (!parameter.HasExplicitDefaultValue)
            {
                return null;
            }

            return parameter.ExplicitDefaultValue switch
            {
                double value => CSharpEmitter.FormatDouble(value),
                null => "0.0", // `double y = default`
                _ => null,
            };
        }

        private static (string? Expression, ExpressionSite? Site) ReadExpression(GeneratorAttributeSyntaxContext context, MethodDeclarationSyntax syntax, CancellationToken cancellationToken)
        {
            AttributeData? attribute = context.Attributes.FirstOrDefault();
            string? expression = attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string text ? text : null;

            if (attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList.Arguments.Count: > 0 } attributeSyntax)
            {
                return (expression, null);
            }

            return (expression, StringLiteralMap.Site(attributeSyntax.ArgumentList.Arguments[0].Expression));
        }

        /// <summary>0 for the first [Loss] method of this name in its type, 1, 2, ... for later overloads.</summary>
        private static int DuplicateIndex(IMethodSymbol method, INamedTypeSymbol? lossAttribute)
        {
            if (method.ContainingType is null)
            {
                return 0;
            }

            int index = 0;
            foreach (ISymbol member in method.ContainingType.GetMembers(method.Name))
            {
                if (member is not IMethodSymbol other || !HasLossAttribute(other, lossAttribute))
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(other, method) || SymbolEqualityComparer.Default.Equals(other.PartialImplementationPart, method))
                {
                    return index;
                }

                index++;
            }

            return 0;
        }

        /// <summary>
        /// The first member name the loss would generate that its type already uses (a member, the
        /// type's own name, or a type parameter), or null. Generating it would be a compiler error.
        /// </summary>
        private static string? TakenGeneratedName(IMethodSymbol method, int variableCount, bool isData)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return null;
            }

            foreach (string name in new GeneratedNames(method.Name, variableCount, isData).All)
            {
                if (type.Name == name || type.TypeParameters.Any(t => t.Name == name) || !type.GetMembers(name).IsEmpty)
                {
                    return name;
                }
            }

            return null;
        }

        private static bool HasLossAttribute(IMethodSymbol method, INamedTypeSymbol? lossAttribute) =>
            method.GetAttributes().Any(a => lossAttribute is not null
                ? SymbolEqualityComparer.Default.Equals(a.AttributeClass, lossAttribute)
                : a.AttributeClass?.ToDisplayString() == LossAttributeName);

        private static string TypeKeyword(TypeDeclarationSyntax type) => type switch
        {
            RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "record struct",
            RecordDeclarationSyntax => "record",
            StructDeclarationSyntax => "struct",
            InterfaceDeclarationSyntax => "interface",
            _ => "class",
        };

        private static string ParameterDescription(ParameterSyntax? parameter, string type)
        {
            if (parameter is null)
            {
                return type;
            }

            string modifiers = string.Join(" ", parameter.Modifiers.Select(m => m.Text));
            return modifiers.Length == 0 ? type : modifiers + " " + type;
        }

        /// <summary>The accessibility keywords as written (they must match on both partial parts).</summary>
        private static string Accessibility(MethodDeclarationSyntax syntax)
        {
            var builder = new StringBuilder();
            foreach (SyntaxToken modifier in syntax.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.PublicKeyword) || modifier.IsKind(SyntaxKind.InternalKeyword)
                    || modifier.IsKind(SyntaxKind.PrivateKeyword) || modifier.IsKind(SyntaxKind.ProtectedKeyword))
                {
                    builder.Append(modifier.Text).Append(' ');
                }
            }

            return builder.ToString();
        }
    }
}
