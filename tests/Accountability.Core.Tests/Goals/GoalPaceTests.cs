using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

public class GoalPaceTests
{
    private static GoalPace PaceOf(decimal target, DateInterval period, decimal actual, LocalDate asOf, PaceOptions? options = null, MeasurementUnit? unit = null)
    {
        GoalTree tree = new GoalTreeBuilder().Add("g", "o", new Target(target, unit ?? MeasurementUnit.Count("deals")), period).Build();
        ActualsLedger actuals = actual == 0 ? ActualsLedger.Empty : ActualsLedger.Empty.Record("g", period.Start, actual);
        return tree.Evaluate(actuals, asOf).Pace("g", options);
    }

    [Theory]
    [InlineData(31, PaceStatus.OnTrack)]
    [InlineData(30, PaceStatus.OnTrack)]
    [InlineData(28, PaceStatus.AtRisk)]
    [InlineData(20, PaceStatus.OffTrack)]
    public void Pace_StraightLine_ComparesWithTheElapsedShare(int actual, PaceStatus expected)
    {
        GoalPace pace = PaceOf(365m, ReportingPeriod.Year(2026), actual, new LocalDate(2026, 1, 31));
        Assert.Equal(31m / 365m, pace.ExpectedFraction);
        Assert.Equal(365m * (31m / 365m), pace.Expected);
        Assert.Equal(expected, pace.Status);
        Assert.Equal(actual / (31m / 365m), pace.Forecast);
    }

    [Fact]
    public void Pace_WorkingDays_CountOnlyWorkingDays()
    {
        // January 2026 has 22 weekdays; New Year's Day is a holiday, so 21 working days. By Friday 9 January: 2, 5-9 = 6.
        var options = new PaceOptions { Calendar = WorkingCalendar.MondayToFriday([new LocalDate(2026, 1, 1)]) };
        GoalPace pace = PaceOf(21m, ReportingPeriod.Month(new YearMonth(2026, 1)), 6m, new LocalDate(2026, 1, 9), options);
        Assert.Equal(6m / 21m, pace.ExpectedFraction);
        Assert.Equal(1m, pace.PaceRatio!.Value, 20);
        Assert.Equal(PaceStatus.OnTrack, pace.Status);
    }

    [Fact]
    public void Pace_SeasonalityProfile_FollowsTheProfile()
    {
        var options = new PaceOptions { Profile = SeasonalityProfile.Create([20m, 30m, 50m]) };
        GoalPace pace = PaceOf(1000m, ReportingPeriod.Quarter(2026, 1), 300m, new LocalDate(2026, 2, 14), options);
        Assert.Equal(0.35m, pace.ExpectedFraction);
        Assert.Equal(350m, pace.Expected);
        Assert.Equal(PaceStatus.AtRisk, pace.Status);
    }

    [Fact]
    public void Pace_BeforeAndAfterThePeriod()
    {
        GoalPace before = PaceOf(100m, ReportingPeriod.Year(2026), 0m, new LocalDate(2025, 12, 31));
        Assert.Equal(0m, before.Expected);
        Assert.Null(before.PaceRatio);
        Assert.Null(before.Forecast);
        Assert.Equal(PaceStatus.OnTrack, before.Status);
        GoalPace after = PaceOf(100m, ReportingPeriod.Year(2026), 120m, new LocalDate(2027, 1, 5));
        Assert.Equal(1m, after.ExpectedFraction);
        Assert.Equal(1.2m, after.ForecastAttainment);
    }

    [Fact]
    public void Pace_Rate_ExpectsTheTargetItself()
    {
        GoalPace pace = PaceOf(90m, ReportingPeriod.Year(2026), 81m, new LocalDate(2026, 3, 1), unit: MeasurementUnit.Rate("CSAT", 1));
        Assert.Equal(90m, pace.Expected);
        Assert.Equal(0.9m, pace.PaceRatio);
        Assert.Equal(PaceStatus.AtRisk, pace.Status);
        Assert.Equal(81m, pace.Forecast);
    }

