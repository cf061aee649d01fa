using Accountability.Calibration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

public class RankingTests
{
    [Fact]
    public void Create_RankEqExample_DescendingAndAscending()
    {
        // The RANK.EQ documentation's sample 7, 3.5, 3.5, 1, 2: RANK.EQ(7) = 1 (descending); RANK.EQ(3.5, …, 1) = 3 (ascending).
        (PartyId, decimal)[] scores = [("a", 7m), ("b", 3.5m), ("c", 3.5m), ("d", 1m), ("e", 2m)];
        Ranking descending = Ranking.Create(scores);
        Assert.Equal(1, descending.Find("a")!.Rank);
        Assert.Equal(2, descending.Find("b")!.Rank);
        Assert.Equal(2, descending.Find("c")!.Rank);
        Assert.Equal(4, descending.Find("e")!.Rank);
        Assert.Equal(5, descending.Find("d")!.Rank);

        Ranking ascending = Ranking.Create(scores, RankOrder.LowestFirst);
        RankedSubject b = ascending.Find("b")!;
        Assert.Equal(3, b.Rank);
        Assert.Equal(3.5m, b.FractionalRank); // RANK.AVG(3.5, …, 1): positions 3 and 4 → 3.5
        Assert.Equal(3, b.DenseRank);
        Assert.Equal(3, b.Position); // tie broken by identifier: b before c
        Assert.Equal(4, ascending.Find("c")!.Position);
        Assert.Equal(2, b.TieCount);
    }

    [Fact]
    public void Create_RankAvgExample()
    {
        // The RANK.AVG documentation's sample 89, 88, 92, 101, 94, 97, 95: RANK.AVG(94) = 4.
        (PartyId, decimal)[] scores = [("a", 89m), ("b", 88m), ("c", 92m), ("d", 101m), ("e", 94m), ("f", 97m), ("g", 95m)];
        Ranking ranking = Ranking.Create(scores);
        Assert.Equal(4m, ranking.Find("e")!.FractionalRank);
        Assert.Equal(["d", "f", "g", "e", "c", "a", "b"], ranking.Entries.Select(e => e.Subject.Value));
    }

    [Fact]
    public void Create_AllConventionsOnOneTie()
    {
        // Scores 10, 8, 8, 6: "1224" competition, "1223" dense, "1 2.5 2.5 4" fractional, "1234" ordinal.
        Ranking ranking = Ranking.Create([("w", 6m), ("z", 8m), ("y", 8m), ("x", 10m)]);
        Assert.Equal([1, 2, 2, 4], ranking.Entries.Select(e => e.Rank));
        Assert.Equal([1, 2, 2, 3], ranking.Entries.Select(e => e.DenseRank));
        Assert.Equal([1m, 2.5m, 2.5m, 4m], ranking.Entries.Select(e => e.FractionalRank));
        Assert.Equal([1, 2, 3, 4], ranking.Entries.Select(e => e.Position));
        Assert.Equal(["x", "y", "z", "w"], ranking.Entries.Select(e => e.Subject.Value));

        // Percent ranks count the values below: 10 → 3/3 = 1 (inc), 4/5 = 0.8 (exc); 8 → 1/3 = 0.333, 2/5; 6 → 0, 1/5.
        Assert.Equal([1m, 0.333m, 0.333m, 0m], ranking.Entries.Select(e => e.PercentRankInclusive));
        Assert.Equal([0.8m, 0.4m, 0.4m, 0.2m], ranking.Entries.Select(e => e.PercentRankExclusive));
        Assert.Contains("2. y — score 8: rank 2, dense 2, fractional 2.5 (tied with 1 other)", ranking.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PercentRanksAgreeWithStatistics()
    {
        decimal[] values = [13m, 12m, 11m, 8m, 4m, 3m, 2m, 1m, 1m, 1m];
        Ranking ranking = Ranking.Create(values.Select((v, i) => (new PartyId("p" + i), v)), percentRankSignificance: 5);
        foreach (RankedSubject entry in ranking.Entries)
        {
            Assert.Equal(Statistics.PercentRankInclusive(values, entry.Score, 5), entry.PercentRankInclusive);
            Assert.Equal(Statistics.PercentRankExclusive(values, entry.Score, 5), entry.PercentRankExclusive);
        }
    }

    [Fact]
    public void Create_EmptyAndSingle()
    {
        Assert.Empty(Ranking.Create([]).Entries);
        RankedSubject only = Assert.Single(Ranking.Create([("solo", 3m)]).Entries);
        Assert.Equal(1, only.Rank);
        Assert.Equal(1m, only.PercentRankInclusive);
        Assert.Equal(0.5m, only.PercentRankExclusive);
    }

    [Fact]
    public void Create_DuplicateOrMissingSubject_ListsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Ranking.Create([("a", 1m), ("a", 2m), (default, 3m)]));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Equal(CalibrationProblemCodes.DuplicateSubject, ex.Problems[0].Code);
        Assert.Equal("scores[1].subject", ex.Problems[0].Path);
        Assert.Equal("The subject 'a' has more than one score.", ex.Problems[0].Message);
        Assert.Equal(CalibrationProblemCodes.PartyMissing, ex.Problems[1].Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Create([], (RankOrder)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Create([], percentRankSignificance: 0));
        Assert.Throws<ArgumentNullException>(() => Ranking.Create(null!));
    }

    [Property(MaxTest = 200)]
    public Property Ranks_AreUnchangedByAStrictlyIncreasingTransformation() =>
        Prop.ForAll(CalibrationGenerators.Scores().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(-50, 50).ToArbitrary(), (scores, factor, shift) =>
        {
            // x ↦ factor·x³ + shift is strictly increasing.
            Ranking before = Ranking.Create(scores);
            Ranking after = Ranking.Create(scores.Select(s => (s.Subject, (factor * s.Score * s.Score * s.Score) + shift)));
            return before.Entries.Zip(after.Entries).All(p =>
                p.First.Subject == p.Second.Subject && p.First.Rank == p.Second.Rank && p.First.DenseRank == p.Second.DenseRank
                && p.First.FractionalRank == p.Second.FractionalRank && p.First.Position == p.Second.Position
                && p.First.PercentRankInclusive == p.Second.PercentRankInclusive && p.First.PercentRankExclusive == p.Second.PercentRankExclusive);
        });

    [Property(MaxTest = 200)]
    public Property Ranks_DoNotDependOnInputOrder() =>
        Prop.ForAll(CalibrationGenerators.Scores().ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (scores, seed) =>
        {
            Ranking a = Ranking.Create(scores);
            Ranking b = Ranking.Create(CalibrationGenerators.Shuffle(scores, seed));
            return a.Entries.Select(e => e.ToString()).SequenceEqual(b.Entries.Select(e => e.ToString()));
        });

    [Property(MaxTest = 200)]
    public Property Ranks_AreConsistent() =>
        Prop.ForAll(CalibrationGenerators.Scores().ToArbitrary(), scores =>
        {
            Ranking r = Ranking.Create(scores);
            int n = scores.Length;
            return r.Entries.All(e =>
                    e.Rank == 1 + scores.Count(s => s.Score > e.Score)
                    && e.DenseRank == 1 + scores.Select(s => s.Score).Where(s => s > e.Score).Distinct().Count()
                    && e.FractionalRank == e.Rank + ((e.TieCount - 1) / 2m)
                    && e.PercentRankInclusive == (n == 1 ? 1m : decimal.Truncate(scores.Count(s => s.Score < e.Score) * 1000m / (n - 1)) / 1000m))
                && r.Entries.Select(e => e.Position).SequenceEqual(Enumerable.Range(1, n));
        });
}
