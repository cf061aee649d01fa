using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

/// <summary>A generated scorecard with one subject's entries: a value, not applicable (null, true), or missing (null, false).</summary>
public sealed record CardCase(PerformanceCriterion[] Criteria, decimal[] Weights, bool Relative, MissingValuePolicy Policy, (decimal? Value, bool NotApplicable)[] Entries)
{
    public Scorecard Build(IEnumerable<int>? order = null)
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card").WithMissingValues(Policy).WithBands(SalesTeam.Bands);
        if (Relative)
        {
            builder.UseRelativeWeights();
        }

        foreach (int i in order ?? Enumerable.Range(0, Criteria.Length))
        {
            builder.Add(Criteria[i], Weights[i]);
        }

        return builder.Build();
    }

    public Actuals Actuals(IEnumerable<int>? order = null)
    {
        ActualsBuilder builder = Accountability.Scoring.Actuals.For("subject");
        foreach (int i in order ?? Enumerable.Range(0, Criteria.Length))
        {
            if (Entries[i].Value is { } v)
            {
                builder.Value(Criteria[i].Id, v);
            }
            else if (Entries[i].NotApplicable)
            {
                builder.NotApplicable(Criteria[i].Id, "generated");
            }
        }

        return builder.Build();
    }

    public override string ToString() =>
        string.Join("; ", Criteria.Select((c, i) => $"{c.Id}:{c.Scoring.RuleName} w={Weights[i]} v={Entries[i].Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (Entries[i].NotApplicable ? "n/a" : "missing")}")) + $" relative={Relative} policy={Policy}";
}

public static class CardArbitraries
{
    public static Arbitrary<CardCase> Cards() => CardGen.ToArbitrary();

    private static Gen<CardCase> CardGen =>
        from count in Gen.Choose(1, 8)
        from criteria in Gen.ArrayOf(Generators.AnyCriterion, count)
        from relative in Gen.Elements(true, false)
        from parts in Gen.ArrayOf(Gen.Choose(1, 50), count)
        from policy in Gen.Elements(MissingValuePolicy.ScoreZero, MissingValuePolicy.Exclude)
        from entries in SequenceOf(criteria.Select(EntryFor))
        select new CardCase(
            [.. criteria.Select((c, i) => new PerformanceCriterion($"c{i}", c.Name, c.Unit, c.Direction, c.Scoring))],
            relative ? [.. parts.Select(p => (decimal)p)] : PercentWeights(parts),
            relative,
            policy,
            [.. entries]);

    private static Gen<T[]> SequenceOf<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Constant(Array.Empty<T>()), (acc, g) => from xs in acc from x in g select (T[])[.. xs, x]);

    private static Gen<(decimal? Value, bool NotApplicable)> EntryFor(PerformanceCriterion criterion) =>
        Gen.Frequency(
            (6, Generators.ActualFor(criterion).Select(v => ((decimal?)v, false))),
            (1, Gen.Constant<(decimal?, bool)>((null, true))),
            (1, Gen.Constant<(decimal?, bool)>((null, false))));

    /// <summary>Turns parts into percentages (two places) that add up to exactly 100.</summary>
    private static decimal[] PercentWeights(int[] parts)
    {
        int total = parts.Sum();
        decimal[] shares = [.. parts.Select(p => p * 100m / total)];
        decimal[] weights = ExactSum.ToGrid(shares, 100m, 2);
        return weights.Any(w => w <= 0m) ? [.. Enumerable.Repeat(0m, parts.Length - 1).Select(_ => 1m), 100m - (parts.Length - 1)] : weights;
    }
}

[Properties(Arbitrary = new[] { typeof(CardArbitraries) }, MaxTest = 200)]
public class ScorecardProperties
{
    [Property]
    public Property Overall_LiesBetweenSmallestAndLargestIncludedScore(CardCase card)
    {
        ScorecardResult result = card.Build().Score(card.Actuals());
        decimal[] included = [.. result.Criteria.Where(c => c.IsIncluded).Select(c => c.Score!.Value)];
        if (included.Length == 0)
        {
            return (!result.IsRated).Label("nothing included, yet rated");
        }

        return (result.WeightedScore >= included.Min() && result.WeightedScore <= included.Max())
            .Label($"{result.WeightedScore} not within {included.Min()}..{included.Max()} for {card}");
    }

    [Property]
    public Property Contributions_AddUpExactlyToWeightedScore(CardCase card)
    {
        ScorecardResult result = card.Build().Score(card.Actuals());
        return (!result.IsRated || result.Criteria.Sum(c => c.Contribution) == result.WeightedScore)
            .Label($"contributions {result.Criteria.Sum(c => c.Contribution)} vs {result.WeightedScore}");
    }

    [Property]
    public Property EffectiveWeights_AlwaysAddUpTo100AfterLeavingOut(CardCase card)
    {
        ScorecardResult result = card.Build().Score(card.Actuals());
        decimal sum = result.Criteria.Sum(c => c.EffectiveWeight);
        bool leftOutHaveNone = result.Criteria.Where(c => !c.IsIncluded).All(c => c.EffectiveWeight == 0m);
        return ((!result.IsRated || sum == 100m) && leftOutHaveNone).Label($"effective weights add up to {sum}");
    }

