using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Accountability.Feedback;
using Accountability.Reviews;
using Accountability.Scoring;
using Accountability.Serialization;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;
using Duration = NodaTime.Duration;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Serialization;

public class PlanDocumentTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => LoadSchema("plan"));

    /// <summary>
    /// A plan made by a random legal sequence of the model's operations: proposed from a scored result or made empty, then
    /// actions added (every kind, with and without what they address) and moved through their statuses; changes the
    /// model refuses are skipped.
    /// </summary>
    internal static ImprovementPlan RandomPlan(Random random)
    {
        ImprovementPlan plan = random.Next(3) == 0
            ? ImprovementPlan.Create(Ana, April1, Lee, T0)
            : ImprovementPlan.Propose(
                Score(Ana, 60_000m + (random.Next(0, 9_000_000) / 100m), 100_000m, random.Next(40, 120) + 0.5m, random.Next(30, 80)),
                Q1,
                April1,
                new PlanProposalOptions(April1.PlusDays(random.Next(0, 120)), belowScore: random.Next(50, 130) + (random.Next(0, 100) / 100m)),
                Lee,
                T0);
        Instant clock = T0;
        int steps = random.Next(0, 12);
        for (int i = 0; i < steps; i++)
        {
            clock += Duration.FromMinutes(random.Next(0, 3) == 0 ? 0 : random.Next(1, 5_000)) + Duration.FromTicks(random.Next(0, 3) == 0 ? random.Next(1, 10_000_000) : 0);
            PartyId by = random.Next(2) == 0 ? Lee : Ana;
            try
            {
                if (plan.Actions.Count == 0 || random.Next(3) == 0)
                {
                    ActionLink? link = random.Next(3) switch
                    {
                        0 => null,
                        1 => ActionLink.ForCriterion(random.Next(2) == 0 ? "sales" : "dso", Q1),
                        _ => ActionLink.ForGoal("ana-2026"),
                    };
                    string title = Titles[random.Next(Titles.Length)];
                    plan = plan.AddAction(title, random.Next(2) == 0 ? Ana : Ben, April1.PlusDays(random.Next(0, 200)), by, clock, (ActionKind)random.Next(3), link);
                }
                else
                {
                    var to = (ActionStatus)random.Next(1, 4);
                    string? reason = to == ActionStatus.Dropped || random.Next(3) == 0 ? Reasons[random.Next(Reasons.Length)] : null;
                    plan = plan.ChangeStatus(random.Next(1, plan.Actions.Count + 1), to, by, clock, reason);
                }
            }
            catch (AccountabilityException)
            {
                // A change the model refuses is simply not part of this plan.
            }
        }

        return plan;
    }

    private static readonly string[] Titles = ["Two more hospital visits a week", "  Negotiation training  ", "Coaching on \"value\" selling — 价值销售", "Ask for the CRM report\nevery Monday", "Join the key-account training"];

    private static readonly string[] Reasons = ["The course was cancelled.", "  Re-planned with Lee  ", "Territory changed; 区域调整", "Done early\tthanks to coaching"];

    /// <summary>Asserts that two plans hold the same values in every field, decimals with their scale.</summary>
    internal static void AssertSame(ImprovementPlan expected, ImprovementPlan actual)
    {
        Assert.Equal((expected.Subject, expected.MadeOn, expected.MadeBy, expected.MadeAt, expected.LastChangeAt), (actual.Subject, actual.MadeOn, actual.MadeBy, actual.MadeAt, actual.LastChangeAt));
        Assert.Equal(expected.Actions.Count, actual.Actions.Count);
        for (int i = 0; i < expected.Actions.Count; i++)
        {
            PlannedAction e = expected.Actions[i];
            PlannedAction a = actual.Actions[i];
            Assert.Equal((e.Number, e.Kind, e.Title, e.Owner, e.Due, e.Status, e.DropReason, e.IsFinished), (a.Number, a.Kind, a.Title, a.Owner, a.Due, a.Status, a.DropReason, a.IsFinished));
            Assert.Equal((e.Addresses?.Criterion, e.Addresses?.Period, e.Addresses?.Goal), (a.Addresses?.Criterion, a.Addresses?.Period, a.Addresses?.Goal));
            Assert.Equal(Gap(e.Gap), Gap(a.Gap));
            Assert.Equal(e.History.Select(Change), a.History.Select(Change));
        }

        Assert.Equal(expected.History.Select(Change), actual.History.Select(Change));
        Assert.Equal(expected.ToMarkdown(), actual.ToMarkdown());
    }

    [Property(MaxTest = 200)]
    public bool AnyPlan_RoundTripsExactly(int seed)
    {
        ImprovementPlan plan = RandomPlan(new Random(seed));
        string json = AccountabilityJson.Write(plan);

        ImprovementPlan read = AccountabilityJson.ReadPlan(json);

        AssertSame(plan, read);
        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(json, AccountabilityJson.Write(AccountabilityJson.ReadPlan(Encoding.UTF8.GetBytes(json))));
        return true;
    }

    [Property(MaxTest = 50)]
    public async Task<bool> TheJournal_KeepsTheSameRecords_ForAPlanAndThePlanReadBack(int seed)
    {
        ImprovementPlan plan = RandomPlan(new Random(seed));
        ImprovementPlan read = AccountabilityJson.ReadPlan(AccountabilityJson.Write(plan));

        Assert.Equal(AccountabilityJson.Write(await Kept(plan)), AccountabilityJson.Write(await Kept(read)));
        return true;

        static async Task<IReadOnlyList<AccountabilityRecord>> Kept(ImprovementPlan plan)
        {
            var journal = new ReviewJournal(new InMemoryAccountabilityStore());
            await journal.SavePlanAsync(plan);
            return [.. await journal.PlanHistoryAsync(plan.Subject, plan.MadeOn)];
        }
    }

    [Fact]
    public void AProposedPlan_KeepsItsGapsToTheLastDecimalPlace()
    {
        ImprovementPlan plan = Example();
        string json = AccountabilityJson.Write(plan);

        Assert.Equal(AccountabilityJson.PlanKind, AccountabilityJson.KindOf(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("\"bar\": 90.00", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Training\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"Dropped\"", json, StringComparison.Ordinal);
        Assert.Contains("\"madeOn\": \"2026-04-01\"", json, StringComparison.Ordinal);
        ImprovementPlan read = AccountabilityJson.ReadPlan(json);
        Assert.Equal("90.00", read[1].Gap!.Bar.ToString(CultureInfo.InvariantCulture));
        AssertSame(plan, read);
    }

    [Fact]
    public void AnEmptyPlan_RoundTrips()
    {
        ImprovementPlan plan = ImprovementPlan.Create(Ana, April1, Lee, T0);

        ImprovementPlan read = AccountabilityJson.ReadPlan(AccountabilityJson.Write(plan));

        AssertSame(plan, read);
    }

    [Theory]
    [InlineData("illegal-status-change", "$.history[4].to", ReviewProblemCodes.ActionTransitionForbidden)]
    [InlineData("drop-without-reason", "$.history[5].reason", ReviewProblemCodes.ActionDropWithoutReason)]
    [InlineData("change-before-previous", "$.history[4].at", ReviewProblemCodes.ChangeBeforePrevious)]
    [InlineData("due-before-plan", "$.actions[2].due", ReviewProblemCodes.ActionDueBeforePlan)]
    [InlineData("empty-title", "$.actions[2].title", ReviewProblemCodes.ActionTitleEmpty)]
    [InlineData("wrong-from", "$.history[4].from", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("wrong-status", "$.actions[0].status", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("unknown-action", "$.history[4].action", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("added-out-of-order", "$.history[2].action", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("score-above-bar", "$.actions[0].gap.score", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("untrimmed-reason", "$.history[5].reason", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("unknown-kind", "$.actions[2].kind", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("link-with-both", "$.actions[2].addresses", SerializationProblemCodes.PropertyRequired)]
    [InlineData("missing-history", "$.history", SerializationProblemCodes.PropertyRequired)]
    [InlineData("unknown-property", "$.actions[0].priority", SerializationProblemCodes.UnknownProperty)]
    [InlineData("future-version", "$.schemaVersion", SerializationProblemCodes.SchemaVersionUnsupported)]
    public void PlansTheApiWouldRefuse_AreRefused_WithTheirPath(string @case, string path, string code)
    {
        JsonNode doc = JsonNode.Parse(AccountabilityJson.Write(Example()))!;
        JsonNode history = doc["history"]!;
        JsonNode actions = doc["actions"]!;
        switch (@case)
        {
            case "illegal-status-change": history[4]!["to"] = "Open"; break;
            case "drop-without-reason": history[5]!.AsObject().Remove("reason"); break;
            case "change-before-previous": history[4]!["at"] = "2026-04-01T08:00:00Z"; break;
            case "due-before-plan": actions[2]!["due"] = "2026-03-31"; break;
            case "empty-title": actions[2]!["title"] = string.Empty; break;
            case "wrong-from": history[4]!["from"] = "InProgress"; break;
            case "wrong-status": actions[0]!["status"] = "Done"; break;
            case "unknown-action": history[4]!["action"] = 9; break;
            case "added-out-of-order": history[2]!["action"] = 4; break;
            case "score-above-bar": actions[0]!["gap"]!["score"] = 95.5m; break;
            case "untrimmed-reason": history[5]!["reason"] = " spaced "; break;
            case "unknown-kind": actions[2]!["kind"] = "training"; break;
            case "link-with-both": actions[2]!["addresses"] = JsonNode.Parse("{\"criterion\":\"sales\",\"goal\":\"g\"}"); break;
            case "missing-history": doc.AsObject().Remove("history"); break;
            case "unknown-property": actions[0]!["priority"] = 1; break;
            default: doc["schemaVersion"] = 2; break;
        }

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadPlan(doc.ToJsonString()));

        Assert.Contains(ex.Problems, p => p.Path == path && p.Code == code);
    }

    [Fact]
    public void ADocumentWithEveryProblem_ReportsThemAll()
    {
        JsonNode doc = JsonNode.Parse(AccountabilityJson.Write(Example()))!;
        doc["subject"] = " ";
        doc["madeAt"] = "yesterday";
        doc["actions"]![1]!["owner"] = null;
        doc["history"]![3]!["to"] = "Finished";

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadPlan(doc.ToJsonString()));

        Assert.Equal(["$.actions[1].owner", "$.history[3].to", "$.madeAt", "$.subject"], ex.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WrittenPlans_AreValidAgainstTheSchema_AndTheSchemaRefusesWhatTheReaderRefuses()
    {
        for (int seed = 0; seed < 40; seed++)
        {
            string json = AccountabilityJson.Write(RandomPlan(new Random(seed)));
            Assert.True(IsValid(Schema.Value, json), json);
        }

        string example = AccountabilityJson.Write(Example());
        Assert.True(IsValid(Schema.Value, example));
        foreach ((string find, string replace) in new[] { ("\"kind\": \"plan\"", "\"kind\": \"review-cycle\""), ("\"to\": \"Dropped\"", "\"to\": \"Gone\""), ("\"madeOn\": \"2026-04-01\"", "\"madeOn\": \"1 April\""), ("\"number\": 1,", "\"number\": 1, \"extra\": 1,"), ("\"schemaVersion\": 1", "\"schemaVersion\": 2") })
        {
            Assert.Contains(find, example, StringComparison.Ordinal);
            string broken = ReplaceFirst(example, find, replace);
            Assert.False(IsValid(Schema.Value, broken), find);
            Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadPlan(broken));
        }
    }

    /// <summary>The example of the docs: a proposed plan, one more action added by hand, each moved on.</summary>
    internal static ImprovementPlan Example()
    {
        ScorecardResult result = Score(Ana, 70_000m, 100_000m, 80.5m, 40m);
        ImprovementPlan plan = ImprovementPlan.Propose(result, Q1, April1, new PlanProposalOptions(new LocalDate(2026, 6, 30), belowScore: 90.00m), Lee, T0);
        plan = plan.AddAction("Join the key-account training", Ana, new LocalDate(2026, 5, 31), Lee, At(1), ActionKind.Training, ActionLink.ForGoal("ana-2026"));
        plan = plan.ChangeStatus(1, ActionStatus.InProgress, Ana, At(24));
        plan = plan.ChangeStatus(2, ActionStatus.Done, Ana, At(36));
        plan = plan.ChangeStatus(3, ActionStatus.Dropped, Lee, At(48), "The course was cancelled.");
        return plan;
    }

    internal static JsonSchema LoadSchema(string kind)
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Schemas", kind + ".schema.json")));
        return JsonSchema.Build(schema.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, null);
    }

    internal static bool IsValid(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    internal static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private static string Gap(CriterionGap? gap) =>
        gap is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{gap.Criterion} {gap.CriterionName} {gap.Score} {gap.Bar} {gap.ScoreGap} {gap.Actual} {gap.Target} {gap.TargetGap}");

    private static string Change(ActionStatusChange c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Action} {c.From} {c.To} {c.By} {c.At} {c.Reason}");
}
