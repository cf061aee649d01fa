using Accountability.Criteria;
using Accountability.Goals;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Scoring;

public class GoalBindingTests
{
    private static readonly DateInterval Year = ReportingPeriod.Year(2026);

    private static PerformanceCriterion Sales(Currency currency) => new(
        "sales", "Sales", MeasurementUnit.Money(currency), CriterionDirection.HigherIsBetter,
        ScoringMethod.Linear(new Money(0m, currency), new Money(1m, currency), null, null));

    private static Scorecard Card(Currency? currency = null) =>
        Scorecard.CreateBuilder("rep", "Sales representative")
            .WithMissingValues(MissingValuePolicy.Exclude)
            .Add(Sales(currency ?? Currency.USD), 100m, ["target"])
            .Build();

    /// <summary>north (mia) 12,000,000 USD for 2026, split 60:40 to ana and ben, each split by month.</summary>
    private static GoalTree Tree(Currency? currency = null) =>
        new GoalTreeBuilder()
            .Add("north", "mia", Target.Money(12_000_000m, currency ?? Currency.USD), Year, name: "north")
            .AddSplit("north", [
                new PlannedGoal("ana", "ana", SplitPart.Weighted(60m)) { Name = "ana (2026)" },
                new PlannedGoal("ben", "ben", SplitPart.Weighted(40m)) { Name = "ben (2026)" }])
            .AddMonthlySplit("ana")
            .AddMonthlySplit("ben")
            .Build();

    private static GoalBinding Binding(Scorecard card) => GoalBinding.For(card).Link("sales", "sales", g => g.Target.Unit.Kind == MeasurementKind.Money);

    private static ActualsLedger Ledger() =>
        ActualsLedger.Empty
            .Record("ana/2026-01", new LocalDate(2026, 1, 20), 500_000m)
            .Record("ana/2026-04", new LocalDate(2026, 4, 2), 100_000m)
            .RecordShared(new LocalDate(2026, 2, 14), new Money(300_000m, Currency.USD), [new CreditShare("ana/2026-02", 50m), new CreditShare("ben/2026-02", 50m)]);

    [Fact]
    public void Year_TargetIsTheAnnualGoal_ActualSumsTheLedgerWithSharedCredit()
    {
        Scorecard card = Card();
        GoalBindingResult result = Binding(card).Fill(Tree(), Ledger(), Year, ["ana", "ben"]);

        // The region's own goal lies within the year too, and its owner is not scored on this card: reported.
        Problem note = Assert.Single(result.Notes);
        Assert.Equal(ScoringProblemCodes.GoalOwnerNotScored, note.Code);
        Assert.Equal("goals[north]", note.Path);
        Assert.Equal(
            "The goal 'north' (north) of 'sales' lies within 2026-01-01..2026-12-31, but its owner 'mia' is not a subject of scorecard 'Sales representative'; its target is not scored.",
            note.Message);
        ActualsTable table = result.Table;
        Assert.Equal(7_200_000m, table.GetReference(0, 0));
        Assert.Equal(4_800_000m, table.GetReference(1, 0));
        Assert.Equal(750_000m, table.Get(0, 0));
        Assert.Equal(150_000m, table.Get(1, 0));
        Assert.Equal("goal ana (2026), decomposed from north", table.GetReferenceSource(0, 0)!.Text);
        Assert.Equal(new GoalId("ana"), table.GetReferenceSource(0, 0)!.Goal);
        Assert.Contains(
            "own values: target 7,200,000.00 USD, goal ana (2026), decomposed from north;",
            card.Explain(table, 0).Criteria[0].Explanation);
    }

