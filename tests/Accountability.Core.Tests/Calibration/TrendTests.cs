using Accountability.Calibration;
using Accountability.Scoring;

namespace Accountability.Tests.Calibration;

public class TrendTests
{
    private static readonly (string, decimal)[] Sliding = [("Q1", 100m), ("Q2", 80m), ("Q3", 60m), ("Q4", 70m)];

    [Fact]
    public void Create_MeasuresChangeDirectionAndVolatility()
    {
        SubjectTrend trend = SubjectTrend.Create("ana", Sliding);
        Assert.Equal(-30m, trend.Change);
        Assert.Equal(10m, trend.LastChange);
        Assert.Equal(TrendDirection.Falling, trend.Direction);
        Assert.Equal(77.5m, trend.Mean);

        // Deviations 22.5, 2.5, −17.5, −7.5: Σ² = 875, STDEV.P = √218.75 = 14.790199…, CV = 14.790199… ÷ 77.5.
        Assert.Equal(0.190841283326m, trend.Volatility);
        Assert.Null(trend.VolatilityNotMeasuredReason);
        Assert.Contains("Volatility (coefficient of variation, STDEV.P ÷ mean) 19.1 %.", trend.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OnePeriodOrNoPositiveMean_ExplainsWhyVolatilityIsNotMeasured()
    {
        SubjectTrend one = SubjectTrend.Create("ana", [("Q1", 5m)]);
        Assert.Equal(TrendDirection.Flat, one.Direction);
        Assert.Equal(0m, one.LastChange);
        Assert.Null(one.Volatility);
        Assert.Equal("a spread needs at least two periods", one.VolatilityNotMeasuredReason);
        SubjectTrend negative = SubjectTrend.Create("ana", [("Q1", -5m), ("Q2", 2m)]);
        Assert.Null(negative.Volatility);
        Assert.Equal(TrendDirection.Rising, negative.Direction);
        Assert.Equal("the mean is not above zero, so the spread cannot be set against it", negative.VolatilityNotMeasuredReason);
    }

    [Fact]
    public void Create_BadSeries_ListsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => SubjectTrend.Create("ana", [("Q1", 1m), ("Q1", 2m), ("", 3m)]));
        Assert.Equal(
            [
                ("series[1].period", CalibrationProblemCodes.PeriodInvalid, "The period 'Q1' appears twice."),
                ("series[2].period", CalibrationProblemCodes.PeriodInvalid, "A period needs a label."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, Assert.Single(Assert.Throws<AccountabilityException>(() => SubjectTrend.Create("ana", [])).Problems).Code);
        Assert.Throws<ArgumentException>(() => SubjectTrend.Create(default, Sliding));
    }

    [Fact]
    public void Flags_FallAndRunBelowBand()
    {
        RatingBands bands = RatingBands.StartingWith("Below").Then(75m, "Meets");
        SubjectTrend trend = SubjectTrend.Create("ana", Sliding);
        IReadOnlyList<TrendFlag> flags = trend.Flags(new TrendFlagRules { DropThreshold = 15m, FloorBand = bands.FindByName("Meets"), FloorCycles = 2 });
        Assert.Equal(
            [
                (TrendFlagKind.FellSharply, "Q1", "Q2", 20m, 1),
                (TrendFlagKind.FellSharply, "Q2", "Q3", 20m, 1),
                (TrendFlagKind.StayedBelowBand, "Q3", "Q4", 75m, 2),
            ],
            flags.Select(f => (f.Kind, f.FromPeriod, f.ToPeriod, f.Amount, f.Cycles)));
        Assert.Equal("ana fell by 20 from 100 in Q1 to 80 in Q2, more than the threshold of 15.", flags[0].Reason);
        Assert.Equal("ana stayed below 'Meets' (from 75) for 2 cycles, Q3 to Q4, at least the 2 that raise a flag.", flags[2].Reason);

        // A fall of exactly the threshold is not "more than" it; a run shorter than the cycles raises nothing.
        Assert.Empty(trend.Flags(new TrendFlagRules { DropThreshold = 20m, FloorBand = bands.FindByName("Meets"), FloorCycles = 3 }));
        Assert.Empty(trend.Flags(new TrendFlagRules()));
        Assert.Throws<ArgumentException>(() => new TrendFlagRules { FloorBand = bands.FindByName("Below") });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendFlagRules { DropThreshold = 0m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendFlagRules { FloorCycles = 0 });
    }

    [Fact]
    public void VolatilityComparison_TeamSteadiedAfterAccountability()
    {
        // Before: 100, 140, 60, 120 (mean 105, STDEV.P 29.58…, CV 0.2817…); after: 105, 110, 100, 105 (CV 0.0336…).
        VolatilityComparison comparison = VolatilityComparison.Compare(
            [("2023Q1", 100m), ("2023Q2", 140m), ("2023Q3", 60m), ("2023Q4", 120m)],
            [("2024Q1", 105m), ("2024Q2", 110m), ("2024Q3", 100m), ("2024Q4", 105m)]);
        Assert.Equal(0.281718084910m, comparison.Before);
        Assert.Equal(0.033671751485m, comparison.After);
        Assert.Equal(-0.248046333425m, comparison.Change);
        Assert.Equal(-0.880477139067m, comparison.RelativeChange);
        Assert.True(comparison.Fell);
        Assert.Equal("Volatility (coefficient of variation) 28.2 % over 4 periods, then 3.4 % over 4: it fell by 24.8 points (88.0 %).", comparison.Explain());
    }

    [Fact]
    public void VolatilityComparison_BadSpans_ListsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => VolatilityComparison.Compare([("Q1", 1m)], [("Q1", 1m), ("Q2", -3m)]));
        Assert.Equal(
            [
                ("before", CalibrationProblemCodes.TooFewValues, "The series needs at least 2 periods; 1 given."),
                ("after[0].period", CalibrationProblemCodes.PeriodInvalid, "The period 'Q1' appears twice."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        var mean = Assert.Throws<AccountabilityException>(() => VolatilityComparison.Compare([("Q1", 1m), ("Q2", 2m)], [("Q3", 1m), ("Q4", -3m)]));
        Assert.Equal("The volatility of 'after' cannot be measured: the mean is not above zero, so the spread cannot be set against it.", Assert.Single(mean.Problems).Message);
    }
}
