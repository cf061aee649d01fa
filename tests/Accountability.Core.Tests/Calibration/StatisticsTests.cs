using System.Globalization;
using Accountability.Calibration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

/// <summary>
/// The spreadsheet functions, checked against the examples of their documentation. Source: the Microsoft Excel
/// function reference pages for STDEV.S, STDEV.P, VAR.S, VAR.P (the "breaking strength of 10 tools" sample),
/// STANDARDIZE, PERCENTRANK.INC and PERCENTRANK.EXC. Each expected figure is worked by hand from the function's
/// definition below (the documentation shows fewer places); exact fractions are given where there are any.
/// </summary>
public class StatisticsTests
{
    // Breaking strength of 10 tools: Σx = 13286, mean 1328.6, Σ(x − mean)² = 6788.4.
    private static readonly decimal[] Strength = [1345m, 1301m, 1368m, 1322m, 1310m, 1370m, 1318m, 1350m, 1303m, 1299m];

    // PERCENTRANK.INC sample: 13, 12, 11, 8, 4, 3, 2, 1, 1, 1 (n = 10, so ranks are k / 9).
    private static readonly decimal[] IncSample = [13m, 12m, 11m, 8m, 4m, 3m, 2m, 1m, 1m, 1m];

    // PERCENTRANK.EXC sample: 1, 2, 3, 6, 6, 6, 7, 8, 9 (n = 9, so ranks are (k + 1) / 10).
    private static readonly decimal[] ExcSample = [1m, 2m, 3m, 6m, 6m, 6m, 7m, 8m, 9m];

    [Fact]
    public void Mean_IsAverage() => Assert.Equal(1328.6m, Statistics.Mean(Strength));

    [Fact]
    public void VarianceSample_MatchesVarS()
    {
        // 6788.4 / 9 = 11314/15 = 754.2666…; the documentation shows 754.2666667.
        Assert.Equal(754.266666666667m, Statistics.VarianceSample(Strength));
    }

    [Fact]
    public void VariancePopulation_MatchesVarP_Exactly()
    {
        // 6788.4 / 10 = 678.84 exactly; the documentation shows 678.84.
        Assert.Equal(678.84m, Statistics.VariancePopulation(Strength));
    }

    [Fact]
    public void StandardDeviations_MatchStdevSAndStdevP()
    {
        // √754.2666… = 27.463915719843…; √678.84 = 26.054558142482…; the documentation shows 27.46392 and 26.05455814.
        Assert.Equal(27.463915719843m, Statistics.StandardDeviationSample(Strength));
        Assert.Equal(26.054558142482m, Statistics.StandardDeviationPopulation(Strength));
    }

    [Fact]
    public void Standardize_MatchesStandardize()
    {
        // STANDARDIZE(42, 40, 1.5) = 2 / 1.5 = 1.333…; the documentation shows 1.333333333.
        Assert.Equal(1.333333333333m, Statistics.Standardize(42m, 40m, 1.5m));
        Assert.Equal(-2m, Statistics.Standardize(37m, 40m, 1.5m));
    }

    [Theory]
    [InlineData("2", 3, "0.333")] // 3 values below 2 → 3/9 = 0.333…, truncated
    [InlineData("4", 3, "0.555")] // 5/9 = 0.5555…, truncated (not rounded) to 0.555
    [InlineData("8", 3, "0.666")] // 6/9
    [InlineData("5", 3, "0.583")] // between 4 (5/9) and 8 (6/9): 5/9 + 1/4 × 1/9 = 0.58333…
    [InlineData("1", 3, "0")]
    [InlineData("13", 3, "1")]
    [InlineData("4", 6, "0.555555")]
    [InlineData("4", 1, "0.5")]
    public void PercentRankInclusive_MatchesPercentRankInc(string x, int significance, string expected) =>
        Assert.Equal(D(expected), Statistics.PercentRankInclusive(IncSample, D(x), significance));

    [Theory]
    [InlineData("7", 3, "0.7")] // 6 values below 7 → (6 + 1) / 10
    [InlineData("5.43", 3, "0.381")] // between 3 (0.3) and 6 (0.4): 0.3 + 2.43/3 × 0.1 = 0.381
    [InlineData("5.43", 1, "0.3")] // the documentation's example with significance 1
    [InlineData("1", 3, "0.1")]
    [InlineData("9", 3, "0.9")]
    public void PercentRankExclusive_MatchesPercentRankExc(string x, int significance, string expected) =>
        Assert.Equal(D(expected), Statistics.PercentRankExclusive(ExcSample, D(x), significance));

    [Fact]
    public void PercentRankInclusive_PopulationOfOne_IsOne() => Assert.Equal(1m, Statistics.PercentRankInclusive([7m], 7m));

