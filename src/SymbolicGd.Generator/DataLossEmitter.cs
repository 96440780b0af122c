using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SymbolicGd.Generator.Model;
using SymbolicGd.Symbolic;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// Writes the members of a data loss (one with columns or fixed values): the value body,
    /// NameGradient and NameHessian over spans, <c>readonly struct NameLoss : ILoss</c> holding the
    /// columns as memory, and NameMinimize. Each evaluation is one fused pass over the samples: the
    /// engine's <see cref="SampleLoopEmitter"/> writes the per-sample program (vector and scalar),
    /// this class the loops, chunks and checks around it.
    /// For <c>[Loss("mean((a + b*x - y)^2)")] ... LineFit(double a, double b, ReadOnlySpan&lt;double&gt; x, ReadOnlySpan&lt;double&gt; y)</c>
    /// the pass for value and gradient is (abridged):
    /// <code>
    /// internal static void ChunkOfValueAndGradient(double a, double b, ReadOnlySpan&lt;double&gt; x, ReadOnlySpan&lt;double&gt; y, int start, int end, Span&lt;double&gt; sums)
    /// {
    ///     double s0 = 0.0; double s1 = 0.0; double s2 = 0.0;
    ///     int i = start;
    ///     if (SampleSums.Vectorized &amp;&amp; Vector256.IsHardwareAccelerated &amp;&amp; end - i &gt;= 4)
    ///     {
    ///         ref double r0 = ref MemoryMarshal.GetReference(x); ...
    ///         var v0 = Vector256.Create(a); var v1 = Vector256.Create(b);
    ///         var acc0 = Vector256&lt;double&gt;.Zero; ...
    ///         for (; i &lt;= end - 4; i += 4)
    ///         {
    ///             var c0 = Vector256.LoadUnsafe(ref r0, (nuint)i); var c1 = ...;
    ///             var t0 = v0 + v1 * c0 - c1;
    ///             acc0 += t0; acc1 += t0 * c0; acc2 += t0 * t0;
    ///         }
    ///         s0 = Vector256.Sum(acc0); ...
    ///     }
    ///     for (; i &lt; end; i++) { /* the same for one sample */ }
    ///     sums[0] = s0; ...
    /// }
    /// </code>
    /// </summary>
    internal static class DataLossEmitter
    {
        private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<string>";
        private const string ReadOnlySpan = "global::System.ReadOnlySpan<double>";
        private const string Span = "global::System.Span<double>";
        private const string Memory = "global::System.ReadOnlyMemory<double>";
        private const string Runtime = "global::SymbolicGd.";
        private const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

        // The widest vectors the hardware runs: 512 bits (8 lanes) with AVX-512, where the exp of
        // the logistic loss measured about twice as fast as on 256 bits (docs/benchmarks.md), else
        // 256 bits (4 lanes, AVX2 and Arm64's pairs), else scalar code only.
        private static readonly (string Vector, int Width)[] Vectors =
        {
            ("global::System.Runtime.Intrinsics.Vector512", 8),
            ("global::System.Runtime.Intrinsics.Vector256", 4),
        };

        // Scratch for combining chunk sums that lives on the stack; larger comes from the heap.
        private const int StackScratch = 1024;

        private enum Pass
        {
            Value,
            ValueAndGradient,
            Hessian,
            ValueGradientHessian,
        }

        public static void WriteMembers(SourceWriter writer, LossSpec spec, LossDefinition loss, EmitTarget target)
        {
            var context = new Context(spec, loss, target);
            WriteStaticMembers(writer, context);
            WriteLossType(writer, context);
        }

        private static void WriteStaticMembers(SourceWriter writer, Context c)
        {
            LossSpec spec = c.Spec;
            GeneratedNames names = spec.Names;
            int n = c.Variables.Length;
            string declared = string.Join(", ", spec.Parameters.Select(p => (p.Kind == ParameterKind.Column ? ReadOnlySpan : "double") + " " + p.Identifier));
            string gradient = c.Unique("gradient");
            string hessian = c.Unique("hessian");
            string options = c.Unique("options");

            writer.Line(spec.Signature);
            StaticBody(writer, c, Pass.Value, new EmitRequest { ReturnValue = true });
            writer.Line();

            writer.Line("/// <summary>Writes the gradient of <c>" + c.DocExpression + "</c> over the samples into <paramref name=\"" + gradient + "\"/>: element i is the derivative by variable i.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"" + gradient + "\"/> does not have exactly " + Count(n) + " elements, or the columns differ in length" + (c.Loss.DividesBySampleCount ? " or are empty" : string.Empty) + ".</exception>");
            writer.Line(spec.MemberModifiers + "static void " + names.Gradient + "(" + declared + ", " + Span + " " + gradient + ")");
            StaticBody(writer, c, Pass.ValueAndGradient, new EmitRequest { GradientSpan = gradient }, (gradient, n));
            writer.Line();

            writer.Line("/// <summary>Writes the Hessian of <c>" + c.DocExpression + "</c> over the samples row-major into <paramref name=\"" + hessian + "\"/> (n*n elements, symmetric).</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"" + hessian + "\"/> does not have exactly " + Count(n * n) + " elements, or the columns differ in length" + (c.Loss.DividesBySampleCount ? " or are empty" : string.Empty) + ".</exception>");
            writer.Line(spec.MemberModifiers + "static void " + names.Hessian + "(" + declared + ", " + Span + " " + hessian + ")");
            StaticBody(writer, c, Pass.Hessian, new EmitRequest { HessianSpan = hessian }, (hessian, n * n));
            writer.Line();

            // Defaults stay where C# allows them: on a trailing run of optional parameters.
            var minimizeParameters = new List<string>();
            bool trailingOptional = true;
            for (int i = spec.Parameters.Count - 1; i >= 0; i--)
            {
                LossParameter p = spec.Parameters[i];
                trailingOptional &= p.DefaultValue is not null;
                string type = p.Kind == ParameterKind.Column ? Memory : "double";
                minimizeParameters.Insert(0, type + " " + p.Identifier + (trailingOptional ? " = " + p.DefaultValue : string.Empty));
            }

            writer.Line("/// <summary>Runs gradient descent on <c>" + c.DocExpression + "</c> over the given data from the given variable values.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">The columns differ in length" + (c.Loss.DividesBySampleCount ? ", are empty," : string.Empty) + " or hold a NaN or an infinity.</exception>");
            writer.Line(spec.MemberModifiers + "static global::SymbolicGd.DescentResult " + names.Minimize + "(" + string.Join(", ", minimizeParameters) + ", global::SymbolicGd.DescentOptions? " + options + " = null)");
            writer.OpenBlock();
            writer.Line("return global::SymbolicGd.GradientDescent.Minimize(new " + names.Loss + "(" + string.Join(", ", c.Data.Select(p => p.Identifier)) + "), new double[] { " + string.Join(", ", c.Variables.Select(p => p.Identifier)) + " }, " + options + ");");
            writer.CloseBlock();
            writer.Line();
        }

        // A static member over spans: lengths checked, one sequential pass, the outer statements.
        private static void StaticBody(SourceWriter writer, Context c, Pass pass, EmitRequest request, params (string Span, int Length)[] spans)
        {
            writer.OpenBlock();
            foreach ((string span, int length) in spans)
            {
                writer.Line(Runtime + "SpanArguments.RequireLength(" + span + ", " + Count(length) + ", " + CSharpText.StringLiteral(span) + ");");
            }

            string samples = c.Unique("samples");
            string sums = c.Unique("sums");
            if (c.Columns.Length > 0)
            {
                writer.Line("int " + samples + " = " + c.Spec.Names.Loss + "." + c.SamplesMethod + "(" + string.Join(", ", c.Columns.Select(p => p.Identifier)) + ");");
            }

            IReadOnlyList<Expr> accumulated = c.Sums(pass);
            if (accumulated.Count > 0)
            {
                writer.Line(Span + " " + sums + " = stackalloc double[" + Count(accumulated.Count) + "];");
                writer.Line(c.Spec.Names.Loss + "." + SumsMethod(pass) + "(" + c.Arguments(c.Variables.Select(p => p.Identifier), c.Fixed.Select(p => p.Identifier), c.Columns.Select(p => p.Identifier)) + ", " + sums + ");");
            }

            Outer(writer, c, request with
            {
                Parameters = c.Variables.Select(p => p.Identifier).ToArray(),
                FixedValues = c.Fixed.Select(p => p.Identifier).ToArray(),
                SampleCount = "(double)" + samples,
                Sums = accumulated,
                SumsSpan = sums,
                ReservedNames = c.AllNames.Concat(new[] { samples, sums }).ToArray(),
            });
            writer.CloseBlock();
        }

        private static void Outer(SourceWriter writer, Context c, EmitRequest request)
        {
            foreach (string statement in CSharpEmitter.EmitStatements(c.Loss, request))
            {
                writer.Line(statement);
            }
        }

        private static void WriteLossType(SourceWriter writer, Context c)
        {
            LossSpec spec = c.Spec;
            LossDefinition loss = c.Loss;
            string type = spec.Names.Loss;
            int n = c.Variables.Length;
            string[] theta = Enumerable.Range(0, n).Select(i => "theta[" + Count(i) + "]").ToArray();

            writer.Line("/// <summary>");
            writer.Line("/// The data loss <c>" + c.DocExpression + "</c> over the samples of the columns it holds, as an");
            writer.Line("/// <see cref=\"global::SymbolicGd.ILoss\"/> for <see cref=\"global::SymbolicGd.GradientDescent\"/>: each evaluation is one pass over the data,");
            writer.Line("/// on vectors across samples and, for many samples, on every core (with the same result on one).");
            writer.Line("/// </summary>");
            writer.Line(spec.MemberModifiers + "readonly struct " + type + " : global::SymbolicGd.ILoss");
            writer.OpenBlock();
            writer.Line("private static readonly " + ReadOnlyList + " VariableNames = global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", c.Variables.Select(p => CSharpText.StringLiteral(p.Name))) + " });");
            foreach (LossParameter p in c.Data)
            {
                writer.Line("private readonly " + (p.Kind == ParameterKind.Column ? Memory : "double") + " " + c.Field(p) + ";");
            }

            bool lazyLipschitz = loss.HasConstantHessian && loss.ConstantHessian is null;
            if (lazyLipschitz)
            {
                writer.Line("private readonly " + Runtime + "LipschitzCache? lipschitzCache;");
            }

            writer.Line();
            writer.Line(c.Columns.Length == 0
                ? "/// <summary>The loss with the given fixed values.</summary>"
                : "/// <summary>The loss over the samples of <paramref name=\"" + c.Columns[0].Name + "\"/>" + (c.Columns.Length > 1 ? " and the other columns" : string.Empty) + ": the columns are checked once, here.</summary>");
            foreach (LossParameter p in c.Data)
            {
                writer.Line("/// <param name=\"" + p.Name + "\">" + (p.Kind == ParameterKind.Column ? "The column " + CSharpText.DocText(p.Name) + ": one value per sample (not copied; do not change it while the loss is in use)." : "The fixed value " + CSharpText.DocText(p.Name) + ".") + "</param>");
            }

            writer.Line("/// <exception cref=\"global::System.ArgumentException\">The columns differ in length" + (loss.DividesBySampleCount ? ", are empty (the mean over no samples is undefined)," : string.Empty) + " or hold a NaN or an infinity (the message names the column and the sample).</exception>");
            writer.Line("public " + type + "(" + string.Join(", ", c.Data.Select(p => (p.Kind == ParameterKind.Column ? Memory : "double") + " " + p.Identifier)) + ")");
            writer.OpenBlock();
            if (c.Columns.Length > 0)
            {
                writer.Line("this.SampleCount = " + type + "." + c.SamplesMethod + "(" + string.Join(", ", c.Columns.Select(p => p.Identifier + ".Span")) + ");");
            }

            foreach (LossParameter p in c.Columns)
            {
                writer.Line(Runtime + "SampleData.RequireFinite(" + p.Identifier + ".Span, " + CSharpText.StringLiteral(p.Name) + ");");
            }

            foreach (LossParameter p in c.Data)
            {
                writer.Line("this." + c.Field(p) + " = " + p.Identifier + ";");
            }

            if (lazyLipschitz)
            {
                writer.Line("this.lipschitzCache = new " + Runtime + "LipschitzCache();");
            }

            writer.CloseBlock();
            writer.Line();

            writer.Line(c.Columns.Length == 0 ? "/// <summary>The number of samples: 0, as the loss reads no data column.</summary>" : "/// <summary>The number of samples: the length of every column.</summary>");
            writer.Line("public int SampleCount { get; }");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public int Dimension => " + Count(n) + ";");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public " + ReadOnlyList + " ParameterNames => VariableNames;");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public string Expression => " + CSharpText.StringLiteral(spec.Expression ?? string.Empty) + ";");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public bool HasConstantHessian => " + (loss.HasConstantHessian ? "true" : "false") + ";");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public double Lipschitz => " + (loss.ConstantHessian is not null ? CSharpEmitter.FormatDouble(loss.ConstantLipschitz)
                : lazyLipschitz ? "lipschitzCache?.Get(this) ?? double.NaN"
                : "double.NaN") + ";");
            writer.Line();

            var instance = new EmitRequest
            {
                Parameters = theta,
                FixedValues = c.Fixed.Select(c.Field).ToArray(),
                SampleCount = "(double)SampleCount",
                SumsSpan = "sums",
            };

            writer.Line("/// <inheritdoc/>");
            writer.Line("public double Value(" + ReadOnlySpan + " theta)");
            InstanceBody(writer, c, Pass.Value, instance with { ReturnValue = true }, ("theta", n));
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public double ValueAndGradient(" + ReadOnlySpan + " theta, " + Span + " gradient)");
            InstanceBody(writer, c, Pass.ValueAndGradient, instance with { ReturnValue = true, GradientSpan = "gradient" }, ("theta", n), ("gradient", n));
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public void Hessian(" + ReadOnlySpan + " theta, " + Span + " hessian)");
            InstanceBody(writer, c, Pass.Hessian, instance with { HessianSpan = "hessian" }, ("theta", n), ("hessian", n * n));
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public double ValueGradientHessian(" + ReadOnlySpan + " theta, " + Span + " gradient, " + Span + " hessian)");
            InstanceBody(writer, c, Pass.ValueGradientHessian, instance with { ReturnValue = true, GradientSpan = "gradient", HessianSpan = "hessian" }, ("theta", n), ("gradient", n), ("hessian", n * n));

            if (c.Columns.Length > 0)
            {
                WriteSamplesMethod(writer, c);
            }

            foreach (Pass pass in new[] { Pass.Value, Pass.ValueAndGradient, Pass.Hessian, Pass.ValueGradientHessian })
            {
                if (c.Sums(pass).Count > 0)
                {
                    WritePass(writer, c, pass);
                }
            }

            writer.CloseBlock();
        }

        private static void InstanceBody(SourceWriter writer, Context c, Pass pass, EmitRequest request, params (string Span, int Length)[] spans)
        {
            writer.OpenBlock();
            foreach ((string span, int length) in spans)
            {
                writer.Line(Runtime + "SpanArguments.RequireLength(" + span + ", " + Count(length) + ", " + CSharpText.StringLiteral(span) + ");");
            }

            IReadOnlyList<Expr> accumulated = c.Sums(pass);
            if (accumulated.Count > 0)
            {
                writer.Line(Span + " sums = stackalloc double[" + Count(accumulated.Count) + "];");
                string variables = string.Join(string.Empty, Enumerable.Range(0, c.Variables.Length).Select(i => ", theta[" + Count(i) + "]"));
                writer.Line(Runtime + "SampleSums.Run(new " + KernelType(pass) + "(this" + variables + "), SampleCount, sums);");
            }

            Outer(writer, c, request with { Sums = accumulated });
            writer.CloseBlock();
        }

        // Samples(columns): the common length, checked (and not zero when the loss takes a mean).
        private static void WriteSamplesMethod(SourceWriter writer, Context c)
        {
            string samples = c.Unique("samples");
            writer.Line();
            writer.Line("/// <summary>The number of samples of the columns, checked: the same for every column" + (c.Loss.DividesBySampleCount ? " and not zero" : string.Empty) + ".</summary>");
            writer.Line(Hidden);
            writer.Line("internal static int " + c.SamplesMethod + "(" + string.Join(", ", c.Columns.Select(p => ReadOnlySpan + " " + p.Identifier)) + ")");
            writer.OpenBlock();
            writer.Line("int " + samples + " = " + c.Columns[0].Identifier + ".Length;");
            for (int k = 1; k < c.Columns.Length; k++)
            {
                writer.Line(Runtime + "SampleData.RequireSameLength(" + c.Columns[k].Identifier + ".Length, " + CSharpText.StringLiteral(c.Columns[k].Name) + ", " + samples + ", " + CSharpText.StringLiteral(c.Columns[0].Name) + ");");
            }

            if (c.Loss.DividesBySampleCount)
            {
                string list = string.Join(", ", c.Columns.Select(p => "'" + p.Name + "'"));
                writer.Line(Runtime + "SampleData.RequireSamples(" + samples + ", " + CSharpText.StringLiteral(list) + ");");
            }

            writer.Line("return " + samples + ";");
            writer.CloseBlock();
        }

        // One pass: the sequential driver (for the span members), the chunk, and the kernel that
        // SampleSums.Run spreads over the cores.
        private static void WritePass(SourceWriter writer, Context c, Pass pass)
        {
            IReadOnlyList<Expr> sums = c.Sums(pass);
            string[] variables = c.Variables.Select(p => p.Identifier).ToArray();
            string[] fixedValues = c.Fixed.Select(p => p.Identifier).ToArray();
            string[] columns = c.Columns.Select(p => p.Identifier).ToArray();
            string declared = string.Join(", ", variables.Concat(fixedValues).Select(v => "double " + v).Concat(columns.Select(v => ReadOnlySpan + " " + v)));
            string sumsName = c.Unique("sums");
            string samples = c.Unique("samples");
            string start = c.Unique("start");
            string end = c.Unique("end");
            string index = c.Unique("i");
            string scratch = c.Unique("scratch");
            string length = c.Unique("length");
            string combined = c.Unique("combined");
            string arguments = c.Arguments(variables, fixedValues, columns);

            writer.Line();
            writer.Line("/// <summary>The sums of the " + Describe(pass) + " over all samples, one chunk after another, combined pairwise.</summary>");
            writer.Line(Hidden);
            writer.Line("internal static void " + SumsMethod(pass) + "(" + declared + ", " + Span + " " + sumsName + ")");
            writer.OpenBlock();
            writer.Line("int " + samples + " = " + columns[0] + ".Length;");
            writer.Line("int " + length + " = " + Runtime + "ChunkSums.ScratchLength(" + sumsName + ".Length, " + samples + ");");
            writer.Line(Span + " " + scratch + " = " + length + " <= " + Count(StackScratch) + " ? stackalloc double[" + length + "] : new double[" + length + "];");
            writer.Line("var " + combined + " = new " + Runtime + "ChunkSums(" + sumsName + ", " + scratch + ");");
            writer.Line("for (int " + start + " = 0; " + start + " < " + samples + "; " + start + " += " + Runtime + "ChunkSums.ChunkSize)");
            writer.OpenBlock();
            writer.Line(ChunkMethod(pass) + "(" + arguments + ", " + start + ", global::System.Math.Min(" + samples + ", " + start + " + " + Runtime + "ChunkSums.ChunkSize), " + combined + ".Next());");
            writer.Line(combined + ".Add();");
            writer.CloseBlock();
            writer.Line();
            writer.Line(combined + ".Finish();");
            writer.CloseBlock();

            // The chunk: vector loop (the widest the hardware runs), scalar tail.
            var refs = columns.Select((_, k) => c.Prefix("r") + Count(k)).ToArray();
            var request = new SampleLoopRequest
            {
                Variables = variables,
                FixedValues = fixedValues,
                Columns = columns,
                ColumnReferences = refs,
                Index = index,
                VectorExpLog = c.Target.VectorExpLog,

                // FusedMultiplyAdd came with Exp and Log in .NET 9: one flag for both.
                FusedMultiplyAdd = c.Target.VectorExpLog,
                VectorAccumulator = c.Prefix("acc"),
                ScalarAccumulator = c.Prefix("s"),
                Hoisted = c.Prefix("h"),
                Broadcast = c.Prefix("v"),
                Local = c.Prefix("t"),
                Load = c.Prefix("c"),
            };
            SampleLoop[] loops = Vectors.Select(v => SampleLoopEmitter.Emit(sums, request with { Vector = v.Vector })).ToArray();
            SampleLoop loop = loops[0];

            writer.Line();
            writer.Line("/// <summary>The sums of the " + Describe(pass) + " over samples [start, end): vectors across samples, then one sample at a time.</summary>");
            writer.Line(Hidden);

            // Fully optimised from the first call: unoptimised code would call the vector exp and
            // log as plain methods, ten and more times slower, for the first evaluations.
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]");
            writer.Line("internal static void " + ChunkMethod(pass) + "(" + declared + ", int " + start + ", int " + end + ", " + Span + " " + sumsName + ")");
            writer.OpenBlock();
            foreach (string statement in loop.Hoisted)
            {
                writer.Line(statement);
            }

            for (int k = 0; k < sums.Count; k++)
            {
                writer.Line("double " + request.ScalarAccumulator + Count(k) + " = 0.0;");
            }

            writer.Line("int " + index + " = " + start + ";");
            for (int v = 0; v < Vectors.Length; v++)
            {
                (string vector, int lanes) = Vectors[v];
                string width = Count(lanes);
                writer.Line((v == 0 ? "if (" + Runtime + "SampleSums.Vectorized && " : "else if (" + Runtime + "SampleSums.Vectorized && ") + vector + ".IsHardwareAccelerated && " + end + " - " + index + " >= " + width + ")");
                writer.OpenBlock();
                foreach (int column in loops[v].Columns)
                {
                    writer.Line("ref double " + refs[column] + " = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(" + columns[column] + ");");
                }

                foreach (string statement in loops[v].Broadcasts)
                {
                    writer.Line(statement);
                }

                for (int k = 0; k < sums.Count; k++)
                {
                    writer.Line("var " + request.VectorAccumulator + Count(k) + " = " + vector + "<double>.Zero;");
                }

                writer.Line("for (; " + index + " <= " + end + " - " + width + "; " + index + " += " + width + ")");
                writer.OpenBlock();
                foreach (string statement in loops[v].VectorBody)
                {
                    writer.Line(statement);
                }

                writer.CloseBlock();
                writer.Line();
                for (int k = 0; k < sums.Count; k++)
                {
                    writer.Line(request.ScalarAccumulator + Count(k) + " = " + vector + ".Sum(" + request.VectorAccumulator + Count(k) + ");");
                }

                writer.CloseBlock();
            }

            writer.Line();
            writer.Line("for (; " + index + " < " + end + "; " + index + "++)");
            writer.OpenBlock();
            foreach (string statement in loop.ScalarBody)
            {
                writer.Line(statement);
            }

            writer.CloseBlock();
            writer.Line();
            for (int k = 0; k < sums.Count; k++)
            {
                writer.Line(sumsName + "[" + Count(k) + "] = " + request.ScalarAccumulator + Count(k) + ";");
            }

            writer.CloseBlock();

            // The kernel: a copy of the loss and the variables, for SampleSums.Run.
            string kernel = KernelType(pass);
            string lossName = c.Spec.Names.Loss;
            writer.Line();
            writer.Line("private readonly struct " + kernel + " : " + Runtime + "ISampleSums");
            writer.OpenBlock();
            writer.Line("private readonly " + lossName + " loss;");
            for (int k = 0; k < variables.Length; k++)
            {
                writer.Line("private readonly double theta" + Count(k) + ";");
            }

            writer.Line();
            writer.Line("public " + kernel + "(" + lossName + " loss" + string.Join(string.Empty, Enumerable.Range(0, variables.Length).Select(k => ", double theta" + Count(k))) + ")");
            writer.OpenBlock();
            writer.Line("this.loss = loss;");
            for (int k = 0; k < variables.Length; k++)
            {
                writer.Line("this.theta" + Count(k) + " = theta" + Count(k) + ";");
            }

            writer.CloseBlock();
            writer.Line();
            writer.Line("public int Count => " + Count(sums.Count) + ";");
            writer.Line();
            string kernelArguments = c.Arguments(
                Enumerable.Range(0, variables.Length).Select(k => "theta" + Count(k)),
                c.Fixed.Select(p => "loss." + c.Field(p)),
                c.Columns.Select(p => "loss." + c.Field(p) + ".Span"));
            writer.Line("public void Add(int start, int end, " + Span + " sums) => " + ChunkMethod(pass) + "(" + kernelArguments + ", start, end, sums);");
            writer.CloseBlock();
        }

        private static string Describe(Pass pass) => pass switch
        {
            Pass.Value => "loss value",
            Pass.ValueAndGradient => "value and gradient",
            Pass.Hessian => "Hessian",
            _ => "value, gradient and Hessian",
        };

        private static string SumsMethod(Pass pass) => "SumsOf" + pass.ToString();

        private static string ChunkMethod(Pass pass) => "ChunkOf" + pass.ToString();

        private static string KernelType(Pass pass) => pass.ToString() + "Sums";

        private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

        /// <summary>The loss's parameters by kind, the sums of each pass, and names that collide with none of the user's.</summary>
        private sealed class Context
        {
            private readonly Dictionary<Pass, IReadOnlyList<Expr>> _sums = new();
            private readonly HashSet<string> _taken;

            public Context(LossSpec spec, LossDefinition loss, EmitTarget target)
            {
                Spec = spec;
                Loss = loss;
                Target = target;
                Variables = spec.Parameters.Where(p => p.Kind == ParameterKind.Variable).ToArray();
                Columns = spec.Parameters.Where(p => p.Kind == ParameterKind.Column).ToArray();
                Fixed = spec.Parameters.Where(p => p.Kind == ParameterKind.Fixed).ToArray();
                Data = spec.Parameters.Where(p => p.Kind != ParameterKind.Variable).ToArray();
                AllNames = spec.Parameters.Select(p => p.Name).ToArray();
                _taken = new HashSet<string>(AllNames, StringComparer.Ordinal);
                DocExpression = CSharpText.DocText(spec.Expression ?? string.Empty);
            }

            public LossSpec Spec { get; }

            public LossDefinition Loss { get; }

            public EmitTarget Target { get; }

            public LossParameter[] Variables { get; }

            public LossParameter[] Columns { get; }

            public LossParameter[] Fixed { get; }

            /// <summary>Columns and fixed values in declaration order: the constructor's parameters.</summary>
            public LossParameter[] Data { get; }

            public string[] AllNames { get; }

            public string DocExpression { get; }

            public string SamplesMethod => "Samples";

            /// <summary>The field that holds a column or fixed value: '_' + its name, so never a member's name.</summary>
            public string Field(LossParameter p) => "_" + p.Name;

            /// <summary>A local or parameter name that is not a user parameter's.</summary>
            public string Unique(string preferred) => CSharpText.UniqueName(preferred, _taken);

            /// <summary>A prefix of numbered names (t0, t1, ...) that no user parameter matches.</summary>
            public string Prefix(string preferred)
            {
                string prefix = preferred;
                while (AllNames.Any(name => Regex.IsMatch(name, "^" + Regex.Escape(prefix) + "[0-9]+$", RegexOptions.CultureInvariant)))
                {
                    prefix += "_";
                }

                return prefix;
            }

            /// <summary>The chunk methods' arguments: variables, fixed values, columns.</summary>
            public string Arguments(IEnumerable<string> variables, IEnumerable<string> fixedValues, IEnumerable<string> columns) =>
                string.Join(", ", variables.Concat(fixedValues).Concat(columns));

            public IReadOnlyList<Expr> Sums(Pass pass)
            {
                if (!_sums.TryGetValue(pass, out IReadOnlyList<Expr>? sums))
                {
                    var request = pass switch
                    {
                        Pass.Value => new EmitRequest { ReturnValue = true },
                        Pass.ValueAndGradient => new EmitRequest { ReturnValue = true, GradientSpan = "g" },
                        Pass.Hessian => new EmitRequest { HessianSpan = "h" },
                        _ => new EmitRequest { ReturnValue = true, GradientSpan = "g", HessianSpan = "h" },
                    };
                    sums = SampleLoopEmitter.Sums(CSharpEmitter.Outputs(Loss.Outputs, request, new List<string?>()));
                    _sums.Add(pass, sums);
                }

                return sums;
            }
        }
    }
}
