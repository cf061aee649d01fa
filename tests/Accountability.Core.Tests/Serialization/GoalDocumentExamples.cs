using System.Globalization;
using System.Text;
using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Goal trees and ledgers for the goal-tree and actuals-ledger document tests: the sample's Kangtai Pharma tree (copied
/// from samples/Accountability.Samples.Console/KangtaiPharma.cs), and random trees that use every part of the goals
/// model — splits by every method with minimums, maximums and locks, seasonal and equal monthly splits, explicit
/// children that do not add up, every kind of unit, acknowledgments and objections, and departures.
/// </summary>
internal static class GoalDocumentExamples
{
    public static readonly DateInterval FiscalYear = new(new LocalDate(2026, 4, 1), new LocalDate(2027, 3, 31));

    public static GoalTree Kangtai()
    {
        var builder = new GoalTreeBuilder()
            .Add("company", "zhang-wei", Target.Money(36_000_000.00m, Currency.CNY), FiscalYear, name: "Kangtai hospital sales FY2026", workItem: new WorkItemId("hospital-sales"))
            .AddSplit("company", [new PlannedGoal("east", "li-na", SplitPart.Weighted(20_412_300m)) { Name = "East" }, new PlannedGoal("west", "qian-hao", SplitPart.Weighted(13_587_700m)) { Name = "West" }])
            .AddSplit("east", [
                new PlannedGoal("chen-jie", "chen-jie", SplitPart.Weighted(8_150_000m)) { Name = "Chen Jie FY2026" },
                new PlannedGoal("liu-yang", "liu-yang", SplitPart.Weighted(7_240_000m)) { Name = "Liu Yang FY2026" },
                new PlannedGoal("sun-hui", "sun-hui", SplitPart.Weighted(5_120_000m)) { Name = "Sun Hui FY2026" },
            ])
            .AddSplit("west", [
                new PlannedGoal("zhao-min", "zhao-min", SplitPart.Weighted(3m)) { Name = "Zhao Min FY2026" },
                new PlannedGoal("zhou-tao", "zhou-tao", SplitPart.Weighted(1m).WithMinimum(5_000_000m)) { Name = "Zhou Tao FY2026" },
            ]);
        SeasonalityProfile seasonality = SeasonalityProfile.Create([6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m]);
        foreach (string rep in new[] { "chen-jie", "liu-yang", "sun-hui", "zhao-min", "zhou-tao" })
        {
            builder.AddMonthlySplit(rep, seasonality);
        }

        return builder.Build()
            .Acknowledge("chen-jie", "chen-jie", Instant.FromUtc(2026, 3, 20, 9, 30))
            .Acknowledge("zhou-tao", "zhou-tao", Instant.FromUtc(2026, 3, 21, 14, 5, 7), "Five million in my first year is a stretch.", objection: true);
    }

    public static ActualsLedger KangtaiSales() =>
        ActualsLedger.Empty
            .Record("chen-jie/2026-04", new LocalDate(2026, 4, 25), 530_000m)
            .Record("liu-yang/2026-04", new LocalDate(2026, 4, 25), 455_000.50m, reference: "CRM-7781")
            .RecordShared(new LocalDate(2026, 5, 21), new Money(250_000.01m, Currency.CNY), [new CreditShare("chen-jie/2026-05", 60m), new CreditShare("liu-yang/2026-05", 40m)], "KA-1042");

