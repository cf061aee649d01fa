using System.Collections;
using System.Globalization;
using Accountability.Feedback;
using Accountability.Reviews;
using NodaTime;

namespace Accountability.Tests.Serialization;

/// <summary>Records of every kind for the record document tests: fixed examples, and random ones from a seed.</summary>
public static class RecordExamples
{
    public static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 30);

    private static readonly DateInterval Q1 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));

    /// <summary>One record of every kind, some placed in a stream, with decimals of several scales.</summary>
    public static IReadOnlyList<AccountabilityRecord> EveryKind()
    {
        var key = new ScoredResultKey(new ScorecardId("sales-rep"), new PartyId("ana"), Q1, new CriterionId("revenue"));
        var plan = ImprovementPlan.Create(new PartyId("ana"), new LocalDate(2026, 4, 2), new PartyId("lee"), At)
            .AddAction("Join the key-account training", new PartyId("ana"), new LocalDate(2026, 5, 31), new PartyId("lee"), At, ActionKind.Training, ActionLink.ForGoal(new GoalId("ana-2026")))
            .ChangeStatus(1, ActionStatus.Dropped, new PartyId("lee"), At + Duration.FromDays(3), "Course cancelled");
        var cycle = ReviewCycle.Create("2026 Q1 review", Q1, [new PartyId("ana"), new PartyId("ben")], null, new PartyId("lee"), At);
        for (int i = 0; i < 5; i++)
        {
            cycle = cycle.Advance(new PartyId("lee"), At + Duration.FromHours(i));
        }

        cycle = cycle.MoveTo(ReviewPhase.Calibration, new PartyId("lee"), At + Duration.FromHours(6), "Scores re-opened");
        cycle = cycle.Advance(new PartyId("lee"), At + Duration.FromHours(7)).Advance(new PartyId("lee"), At + Duration.FromHours(8));
        cycle = cycle.Close(new CycleReadiness([new PartyId("ben")], []), new PartyId("lee"), At + Duration.FromHours(9), "Ben is on leave");
        var cycleRecords = cycle.Transitions.Select((t, n) => new CycleTransitionRecord(new RecordId("cycle/q1#" + (n + 1).ToString(CultureInfo.InvariantCulture)), new ReviewCycleId("q1"), cycle.Name, t)).ToArray();

        return
        [
            new FeedbackRecord(new RecordId("r1"), At, new PartyId("wu"), RecordSubject.Of(new PartyId("ana")), FeedbackKind.Recognition, FeedbackTopic.CriterionResult(key), "Great quarter: \"Kangtai\" signed.", FeedbackVisibility.SharedWithSubject),
            new FeedbackRecord(new RecordId("r2"), At, new PartyId("wu"), RecordSubject.Of(new PartyId("ana")), FeedbackKind.Named("peer-praise"), FeedbackTopic.OfGoal(new GoalId("ana-2026")), "Thanks for the help.", FeedbackVisibility.Team).PlacedAt(new StreamId("feedback/r2"), 1),
            new FeedbackRecord(new RecordId("r3"), At, new PartyId("ben"), RecordSubject.Of(new WorkItemId("call-plan")), FeedbackKind.UpwardSuggestion, FeedbackTopic.OfWorkItem(new WorkItemId("call-plan")), "Fewer calls, better ones.", FeedbackVisibility.AuthorAndManagers),
            new FeedbackRecord(new RecordId("r4"), At, new PartyId("lee"), RecordSubject.Of(new PartyId("ben")), FeedbackKind.Coaching, FeedbackTopic.OfReviewCycle(new ReviewCycleId("q1")), "Plan the visits weekly.", FeedbackVisibility.AuthorAndManagers),
            new FeedbackRecord(new RecordId("r5"), At, new PartyId("lee"), RecordSubject.Of(new PartyId("ben")), FeedbackKind.Improvement, FeedbackTopic.None, "Log calls the same day.", FeedbackVisibility.SharedWithSubject),
            new FeedbackCorrection(new RecordId("c1"), At, new PartyId("wu"), RecordSubject.Of(new PartyId("ana")), new RecordId("r1"), false, "Great quarter.", FeedbackVisibility.Team, "Typo"),
            new FeedbackCorrection(new RecordId("c2"), At, new PartyId("lee"), RecordSubject.Of(new PartyId("ben")), new RecordId("r5"), true, null, null, "Wrong person").PlacedAt(new StreamId("feedback/r5"), 2),
            new Acknowledgment(new RecordId("a1"), At, new PartyId("ana"), RecordSubject.Of(new PartyId("ana")), new RecordId("r1"), null, "Thanks."),
            new Acknowledgment(new RecordId("a2"), At, new PartyId("ana"), RecordSubject.Of(new PartyId("ana")), null, key.WholeResult(), null),
            new Appeal(new RecordId("p1"), At, new PartyId("ana"), RecordSubject.Of(new PartyId("ana")), key, "The March order was booked late.", new LocalDate(2026, 4, 15), [new PartyId("lee"), new PartyId("wu")], 1.50m, 87.500m).PlacedAt(new StreamId("appeal/p1"), 1),
            new Appeal(new RecordId("p2"), At, new PartyId("ana"), RecordSubject.Of(new PartyId("ana")), key, "Missing value.", new LocalDate(2026, 4, 15), [new PartyId("lee")], null, null),
            new AppealDecision(new RecordId("d1"), At, new PartyId("lee"), RecordSubject.Of(new PartyId("ana")), new RecordId("p1"), AppealOutcome.Upheld, "Booked on 31 March.", AppealCorrection.Actual(1.80m), 81.25m, 84.10m, 75.0m, 90.00m, "Meets").PlacedAt(new StreamId("appeal/p1"), 2),
            new AppealDecision(new RecordId("d2"), At, new PartyId("lee"), RecordSubject.Of(new PartyId("ana")), new RecordId("p1"), AppealOutcome.Upheld, "Target was wrong.", AppealCorrection.Reference("target", 120000.000m), null, null, null, null, null),
            new AppealDecision(new RecordId("d3"), At, new PartyId("lee"), RecordSubject.Of(new PartyId("ana")), new RecordId("p2"), AppealOutcome.Rejected, "The value was late.", null, null, null, null, null, null),
            new SuggestionStatusChange(new RecordId("s1"), At, new PartyId("ben"), RecordSubject.Of(new WorkItemId("call-plan")), new RecordId("r3"), SuggestionStatus.Received, null, [new PartyId("lee")]),
            new SuggestionStatusChange(new RecordId("s2"), At, new PartyId("lee"), RecordSubject.Of(new WorkItemId("call-plan")), new RecordId("r3"), SuggestionStatus.Adopted, "Call plan halved.", []),
            .. plan.History.Select((change, n) => new PlanActionRecord(new RecordId("plan#" + (n + 1).ToString(CultureInfo.InvariantCulture)), change, plan.Actions[change.Action - 1], plan.Subject, plan.MadeOn)),
            .. cycleRecords.Select((r, n) => n == 0 ? r.PlacedAt(new StreamId("cycle/q1"), 1) : r),
        ];
    }

    /// <summary>A random record of a random kind, with random identifiers, texts, instants and decimals.</summary>
    public static AccountabilityRecord Random(Random random)
    {
        PartyId Party() => new("p" + random.Next(50).ToString(CultureInfo.InvariantCulture) + Pick("", "-ä", " x", "🙂"));
        string Text() => Pick("ok", "Great quarter.", "Line\nbreak \"quoted\" \\ tab\t", "ünïcødé 🙂", new string('x', random.Next(1, 300)), "<b>&amp;</b>");
        string Pick(params string[] options) => options[random.Next(options.Length)];
        decimal Dec() => new(random.Next(), random.Next(3), random.Next(), random.Next(2) == 0, (byte)random.Next(29));
        decimal? MaybeDec() => random.Next(3) == 0 ? null : Dec();
        LocalDate Date() => new LocalDate(2000, 1, 1).PlusDays(random.Next(20000));
        Instant Instant() => NodaTime.Instant.FromUnixTimeTicks(random.NextInt64(-50_000_000_000_000_000, 50_000_000_000_000_000));
        RecordId Id() => new("r" + random.Next().ToString(CultureInfo.InvariantCulture));
        ScoredResultKey Key(PartyId subject, bool criterion)
        {
            LocalDate start = Date();
            return new ScoredResultKey(new ScorecardId("card-" + random.Next(9).ToString(CultureInfo.InvariantCulture)), subject, new DateInterval(start, start.PlusDays(random.Next(400))), criterion || random.Next(2) == 0 ? (CriterionId?)new CriterionId("c" + random.Next(9).ToString(CultureInfo.InvariantCulture)) : null);
        }

        PartyId[] Parties(int min)
        {
            var set = new HashSet<PartyId>();
            int n = random.Next(min, 5);
            while (set.Count < n)
            {
                set.Add(Party());
            }

            return [.. set];
        }

        PartyId author = Party();
        PartyId subject = Party();
        AccountabilityRecord record = random.Next(8) switch
        {
            0 => new FeedbackRecord(
                Id(), Instant(), author, random.Next(4) == 0 ? RecordSubject.Of(new WorkItemId("w" + random.Next(9).ToString(CultureInfo.InvariantCulture))) : RecordSubject.Of(subject),
                random.Next(5) switch { 0 => FeedbackKind.Recognition, 1 => FeedbackKind.Improvement, 2 => FeedbackKind.Coaching, 3 => FeedbackKind.UpwardSuggestion, _ => FeedbackKind.Named("custom-" + random.Next(9).ToString(CultureInfo.InvariantCulture)) },
                random.Next(5) switch { 0 => FeedbackTopic.None, 1 => FeedbackTopic.CriterionResult(Key(subject, true)), 2 => FeedbackTopic.OfGoal(new GoalId("g1")), 3 => FeedbackTopic.OfWorkItem(new WorkItemId("w1")), _ => FeedbackTopic.OfReviewCycle(new ReviewCycleId("q1")) },
                Text(), (FeedbackVisibility)random.Next(3)),
            1 => random.Next(2) == 0
                ? new FeedbackCorrection(Id(), Instant(), author, RecordSubject.Of(subject), Id(), true, null, null, Text())
                : new FeedbackCorrection(Id(), Instant(), author, RecordSubject.Of(subject), Id(), false, Text(), random.Next(2) == 0 ? null : (FeedbackVisibility)random.Next(3), Text()),
            2 => random.Next(2) == 0
                ? new Acknowledgment(Id(), Instant(), subject, RecordSubject.Of(subject), Id(), null, random.Next(2) == 0 ? null : Text())
                : new Acknowledgment(Id(), Instant(), subject, RecordSubject.Of(subject), null, Key(subject, false), random.Next(2) == 0 ? null : Text()),
            3 => new Appeal(Id(), Instant(), subject, RecordSubject.Of(subject), Key(subject, true), Text(), Date(), Parties(1), MaybeDec(), MaybeDec()),
            4 => random.Next(2) == 0
                ? new AppealDecision(Id(), Instant(), author, RecordSubject.Of(subject), Id(), AppealOutcome.Rejected, Text(), null, null, null, null, null, null)
                : new AppealDecision(Id(), Instant(), author, RecordSubject.Of(subject), Id(), AppealOutcome.Upheld, Text(), random.Next(2) == 0 ? AppealCorrection.Actual(Dec()) : AppealCorrection.Reference(Pick("target", "quota"), Dec()), MaybeDec(), MaybeDec(), MaybeDec(), MaybeDec(), random.Next(2) == 0 ? null : Pick("Meets", "Exceeds")),
            5 => (SuggestionStatus)random.Next(4) switch
            {
                SuggestionStatus.Received => new SuggestionStatusChange(Id(), Instant(), author, RecordSubject.Of(new WorkItemId("w1")), Id(), SuggestionStatus.Received, null, Parties(1)),
                SuggestionStatus status and (SuggestionStatus.Adopted or SuggestionStatus.Declined) => new SuggestionStatusChange(Id(), Instant(), author, RecordSubject.Of(new WorkItemId("w1")), Id(), status, Text(), []),
                var status => new SuggestionStatusChange(Id(), Instant(), author, RecordSubject.Of(new WorkItemId("w1")), Id(), status, random.Next(2) == 0 ? null : Text(), []),
            },
            6 => PlanAction(random, Id(), author, subject, Instant(), Date(), Text),
            _ => CycleTransition(random, Id(), author, Instant()),
        };

        return random.Next(3) == 0 ? record.PlacedAt(new StreamId("s/" + random.Next(99).ToString(CultureInfo.InvariantCulture)), random.NextInt64(1, long.MaxValue)) : record;
    }

    private static PlanActionRecord PlanAction(Random random, RecordId id, PartyId author, PartyId subject, Instant at, LocalDate madeOn, Func<string> text)
    {
        (ActionStatus? from, ActionStatus to) = random.Next(6) switch
        {
            0 => ((ActionStatus?)null, ActionStatus.Open),
            1 => (ActionStatus.Open, ActionStatus.InProgress),
            2 => (ActionStatus.Open, ActionStatus.Done),
            3 => (ActionStatus.InProgress, ActionStatus.Done),
            4 => (ActionStatus.InProgress, ActionStatus.Dropped),
            _ => (ActionStatus.Open, ActionStatus.Dropped),
        };
        string? reason = to == ActionStatus.Dropped || random.Next(2) == 0 ? text().Trim() : null;
        var change = new ActionStatusChange(random.Next(1, 20), from, to, author, at, reason is "" ? "why" : reason);
        string title = text().Trim();
        var action = new PlannedAction(change.Action, (ActionKind)random.Next(3), title.Length == 0 ? "title" : title, new PartyId("owner"), madeOn.PlusDays(random.Next(100)), null, null, [change]);
        return new PlanActionRecord(id, change, action, subject, madeOn);
    }

    private static CycleTransitionRecord CycleTransition(Random random, RecordId id, PartyId author, Instant at)
    {
        var from = (ReviewPhase)random.Next(6);
        bool back = from > ReviewPhase.GoalSetting && random.Next(3) == 0;
        ReviewPhase to = back ? (ReviewPhase)random.Next((int)from) : from + 1;
        bool isOverride = to == ReviewPhase.Closed && random.Next(2) == 0;
        string? reason = back || isOverride || random.Next(2) == 0 ? "Because " + random.Next(99).ToString(CultureInfo.InvariantCulture) : null;
        return new CycleTransitionRecord(id, new ReviewCycleId("cycle-" + random.Next(9).ToString(CultureInfo.InvariantCulture)), "Cycle " + random.Next(9).ToString(CultureInfo.InvariantCulture), from, to, author, at, reason, isOverride ? "1 unacknowledged (ana)" : null);
    }

    /// <summary>Asserts that two records are equal in every public property (decimals in value and scale, lists item by item).</summary>
    public static void AssertSame(AccountabilityRecord expected, AccountabilityRecord actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (System.Reflection.PropertyInfo property in expected.GetType().GetProperties())
        {
            AssertValue(property.Name, property.GetValue(expected), property.GetValue(actual));
        }
    }

    private static void AssertValue(string name, object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, name + " should be null");
                break;
            case decimal d:
                Assert.Equal(d.ToString(CultureInfo.InvariantCulture), Assert.IsType<decimal>(actual).ToString(CultureInfo.InvariantCulture));
                break;
            case string s:
                Assert.Equal(s, actual);
                break;
            case AppealCorrection c:
                var other = Assert.IsType<AppealCorrection>(actual);
                Assert.Equal(c.ReferenceName, other.ReferenceName);
                AssertValue(name + ".Value", c.Value, other.Value);
                break;
            case IEnumerable list:
                Assert.Equal(list.Cast<object>().ToArray(), Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object>().ToArray());
                break;
            default:
                Assert.True(expected.Equals(actual), $"{name}: expected {expected}, read {actual}");
                break;
        }
    }
}
