using Accountability.Criteria;
using Accountability.Feedback;
using Accountability.Responsibility;
using Accountability.Scoring;
using Accountability.Tests.Responsibility;
using NodaTime;
using NodaTime.Testing;

namespace Accountability.Tests.Feedback;

/// <summary>
/// The sales regions of the responsibility tests after the first quarter: a journal over an in-memory store, a clock
/// that moves a minute per reading, record ids rec-1, rec-2, …, and a scorecard whose sales criterion measures
/// "report sales" against each rep's own target.
/// </summary>
internal sealed class FeedbackFixture
{
    public static readonly Instant Start = Instant.FromUtc(2026, 4, 2, 9, 0);
    public static readonly DateInterval Q1 = ReportingPeriod.Quarter(2026, 1);
    public static readonly LocalDate Deadline = new(2026, 4, 30);

    public static readonly PerformanceCriterion Sales = new(
        "sales",
        "Sales amount",
        "USD",
        CriterionDirection.HigherIsBetter,
        ScoringMethod.Formula("clamp(actual * 100 / target, 0, 150)", new Dictionary<string, decimal> { ["target"] = 100m }, new ScoreRange(0m, 150m)),
        workItem: "report-sales");

    public static readonly PerformanceCriterion Visits = new("visits", "Customer visits", "n", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(10m, 150m), workItem: "visits");
    public static readonly PerformanceCriterion Csat = new("csat", "Satisfaction", "pts", CriterionDirection.HigherIsBetter, ScoringMethod.Direct());

    private int _next;

    public FeedbackFixture(IClosedPeriods? closed = null, bool directory = true)
    {
        Clock = new FakeClock(Start, Duration.FromMinutes(1));
        Snapshot = SalesRegions.Snapshot();
        Store = new InMemoryAccountabilityStore();
        Journal = new FeedbackJournal(Store, Clock, new FeedbackJournalOptions
        {
            Parties = directory ? PartyDirectory.Of(Snapshot.Matrix.Parties) : null,
            ClosedPeriods = closed,
            NewRecordId = () => new RecordId("rec-" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        });
    }

    public FakeClock Clock { get; }

    public ResponsibilitySnapshot Snapshot { get; }

    public InMemoryAccountabilityStore Store { get; }

    public FeedbackJournal Journal { get; }

    public static Scorecard Card { get; } = Scorecard.CreateBuilder("reps", "Sales reps").UseRelativeWeights()
        .Add(Sales, 2m, perSubject: ["target"])
        .Add(Visits, 1m)
        .Add(Csat, 1m)
        .Build();

    public static Actuals ActualsOf(PartyId rep, decimal sales, decimal target, decimal visits = 10m, decimal csat = 80m) =>
        Actuals.For(rep).Value("sales", sales).Reference("sales", "target", target).Value("visits", visits).Value("csat", csat).Build();

    public Task<Appeal> AppealSales(PartyId rep, Actuals actuals, string reason = "Two orders were booked in April by mistake.") =>
        Journal.FileAppealAsync(Card.Score(actuals), Q1, "sales", rep, reason, Deadline, Snapshot).AsTask();
}
