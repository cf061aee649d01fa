using Accountability.Calibration;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

public class MultiRaterAggregationTests
{
    private static readonly ScoreScale Stars = new(1m, 5m);

    private static readonly Rating[] Ana =
    [
        new("ana", "ana", RaterGroup.Self, 4m),
        new("mgr", "ana", RaterGroup.Manager, 3m),
        new("p1", "ana", RaterGroup.Peer, 4m),
        new("p2", "ana", RaterGroup.Peer, 5m),
        new("d1", "ana", RaterGroup.DirectReport, 2m),
        new("d2", "ana", RaterGroup.DirectReport, 4m),
    ];

    private static MultiRaterPolicy Policy(AnonymityFallback fallback) => MultiRaterPolicy.Create(
        [(RaterGroup.Manager, 50m, 1), (RaterGroup.Peer, 30m, 3), (RaterGroup.DirectReport, 20m, 3), (RaterGroup.Self, 0m, 1)],
        fallback);

    [Fact]
    public void Aggregate_Exclude_LeavesOutGroupsBelowTheirMinimum_AndHidesThem()
    {
        // Two peers and two direct reports, both below 3: only the manager counts, so the figure is 3.
        MultiRaterScore score = Assert.Single(MultiRaterAggregation.Aggregate(Ana, Stars, Policy(AnonymityFallback.Exclude)));
        Assert.Equal(3m, score.Score);
        Assert.Equal([RaterGroup.Self, RaterGroup.Manager, RaterGroup.Peer, RaterGroup.DirectReport], score.Groups.Select(g => g.Group));
        RaterGroupScore peers = score.Groups[2];
        Assert.False(peers.Revealed);
        Assert.Null(peers.Mean);
        Assert.Empty(peers.Ratings);
        Assert.False(peers.Counted);
        Assert.Equal("below its anonymity minimum of 3: left out, its ratings and mean not shown", peers.Note);
        Assert.Equal(1m, score.Groups[1].EffectiveWeight);
        Assert.Equal("weighs nothing under the policy; shown, not counted", score.Groups[0].Note);
        Assert.Equal(4m, score.Groups[0].Mean);
        Assert.Null(score.PoolNote);
    }

