using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

/// <summary>An integrator's rule with a per-subject parameter: min(cap, 100 × actual ÷ target); the target is a custom value read through its slot.</summary>
internal sealed class OwnRatioRule : IScoringRule
{
    public const string RuleName = "own-ratio";

    public string Name => RuleName;

    public CriterionScorer? Bind(ScoringRuleBindContext context)
    {
        decimal cap = context.Require("cap");
        ReferenceSlot target = context.Reference("target");
        return context.HasErrors ? null : new Scorer(target, cap);
    }

    private sealed class Scorer(ReferenceSlot target, decimal cap) : CriterionScorer(new ScoreRange(0m, cap))
    {
        public override decimal Score(in ScoringContext context) =>
            Math.Clamp(100m * context.Actual / context.Reference(target), 0m, cap);
    }
}

/// <summary>One criterion of a generated per-subject case: linear (threshold, target, stretch own) or the custom rule (target own).</summary>
public sealed record OwnCriterion(bool Custom, decimal Weight, decimal Threshold, decimal Target, decimal Stretch);

/// <summary>One subject's row: per criterion an actual and its own values (threshold, target, stretch, or the custom target); null = missing.</summary>
public sealed record OwnRow(decimal[] Actuals, (decimal Threshold, decimal Target, decimal Stretch)[] Own, bool[] Missing);

public sealed record OwnCase(OwnCriterion[] Criteria, MissingValuePolicy Policy, OwnRow[] Rows)
{
    public static readonly ScoringRuleRegistry Rules = ScoringRuleRegistry.Create(new OwnRatioRule());

    public static readonly string[] LinearNames = ["threshold", "target", "stretch"];

    private static readonly string[] CustomNames = ["target"];

    public static string[] NamesOf(OwnCriterion c) => c.Custom ? CustomNames : LinearNames;

    public PerformanceCriterion Criterion(int i, decimal threshold, decimal target, decimal stretch)
    {
        OwnCriterion c = Criteria[i];
        ScoringMethod method = c.Custom
            ? ScoringMethod.Custom(OwnRatioRule.RuleName, new Dictionary<string, decimal> { ["target"] = target, ["cap"] = 130m })
            : ScoringMethod.Linear(threshold, target, stretch, 140m);
        return new PerformanceCriterion($"c{i}", $"Criterion {i}", "u", CriterionDirection.HigherIsBetter, method);
    }

    /// <summary>The scorecard that declares every reference value per subject (definition values are the generated defaults).</summary>
    public Scorecard Shared()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("own", "Own").UseRelativeWeights().WithMissingValues(Policy);
        for (int i = 0; i < Criteria.Length; i++)
        {
            OwnCriterion c = Criteria[i];
            builder.Add(Criterion(i, c.Threshold, c.Target, c.Stretch), c.Weight, NamesOf(c));
        }

        return builder.Build(Rules);
    }

    /// <summary>One scorecard for one subject, built with that subject's values; a missing own value becomes a missing actual.</summary>
    public (Scorecard Card, Actuals Actuals) OwnCard(int row)
    {
        OwnRow r = Rows[row];
        ScorecardBuilder builder = Scorecard.CreateBuilder("own", "Own").UseRelativeWeights().WithMissingValues(Policy);
        ActualsBuilder actuals = Actuals.For(Subject(row));
        for (int i = 0; i < Criteria.Length; i++)
        {
            (decimal t, decimal g, decimal s) = r.Own[i];
            builder.Add(Criterion(i, t, g, s), Criteria[i].Weight);
            if (!r.Missing[i])
            {
                actuals.Value($"c{i}", r.Actuals[i]);
            }
        }

        return (builder.Build(Rules), actuals.Build());
    }

    public static PartyId Subject(int row) => $"s{row}";

    public decimal[] References(int row)
    {
        OwnRow r = Rows[row];
        var values = new List<decimal>();
        for (int i = 0; i < Criteria.Length; i++)
        {
            (decimal t, decimal g, decimal s) = r.Own[i];
            values.AddRange(Criteria[i].Custom ? [g] : [t, g, s]);
        }

        return [.. values];
    }

    public override string ToString() =>
        $"{Policy}: " + string.Join(" | ", Criteria.Select(c => $"{(c.Custom ? "custom" : "linear")} w={c.Weight}")) + " rows: " +
        string.Join(" | ", Rows.Select(r => string.Join(",", r.Actuals.Select((a, i) => $"{a}@{r.Own[i]}{(r.Missing[i] ? "(missing)" : string.Empty)}"))));
}

