using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

public class TargetDecompositionTests
{
    private static readonly Target Annual = Target.Money(1_000_000.00m, Currency.USD);

    [Fact]
    public void ByBaseline_SplitsInProportionToLastYear()
    {
        IReadOnlyList<Target> parts = TargetDecomposition.ByBaseline(Annual, [500_000m, 300_000m, 200_000m]);
        Assert.Equal([500_000m, 300_000m, 200_000m], parts.Select(p => p.Value));
        Assert.All(parts, p => Assert.Equal(Annual.Unit, p.Unit));
    }

    [Fact]
    public void Equal_SplitsToTheCentAndAddsUp()
    {
        IReadOnlyList<Target> parts = TargetDecomposition.Equal(Target.Money(100m, Currency.USD), 3);
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Value));
    }

    [Fact]
    public void Split_CountTarget_UsesWholeUnits()
    {
        IReadOnlyList<Target> parts = TargetDecomposition.ByWeights(Target.Count(10, "deals"), [1m, 1m, 1m]);
        Assert.Equal([4m, 3m, 3m], parts.Select(p => p.Value));
    }

    [Fact]
    public void Split_LockedMinimumAndMaximum_AreHonoured()
    {
        IReadOnlyList<Target> parts = TargetDecomposition.Split(Target.Money(1000m, Currency.USD), [
            SplitPart.LockedAt(100m),
            SplitPart.Weighted(1m).WithMinimum(400m),
            SplitPart.Weighted(3m).WithMaximum(450m),
            SplitPart.Equal,
        ]);
        Assert.Equal(1000m, parts.Sum(p => p.Value));
        Assert.Equal(100m, parts[0].Value);
        Assert.True(parts[1].Value >= 400m);
        Assert.True(parts[2].Value <= 450m);
    }

    [Fact]
    public void Split_BadParts_AreAllReportedWithPaths()
    {
        var ex = Assert.Throws<AccountabilityException>(() => TargetDecomposition.Split(Target.Money(1000m, Currency.USD), [
            SplitPart.Weighted(-1m),
            SplitPart.Weighted(1m).WithMinimum(0.001m),
        ]));
        Assert.Equal(["parts[1].minimum"], ex.Problems.Select(p => p.Path));
        Assert.Equal("The value 0.001 has more than 2 decimal places, the precision of money in USD.", ex.Problems[0].Message);

        var ex2 = Assert.Throws<AccountabilityException>(() => TargetDecomposition.ByBaseline(Annual, [-1m, 2m, -3m]));
        Assert.Equal(["baseline[0]", "baseline[2]"], ex2.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Split_MinimumsAboveTotal_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => TargetDecomposition.Split(Target.Money(10m, Currency.USD), [
            SplitPart.Equal.WithMinimum(6m),
            SplitPart.Equal.WithMinimum(6m),
        ]));
        Assert.Equal("The minimums add up to 1200, more than the total 1000.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Split_Rate_IsReported()
    {
        var rate = new Target(90m, MeasurementUnit.Rate("CSAT", 1));
        var ex = Assert.Throws<AccountabilityException>(() => TargetDecomposition.Equal(rate, 2));
        Assert.Equal("A rate is not split into parts: each part keeps the rate.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void OverMonths_FiscalYearWithProfile_FollowsTheProfileExactly()
    {
        DateInterval fiscal = ReportingPeriod.FiscalYear(2026, 4);
        SeasonalityProfile profile = SeasonalityProfile.Create([6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m]);
        IReadOnlyList<PeriodTarget> months = TargetDecomposition.OverMonths(Target.Money(1000.01m, Currency.USD), fiscal, profile);
        Assert.Equal(12, months.Count);
        Assert.Equal(new LocalDate(2026, 4, 1), months[0].Period.Start);
        Assert.Equal(new LocalDate(2027, 3, 31), months[11].Period.End);
        Assert.Equal(1000.01m, months.Sum(m => m.Target.Value));
        Assert.Equal(60.00m, months[0].Target.Value);
        Assert.Equal(110.01m, months[11].Target.Value); // 11 % of 100001 cents = 11000.11: the largest remainder gets the odd cent
        Assert.Equal("2026-04-01..2026-04-30: 60.00 USD", months[0].ToString());
    }

    [Fact]
    public void OverMonths_WithoutProfile_SplitsEqually()
    {
        IReadOnlyList<PeriodTarget> months = TargetDecomposition.OverMonths(Target.Count(14, "deals"), ReportingPeriod.Quarter(2026, 1));
        Assert.Equal([5m, 5m, 4m], months.Select(m => m.Target.Value));
    }

    [Fact]
    public void OverPeriods_Quarters_FollowTheProfile()
    {
        DateInterval[] quarters = [.. Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(2026, q))];
        IReadOnlyList<PeriodTarget> parts = TargetDecomposition.OverPeriods(Target.Count(101, "deals"), quarters, SeasonalityProfile.Create([20m, 25m, 25m, 30m]));
        Assert.Equal([20m, 25m, 25m, 31m], parts.Select(p => p.Target.Value));
        Assert.Equal(quarters, parts.Select(p => p.Period));
    }

    [Fact]
    public void OverPeriods_OverlapsAndWrongProfile_AreReported()
    {
        DateInterval[] periods = [ReportingPeriod.Quarter(2026, 1), ReportingPeriod.Month(new YearMonth(2026, 3))];
        var ex = Assert.Throws<AccountabilityException>(() => TargetDecomposition.OverPeriods(Annual, periods, SeasonalityProfile.Create([100m])));
        Assert.Equal(["periods[1]", "profile"], ex.Problems.Select(p => p.Path));
        Assert.Equal("The period 2026-03-01..2026-03-31 overlaps 2026-01-01..2026-03-31.", ex.Problems[0].Message);
        Assert.Equal("The profile has 1 percentages but there are 2 periods.", ex.Problems[1].Message);
    }

    [Fact]
    public void OverMonths_ProfileOfWrongLength_IsReported()
    {
        SeasonalityProfile profile = SeasonalityProfile.Create([50m, 50m]);
        var ex = Assert.Throws<AccountabilityException>(() => TargetDecomposition.OverMonths(Annual, ReportingPeriod.Year(2026), profile));
        Assert.Equal("The profile has 2 percentages but the period 2026-01-01..2026-12-31 has 12 months.", Assert.Single(ex.Problems).Message);
    }
}

public class SeasonalityProfileTests
{
    [Fact]
    public void Create_NotAddingTo100_ReportsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => SeasonalityProfile.Create([50m, -10m, 30m]));
        Assert.Equal(["percentages[1]", "percentages"], ex.Problems.Select(p => p.Path));
        Assert.Equal("A percentage cannot be negative.", ex.Problems[0].Message);
        Assert.Equal("The percentages add up to 70, not 100.", ex.Problems[1].Message);
        Assert.Equal("A seasonality profile needs at least one percentage.", Assert.Single(Assert.Throws<AccountabilityException>(() => SeasonalityProfile.Create([])).Problems).Message);
    }

    [Fact]
    public void Validate_ReportsWithoutThrowing()
    {
        Assert.Equal(["percentages"], SeasonalityProfile.Validate([60m, 60m]).Select(p => p.Path));
        Assert.Empty(SeasonalityProfile.Validate([60m, 40m]));
    }

    [Fact]
    public void Fraction_IsPercentageOverHundred()
    {
        SeasonalityProfile profile = SeasonalityProfile.Create([25m, 75m]);
        Assert.Equal(0.75m, profile.Fraction(1));
        Assert.Equal(2, profile.Months);
        Assert.Throws<ArgumentOutOfRangeException>(() => profile.Fraction(2));
    }
}