    /// <summary>Four goals over a year: the tree issue 12 found written day by day.</summary>
    public static GoalTree FourGoals() =>
        new GoalTreeBuilder()
            .Add("team", "lead", Target.Money(1_200_000.00m, Currency.USD), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)))
            .AddSplit("team", [new PlannedGoal("ann", "ann", SplitPart.Equal), new PlannedGoal("bob", "bob", SplitPart.Equal), new PlannedGoal("cy", "cy", SplitPart.Weighted(2m))])
            .Build();

    private static readonly MeasurementUnit[] Units =
    [
        MeasurementUnit.Money(Currency.CNY), MeasurementUnit.Money(Currency.JPY), MeasurementUnit.Count("deals"), MeasurementUnit.Quantity("kg", 3),
    ];

    private static readonly ApportionmentMethod[] Methods = Enum.GetValues<ApportionmentMethod>();

    /// <summary>A random tree, made from a seed, that uses every part of the model; and a ledger of actuals on its leaves.</summary>
    public static (GoalTree Tree, ActualsLedger Ledger) Random(int seed)
    {
        var random = new Random(seed);
        MeasurementUnit unit = Units[random.Next(Units.Length)];
        decimal step = unit.Decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, unit.Decimals);
        decimal total = random.Next(1_000, 50_000_000) * step;
        var start = new LocalDate(2024 + random.Next(4), 1 + random.Next(12), 1);
        var year = new DateInterval(start, start.PlusYears(1).PlusDays(-1));
        var builder = new GoalTreeBuilder().Add("root", "ceo", new Target(total, unit), year, name: random.Next(2) == 0 ? null : "Root ✓ \"quoted\"", workItem: random.Next(2) == 0 ? default(WorkItemId?) : new WorkItemId("sales"));

        int regions = random.Next(1, 4);
        var parts = new List<PlannedGoal>();
        for (int r = 0; r < regions; r++)
        {
            SplitPart part = (random.Next(6), r) switch
            {
                (0, 0) when regions > 1 => SplitPart.LockedAt(decimal.Round(total / 10m / step) * step),
                (1, _) => SplitPart.Weighted(random.Next(1, 9)).WithMinimum(decimal.Round(total / 20m / step) * step),
                (2, _) => SplitPart.Weighted(random.Next(1, 9)).WithMaximum(total),
                (3, _) => SplitPart.Equal,
                _ => SplitPart.Weighted(random.Next(0, 1000) + 0.5m),
            };
            parts.Add(new PlannedGoal($"r{r}", $"m{r}", part) { Name = random.Next(2) == 0 ? null : $"Region {r}" });
        }

        builder.AddSplit("root", parts, Methods[random.Next(Methods.Length)]);
        var leaves = new List<string>();
        for (int r = 0; r < regions; r++)
        {
            int reps = random.Next(0, 4);
            if (reps == 0)
            {
                leaves.Add($"r{r}");
                continue;
            }

            builder.AddSplit($"r{r}", Enumerable.Range(0, reps).Select(k => new PlannedGoal($"r{r}-{k}", $"p{r}-{k}", SplitPart.Weighted(random.Next(1, 20)))), Methods[random.Next(Methods.Length)]);
            for (int k = 0; k < reps; k++)
            {
                switch (random.Next(3))
                {
                    case 0:
                        decimal[] weights = [.. Enumerable.Range(0, 12).Select(_ => (decimal)random.Next(1, 10))];
                        decimal sum = weights.Sum();
                        decimal[] percentages = [.. weights.Select(w => decimal.Round(w * 100m / sum, 2))];
                        percentages[11] += 100m - percentages.Sum();
                        builder.AddMonthlySplit($"r{r}-{k}", SeasonalityProfile.Create(percentages), Methods[random.Next(Methods.Length)]);
                        leaves.AddRange(Enumerable.Range(0, 12).Select(m => $"r{r}-{k}/{start.PlusMonths(m):yyyy-MM}"));
                        break;
                    case 1:
                        builder.AddMonthlySplit($"r{r}-{k}");
                        leaves.AddRange(Enumerable.Range(0, 12).Select(m => $"r{r}-{k}/{start.PlusMonths(m):yyyy-MM}"));
                        break;
                    default:
                        leaves.Add($"r{r}-{k}");
                        break;
                }
            }
        }

        // A second root with explicit children over shorter periods that do not add up (a note, not an error), and a rate.
        if (random.Next(2) == 0)
        {
            builder.Add("calls", "ceo", Target.Count(400, "calls"), year)
                .Add("calls-h1", "m0", Target.Count(150, "calls"), new DateInterval(start, start.PlusMonths(6).PlusDays(-1)), parent: "calls")
                .Add("calls-h2", "m0", Target.Count(200, "calls"), new DateInterval(start.PlusMonths(6), year.End), parent: "calls", name: "Second half");
            builder.Add("csat", "ceo", new Target(4.5m, MeasurementUnit.Rate("/5", 1)), year);
        }

        GoalTree tree = builder.Build();
        ActualsLedger ledger = ActualsLedger.Empty;
        foreach (Goal leaf in tree.Leaves)
        {
            if (leaf.Target.Unit.Kind == MeasurementKind.Rate || random.Next(3) == 0)
            {
                continue;
            }

            int days = Period.DaysBetween(leaf.Period.Start, leaf.Period.End);
            ledger = ledger.Record(leaf.Id, leaf.Period.Start.PlusDays(random.Next(days + 1)), random.Next(0, 100_000) * (leaf.Target.Unit.Decimals == 0 ? 1m : step), reference: random.Next(3) == 0 ? $"S-{random.Next(1000)}" : null);
        }

        foreach (Goal goal in tree.Goals.Where(_ => random.Next(4) == 0).ToList())
        {
            bool objection = random.Next(3) == 0;
            tree = tree.Acknowledge(goal.Id, goal.Owner, Instant.FromUnixTimeTicks(random.NextInt64(0, 40_000_000_000_000_000)), objection || random.Next(2) == 0 ? "Noted, with \"quotes\" and ünïcödé" : null, objection);
        }

        // A departure: the tree's targets change and earlier acknowledgments stay as they were.
        if (random.Next(2) == 0 && tree.Contains("r0-0"))
        {
            try
            {
                tree = tree.Redistribute(Departure.SpreadOverOthers("r0-0", year.Start.PlusMonths(random.Next(1, 11)).PlusDays(-1), Methods[random.Next(Methods.Length)]), ledger);
            }
            catch (AccountabilityException)
            {
                // Not every random tree allows this departure (no one left to take the rest, actuals after the last day).
            }
        }

        return (tree, ledger);
    }

    /// <summary>Everything a user can observe of a tree, as text: goals (with decimal scale), notes, acknowledgments and a roll-up.</summary>
    public static string Describe(GoalTree tree, ActualsLedger ledger)
    {
        var text = new StringBuilder();
        foreach (Goal g in tree.Goals)
        {
            text.Append(CultureInfo.InvariantCulture, $"{g.Id}|{g.Name}|{g.Owner}|{g.Target.Value.ToString(CultureInfo.InvariantCulture)}|{g.Target.Unit}|{g.Period}|{g.ParentId}|{g.WorkItem}|{string.Join(",", g.ChildIds)}|{tree.AcknowledgmentOf(g.Id)}\n");
        }

        foreach (Problem note in tree.Notes)
        {
            text.Append(note).Append('\n');
        }

        foreach (TargetAcknowledgment ack in tree.Acknowledgments)
        {
            text.Append(CultureInfo.InvariantCulture, $"{ack}|{ack.Target.Value}|{ack.At.ToUnixTimeTicks()}\n");
        }

        text.Append(string.Join(",", tree.Unacknowledged().Select(g => g.Id))).Append('\n');
        text.Append(string.Join(",", tree.Objected().Select(g => g.Id))).Append('\n');
        GoalProgressReport report;
        try
        {
            report = tree.Evaluate(ledger, tree.Goals.Max(g => g.Period.End));
        }
        catch (AccountabilityException ex)
        {
            return text.Append(ex.Message).ToString();
        }

        foreach (GoalProgress p in report.Goals)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p}|{p.Actual}|{p.Measure}|{p.Attainment}|{string.Join(",", p.Contributions.Select(c => $"{c.Child}:{c.Actual}:{c.TargetShare}:{c.Contribution}"))}\n");
        }

        return text.ToString();
    }
}
