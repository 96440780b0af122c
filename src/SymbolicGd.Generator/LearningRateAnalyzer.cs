using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// SGD0030: a learning rate the compiler can see (a constant in a <c>DescentOptions</c>
    /// initializer or <c>with</c>) passed to descent on a loss whose Hessian is constant, at or
    /// above the stability limit of the method the options select: 2/L for gradient descent (or
    /// no method set), 2(1 + beta)/L for heavy ball and 2(1 + beta)/((1 + 2 beta) L) for Nesterov
    /// when the momentum beta is a constant too (automatic momentum, null, is chosen from the
    /// curvature and never warned about), nothing for Newton (its learning rate is the line
    /// search's first trial). The generated <c>NameLoss</c> carries L as
    /// <c>public const double Lipschitz</c> exactly when the Hessian is constant, so the check is
    /// a comparison of constants at compile time.
    /// </summary>
    /// <remarks>
    /// Recognised calls: <c>GradientDescent.Minimize&lt;NameLoss&gt;(start, options)</c>,
    /// <c>GradientDescent.Minimize(new NameLoss(...), start, options)</c> (any call of
    /// <c>GradientDescent.Minimize</c> whose loss type has the constant) and the generated
    /// <c>NameMinimize(..., options)</c>, paired with the <c>NameLoss</c> nested in the same type.
    /// The options argument may be <c>new DescentOptions { ... }</c>, <c>x with { ... }</c>
    /// (a <c>with</c> that leaves the learning rate alone is looked through to x), or a local
    /// variable initialised by one of those and never assigned again in its method. Options
    /// from fields, parameters, properties or method calls are not followed.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LearningRateAnalyzer : DiagnosticAnalyzer
    {
        // How many locals and withs deep an options value is followed.
        private const int MaxDepth = 8;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.LearningRateAboveStabilityLimit);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Nothing to do in a compilation that does not reference the runtime.
                INamedTypeSymbol? descent = start.Compilation.GetTypeByMetadataName("SymbolicGd.GradientDescent");
                INamedTypeSymbol? options = start.Compilation.GetTypeByMetadataName("SymbolicGd.DescentOptions");
                INamedTypeSymbol? result = start.Compilation.GetTypeByMetadataName("SymbolicGd.DescentResult");
                if (descent is null || options is null || result is null)
                {
                    return;
                }

                var types = new KnownTypes(descent, options, result);

                // A whole operation block (a member's body, an initializer) at a time rather than
                // an operation action on each invocation: the learning rate may sit in an earlier
                // statement (a local's initializer) than the call, and a diagnostic reported
                // outside the operation being analysed is non-local, which an IDE computes only
                // in full-solution analysis and offers no code fix for. Within the block it is local.
                start.RegisterOperationBlockAction(block =>
                {
                    foreach (IOperation root in block.OperationBlocks)
                    {
                        foreach (IOperation operation in root.DescendantsAndSelf())
                        {
                            if (operation is IInvocationOperation invocation)
                            {
                                AnalyzeInvocation(invocation, types, block.ReportDiagnostic, block.CancellationToken);
                            }
                        }
                    }
                });
            });
        }

        private static void AnalyzeInvocation(IInvocationOperation invocation, KnownTypes types, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                INamedTypeSymbol? loss = LossOf(invocation, types);
                if (loss is null || !TryGetLipschitz(loss, out double lipschitz))
                {
                    return;
                }

                IOperation? optionsArgument = null;
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.Parameter is { } parameter && SymbolEqualityComparer.Default.Equals(parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), types.Options))
                    {
                        optionsArgument = argument.Value;
                    }
                }

                if (optionsArgument is null)
                {
                    return;
                }

                var settings = new OptionSettings();
                Collect(optionsArgument, types, settings, depth: 0, cancellationToken);
                if (settings.LearningRate is not { } learningRate || !TryGetDouble(learningRate, out double eta))
                {
                    return;
                }

                Limit? limit = StabilityLimit(settings, types.Options);
                if (limit is not { } method)
                {
                    return;
                }

                double stabilityLimit = method.Value;

                // The runtime's guard tests eta >= 2/L in double; the same number here.
                double bound = stabilityLimit / lipschitz;
                if (eta >= bound)
                {
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.LearningRateAboveStabilityLimit,
                        learningRate.Syntax.GetLocation(),
                        FixProperties(loss, learningRate, invocation, settings, method, lipschitz),
                        Format(eta),
                        loss.Name,
                        Format(lipschitz),
                        Format(bound),
                        Format(eta * lipschitz),
                        method.Name,
                        method.Formula));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // An analyzer must never fail the build; an unexpected shape is simply not diagnosed.
            }
        }

        /// <summary>
        /// What the code fix (SymbolicGd.CodeFixes) needs to write a safe rate without analysing
        /// again: how the loss type is named at the learning rate's position, whether it has the
        /// generated <c>MaxStableLearningRate</c>, the method and its limit on eta*L, L, and
        /// whether the learning rate property takes null.
        /// </summary>
        private static ImmutableDictionary<string, string?> FixProperties(INamedTypeSymbol loss, IOperation learningRate, IInvocationOperation invocation, OptionSettings settings, Limit method, double lipschitz)
        {
            SyntaxNode syntax = learningRate.Syntax;
            SemanticModel? model = learningRate.SemanticModel ?? invocation.SemanticModel;
            string lossName = model is not null && model.SyntaxTree == syntax.SyntaxTree
                ? loss.ToMinimalDisplayString(model, syntax.SpanStart)
                : loss.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            bool hasMaxStable = false;
            foreach (ISymbol member in loss.GetMembers(LearningRateFixProperties.MaxStableLearningRateName))
            {
                hasMaxStable |= member is IFieldSymbol { IsConst: true, HasConstantValue: true, ConstantValue: double };
            }

            return ImmutableDictionary<string, string?>.Empty
                .Add(LearningRateFixProperties.LossType, lossName)
                .Add(LearningRateFixProperties.HasMaxStableLearningRate, hasMaxStable ? "true" : "false")
                .Add(LearningRateFixProperties.Method, method.Member)
                .Add(LearningRateFixProperties.StabilityLimit, Format(method.Value))
                .Add(LearningRateFixProperties.Lipschitz, Format(lipschitz))
                .Add(LearningRateFixProperties.Nullable, settings.LearningRateIsNullable ? "true" : "false");
        }

        /// <summary>
        /// The stability limit on eta*L of the method the options select (SPEC 8), with the
        /// method's words and formula for the message; null when there is none to check: Newton,
        /// a momentum method whose beta is automatic (null), not a constant or out of [0, 1), or
        /// a method the compiler cannot see.
        /// </summary>
        private static Limit? StabilityLimit(OptionSettings settings, INamedTypeSymbol optionsType)
        {
            string? method;
            if (settings.Method is null)
            {
                // Not set where the analyzer can see: the default (gradient descent), unless part
                // of the options came from elsewhere and could have chosen another method.
                if (settings.Unknown && !optionsType.GetMembers("Method").IsEmpty)
                {
                    return null;
                }

                method = "GradientDescent";
            }
            else
            {
                method = EnumMemberName(settings.Method, optionsType);
            }

            switch (method)
            {
                case "GradientDescent":
                    return new Limit("GradientDescent", 2.0, "gradient descent", "2/L");
                case "HeavyBall":
                case "Nesterov":
                    if (settings.Momentum is not { } momentum || !TryGetDouble(momentum, out double beta) || !(beta >= 0.0 && beta < 1.0))
                    {
                        return null;
                    }

                    string name = (method == "HeavyBall" ? "heavy ball" : "Nesterov") + " with momentum beta = " + Format(beta);
                    return method == "HeavyBall"
                        ? new Limit(method, 2.0 * (1.0 + beta), name, "2(1 + beta)/L")
                        : new Limit(method, 2.0 * (1.0 + beta) / (1.0 + (2.0 * beta)), name, "2(1 + beta)/((1 + 2 beta) L)");
                default:
                    return null;
            }
        }

        // The name of the DescentMethod member a constant Method value stands for
        // (DescentMethod.HeavyBall, or (DescentMethod)1 -> "HeavyBall"); null when it is not a
        // constant or names no member.
        private static string? EnumMemberName(IOperation value, INamedTypeSymbol optionsType)
        {
            INamedTypeSymbol? enumType = null;
            foreach (ISymbol member in optionsType.GetMembers("Method"))
            {
                enumType ??= (member as IPropertySymbol)?.Type as INamedTypeSymbol;
            }

            if (!value.ConstantValue.HasValue || value.ConstantValue.Value is null || enumType is not { TypeKind: TypeKind.Enum })
            {
                return null;
            }

            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && System.Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture) == System.Convert.ToInt64(value.ConstantValue.Value, CultureInfo.InvariantCulture))
                {
                    return field.Name;
                }
            }

            return null;
        }

        // The NameLoss type a recognised descent call runs on, or null.
        private static INamedTypeSymbol? LossOf(IInvocationOperation invocation, KnownTypes types)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == "Minimize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Descent))
            {
                // Minimize<TLoss>(start, options) or Minimize<TLoss>(TLoss loss, start, options).
                return method.IsGenericMethod && method.TypeArguments.Length == 1 ? method.TypeArguments[0] as INamedTypeSymbol : null;
            }

            // The generated NameMinimize(p1, ..., options): static, returns DescentResult, and its
            // type also holds the generated NameLoss.
            if (method.IsStatic
                && method.Name.Length > "Minimize".Length
                && method.Name.EndsWith("Minimize", StringComparison.Ordinal)
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, types.Result))
            {
                string lossName = method.Name.Substring(0, method.Name.Length - "Minimize".Length) + "Loss";
                foreach (INamedTypeSymbol nested in method.ContainingType.GetTypeMembers(lossName))
                {
                    if (nested.TypeKind == TypeKind.Struct)
                    {
                        return nested;
                    }
                }
            }

            return null;
        }

        // L from the generated `public const double Lipschitz` (present exactly when the Hessian
        // is constant); only on a type that implements the runtime's loss interfaces.
        private static bool TryGetLipschitz(INamedTypeSymbol loss, out double lipschitz)
        {
            lipschitz = double.NaN;
            bool isLoss = false;
            foreach (INamedTypeSymbol contract in loss.AllInterfaces)
            {
                if ((contract.Name == "ISymbolicLoss" || contract.Name == "ILoss") && contract.ContainingNamespace?.ToDisplayString() == "SymbolicGd")
                {
                    isLoss = true;
                }
            }

            if (!isLoss)
            {
                return false;
            }

            foreach (ISymbol member in loss.GetMembers("Lipschitz"))
            {
                if (member is IFieldSymbol { IsConst: true, HasConstantValue: true, ConstantValue: double value } && value > 0.0 && !double.IsInfinity(value))
                {
                    lipschitz = value;
                    return true;
                }
            }

            return false;
        }

        // Gathers the settings an options expression makes, the outermost `with` winning.
        private static void Collect(IOperation options, KnownTypes types, OptionSettings settings, int depth, System.Threading.CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxDepth)
            {
                settings.Unknown = true;
                return;
            }

            options = Unwrap(options);
            switch (options)
            {
                case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, types.Options):
                    CollectInitializer(creation.Initializer, types, settings);
                    return;
                case IWithOperation with:
                    CollectInitializer(with.Initializer, types, settings);
                    Collect(with.Operand, types, settings, depth + 1, cancellationToken);
                    return;
                case ILocalReferenceOperation local when local.Local.RefKind == RefKind.None:
                    if (InitializerOfUnassignedLocal(local, cancellationToken) is { } initializer)
                    {
                        Collect(initializer, types, settings, depth + 1, cancellationToken);
                    }
                    else
                    {
                        settings.Unknown = true;
                    }

                    return;
                default:
                    settings.Unknown = true;
                    return;
            }
        }

        private static void CollectInitializer(IObjectOrCollectionInitializerOperation? initializer, KnownTypes types, OptionSettings settings)
        {
            if (initializer is null)
            {
                return;
            }

            foreach (IOperation element in initializer.Initializers)
            {
                if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, types.Options))
                {
                    switch (property.Property.Name)
                    {
                        case "LearningRate":
                            if (settings.LearningRate is null)
                            {
                                settings.LearningRate = Unwrap(assignment.Value);
                                settings.LearningRateIsNullable = property.Property.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
                            }

                            break;
                        case "Method":
                            settings.Method ??= Unwrap(assignment.Value);
                            break;
                        case "Momentum":
                            settings.Momentum ??= Unwrap(assignment.Value);
                            break;
                    }
                }
            }
        }

        // The initializer of a local that nothing assigns after its declaration, found in the
        // syntax of the member that declares it (no flow analysis: any other write disqualifies).
        private static IOperation? InitializerOfUnassignedLocal(ILocalReferenceOperation reference, System.Threading.CancellationToken cancellationToken)
        {
            ILocalSymbol local = reference.Local;
            if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is null)
            {
                return null;
            }

            SyntaxNode declarator = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            if (declarator is not Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } equals }
                || declarator.SyntaxTree != reference.Syntax.SyntaxTree)
            {
                return null;
            }

            SyntaxNode? scope = declarator.Parent?.Parent?.Parent;
            if (scope is null)
            {
                return null;
            }

            foreach (SyntaxNode node in scope.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name
                    && name.Identifier.ValueText == local.Name
                    && IsWritten(name))
                {
                    return null;
                }
            }

            return reference.SemanticModel.GetOperation(equals.Value, cancellationToken);
        }

        // An identifier that is assigned, passed by ref or out, or has its address taken.
        private static bool IsWritten(Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name)
        {
            SyntaxNode? parent = name.Parent;
            return parent switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment => assignment.Left == name,
                Microsoft.CodeAnalysis.CSharp.Syntax.ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None),
                Microsoft.CodeAnalysis.CSharp.Syntax.RefExpressionSyntax => true,
                _ => false,
            };
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion when !conversion.ConstantValue.HasValue || conversion.Operand.ConstantValue.HasValue:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        private static bool TryGetDouble(IOperation value, out double result)
        {
            result = double.NaN;
            if (!value.ConstantValue.HasValue || value.ConstantValue.Value is null)
            {
                return false;
            }

            switch (value.ConstantValue.Value)
            {
                case double d: result = d; break;
                case float f: result = f; break;
                case decimal m: result = (double)m; break;
                case int i: result = i; break;
                case long l: result = l; break;
                case uint u: result = u; break;
                case ulong ul: result = ul; break;
                case short s: result = s; break;
                case ushort us: result = us; break;
                case byte b: result = b; break;
                case sbyte sb: result = sb; break;
                default: return false;
            }

            return !double.IsNaN(result);
        }

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private sealed class KnownTypes
        {
            public KnownTypes(INamedTypeSymbol descent, INamedTypeSymbol options, INamedTypeSymbol result)
            {
                Descent = descent;
                Options = options;
                Result = result;
            }

            public INamedTypeSymbol Descent { get; }

            public INamedTypeSymbol Options { get; }

            public INamedTypeSymbol Result { get; }
        }

        // A method's stability limit on eta*L, and how the message names the method and its bound.
        private readonly struct Limit
        {
            public Limit(string member, double value, string name, string formula)
            {
                Member = member;
                Value = value;
                Name = name;
                Formula = formula;
            }

            // The DescentMethod member: GradientDescent, HeavyBall or Nesterov.
            public string Member { get; }

            public double Value { get; }

            public string Name { get; }

            public string Formula { get; }
        }

        // What an options expression sets; the first value found (the outermost) wins.
        private sealed class OptionSettings
        {
            public IOperation? LearningRate { get; set; }

            // The LearningRate property the constant is assigned to is double? (null is allowed).
            public bool LearningRateIsNullable { get; set; }

            public IOperation? Method { get; set; }

            public IOperation? Momentum { get; set; }

            // Part of the options came from somewhere the analyzer does not follow.
            public bool Unknown { get; set; }
        }
    }
}
