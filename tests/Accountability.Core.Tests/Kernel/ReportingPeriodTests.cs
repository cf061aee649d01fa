using NodaTime;

namespace Accountability.Tests.Kernel;

public class ReportingPeriodTests
{
    [Fact]
    public void Quarter_IsInclusiveThreeMonths()
    {
        DateInterval q1 = ReportingPeriod.Quarter(2026, 1);
        Assert.Equal(new LocalDate(2026, 1, 1), q1.Start);
        Assert.Equal(new LocalDate(2026, 3, 31), q1.End);
        Assert.Equal(90, q1.Length);
    }

    [Fact]
    public void FiscalYear_AprilStart_EndsInMarch()
    {
        DateInterval fy = ReportingPeriod.FiscalYear(2026, 4);
        Assert.Equal(new LocalDate(2026, 4, 1), fy.Start);
        Assert.Equal(new LocalDate(2027, 3, 31), fy.End);
    }

    [Fact]
    public void Months_ClipsPartialMonths()
    {
        var months = ReportingPeriod.Months(new DateInterval(new LocalDate(2026, 1, 15), new LocalDate(2026, 3, 10)));
        Assert.Equal(3, months.Count);
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 15), new LocalDate(2026, 1, 31)), months[0]);
        Assert.Equal(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10)), months[2]);
        Assert.Equal(55, months.Sum(m => m.Length));
    }

    [Fact]
    public void Quarter_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2026, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FiscalYear(2026, 0));
    }

    [Fact]
    public void Covers_InnerWithinOuter()
    {
        Assert.True(ReportingPeriod.Covers(ReportingPeriod.Year(2026), ReportingPeriod.Quarter(2026, 4)));
        Assert.False(ReportingPeriod.Covers(ReportingPeriod.Quarter(2026, 1), ReportingPeriod.Month(new YearMonth(2026, 4))));
    }
}