    [Fact]
    public void Quarter_SumsTheMonthlyTargets()
    {
        GoalTree tree = Tree();
        GoalBindingResult result = Binding(Card()).Fill(tree, Ledger(), ReportingPeriod.Quarter(2026, 1), ["ana", "ben"]);

        decimal months = tree["ana/2026-01"].Target.Value + tree["ana/2026-02"].Target.Value + tree["ana/2026-03"].Target.Value;
        Assert.Equal(1_800_000m, months);
        Assert.Equal(months, result.Table.GetReference(0, 0));
        Assert.Equal(650_000m, result.Table.Get(0, 0));
        Assert.Equal("goals ana/2026-01 + ana/2026-02 + ana/2026-03, decomposed from ana (2026)", result.Table.GetReferenceSource(0, 0)!.Text);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void RepWhoLeftMidYear_IsReported_AndTheTargetsStillAddUp()
    {
        ActualsLedger ledger = Ledger();
        GoalTree tree = Tree().Redistribute(Departure.SpreadOverOthers("ana", new LocalDate(2026, 5, 15)), ledger);

        GoalBindingResult scored = Binding(Card()).Fill(tree, ledger, Year, ["ana", "ben", "mia"]);
        Problem note = Assert.Single(scored.Notes);
        Assert.Equal(ScoringProblemCodes.PartialPeriod, note.Code);
        Assert.Equal("subjects[ana].criteria[sales]", note.Path);
        Assert.Equal(ProblemSeverity.Warning, note.Severity);
        Assert.Equal(
            "The goals of 'ana' for 'sales' cover only 2026-01-01..2026-05-15 of 2026-01-01..2026-12-31 (an owner who left or joined mid-period, with re-decomposed targets); they are scored against those goals.",
            note.Message);
        Assert.Equal(scored.Table.GetReference(2, 0), scored.Table.GetReference(0, 0)!.Value + scored.Table.GetReference(1, 0)!.Value);
        Assert.Equal(12_000_000m, scored.Table.GetReference(2, 0));

        GoalBindingResult excluded = Binding(Card()).WhenPartialPeriod(PartialPeriodHandling.NotApplicable).Fill(tree, ledger, Year, ["ana", "ben"]);
        Assert.True(excluded.Table.IsNotApplicable(0, 0));
        Assert.False(excluded.Table.IsNotApplicable(1, 0));
    }

    [Fact]
    public void SubjectWithoutGoal_AndGoalWithoutSubject_AreReported()
    {
        Scorecard card = Card();
        GoalBindingResult result = Binding(card).Fill(Tree(), Ledger(), Year, ["ana", "cy"]);

        Assert.Collection(
            result.Notes,
            p =>
            {
                Assert.Equal(ScoringProblemCodes.NoGoalInPeriod, p.Code);
                Assert.Equal("subjects[cy].criteria[sales]", p.Path);
                Assert.Equal("'cy' has no goal of 'sales' within 2026-01-01..2026-12-31; their target stays missing and scorecard 'Sales representative' applies its missing-value policy.", p.Message);
            },
            p =>
            {
                Assert.Equal(ScoringProblemCodes.GoalOwnerNotScored, p.Code);
                Assert.Equal("goals[north]", p.Path);
            },
            p =>
            {
                Assert.Equal(ScoringProblemCodes.GoalOwnerNotScored, p.Code);
                Assert.Equal("goals[ben]", p.Path);
            });
        Assert.Null(result.Table.GetReference(1, 0));
        Assert.Equal(1, card.ScoreBatch(result.Table)[1].CriteriaLeftOut);
    }

    [Fact]
    public void GoalSpanningBeyondThePeriod_WithoutSubPeriods_IsExplained()
    {
        GoalTree tree = new GoalTreeBuilder().Add("ana", "ana", Target.Money(1_000m, Currency.USD), Year).Build();
        GoalBindingResult result = Binding(Card()).Fill(tree, ActualsLedger.Empty, ReportingPeriod.Quarter(2026, 2), ["ana"]);
        Assert.Contains("their goal 'ana' (ana, 2026-01-01..2026-12-31) spans beyond it and has no sub-periods within it", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void CurrencyMismatch_IsAnError_NamingBoth()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Binding(Card(Currency.EUR)).Fill(Tree(), ActualsLedger.Empty, Year, ["ana"]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(KernelProblemCodes.CurrencyMismatch, problem.Code);
        Assert.Equal("links[sales].goals[north]", problem.Path);
        Assert.Equal("The goal 'north' (north) of 'sales' is in USD, but criterion 'Sales' (sales) is measured in EUR.", problem.Message);
    }

    [Fact]
    public void Link_NeedsTheReferenceDeclaredPerSubject()
    {
        Scorecard card = Scorecard.CreateBuilder("rep", "Rep").Add(Sales(Currency.USD), 100m).Build();
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => GoalBinding.For(card).Link("sales", "sales", _ => true));
        Assert.Equal(ScoringProblemCodes.UnknownReference, Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void FailingMetricPredicate_IsReportedAsItsFault()
    {
        GoalBinding binding = GoalBinding.For(Card()).Link("sales", "sales", _ => throw new InvalidOperationException("no kinds here"));
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => binding.Fill(Tree(), ActualsLedger.Empty, Year, ["ana"]));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.MetricFault, problem.Code);
        Assert.Equal("links[sales]", problem.Path);
        Assert.Equal("The goal metric 'sales' failed while telling whether goal 'north' (north) is of the metric: InvalidOperationException: no kinds here", problem.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);

        GoalBinding own = GoalBinding.For(Card()).Link("sales", "sales", _ => throw new AccountabilityException([]));
        Assert.Equal(ScoringProblemCodes.MetricFault, Assert.Single(Assert.Throws<AccountabilityException>(() => own.Fill(Tree(), ActualsLedger.Empty, Year, ["ana"])).Problems).Code);
    }

    [Fact]
    public void Rates_TakeWeightedMeans()
    {
        MeasurementUnit percent = MeasurementUnit.Rate("%", 1);
        var csat = new PerformanceCriterion("csat", "CSAT", percent, CriterionDirection.HigherIsBetter, ScoringMethod.Linear(0m, 1m));
        Scorecard card = Scorecard.CreateBuilder("rep", "Rep").Add(csat, 100m, ["target"]).Build();
        GoalTree tree = new GoalTreeBuilder()
            .Add("ana-q1", "ana", new Target(80m, percent), ReportingPeriod.Quarter(2026, 1))
            .Add("ana-q2", "ana", new Target(90m, percent), ReportingPeriod.Quarter(2026, 2))
            .Build();
        ActualsLedger ledger = ActualsLedger.Empty.Record("ana-q1", new LocalDate(2026, 1, 5), 70m, 1m).Record("ana-q2", new LocalDate(2026, 4, 5), 100m, 2m);
        DateInterval half = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));

        GoalBindingResult result = GoalBinding.For(card).Link("csat", "csat", _ => true).Fill(tree, ledger, half, ["ana"]);

        Assert.Equal(((80m * 90m) + (90m * 91m)) / 181m, result.Table.GetReference(0, 0));
        Assert.Equal(90m, result.Table.Get(0, 0));
    }
}