    [Fact]
    public void Pace_BadOptions_AreReported()
    {
        var options = new PaceOptions { OnTrackAtLeast = 0.8m, OffTrackBelow = 0.9m, Profile = SeasonalityProfile.Create([100m]) };
        var ex = Assert.Throws<AccountabilityException>(() => PaceOf(1m, ReportingPeriod.Quarter(2026, 1), 0m, new LocalDate(2026, 2, 1), options));
        Assert.Equal(["options", "options.profile"], ex.Problems.Select(p => p.Path));
        Assert.Equal("The thresholds must satisfy 0 <= off track (0.9) <= on track (0.8).", ex.Problems[0].Message);
        Assert.Equal("The profile has 1 percentages but the period 2026-01-01..2026-03-31 has 3 months.", ex.Problems[1].Message);
    }
}

public class WorkingCalendarTests
{
    [Fact]
    public void WorkingDays_SkipsWeekendsAndHolidays()
    {
        WorkingCalendar calendar = WorkingCalendar.MondayToFriday([new LocalDate(2026, 1, 1)]);
        Assert.Equal(21, calendar.WorkingDays(ReportingPeriod.Month(new YearMonth(2026, 1))));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 1, 3)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 1, 2)));
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], calendar.WeeklyDaysOff);
        Assert.Equal([new LocalDate(2026, 1, 1)], calendar.NonWorkingDates);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingCalendar([], [IsoDayOfWeek.None]));
    }
}

public class DepartureTests
{
    private static readonly DateInterval Year = ReportingPeriod.Year(2026);
    private static readonly LocalDate June30 = new(2026, 6, 30);

    private static GoalTree Team() => new GoalTreeBuilder()
        .Add("team", "lead", Target.Money(1200m, Currency.USD), Year)
        .AddSplit("team", [new PlannedGoal("a", "ann", SplitPart.Equal), new PlannedGoal("b", "ben", SplitPart.Equal), new PlannedGoal("c", "cat", SplitPart.Equal)])
        .Build();

    private static readonly ActualsLedger Achieved = ActualsLedger.Empty.Record("a", new LocalDate(2026, 3, 3), 100m).Record("b", new LocalDate(2026, 8, 1), 50m);

    [Fact]
    public void SpreadOverOthers_KeepsWhatWasAchievedAndTheParentTotal()
    {
        GoalTree after = Team().Redistribute(Departure.SpreadOverOthers("a", June30), Achieved);
        Assert.Equal(100m, after["a"].Target.Value);
        Assert.Equal(new DateInterval(Year.Start, June30), after["a"].Period);
        Assert.Equal(550m, after["b"].Target.Value);
        Assert.Equal(550m, after["c"].Target.Value);
        GoalProgressReport report = after.Evaluate(Achieved, new LocalDate(2026, 12, 31));
        Assert.Equal(100m, report["a"].Actual);
        Assert.Equal(150m, report["team"].Actual);
        Assert.Equal(1200m, after["team"].Target.Value);
        Assert.Empty(after.Notes);
    }

    [Fact]
    public void ToNewSuccessor_CreatesTheSuccessorsGoalForTheRestOfThePeriod()
    {
        GoalTree after = Team().Redistribute(Departure.ToNewSuccessor("a", June30, "a2", "zoe"), Achieved);
        Goal successor = after["a2"];
        Assert.Equal(new PartyId("zoe"), successor.Owner);
        Assert.Equal(300m, successor.Target.Value);
        Assert.Equal(new DateInterval(new LocalDate(2026, 7, 1), Year.End), successor.Period);
        Assert.Equal(["a", "a2", "b", "c"], after["team"].ChildIds.Select(c => c.Value));
        Assert.Equal(1200m, after.ChildrenOf("team").Sum(g => g.Target.Value));
        Assert.Contains(new PartyId("zoe"), after.OwnersWithoutAcknowledgment());
    }

