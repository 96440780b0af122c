using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SymbolicGd.Benchmarks.Generator
{
    /// <summary>Mean time divided by the benchmark's <c>LossCount</c> parameter, in microseconds.</summary>
    public sealed class PerLossColumn : IColumn
    {
        public string Id => nameof(PerLossColumn);

        public string ColumnName => "Per loss [us]";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean divided by LossCount, in microseconds";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || benchmarkCase.Parameters["LossCount"] is not int count || count <= 0)
            {
                return "-";
            }

            return (statistics.Mean / 1000.0 / count).ToString("N1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    /// <summary>Adds <see cref="PerLossColumn"/> to a benchmark class.</summary>
    public sealed class ShowTimePerLossAttribute : ColumnConfigBaseAttribute
    {
        public ShowTimePerLossAttribute()
            : base(new PerLossColumn())
        {
        }
    }
}
