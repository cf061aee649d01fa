using Accountability.Calibration;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

/// <summary>Extreme inputs end as problems with codes — never an overflow, a division by zero or NaN.</summary>
public class CalibrationRobustnessTests
{
    private static readonly decimal Huge = decimal.MaxValue / 2m;

    [Fact]
    public void Statistics_HugeValues_AreValuesTooLarge()
    {
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => Statistics.VariancePopulation([Huge, 1m])));
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => Statistics.StandardDeviationSample([Huge, 1m])));
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => Statistics.CoefficientOfVariation([Huge, 1m])));
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => Statistics.Mean([Huge, Huge, Huge])));
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => Statistics.Standardize(Huge, -Huge, 0.5m)));
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => Statistics.PercentRankInclusive([-Huge, Huge, Huge, Huge], 0m, 12)));
        var ex = Assert.Throws<AccountabilityException>(() => Statistics.VariancePopulation([Huge, 1m]));
        Assert.IsType<OverflowException>(ex.InnerException);
        Assert.Equal("The values are too large to be summed, squared or weighted exactly in decimal; scale them down (squares need values below about 2.8e14).", ex.Problems[0].Message);
    }

    [Fact]
    public void Calibrate_HugeScale_IsValuesTooLarge()
    {
        var scale = new ScoreScale(0m, Huge);
        Rating[] ratings = [new("r", "a", RaterGroup.Manager, Huge), new("r", "b", RaterGroup.Manager, 1m), new("r", "c", RaterGroup.Manager, 2m)];
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => RatingCalibration.Calibrate(ratings, scale)));
        MultiRaterPolicy policy = MultiRaterPolicy.Create([(RaterGroup.Manager, Huge, 1), (RaterGroup.Peer, Huge, 1)]);
        Rating[] two = [new("m", "a", RaterGroup.Manager, Huge), new("p", "a", RaterGroup.Peer, Huge)];
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => MultiRaterAggregation.Aggregate(two, scale, policy)));
    }

    [Fact]
    public void Trends_HugeValues_AreValuesTooLarge()
    {
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => SubjectTrend.Create("a", [("Q1", Huge), ("Q2", Huge)])));
        Assert.Equal(CalibrationProblemCodes.ValuesTooLarge, Code(() => VolatilityComparison.Compare([("Q1", Huge), ("Q2", 1m)], [("Q3", 1m), ("Q4", 2m)])));
    }

    /// <summary>Any values: a statistic is a number or a problem with a code, never another exception.</summary>
    [Property(MaxTest = 300)]
    public Property Statistics_AnyValues_GiveANumberOrAProblem(decimal[] values, decimal x) =>
        new Func<bool>(() =>
        {
            foreach (Func<decimal> f in new Func<decimal>[]
            {
                () => Statistics.Mean(values),
                () => Statistics.VarianceSample(values),
                () => Statistics.StandardDeviationPopulation(values),
                () => Statistics.CoefficientOfVariation(values),
                () => Statistics.PercentRankInclusive(values, x),
                () => Statistics.PercentRankExclusive(values, x, 12),
            })
            {
                try
                {
                    f();
                }
                catch (AccountabilityException ex) when (ex.Problems.Count > 0)
                {
                }
            }

            return true;
        })().ToProperty();

    private static string Code(Action action) =>
        Assert.Single(Assert.Throws<AccountabilityException>(action).Problems).Code;

    private static string Code<T>(Func<T> action) =>
        Assert.Single(Assert.Throws<AccountabilityException>(() => action()).Problems).Code;
}
