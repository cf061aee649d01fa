using Accountability.Calibration;
using Accountability.Criteria;
using Accountability.Feedback;
using Accountability.Goals;
using Accountability.Reports;
using Accountability.Responsibility;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Tests.Reports;

public class AccountabilityReportTests
{
    private static readonly DateInterval Q1 = ReportingPeriod.Quarter(2026, 1);
    private static readonly DateInterval Q2 = ReportingPeriod.Quarter(2026, 2);
    private static readonly Instant Now = Instant.FromUtc(2026, 4, 2, 9, 0);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private static ResponsibilityMatrix Matrix() =>
        new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("lee", "Lee")
            .AddPerson("ana", "Ana")
            .AddWorkItem("sales", "Sales")
            .Assign("sales", "lee", "A")
            .Assign("sales", "ana", "R")
            .EffectiveFrom(new LocalDate(2026, 1, 1))
            .Build();

    private static Scorecard Card() =>
        Scorecard.CreateBuilder("rep", "Rep")
            .Add(new PerformanceCriterion("sales", "Sales", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(100m, 150m), workItem: "sales"), 100m)
            .Build();

    private static GoalTree Tree() =>
        new GoalTreeBuilder()
            .Add("team", "lee", Target.Money(1_000m, Currency.USD), ReportingPeriod.Year(2026))
            .AddSplit("team", [new PlannedGoal("ana", "ana", SplitPart.Equal), new PlannedGoal("bo", "bo", SplitPart.Equal)])
            .AddMonthlySplit("ana")
            .Build();

    private static ReviewCycle Cycle() => ReviewCycle.Create("Q1 review", Q1, ["ana", "bo"], null, "lee", Now);