public class TargetTests
{
    [Fact]
    public void Constructor_ValueOffTheGrid_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Target.Money(1.001m, Currency.USD));
        Assert.StartsWith("The value 1.001 has more than 2 decimal places, the precision of money in USD.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Target(1.5m, MeasurementUnit.Count("deals")));
    }

    [Fact]
    public void Units_DescribeThemselvesAndCompare()
    {
        Assert.Equal("money in USD", MeasurementUnit.Money(Currency.USD).ToString());
        Assert.Equal("count of deals", MeasurementUnit.Count("deals").ToString());
        Assert.Equal("rate in %", MeasurementUnit.Rate("%", 1).ToString());
        Assert.Equal("quantity in t", MeasurementUnit.Quantity("t", 3).ToString());
        Assert.Equal(MeasurementUnit.Count("deals"), MeasurementUnit.Count("deals"));
        Assert.NotEqual(MeasurementUnit.Money(Currency.USD), MeasurementUnit.Money(Currency.EUR));
        Assert.Equal("12.50 USD", Target.Money(12.5m, Currency.USD).ToString());
        Assert.Equal(new Money(12.5m, Currency.USD), Target.Money(12.5m, Currency.USD).AsMoney());
        Assert.Throws<InvalidOperationException>(() => Target.Count(1, "deals").AsMoney());
    }
}
