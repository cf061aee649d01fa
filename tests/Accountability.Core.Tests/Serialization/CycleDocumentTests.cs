using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Accountability.Feedback;
using Accountability.Reviews;
using Accountability.Serialization;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Duration = NodaTime.Duration;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Serialization;

public class CycleDocumentTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => PlanDocumentTests.LoadSchema("review-cycle"));

    private static readonly PartyId[] People = ["ana", "ben", "chen-jie", "李娜"];

    private static readonly string[] Reasons = ["Scores re-opened", "  Calibration found an error  ", "Ben is on leave; 请假", "Two appeals\nstill open"];

    /// <summary>
    /// A cycle made by a random legal sequence of the model's moves: forward, back with a reason, closing ready or over
    /// outstanding facts with an override reason; moves the model refuses are skipped.
    /// </summary>
    internal static ReviewCycle RandomCycle(Random random)
    {
        PartyId[] participants = [.. People.Where(_ => random.Next(2) == 0).DefaultIfEmpty(Ana)];
        var deadlines = new Dictionary<ReviewPhase, LocalDate>();
        LocalDate date = Q1.End;
        for (int phase = 0; phase < (int)ReviewPhase.Closed; phase++)
        {
            date = date.PlusDays(random.Next(0, 10));
            if (random.Next(2) == 0)
            {
                deadlines[(ReviewPhase)phase] = date;
            }
        }

        ReviewCycle cycle = ReviewCycle.Create(random.Next(2) == 0 ? "2026 Q1 review" : "  第一季度 \"review\"  ", Q1, participants, random.Next(4) == 0 ? null : deadlines, Lee, T0);
        Instant clock = T0;
        int steps = random.Next(0, 16);
        for (int i = 0; i < steps; i++)
        {
            clock += Duration.FromMinutes(random.Next(0, 4) == 0 ? 0 : random.Next(1, 5_000)) + Duration.FromTicks(random.Next(0, 3) == 0 ? random.Next(1, 10_000_000) : 0);
            ReviewPhase to = random.Next(4) switch
            {
                0 => (ReviewPhase)random.Next(0, 7),
                _ => cycle.IsClosed ? ReviewPhase.Closed : cycle.Phase + 1,
            };
            string? reason = to < cycle.Phase || random.Next(3) == 0 ? Reasons[random.Next(Reasons.Length)] : null;
            CycleReadiness? readiness = to != ReviewPhase.Closed ? null : random.Next(2) == 0
                ? CycleReadiness.Ready
                : new CycleReadiness(participants.Where(_ => random.Next(2) == 0), participants.Where(_ => random.Next(3) == 0));
            try
            {
                cycle = cycle.MoveTo(to, random.Next(2) == 0 ? Lee : participants[0], clock, reason, readiness);
            }
            catch (AccountabilityException)
            {
                // A move the model refuses is simply not part of this cycle.
            }
        }

        return cycle;
    }

    /// <summary>Asserts that two cycles hold the same values in every field.</summary>
    internal static void AssertSame(ReviewCycle expected, ReviewCycle actual)
    {
        Assert.Equal((expected.Name, expected.Period, expected.Phase, expected.CreatedBy, expected.CreatedAt, expected.LastChangeAt), (actual.Name, actual.Period, actual.Phase, actual.CreatedBy, actual.CreatedAt, actual.LastChangeAt));
        Assert.Equal(expected.Participants, actual.Participants);
        Assert.Equal(Enum.GetValues<ReviewPhase>().Select(expected.DeadlineOf), Enum.GetValues<ReviewPhase>().Select(actual.DeadlineOf));
        Assert.Equal(expected.Transitions.Select(Move), actual.Transitions.Select(Move));
        Assert.Equal(expected.ToMarkdown(), actual.ToMarkdown());
    }

    [Property(MaxTest = 200)]
    public bool AnyCycle_RoundTripsExactly(int seed)
    {
        ReviewCycle cycle = RandomCycle(new Random(seed));
        string json = AccountabilityJson.Write(cycle);

        ReviewCycle read = AccountabilityJson.ReadCycle(json);

        AssertSame(cycle, read);
        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(json, AccountabilityJson.Write(AccountabilityJson.ReadCycle(Encoding.UTF8.GetBytes(json))));
        return true;
    }

    [Property(MaxTest = 50)]
    public async Task<bool> TheJournal_KeepsTheSameRecords_ForACycleAndTheCycleReadBack(int seed)
    {
        ReviewCycle cycle = RandomCycle(new Random(seed));
        ReviewCycle read = AccountabilityJson.ReadCycle(AccountabilityJson.Write(cycle));

        Assert.Equal(AccountabilityJson.Write(await Kept(cycle)), AccountabilityJson.Write(await Kept(read)));
        return true;

        static async Task<IReadOnlyList<AccountabilityRecord>> Kept(ReviewCycle cycle)
        {
            var journal = new ReviewJournal(new InMemoryAccountabilityStore());
            await journal.SaveCycleAsync("q1", cycle);
            return [.. await journal.CycleHistoryAsync("q1")];
        }
    }

    [Fact]
    public void AClosedCycle_KeepsItsDeadlinesMovesAndOverride()
    {
        ReviewCycle cycle = Example();
        string json = AccountabilityJson.Write(cycle);

        Assert.Equal(AccountabilityJson.CycleKind, AccountabilityJson.KindOf(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("\"Acknowledgment\": \"2026-04-30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"phase\": \"Closed\"", json, StringComparison.Ordinal);
        ReviewCycle read = AccountabilityJson.ReadCycle(json);
        Assert.True(read.Transitions[^1].IsOverride);
        Assert.Equal([Ben], read.Transitions[^1].Readiness!.Unacknowledged);
        AssertSame(cycle, read);
    }

    [Theory]
    [InlineData("skips-a-phase", "$.transitions[1].to", ReviewProblemCodes.CycleTransitionForbidden)]
    [InlineData("back-without-reason", "$.transitions[4].reason", ReviewProblemCodes.CycleBackWithoutReason)]
    [InlineData("close-without-readiness", "$.transitions[8].readiness", ReviewProblemCodes.CycleNotReady)]
    [InlineData("override-without-reason", "$.transitions[8].readiness", ReviewProblemCodes.CycleNotReady)]
    [InlineData("readiness-names-a-stranger", "$.transitions[8].readiness", ReviewProblemCodes.ReadinessUnknownParticipant)]
    [InlineData("readiness-on-a-forward-move", "$.transitions[0].readiness", SerializationProblemCodes.PropertyNotAllowed)]
    [InlineData("move-before-previous", "$.transitions[2].at", ReviewProblemCodes.ChangeBeforePrevious)]
    [InlineData("wrong-from", "$.transitions[2].from", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("wrong-phase", "$.phase", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("deadline-out-of-order", "$.deadlines.Calibration", ReviewProblemCodes.DeadlineOutOfOrder)]
    [InlineData("deadline-on-closed", "$.deadlines.Closed", ReviewProblemCodes.DeadlineOnClosed)]
    [InlineData("unknown-phase-deadline", "$.deadlines.Review", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("participant-twice", "$.participants[1]", ReviewProblemCodes.ParticipantDuplicate)]
    [InlineData("no-participants", "$.participants", ReviewProblemCodes.CycleNoParticipants)]
    [InlineData("untrimmed-name", "$.name", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("name-too-long", "$.name", ReviewProblemCodes.CycleNameTooLong)]
    [InlineData("period-backwards", "$.period.end", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("missing-creator", "$.createdBy", SerializationProblemCodes.PropertyRequired)]
    public void CyclesTheApiWouldRefuse_AreRefused_WithTheirPath(string @case, string path, string code)
    {
        JsonNode doc = JsonNode.Parse(AccountabilityJson.Write(Example()))!;
        JsonNode moves = doc["transitions"]!;
        switch (@case)
        {
            case "skips-a-phase": moves[1]!["to"] = "Calibration"; break;
            case "back-without-reason": moves[4]!.AsObject().Remove("reason"); break;
            case "close-without-readiness": moves[8]!.AsObject().Remove("readiness"); break;
            case "override-without-reason": moves[8]!.AsObject().Remove("reason"); break;
            case "readiness-names-a-stranger": moves[8]!["readiness"]!["withOpenAppeals"] = new JsonArray("zoe"); break;
            case "readiness-on-a-forward-move": moves[0]!["readiness"] = JsonNode.Parse("{\"unacknowledged\":[],\"withOpenAppeals\":[]}"); break;
            case "move-before-previous": moves[2]!["at"] = "2026-04-01T08:00:00Z"; break;
            case "wrong-from": moves[2]!["from"] = "GoalSetting"; break;
            case "wrong-phase": doc["phase"] = "Acknowledgment"; break;
            case "deadline-out-of-order": doc["deadlines"]!["Calibration"] = "2026-04-01"; break;
            case "deadline-on-closed": doc["deadlines"]!["Closed"] = "2026-05-01"; break;
            case "unknown-phase-deadline": doc["deadlines"]!["Review"] = "2026-05-01"; break;
            case "participant-twice": doc["participants"] = new JsonArray("ana", "ana"); break;
            case "no-participants": doc["participants"] = new JsonArray(); break;
            case "untrimmed-name": doc["name"] = " 2026 Q1 review"; break;
            case "name-too-long": doc["name"] = new string('n', ReviewCycle.MaxNameLength + 1); break;
            case "period-backwards": doc["period"]!["end"] = "2025-12-31"; break;
            default: doc.AsObject().Remove("createdBy"); break;
        }

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCycle(doc.ToJsonString()));

        Assert.Contains(ex.Problems, p => p.Path == path && p.Code == code);
    }

    [Fact]
    public void WrittenCycles_AreValidAgainstTheSchema_AndTheSchemaRefusesWhatTheReaderRefuses()
    {
        for (int seed = 0; seed < 40; seed++)
        {
            string json = AccountabilityJson.Write(RandomCycle(new Random(seed)));
            Assert.True(PlanDocumentTests.IsValid(Schema.Value, json), json);
        }

        string example = AccountabilityJson.Write(Example());
        Assert.True(PlanDocumentTests.IsValid(Schema.Value, example));
        foreach ((string find, string replace) in new[] { ("\"kind\": \"review-cycle\"", "\"kind\": \"plan\""), ("\"phase\": \"Closed\"", "\"phase\": \"Done\""), ("\"GoalSetting\": \"2026-01-15\"", "\"Closed\": \"2026-01-15\""), ("\"createdAt\": ", "\"created\": "), ("\"participants\": [", "\"participants\": [ 1,") })
        {
            Assert.Contains(find, example, StringComparison.Ordinal);
            string broken = PlanDocumentTests.ReplaceFirst(example, find, replace);
            Assert.False(PlanDocumentTests.IsValid(Schema.Value, broken), find);
            Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadCycle(broken));
        }
    }

    /// <summary>The example of the docs: the Q1 cycle, sent back once from calibration and closed over one missing acknowledgment.</summary>
    internal static ReviewCycle Example()
    {
        ReviewCycle cycle = Cycle();
        for (int i = 1; i <= 4; i++)
        {
            cycle = cycle.Advance(Lee, At(i));
        }

        cycle = cycle.MoveTo(ReviewPhase.ManagerAssessment, Lee, At(5), "Scores re-opened");
        cycle = cycle.Advance(Lee, At(6)).Advance(Lee, At(7)).Advance(Lee, At(8));
        return cycle.Close(new CycleReadiness([Ben], []), Lee, At(9), "Ben is on leave");
    }

    private static string Move(PhaseTransition t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.From} {t.To} {t.By} {t.At} {t.Reason} {t.IsOverride} {t.Readiness}");
}
