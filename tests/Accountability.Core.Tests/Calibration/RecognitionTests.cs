using Accountability.Calibration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

public class RecognitionTests
{
    private static readonly (PartyId, decimal)[] Reps = [("e", 80m), ("d", 85m), ("c", 90m), ("b", 90m), ("a", 95m)];

    [Fact]
    public void TopCount_IncludesEveryoneTiedAtTheCut_WithTheirReasons()
    {
        RecognitionResult result = Recognition.TopCount(Reps, 2);
        Assert.Equal(["a", "b", "c"], result.Recognized.Select(r => r.Subject.Value));
        Assert.Equal(2, result.RequestedCount);
        Assert.Equal(1, result.AddedForTies);
        Assert.Equal(90m, result.CutScore);
        Assert.Equal([1, 2, 2], result.Recognized.Select(r => r.Rank));
        Assert.Equal([false, false, true], result.Recognized.Select(r => r.TiedAtCut));
        Assert.Equal("a: rank 1 of 5 with 95, within the top 2.", result.Recognized[0].Reason);
        Assert.Equal("c: rank 2 of 5 with 90, tied with the last place within the top 2 (90); everyone tied at the cut is included.", result.Recognized[2].Reason);
        Assert.StartsWith("Recognition of the top 2 of 5: 2 places, cut at 90; 1 more included because they tie at the cut.", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void TopPercent_RoundsThePlacesDown()
    {
        // 40 % of 5 = 2 places; 30 % of 5 = 1.5 → 1; 10 % of 5 = 0.5 → nobody.
        Assert.Equal(["a", "b", "c"], Recognition.TopPercent(Reps, 40m).Recognized.Select(r => r.Subject.Value));
        Assert.Equal(["a"], Recognition.TopPercent(Reps, 30m).Recognized.Select(r => r.Subject.Value));
        RecognitionResult none = Recognition.TopPercent(Reps, 10m);
        Assert.Empty(none.Recognized);
        Assert.Null(none.CutScore);
        Assert.Equal("Recognition of the top 10 % of 5: 0 places.", none.Explain().TrimEnd());
    }

    [Fact]
    public void TopCount_LowestFirst_AndBadArguments()
    {
        Assert.Equal(["e"], Recognition.TopCount(Reps, 1, RankOrder.LowestFirst).Recognized.Select(r => r.Subject.Value));
        Assert.Equal(5, Recognition.TopCount(Reps, 10).Recognized.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Recognition.TopCount(Reps, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recognition.TopPercent(Reps, 101m));
        Assert.Equal(CalibrationProblemCodes.DuplicateSubject, Assert.Single(Assert.Throws<AccountabilityException>(() => Recognition.TopCount([("a", 1m), ("a", 2m)], 1)).Problems).Code);
    }

    [Property(MaxTest = 300)]
    public Property TopCount_IncludesEveryoneTiedWithTheNth() =>
        Prop.ForAll(CalibrationGenerators.Scores().ToArbitrary(), Gen.Choose(0, 35).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (scores, n, seed) =>
        {
            RecognitionResult result = Recognition.TopCount(CalibrationGenerators.Shuffle(scores, seed), n);
            decimal[] best = [.. scores.Select(s => s.Score).OrderDescending()];
            int places = Math.Min(n, scores.Length);
            string[] expected = places == 0 ? [] : [.. scores.Where(s => s.Score >= best[places - 1]).Select(s => s.Subject.Value).Order(StringComparer.Ordinal)];
            return expected.SequenceEqual(result.Recognized.Select(r => r.Subject.Value).Order(StringComparer.Ordinal))
                && result.Recognized.Count(r => !r.TiedAtCut) == places;
        });
}