    [Property]
    public Property Reordering_CriteriaAndValues_ChangesNothing(CardCase card, int seed)
    {
        int[] order = [.. Enumerable.Range(0, card.Criteria.Length).OrderBy(i => HashCode.Combine(seed, i))];
        ScorecardResult a = card.Build().Score(card.Actuals());
        ScorecardResult b = card.Build(order).Score(card.Actuals(order));
        bool same = a.Score == b.Score && a.WeightedScore == b.WeightedScore && a.Band?.Name == b.Band?.Name
            && a.Criteria.All(c => b[c.CriterionId].Score == c.Score && b[c.CriterionId].Contribution == c.Contribution && b[c.CriterionId].EffectiveWeight == c.EffectiveWeight);
        return same.Label($"{a.Score} vs {b.Score}");
    }

    [Property(MaxTest = 50)]
    public Property Scoring_IsDeterministic_OneByOneInBatchAndOnAnyThread(CardCase[] cases)
    {
        if (cases.Length == 0)
        {
            return true.ToProperty();
        }

        // One scorecard, many subjects: the first case's card scores every case's entries that fit it.
        CardCase first = cases[0];
        Scorecard card = first.Build();
        CardCase[] subjects = [.. Enumerable.Range(0, 20).Select(i => i < cases.Length && cases[i].Criteria.Length == first.Criteria.Length ? first with { Entries = AdaptEntries(first, cases[i]) } : first)];
        ActualsTable table = card.CreateTable(subjects.Select((_, i) => new PartyId($"rep-{i}")));
        for (int row = 0; row < subjects.Length; row++)
        {
            for (int col = 0; col < first.Criteria.Length; col++)
            {
                (decimal? value, bool na) = subjects[row].Entries[col];
                if (value is { } v)
                {
                    table.Set(row, col, v);
                }
                else if (na)
                {
                    table.SetNotApplicable(row, col, "generated");
                }
            }
        }

        SubjectScore[] batch = card.ScoreBatch(table);
        var parallel = new decimal?[subjects.Length];
        Parallel.For(0, subjects.Length, row => parallel[row] = card.Score(subjects[row].Actuals()).Score);
        bool ok = true;
        for (int row = 0; row < subjects.Length; row++)
        {
            ScorecardResult single = card.Score(subjects[row].Actuals());
            ScorecardResult explained = card.Explain(table, row);
            ok &= single.Score == batch[row].Score && single.WeightedScore == batch[row].WeightedScore && single.Band == batch[row].Band
                && explained.Score == single.Score && parallel[row] == single.Score
                && batch[row].CriteriaLeftOut == single.Criteria.Count(c => !c.IsIncluded);
        }

        return ok.Label("batch, single, explained and parallel results differ");
    }

    [Property]
    public Property Band_IsTheHighestWhoseMinimumIsReached(CardCase card)
    {
        ScorecardResult result = card.Build().Score(card.Actuals());
        if (result.Score is not { } score)
        {
            return true.ToProperty();
        }

        RatingBand expected = SalesTeam.Bands.Bands.Last(b => b.MinimumScore is null || b.MinimumScore <= score);
        return (result.Band == expected).Label($"{score} got {result.Band}, expected {expected}");
    }

    private static (decimal? Value, bool NotApplicable)[] AdaptEntries(CardCase target, CardCase source) =>
        [.. target.Criteria.Select((c, i) => source.Entries[i].Value is { } v && Fits(c, v) ? source.Entries[i] : target.Entries[i])];

    private static bool Fits(PerformanceCriterion criterion, decimal value)
    {
        try
        {
            Generators.Score(criterion, value);
            return true;
        }
        catch (AccountabilityException)
        {
            return false;
        }
    }
}

public class RatingBandsProperties
{
    [Property(MaxTest = 300)]
    public Property Find_ScoreOnBoundary_GetsHigherBand(PositiveInt[] gaps, int pick)
    {
        if (gaps.Length == 0)
        {
            return true.ToProperty();
        }

        RatingBands bands = RatingBands.StartingWith("b0");
        decimal minimum = -50m;
        for (int i = 0; i < gaps.Length; i++)
        {
            minimum += gaps[i].Get / 7m;
            bands = bands.Then(minimum, $"b{i + 1}");
        }

        RatingBand boundaryBand = bands.Bands[1 + (Math.Abs(pick % gaps.Length))];
        decimal boundary = boundaryBand.MinimumScore!.Value;
        bool onBoundary = bands.Find(boundary) == boundaryBand;
        bool justBelow = bands.Find(boundary - 0.000000000001m).Index == boundaryBand.Index - 1;
        return (onBoundary && justBelow).Label($"boundary {boundary}: {bands.Find(boundary)}");
    }
}
