using System;
using Xunit;

namespace SymbolicGd.Tests.Intervals
{
    // Construction, the empty-interval rule and the helpers a certified guard builds boxes with.
    public class IntervalApiTests
    {
        [Fact]
        public void The_constructor_rejects_NaN_and_reversed_bounds_there_is_no_empty_interval()
        {
            Assert.Throws<ArgumentException>(() => new Interval(double.NaN, 1.0));
            Assert.Throws<ArgumentException>(() => new Interval(0.0, double.NaN));
            ArgumentException reversed = Assert.Throws<ArgumentException>(() => new Interval(2.0, 1.0));
            Assert.Contains("2", reversed.Message);
            Assert.Equal(new Interval(0.0, 0.0), default);
            Assert.True(default(Interval).IsDefined);
            Assert.Null(Interval.Intersect(new Interval(0.0, 1.0), new Interval(2.0, 3.0)));
            Assert.Equal(new Interval(1.0, 1.0), Interval.Intersect(new Interval(0.0, 1.0), new Interval(1.0, 3.0)));
            Assert.Equal(new Interval(0.0, 1.0), Interval.Intersect(Interval.Undefined, new Interval(0.0, 1.0)));
        }

        [Fact]
        public void Width_midpoint_magnitude_and_hull_describe_the_interval()
        {
            var x = new Interval(-3.0, 1.0);
            Assert.Equal(4.0, x.Width);
            Assert.Equal(-1.0, x.Midpoint);
            Assert.Equal(3.0, x.Magnitude);
            Assert.Equal(0.0, x.Mignitude);
            Assert.Equal(2.0, new Interval(2.0, 5.0).Mignitude);
            Assert.Equal(double.PositiveInfinity, Interval.Undefined.Width);
            Assert.Equal(0.0, Interval.Entire.Midpoint);
            Assert.Equal(double.MaxValue, new Interval(1.0, double.PositiveInfinity).Midpoint);
            Assert.Equal(0.0, new Interval(double.PositiveInfinity, double.PositiveInfinity).Width);

            // Rounded up: the true width of [-MaxValue, MaxValue] overflows, and 1 - (-1e-300) is just above 1.
            Assert.Equal(double.PositiveInfinity, new Interval(-double.MaxValue, double.MaxValue).Width);
            Assert.True(new Interval(-1e-300, 1.0).Width > 1.0);
            Assert.Equal(1e308, new Interval(1e308, 1e308).Midpoint);
            double mid = new Interval(-double.MaxValue, double.MaxValue).Midpoint;
            Assert.Equal(0.0, mid);

            Assert.Equal(new Interval(-3.0, 7.0), Interval.Hull(x, 7.0));
            Assert.Equal(new Interval(2.0, 5.0), Interval.Hull(5.0, 2.0));
            Assert.False(Interval.Hull(x, Interval.Undefined).IsDefined);
            Assert.True(x.Contains(new Interval(-1.0, 0.0)));
            Assert.False(x.Contains(new Interval(-1.0, 2.0)));
            Assert.True(x.IsFinite && !x.IsPoint && !x.IsEntire);
            Assert.True(Interval.Entire.IsDefined && Interval.Entire.IsEntire && !Interval.Entire.IsFinite);
        }

        [Fact]
        public void FromSegment_boxes_the_segment_between_two_points()
        {
            double[] theta = { 1.0, -2.0, 0.5 };
            double[] next = { 0.25, -1.0, 0.5 };
            var box = new Interval[3];
            Interval.FromSegment(theta, next, box);
            Assert.Equal(new[] { new Interval(0.25, 1.0), new Interval(-2.0, -1.0), new Interval(0.5, 0.5) }, box);
            for (double t = 0.0; t <= 1.0; t += 0.125)
            {
                for (int i = 0; i < 3; i++)
                {
                    Assert.True(box[i].Contains(theta[i] + (t * (next[i] - theta[i]))));
                }
            }

            Assert.Throws<ArgumentException>(() => Interval.FromSegment(theta, next, new Interval[2]));
            Assert.Throws<ArgumentException>(() => Interval.FromSegment(theta, new[] { 0.0, double.NaN, 0.0 }, box));
            Interval.FromPoint(theta, box);
            Assert.True(box[1].IsPoint && box[1].Lower == -2.0);
        }

        [Fact]
        public void ToString_is_culture_invariant_and_round_trips()
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fi-FI");
                Assert.Equal("[-0.1, 2.5]", new Interval(-0.1, 2.5).ToString());
                Assert.Equal("undefined", Interval.Undefined.ToString());
                Assert.Equal("[-0.10, 2.50]", new Interval(-0.1, 2.5).ToString("F2", null));
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
    }
}