public static class SplitArbitraries
{
    public static Arbitrary<(long Total, int[] Weights, bool Monthly)> Splits() =>
        (from total in Gen.Choose(0, 2_000_000_000).Select(t => (long)t)
         from count in Gen.Choose(1, 8)
         from weights in Gen.ArrayOf(Gen.Choose(1, 100), count)
         from monthly in Gen.Elements(true, false)
         select (total, weights, monthly)).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(SplitArbitraries) }, MaxTest = 100)]
public class GoalBindingProperties
{
    /// <summary>When every owner of the parent's children is on the scorecard, their targets add up to the parent's.</summary>
    [Property]
    public Property SubjectsTargets_AddUpToTheParents((long Total, int[] Weights, bool Monthly) split)
    {
        (long total, int[] weights, bool monthly) = split;
        decimal parent = total / 100m;
        GoalTreeBuilder builder = new GoalTreeBuilder()
            .Add("top", "boss", Target.Money(parent, Currency.USD), ReportingPeriod.Year(2026))
            .AddSplit("top", weights.Select((w, i) => new PlannedGoal($"g{i}", $"p{i}", SplitPart.Weighted(w))));
        if (monthly)
        {
            for (int i = 0; i < weights.Length; i++)
            {
                builder.AddMonthlySplit($"g{i}");
            }
        }

        Scorecard card = Scorecard.CreateBuilder("rep", "Rep")
            .Add(new PerformanceCriterion("sales", "Sales", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter, ScoringMethod.Linear(0m, 1m)), 100m, ["target"])
            .Build();
        PartyId[] people = [.. weights.Select((_, i) => new PartyId($"p{i}"))];
        GoalBindingResult result = GoalBinding.For(card)
            .Link("sales", "sales", g => g.Owner != "boss")
            .Fill(builder.Build(), ActualsLedger.Empty, ReportingPeriod.Year(2026), people);

        decimal sum = Enumerable.Range(0, people.Length).Sum(r => result.Table.GetReference(r, 0)!.Value);
        return (sum == parent && result.Notes.Count == 0).Label($"sum {sum}, parent {parent}, notes {result.Notes.Count}");
    }
}
