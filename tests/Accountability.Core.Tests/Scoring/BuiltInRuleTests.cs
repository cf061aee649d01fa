using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class BuiltInRuleTests
{
    private static decimal Score(CriterionDirection direction, ScoringMethod method, decimal actual) =>
        Generators.Score(new PerformanceCriterion("k", "K", "u", direction, method), actual);

    [Theory]
    [InlineData(70, 0)]
    [InlineData(80, 0)]
    [InlineData(90, 50)]
    [InlineData(100, 100)]
    [InlineData(110, 125)]
    [InlineData(120, 150)]
    [InlineData(200, 150)]
    public void Linear_HigherIsBetter_ScoresByHand(int actual, int expected) =>
        Assert.Equal(expected, Score(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(80m, 100m, 120m, 150m), actual));

    [Theory]
    [InlineData(70, "0")]
    [InlineData(60, "0")]
    [InlineData(50, "66.666666666667")]
    [InlineData(45, "100")]
    [InlineData(30, "120")]
    [InlineData(0, "120")]
    public void Linear_LowerIsBetter_IsTheMirror(int actual, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Math.Round(Score(CriterionDirection.LowerIsBetter, ScoringMethod.Linear(60m, 45m, 30m, 120m), actual), 12));

    [Fact]
    public void Linear_WithFloorAndNoStretch_StopsAt100()
    {
        ScoringMethod method = ScoringMethod.Linear(0m, 10m, floor: 20m);
        Assert.Equal(20m, Score(CriterionDirection.HigherIsBetter, method, -5m));
        Assert.Equal(60m, Score(CriterionDirection.HigherIsBetter, method, 5m));
        Assert.Equal(100m, Score(CriterionDirection.HigherIsBetter, method, 50m));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 50)]
    [InlineData(8, 100)]
    [InlineData(10, 125)]
    [InlineData(100, 150)]
    public void Ratio_HigherIsBetter(int actual, int expected) =>
        Assert.Equal(expected, Score(CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(8m, 150m), actual));

    [Theory]
    [InlineData(90, 50)]
    [InlineData(45, 100)]
    [InlineData(36, 125)]
    [InlineData(1, 150)]
    [InlineData(0, 150)]
    [InlineData(1000, 20)]
    public void Ratio_LowerIsBetter(int actual, int expected) =>
        Assert.Equal(expected, Score(CriterionDirection.LowerIsBetter, ScoringMethod.RatioToTarget(45m, 150m, 20m), actual));

    [Theory]
    [InlineData(-100, 0)]
    [InlineData(69.99, 0)]
    [InlineData(70, 60)]
    [InlineData(85, 100)]
    [InlineData(95, 110)]
    [InlineData(1000, 110)]
    public void Banded_BoundaryBelongsToHigherStep(double actual, int expected) =>
        Assert.Equal(expected, Generators.Score(SalesTeam.CallPlan, (decimal)actual));

    [Theory]
    [InlineData(CriterionDirection.HigherIsBetter, 9, 0)]
    [InlineData(CriterionDirection.HigherIsBetter, 10, 100)]
    [InlineData(CriterionDirection.LowerIsBetter, 10, 100)]
    [InlineData(CriterionDirection.LowerIsBetter, 11, 0)]
    [InlineData(CriterionDirection.ClosestToTargetIsBest, 12, 100)]
    [InlineData(CriterionDirection.ClosestToTargetIsBest, 7, 0)]
    public void Binary_MetByDirection(CriterionDirection direction, int actual, int expected) =>
        Assert.Equal(expected, Score(direction, ScoringMethod.Binary(10m, tolerance: direction == CriterionDirection.ClosestToTargetIsBest ? 2m : null), actual));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 60)]
    [InlineData(3.5, 75)]
    [InlineData(4.2, 96)]
    [InlineData(5, 120)]
    public void RatingScale_InterpolatesBetweenPoints(double actual, int expected) =>
        Assert.Equal(expected, Generators.Score(SalesTeam.Satisfaction, (decimal)actual));

    [Fact]
    public void RatingScale_OutsideScaleOrOffGridWithoutInterpolation_IsReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Generators.Score(SalesTeam.Satisfaction, 5.5m));
        Assert.Equal("The rating 5.5 is outside the scale (1 to 5).", ex.Problems[0].Message);

        var strict = new PerformanceCriterion("k", "K", "stars", CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(2m, 100m)], interpolate: false));
        ex = Assert.Throws<AccountabilityException>(() => Generators.Score(strict, 1.5m));
        Assert.Equal("The rating 1.5 is not a point of the scale (1, 2) and interpolation is off.", ex.Problems[0].Message);
    }

    [Theory]
    [InlineData(4, 100)]
    [InlineData(6, 100)]
    [InlineData(3, 75)]
    [InlineData(8, 50)]
    [InlineData(100, 10)]
    public void TargetRange_FallsOffOutside(int actual, int expected) =>
        Assert.Equal(expected, Score(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(4m, 6m, 25m, 10m), actual));

    [Fact]
    public void Direct_OutOfRange_IsReportedNotClamped()
    {
        Assert.Equal(87.5m, Score(CriterionDirection.HigherIsBetter, ScoringMethod.Direct(), 87.5m));
        var ex = Assert.Throws<AccountabilityException>(() => Score(CriterionDirection.HigherIsBetter, ScoringMethod.Direct(), 130m));
        Assert.Equal("The score 130 is outside the accepted range 0–100.", ex.Problems[0].Message);
    }

    [Fact]
    public void ScoringMethod_NullCollections_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ScoringMethod.Banded(null!));
        Assert.Throws<ArgumentNullException>(() => ScoringMethod.RatingScale([null!]));
        Assert.Throws<ArgumentException>(() => new CustomScoring(" "));
    }

    [Fact]
    public void PerformanceCriterion_BadArguments_Throw()
    {
        ScoringMethod m = ScoringMethod.Direct();
        Assert.Throws<ArgumentException>(() => new PerformanceCriterion(default, "n", "u", CriterionDirection.HigherIsBetter, m));
        Assert.Throws<ArgumentException>(() => new PerformanceCriterion("k", "", "u", CriterionDirection.HigherIsBetter, m));
        Assert.Throws<ArgumentNullException>(() => new PerformanceCriterion("k", "n", (string)null!, CriterionDirection.HigherIsBetter, m));
        Assert.Throws<ArgumentNullException>(() => new PerformanceCriterion("k", "n", "u", CriterionDirection.HigherIsBetter, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerformanceCriterion("k", "n", "u", (CriterionDirection)9, m));
        Assert.Throws<ArgumentNullException>(() => new PerformanceCriterion("k", "n", (MeasurementUnit)null!, CriterionDirection.HigherIsBetter, m));
        Assert.Equal("n (k)", new PerformanceCriterion("k", "n", "u", CriterionDirection.HigherIsBetter, m, workItem: "report-sales").ToString());
    }
}
