using Accountability.Calibration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Calibration;

public class ForcedDistributionTests
{
    private static readonly DistributionGuideline TwentySeventyTen = DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 10m)]);

    [Fact]
    public void TargetCounts_RoundCumulativeShares()
    {
        // 20/70/10 % of 7: cumulative 1.4 → 1, 6.3 → 6, 7 → targets 1, 5, 1. Of 10: 2, 7, 1. Of 0: nothing.
        Assert.Equal([1, 5, 1], TwentySeventyTen.TargetCounts(7));
        Assert.Equal([2, 7, 1], TwentySeventyTen.TargetCounts(10));
        Assert.Equal([0, 0, 0], TwentySeventyTen.TargetCounts(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwentySeventyTen.TargetCounts(-1));
    }

    [Fact]
    public void Assign_DistinctScores_MeetsTheGuidelineExactly()
    {
        ForcedDistribution forced = TwentySeventyTen.Assign(Enumerable.Range(1, 10).Select(i => (new PartyId("p" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)), (decimal)i)));
        Assert.True(forced.Comparison.MeetsGuideline);
        Assert.Empty(forced.TieDeviations);
        Assert.Equal(["p10", "p09"], forced.Placements.Where(p => p.Band.Name == "Top").Select(p => p.Subject.Value));
        Assert.Equal("p01", Assert.Single(forced.Placements, p => p.Band.Name == "Bottom").Subject.Value);
    }

    [Fact]
    public void Assign_TiesKeepEqualScoresTogether_AndReportTheDeviation()
    {
        // The calibrated session of RatingCalibrationTests: four reps at 5 and four at 2; 25/50/25 % of 8 is 2/4/2.
        var guideline = DistributionGuideline.Create([("Top", 25m), ("Core", 50m), ("Bottom", 25m)]);
        (PartyId, decimal)[] scores = [("n1", 2m), ("n2", 2m), ("n3", 5m), ("n4", 5m), ("s1", 2m), ("s2", 2m), ("s3", 5m), ("s4", 5m)];
        ForcedDistribution forced = guideline.Assign(scores);

        Assert.Equal(["Top", "Top", "Top", "Top", "Core", "Core", "Core", "Core"], forced.Placements.Select(p => p.Band.Name));
        Assert.Equal([false, false, true, true, false, false, true, true], forced.Placements.Select(p => p.MovedByTie));
        Assert.Equal([2, 4, 2], forced.Comparison.Bands.Select(b => b.TargetCount));
        Assert.Equal([4, 4, 0], forced.Comparison.Bands.Select(b => b.ActualCount));
        Assert.Equal([2, 0, -2], forced.Comparison.Bands.Select(b => b.Deviation));
        Assert.Equal([50m, 50m, 0m], forced.Comparison.Bands.Select(b => b.ActualPercent));
        Assert.False(forced.Comparison.MeetsGuideline);

        Assert.Equal(2, forced.TieDeviations.Count);
        TieDeviation top = forced.TieDeviations[0];
        Assert.Equal(5m, top.Score);
        Assert.Equal(["n3", "n4", "s3", "s4"], top.Subjects.Select(s => s.Value));
        Assert.Equal("Top", top.Band.Name);
        Assert.Equal((1, 4, 2), (top.FirstPosition, top.LastPosition, top.BeyondTarget));
        Assert.Equal("4 subjects tied at 5 (positions 1–4) all go to 'Top'; 2 of them lie beyond its target and would have gone lower by position alone.", top.ToString());

        string text = forced.Explain();
        Assert.Contains("  Top: 4 (50.0 %) against a target of 2 (25 %), +2", text, StringComparison.Ordinal);
        Assert.Contains("  Bottom: 0 (0.0 %) against a target of 2 (25 %), -2", text, StringComparison.Ordinal);
        Assert.Equal("Core", forced.Find("s1")!.Band.Name);
        Assert.Null(forced.Find("x"));
    }

    [Fact]
    public void Compare_CountsPlacementsAgainstTheGuideline()
    {
        DistributionComparison comparison = TwentySeventyTen.Compare([("a", "Top"), ("b", "Top"), ("c", "Top"), ("d", "Core"), ("e", "Bottom")]);
        Assert.Equal(5, comparison.Population);
        Assert.Equal([1, 4, 0], comparison.Bands.Select(b => b.TargetCount)); // cumulative 1, 4.5 → 5 (half away from zero), 5
        Assert.Equal([3, 1, 1], comparison.Bands.Select(b => b.ActualCount));
        Assert.Equal([2, -3, 1], comparison.Deviations.Select(d => d.Deviation));
        Assert.StartsWith("Distribution of 5 people against the guideline 20 / 70 / 10 %: deviates.", comparison.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_BadPlacements_ListsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => TwentySeventyTen.Compare([("a", "Top"), ("a", "Core"), ("b", "Stars")]));
        Assert.Equal(
            [
                ("placements[1].subject", CalibrationProblemCodes.DuplicateSubject, "The subject 'a' is placed more than once."),
                ("placements[2].band", CalibrationProblemCodes.BandUnknown, "The band 'Stars' is not in the guideline (Top, Core, Bottom)."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, Assert.Single(Assert.Throws<AccountabilityException>(() => TwentySeventyTen.Compare([])).Problems).Code);
        Assert.Equal(CalibrationProblemCodes.EmptyPopulation, Assert.Single(Assert.Throws<AccountabilityException>(() => TwentySeventyTen.Assign([])).Problems).Code);
    }

    [Fact]
    public void Create_GuidelineNotAddingToHundred_IsAnError()
    {
        var ex = Assert.Throws<AccountabilityException>(() => DistributionGuideline.Create([("Top", 20m), ("Core", 70m), ("Bottom", 5m)]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(CalibrationProblemCodes.GuidelineNotHundredPercent, problem.Code);
        Assert.Equal("bands", problem.Path);
        Assert.Equal("The shares of a guideline must add up to 100 %; these add up to 95 %.", problem.Message);
        Assert.Equal(95m, problem.AttemptedValue);
    }

    [Fact]
    public void Create_BadBands_ListsEveryProblem()
    {
        var ex = Assert.Throws<AccountabilityException>(() => DistributionGuideline.Create([("Top", -5m), ("Top", 105m), (" ", 0m)]));
        Assert.Equal(
            [
                ("bands[0].percent", CalibrationProblemCodes.GuidelineShareInvalid, "A band's share must be from 0 to 100 %; 'Top' has -5 %."),
                ("bands[1].name", CalibrationProblemCodes.GuidelineBandInvalid, "The band name 'Top' is used twice."),
                ("bands[1].percent", CalibrationProblemCodes.GuidelineShareInvalid, "A band's share must be from 0 to 100 %; 'Top' has 105 %."),
                ("bands[2].name", CalibrationProblemCodes.GuidelineBandInvalid, "A band needs a name."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal(CalibrationProblemCodes.GuidelineBandInvalid, Assert.Single(Assert.Throws<AccountabilityException>(() => DistributionGuideline.Create([])).Problems).Code);
    }

    private static Gen<DistributionGuideline> Guidelines() =>
        from a in Gen.Choose(0, 100)
        from b in Gen.Choose(0, 100 - a)
        select DistributionGuideline.Create([("A", a), ("B", b), ("C", 100 - a - b)]);

    [Property(MaxTest = 300)]
    public Property Assign_EverySubjectGetsOneBand_EqualScoresEqualBands() =>
        Prop.ForAll(CalibrationGenerators.Scores().Where(s => s.Length > 0).ToArbitrary(), Guidelines().ToArbitrary(), (scores, guideline) =>
        {
            ForcedDistribution forced = guideline.Assign(scores);
            bool oneEach = forced.Placements.Select(p => p.Subject).Order().SequenceEqual(scores.Select(s => s.Subject).Order());
            bool equalBands = forced.Placements.GroupBy(p => p.Score).All(g => g.Select(p => p.Band.Index).Distinct().Count() == 1);
            bool monotone = forced.Placements.Zip(forced.Placements.Skip(1)).All(p => p.First.Band.Index <= p.Second.Band.Index);
            bool counts = forced.Comparison.Bands.Sum(b => b.ActualCount) == scores.Length && forced.Comparison.Bands.Sum(b => b.TargetCount) == scores.Length;
            bool exactWithoutTies = scores.Select(s => s.Score).Distinct().Count() < scores.Length || forced.Comparison.MeetsGuideline;
            bool deviationsExplained = forced.Comparison.MeetsGuideline || forced.TieDeviations.Count > 0;
            return (oneEach && equalBands && monotone && counts && exactWithoutTies && deviationsExplained)
                .Label($"one {oneEach}, equal {equalBands}, monotone {monotone}, counts {counts}, exact {exactWithoutTies}, explained {deviationsExplained}");
        });

    [Property(MaxTest = 200)]
    public Property Assign_DoesNotDependOnInputOrder() =>
        Prop.ForAll(CalibrationGenerators.Scores().Where(s => s.Length > 0).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (scores, seed) =>
            TwentySeventyTen.Assign(scores).Explain() == TwentySeventyTen.Assign(CalibrationGenerators.Shuffle(scores, seed)).Explain()
            && TwentySeventyTen.Assign(scores).Placements.Select(p => p.ToString()).SequenceEqual(TwentySeventyTen.Assign(CalibrationGenerators.Shuffle(scores, seed)).Placements.Select(p => p.ToString())));
}