    [Fact]
    public void ToExistingGoal_AddsTheRestToIt()
    {
        GoalTree after = Team().Redistribute(Departure.ToExistingGoal("a", June30, "c"), Achieved);
        Assert.Equal(700m, after["c"].Target.Value);
        Assert.Equal(400m, after["b"].Target.Value);
    }

    [Fact]
    public void SpreadOverOthers_WithMonthlySplits_KeepsEveryLevelAddingUp()
    {
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", Target.Money(1200m, Currency.USD), Year)
            .AddSplit("team", [new PlannedGoal("a", "ann", SplitPart.Equal), new PlannedGoal("b", "ben", SplitPart.Equal), new PlannedGoal("c", "cat", SplitPart.Equal)])
            .AddMonthlySplit("a")
            .AddMonthlySplit("b")
            .Build();
        ActualsLedger actuals = ActualsLedger.Empty
            .Record("a", new LocalDate(2026, 2, 10), 30m)
            .Record("a", new LocalDate(2026, 6, 10), 45m);
        GoalTree after = tree.Redistribute(Departure.SpreadOverOthers("a", new LocalDate(2026, 6, 15)), actuals);

        Assert.Equal(75m, after["a"].Target.Value);
        Assert.Equal(6, after["a"].ChildIds.Count);
        Assert.False(after.Contains("a/2026-07"));
        Assert.Equal(new LocalDate(2026, 6, 15), after["a/2026-06"].Period.End);
        Assert.Equal(45m, after["a/2026-06"].Target.Value);
        Assert.Equal(0m, after["a/2026-01"].Target.Value);
        Assert.Equal(400m + 162.5m, after["b"].Target.Value);
        Assert.Equal(400m + 162.5m, after["c"].Target.Value);
        Assert.Equal(after["b"].Target.Value, after.ChildrenOf("b").Sum(m => m.Target.Value));
        Assert.Equal(after["b/2026-05"].Target.Value, tree["b/2026-05"].Target.Value);
        Assert.Empty(after.Notes);
        GoalProgressReport report = after.Evaluate(actuals, new LocalDate(2026, 12, 31));
        Assert.Equal(1m, report["a"].Attainment);
        Assert.Equal(75m, report["team"].Actual);
    }

    [Fact]
    public void Redistribute_ImpossibleDepartures_AreReported()
    {
        GoalTree tree = Team();
        ActualsLedger late = Achieved.Record("a", new LocalDate(2026, 7, 2), 5m);
        var ex = Assert.Throws<AccountabilityException>(() => tree.Redistribute(Departure.ToExistingGoal("a", June30, "team"), late));
        Assert.Equal(["departure.lastDay", "departure.successorGoal"], ex.Problems.Select(p => p.Path));
        Assert.Equal("The goal a has actuals after the last day 2026-06-30; they would fall outside its shortened period.", ex.Problems[0].Message);
        Assert.Equal("The successor goal team must be another open goal under the same parent, in the same unit, with no goals below it owned by others.", ex.Problems[1].Message);
        Assert.Equal(
            "The last day 2026-12-31 must fall within 2026-01-01..2026-12-31 and before its end.",
            Assert.Throws<AccountabilityException>(() => tree.Redistribute(Departure.SpreadOverOthers("a", new LocalDate(2026, 12, 31)), Achieved)).Problems[0].Message);

        Assert.Equal("The goal team has goals below it owned by others; apply the departure to those goals.", Assert.Throws<AccountabilityException>(() => tree.Redistribute(Departure.SpreadOverOthers("team", June30), Achieved)).Problems[0].Message);
        Assert.Equal("There is no goal x in the tree.", Assert.Single(Assert.Throws<AccountabilityException>(() => tree.Redistribute(Departure.SpreadOverOthers("x", June30), Achieved)).Problems).Message);
        Assert.Equal("The goal identifier b is already used.", Assert.Single(Assert.Throws<AccountabilityException>(() => tree.Redistribute(Departure.ToNewSuccessor("a", June30, "b", "zoe"), Achieved)).Problems).Message);
    }
}