    [Fact]
    public void PercentRank_Truncation_IsExact()
    {
        // 2/3 must truncate to 0.666666666666 at 12 places, never round up to …667.
        Assert.Equal(0.666666666666m, Statistics.PercentRankInclusive([1m, 2m, 3m, 4m], 3m, 12));
    }

    [Fact]
    public void PercentRank_OutsidePopulation_IsValueOutsidePopulation()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Statistics.PercentRankInclusive(IncSample, 14m));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(CalibrationProblemCodes.ValueOutsidePopulation, problem.Code);
        Assert.Equal("value", problem.Path);
        Assert.Equal("The value 14 lies outside the population (1 to 13), so it has no percent rank.", problem.Message);
        Assert.Equal(CalibrationProblemCodes.ValueOutsidePopulation, Assert.Single(Assert.Throws<AccountabilityException>(() => Statistics.PercentRankExclusive(ExcSample, 0.5m)).Problems).Code);
    }

    [Fact]
    public void PercentRank_EmptyPopulation_IsEmptyPopulation()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Statistics.PercentRankExclusive([], 1m));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, problem.Code);
        Assert.Equal("A percent rank needs a population of at least one value.", problem.Message);
    }

    [Fact]
    public void PercentRank_SignificanceOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.PercentRankInclusive(IncSample, 4m, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.PercentRankExclusive(IncSample, 4m, 13));
        Assert.Throws<ArgumentNullException>(() => Statistics.PercentRankExclusive(null!, 4m));
    }

    [Fact]
    public void Variance_TooFewValues_IsTooFewValues_NeverADivisionByZero()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Statistics.VarianceSample([5m]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(CalibrationProblemCodes.TooFewValues, problem.Code);
        Assert.Equal("The figure needs at least 2 values; 1 given.", problem.Message);
        Assert.Equal(CalibrationProblemCodes.TooFewValues, Assert.Single(Assert.Throws<AccountabilityException>(() => Statistics.StandardDeviationSample([5m])).Problems).Code);
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, Assert.Single(Assert.Throws<AccountabilityException>(() => Statistics.VariancePopulation([])).Problems).Code);
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, Assert.Single(Assert.Throws<AccountabilityException>(() => Statistics.Mean([])).Problems).Code);
        Assert.Equal(0m, Statistics.VariancePopulation([5m]));
    }

    [Fact]
    public void Standardize_ZeroSpread_IsZeroSpread()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Statistics.Standardize(3m, 3m, 0m));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(CalibrationProblemCodes.ZeroSpread, problem.Code);
        Assert.Equal("A value cannot be standardised against a standard deviation of zero.", problem.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.Standardize(3m, 3m, -1m));
    }

    [Fact]
    public void CoefficientOfVariation_IsSpreadOverMean()
    {
        // 10, 20, 30: mean 20, STDEV.P = √(200/3) = 8.1649658…, CV = 0.40824829…
        Assert.Equal(0.408248290464m, Statistics.CoefficientOfVariation([10m, 20m, 30m]));
        Assert.Equal(0m, Statistics.CoefficientOfVariation([5m, 5m]));
        var ex = Assert.Throws<AccountabilityException>(() => Statistics.CoefficientOfVariation([-1m, 1m]));
        Assert.Equal(CalibrationProblemCodes.MeanNotPositive, Assert.Single(ex.Problems).Code);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("2.25", "1.5")]
    [InlineData("1", "1")]
    [InlineData("10000", "100")]
    [InlineData("0.0001", "0.01")]
    [InlineData("2", "1.414213562373")]
    public void SquareRoot_KnownValues(string value, string expected) =>
        Assert.Equal(D(expected), Statistics.SquareRoot(D(value)));

    [Fact]
    public void SquareRoot_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.SquareRoot(-1m));

    /// <summary>The documented precision: the 12-place root r satisfies (r − 10⁻¹²)² ≤ x ≤ (r + 10⁻¹²)².</summary>
    [Property(MaxTest = 500)]
    public Property SquareRoot_IsWithinOneUnitInTheTwelfthPlace(PositiveInt whole, NonNegativeInt fraction, byte exponent)
    {
        decimal x = (whole.Get + (fraction.Get % 1_000_000 / 1_000_000m)) / DecimalPow10(exponent % 10);
        decimal r = Statistics.SquareRoot(x);
        const decimal unit = 0.000000000001m;
        bool within = (r - unit) * (r - unit) <= x && x <= (r + unit) * (r + unit);
        return within.Label(string.Create(CultureInfo.InvariantCulture, $"√{x} = {r}"));
    }

    private static decimal DecimalPow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