    [Fact]
    public async Task FullReport_HasEverySection_FromEveryStage()
    {
        Scorecard card = Card();
        ScorecardResult q1 = card.Score(Actuals.For("ana").Value("sales", 80m).Build());
        ScorecardResult q2 = card.Score(Actuals.For("ana").Value("sales", 95m).Build());
        var journal = new FeedbackJournal(new InMemoryAccountabilityStore(), new FixedClock(Now));
        await journal.GiveAsync("lee", new PartyId("ana"), FeedbackKind.Coaching, "Two more visits a week.");
        await journal.GiveAsync("ana", new PartyId("lee"), FeedbackKind.UpwardSuggestion, "Fewer reports, more visits.");
        ResponsibilitySnapshot raci = Matrix().AsOf(Q1.End);
        await journal.FileAppealAsync(q1, Q1, "sales", "ana", "An order is missing.", new LocalDate(2026, 4, 15), raci);
        ImprovementPlan plan = ImprovementPlan.Propose(q1, Q1, new LocalDate(2026, 4, 2), new PlanProposalOptions(new LocalDate(2026, 6, 30)), "lee", Now);

        AccountabilityReport report = AccountabilityReport.Create("ana", Cycle())
            .WithGoals(Tree(), ActualsLedger.Empty.Record("ana/2026-01", new LocalDate(2026, 1, 10), 30m))
            .WithResult(q1)
            .WithResponsibilities(Matrix())
            .WithFeedback(await journal.HistoryAsync())
            .WithPlan(plan)
            .WithComparison(CycleComparison.Compare(q1, q2, plan))
            .Build();

        Assert.Equal(["ana", "ana/2026-01", "ana/2026-02", "ana/2026-03"], report.Goals!.Select(g => g.Goal.Id.Value));
        Assert.Equal(30m, report.Goals![1].Actual);
        Assert.Equal("Two more visits a week.", Assert.Single(report.FeedbackReceived!).Text);
        Assert.Equal("Fewer reports, more visits.", Assert.Single(report.FeedbackGiven!).Text);
        Assert.True(Assert.Single(report.Appeals!).IsOpen);
        Assert.Equal("R", Assert.Single(report.Responsibilities!.Entries).Code.Symbol);
        string md = report.ToMarkdown();
        foreach (string heading in new[] { "# Accountability report: ana, Q1 review", "## Goals and targets", "## Result", "## What they answer for", "## Feedback received", "## Feedback given", "## Appeals", "## Plan", "## Since the last cycle" })
        {
            Assert.Contains(heading, md, StringComparison.Ordinal);
        }

        Assert.Contains("## Result\n\n80.00.", md.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("open until 2026-04-15", md, StringComparison.Ordinal);
        Assert.Contains("Change since last cycle for ana", md, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSections_SaySo()
    {
        string md = AccountabilityReport.Create("ana", Cycle()).Build().ToMarkdown();

        Assert.Contains("No goal tree was given.", md, StringComparison.Ordinal);
        Assert.Contains("No scored result was given.", md, StringComparison.Ordinal);
        Assert.Contains("No improvement plan was given.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsAboutSomeoneElse_AreRefusedTogether()
    {
        Scorecard card = Card();
        ScorecardResult bo = card.Score(Actuals.For("bo").Value("sales", 80m).Build());
        ImprovementPlan plan = ImprovementPlan.Create("bo", new LocalDate(2026, 4, 2), "lee", Now);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() =>
            AccountabilityReport.Create("ana", Cycle()).WithResult(bo).WithPlan(plan).Build());

        Assert.Equal(["result", "plan"], ex.Problems.Select(p => p.Path));
        Assert.All(ex.Problems, p => Assert.Equal(ReportProblemCodes.OtherSubject, p.Code));
        Assert.Equal(ReportProblemCodes.NotAParticipant, Assert.Throws<AccountabilityException>(() => AccountabilityReport.Create("cy", Cycle()).Build()).Problems[0].Code);
    }

    [Fact]
    public void Trends_OfNonParticipantsRepeatedOrWithoutTheSubject_AreRefusedTogether()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() =>
            AccountabilityReport.Create("ana", Cycle())
                .WithTrends([
                    SubjectTrend.Create("bo", [("Jan", 1m)]),
                    SubjectTrend.Create("zed", [("Jan", 1m)]),
                    SubjectTrend.Create("bo", [("Jan", 2m)]),
                ])
                .Build());

        Assert.Equal(
            [("trends[1].subject", ReportProblemCodes.NotAParticipant), ("trends[2].subject", ReportProblemCodes.TrendRepeated), ("trends", ReportProblemCodes.SubjectTrendMissing)],
            ex.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal("The trend of 'zed' is not about a participant of the cycle 'Q1 review'.", ex.Problems[0].Message);
        Assert.Equal("The trend of 'bo' is given more than once.", ex.Problems[1].Message);
        Assert.Equal("The trends do not include the subject's own, 'ana'.", ex.Problems[2].Message);
    }

    [Fact]
    public void DistributionTrendsAndVolatility_AppearInTheMarkdown()
    {
        string md = AccountabilityReport.Create("ana", Cycle())
            .WithDistribution(DistributionGuideline.Create([("Top", 50m), ("Rest", 50m)]).Compare([("ana", "Top"), ("bo", "Rest")]))
            .WithTrends([SubjectTrend.Create("ana", [("Jan", 10m), ("Feb", 12m)])])
            .WithVolatility(VolatilityComparison.Compare([("a", 2m), ("b", 4m)], [("c", 3m), ("d", 3m)]))
            .Build().ToMarkdown();

        Assert.Contains("## Distribution against the guideline\n\nDistribution of 2 people against the guideline 50 / 50 %: meets it exactly.", md.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("| ana (this report) | 2 | 10 | 12 | +2 | 9.1 % |", md, StringComparison.Ordinal);
        Assert.Contains("## Volatility", md, StringComparison.Ordinal);
        Assert.Contains("then 0.0 % over 2: it fell", md, StringComparison.Ordinal);
    }
}
