using Accountability.Criteria;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Tests.Reviews;

/// <summary>The running example for reviews: a sales rep's quarter, scored, then planned and reviewed.</summary>
internal static class ReviewFixtures
{
    public static readonly DateInterval Q1 = ReportingPeriod.Quarter(2026, 1);
    public static readonly DateInterval Q2 = ReportingPeriod.Quarter(2026, 2);
    public static readonly LocalDate April1 = new(2026, 4, 1);
    public static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 9, 0);
    public static readonly PartyId Ana = "ana";
    public static readonly PartyId Ben = "ben";
    public static readonly PartyId Lee = "lee";

    public static Instant At(int hours) => T0 + Duration.FromHours(hours);

    public static PerformanceCriterion Sales { get; } = new(
        "sales", "Sales amount", "USD", CriterionDirection.HigherIsBetter,
        ScoringMethod.Linear(threshold: 80_000m, target: 100_000m, stretch: 120_000m, cap: 150m));

    public static PerformanceCriterion Calls { get; } = new(
        "calls", "Call-plan compliance", "%", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(target: 100m, cap: 150m));

    public static PerformanceCriterion Dso { get; } = new(
        "dso", "Days sales outstanding", "days", CriterionDirection.LowerIsBetter,
        ScoringMethod.Linear(threshold: 60m, target: 45m, stretch: 30m, cap: 120m));

    /// <summary>Sales with each rep's own target (per subject), calls and DSO with the criterion's own values.</summary>
    public static Scorecard Card() =>
        Scorecard.CreateBuilder("rep", "Sales representative")
            .Add(Sales, 50m, ["threshold", "target", "stretch"])
            .Add(Calls, 30m)
            .Add(Dso, 20m)
            .Build();

    public static ScorecardResult Score(PartyId subject, decimal sales, decimal salesTarget, decimal calls, decimal dso) =>
        Card().Score(Actuals.For(subject)
            .Value("sales", sales)
            .Value("calls", calls)
            .Value("dso", dso)
            .Reference("sales", "threshold", salesTarget * 0.8m)
            .Reference("sales", "target", salesTarget)
            .Reference("sales", "stretch", salesTarget * 1.2m)
            .Build());

    public static ReviewCycle Cycle() =>
        ReviewCycle.Create("2026 Q1 review", Q1, [Ana, Ben], Deadlines(), Lee, T0);

    public static Dictionary<ReviewPhase, LocalDate> Deadlines() => new()
    {
        [ReviewPhase.GoalSetting] = new LocalDate(2026, 1, 15),
        [ReviewPhase.SelfAssessment] = new LocalDate(2026, 4, 5),
        [ReviewPhase.ManagerAssessment] = new LocalDate(2026, 4, 10),
        [ReviewPhase.Calibration] = new LocalDate(2026, 4, 15),
        [ReviewPhase.FeedbackConversation] = new LocalDate(2026, 4, 20),
        [ReviewPhase.Acknowledgment] = new LocalDate(2026, 4, 30),
    };
}