    [Fact]
    public void Aggregate_Pool_FoldsSmallGroupsTogether_WhenThePoolMeetsItsMinimum()
    {
        // Pool: 4, 5, 2, 4 (mean 3.75), weight 30 + 20 = 50; manager 3 with weight 50: (50 × 3 + 50 × 3.75) ÷ 100 = 3.375.
        MultiRaterScore score = Assert.Single(MultiRaterAggregation.Aggregate(Ana, Stars, Policy(AnonymityFallback.Pool)));
        Assert.Equal(3.375m, score.Score);
        Assert.Equal(4, score.PoolCount);
        Assert.Equal(3.75m, score.PoolMean);
        Assert.Equal(0.5m, score.PoolEffectiveWeight);
        Assert.Equal(0.5m, score.Groups[1].EffectiveWeight);
        Assert.All(score.Groups.Where(g => g.Pooled), g => Assert.Null(g.Mean));
        Assert.Equal("4 ratings from groups below their minimums, pooled (at least 3 needed), weight 50", score.PoolNote);
        Assert.Contains("ana: 3.38, the weighted mean of the counted rater groups.", score.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_GroupsAtTheirMinimum_AreShownAndWeighted()
    {
        Rating[] ratings = [.. Ana, new("p3", "ana", RaterGroup.Peer, 3m)];
        MultiRaterScore score = Assert.Single(MultiRaterAggregation.Aggregate(ratings, Stars, Policy(AnonymityFallback.Exclude)));

        // Manager 3 (50), peers 4, 5, 3 → 4 (30): (150 + 120) ÷ 80 = 3.375.
        Assert.Equal(3.375m, score.Score);
        RaterGroupScore peers = score.Groups[2];
        Assert.True(peers.Revealed);
        Assert.Equal(4m, peers.Mean);
        Assert.Equal(["p1", "p2", "p3"], peers.Ratings.Select(r => r.Rater.Value));
        Assert.Equal(0.375m, peers.EffectiveWeight);
    }

    [Fact]
    public void Aggregate_GroupNotInThePolicy_IsNeverShown()
    {
        MultiRaterPolicy managersOnly = MultiRaterPolicy.Create([(RaterGroup.Manager, 1m, 1)]);
        MultiRaterScore score = Assert.Single(MultiRaterAggregation.Aggregate(Ana, Stars, managersOnly));
        Assert.Equal(3m, score.Score);
        RaterGroupScore reports = score.Groups.Single(g => g.Group == RaterGroup.DirectReport);
        Assert.False(reports.Revealed);
        Assert.Null(reports.Mean);
        Assert.Empty(reports.Ratings);
        Assert.Equal("the policy does not list this group: not counted, its ratings and mean not shown", reports.Note);
    }

    [Fact]
    public void Aggregate_NoCountedGroup_HasNoFigureAndSaysWhy()
    {
        MultiRaterScore score = Assert.Single(MultiRaterAggregation.Aggregate([new Rating("p1", "bo", RaterGroup.Peer, 4m)], Stars, Policy(AnonymityFallback.Exclude)));
        Assert.Null(score.Score);
        Assert.Equal("no rater group with weight has enough raters to count", score.NotScoredReason);
        Assert.StartsWith("bo: no figure — no rater group with weight has enough raters to count.", score.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadPolicy_ListsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => MultiRaterPolicy.Create([(RaterGroup.Peer, -1m, 0), (RaterGroup.Peer, 2m, 3)]));
        Assert.Equal(
            [
                ("groups[0].weight", CalibrationProblemCodes.WeightInvalid, "The weight of Peer must be at or above zero; -1 given."),
                ("groups[0].anonymityMinimum", CalibrationProblemCodes.AnonymityMinimumInvalid, "The anonymity minimum of Peer must be at least 1; 0 given."),
                ("groups[1].group", CalibrationProblemCodes.RaterGroupUnknown, "The rater group Peer is listed twice."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal("At least one rater group must weigh more than zero.", Assert.Single(Assert.Throws<AccountabilityException>(() => MultiRaterPolicy.Create([(RaterGroup.Self, 0m, 1)])).Problems).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => MultiRaterPolicy.Create([], (AnonymityFallback)5));
        Assert.Equal(0m, Policy(AnonymityFallback.Exclude).WeightOf(RaterGroup.Self));
        Assert.False(MultiRaterPolicy.Create([(RaterGroup.Manager, 1m, 1)]).Lists(RaterGroup.Peer));
    }

    [Fact]
    public void Aggregate_RejectsBadRatings() =>
        Assert.Equal(
            CalibrationProblemCodes.RatingOffScale,
            Assert.Single(Assert.Throws<AccountabilityException>(() => MultiRaterAggregation.Aggregate([new Rating("m", "a", RaterGroup.Manager, 0m)], Stars, Policy(AnonymityFallback.Exclude))).Problems).Code);

    private static Gen<Rating[]> Ratings() =>
        from cells in Gen.Choose(0, 10).ArrayOf(4 * 8)
        select Enumerable.Range(0, 4 * 8)
            .Where(k => cells[k] >= 2 && (k % 4 != 0 || k / 4 == 0))
            .Select(k => new Rating(
                k % 4 == 0 ? "ana" : "r" + k.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "ana",
                (RaterGroup)(k % 4),
                cells[k] / 2m))
            .ToArray();

    [Property(MaxTest = 200)]
    public Property Aggregate_DoesNotDependOnTheOrderOfRatings() =>
        Prop.ForAll(Ratings().Where(r => r.Length > 0).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (ratings, seed) =>
            MultiRaterAggregation.Aggregate(ratings, Stars, Policy(AnonymityFallback.Pool)).Select(s => s.Explain())
                .SequenceEqual(MultiRaterAggregation.Aggregate(CalibrationGenerators.Shuffle(ratings, seed), Stars, Policy(AnonymityFallback.Pool)).Select(s => s.Explain())));
}