public static class OwnArbitraries
{
    public static Arbitrary<OwnCase> Cases() => CaseGen.ToArbitrary();

    private static Gen<decimal> Tenths(int low, int high) => Gen.Choose(low, high).Select(v => v / 10m);

    private static Gen<(decimal, decimal, decimal)> Ladder =>
        from t in Tenths(0, 1000)
        from g in Tenths(1, 1000)
        from s in Tenths(1, 500)
        select (t, t + g, t + g + s);

    private static Gen<OwnCriterion> CriterionGen =>
        from custom in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from weight in Gen.Choose(1, 9)
        from ladder in Ladder
        select new OwnCriterion(custom, weight, ladder.Item1, ladder.Item2, ladder.Item3);

    private static Gen<OwnRow> RowGen(int count) =>
        from actuals in Gen.ArrayOf(Tenths(-100, 3500), count)
        from own in Gen.ArrayOf(Ladder, count)
        from missing in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true))), count)
        select new OwnRow(actuals, own, missing);

    private static Gen<OwnCase> CaseGen =>
        from count in Gen.Choose(1, 5)
        from criteria in Gen.ArrayOf(CriterionGen, count)
        from policy in Gen.Elements(MissingValuePolicy.ScoreZero, MissingValuePolicy.Exclude)
        from rows in Gen.Choose(1, 6)
        from table in Gen.ArrayOf(RowGen(count), rows)
        select new OwnCase(criteria, policy, table);
}

[Properties(Arbitrary = new[] { typeof(OwnArbitraries) }, MaxTest = 200)]
public class PerSubjectProperties
{
    /// <summary>
    /// Scoring with per-subject values (batch, explained row, single subject) equals building one scorecard per subject
    /// with that subject's values; a subject's missing own value counts as a missing actual.
    /// </summary>
    [Property]
    public Property PerSubjectValues_EqualOneScorecardPerSubject(OwnCase c)
    {
        Scorecard shared = c.Shared();
        ActualsTable table = shared.CreateTable(Enumerable.Range(0, c.Rows.Length).Select(OwnCase.Subject));
        for (int row = 0; row < c.Rows.Length; row++)
        {
            table.SetRow(row, c.Rows[row].Actuals, c.References(row), new ReferenceSource("generated"));
            int k = 0;
            for (int i = 0; i < c.Criteria.Length; i++)
            {
                int names = OwnCase.NamesOf(c.Criteria[i]).Length;
                if (c.Rows[row].Missing[i])
                {
                    // Leave one own value missing (rotating which), so the criterion is missing for this subject.
                    table.ClearReference(row, k + (row % names));
                }

                k += names;
            }
        }

        SubjectScore[] batch = shared.ScoreBatch(table);
        for (int row = 0; row < c.Rows.Length; row++)
        {
            (Scorecard own, Actuals actuals) = c.OwnCard(row);
            ScorecardResult expected = own.Score(actuals);
            ScorecardResult explained = shared.Explain(table, row);
            ScorecardResult single = shared.Score(SingleActuals(c, table, row));
            bool same = batch[row].Score == expected.Score && batch[row].WeightedScore == expected.WeightedScore
                && explained.Score == expected.Score && single.Score == expected.Score
                && shared.ScoreOnly(SingleActuals(c, table, row)).Score == expected.Score
                && explained.Criteria.Select(r => (r.Status, r.Score, r.Contribution)).SequenceEqual(expected.Criteria.Select(r => (r.Status, r.Score, r.Contribution)));
            if (!same)
            {
                return false.Label($"row {row}: batch {batch[row].Score}, explained {explained.Score}, single {single.Score}, one card {expected.Score}; {c}");
            }
        }

        return true.ToProperty();
    }

    // The same subject's values as single Actuals, read back from the table.
    private static Actuals SingleActuals(OwnCase c, ActualsTable table, int row)
    {
        ActualsBuilder builder = Actuals.For(OwnCase.Subject(row));
        for (int i = 0; i < c.Criteria.Length; i++)
        {
            builder.Value($"c{i}", table.Get(row, i)!.Value);
            foreach (string name in OwnCase.NamesOf(c.Criteria[i]))
            {
                int column = table.ReferenceColumnOf($"c{i}", name);
                if (table.GetReference(row, column) is { } value)
                {
                    builder.Reference($"c{i}", name, value, table.GetReferenceSource(row, column));
                }
            }
        }

        return builder.Build();
    }
}
