using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SymbolicGd.Benchmarks
{
    /// <summary>Mean time divided by an integer [Params] property (losses, steps), in a chosen unit.</summary>
    public sealed class TimePerParameterColumn : IColumn
    {
        private readonly string parameter;
        private readonly double nanosecondsPerUnit;

        public TimePerParameterColumn(string parameter, string columnName, double nanosecondsPerUnit)
        {
            this.parameter = parameter;
            this.nanosecondsPerUnit = nanosecondsPerUnit;
            ColumnName = columnName;
        }

        public string Id => nameof(TimePerParameterColumn) + "." + parameter;

        public string ColumnName { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean divided by " + parameter;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || benchmarkCase.Parameters[parameter] is not int count || count <= 0)
            {
                return "-";
            }

            return (statistics.Mean / nanosecondsPerUnit / count).ToString("N1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    /// <summary>Adds the mean time per loss (LossCount), in microseconds.</summary>
    public sealed class ShowTimePerLossAttribute : ColumnConfigBaseAttribute
    {
        public ShowTimePerLossAttribute()
            : base(new TimePerParameterColumn("LossCount", "Per loss [us]", 1000.0))
        {
        }
    }

    /// <summary>Adds the mean time per descent step (Steps), in nanoseconds.</summary>
    public sealed class ShowTimePerStepAttribute : ColumnConfigBaseAttribute
    {
        public ShowTimePerStepAttribute()
            : base(new TimePerParameterColumn("Steps", "Per step [ns]", 1.0))
        {
        }
    }
}
