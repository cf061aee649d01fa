using System.Globalization;
using Accountability;
using Accountability.Criteria;
using Accountability.DependencyInjection;
using Accountability.Goals;
using Accountability.Responsibility;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// Scores Kangtai's reps on one scorecard, each against the target decomposed to them, explains the results, says who
/// answers for a rep's misses, and checks that every rep is measured on what they own.
/// </summary>
internal static class ScoringDemo
{
    /// <summary>The CRM, survey and finance figures of the first quarter, per rep (CSAT is absent for a rep with no survey yet).</summary>
    internal static (string Rep, decimal? Csat, decimal Accounts, decimal Calls, decimal Dso, decimal Compliance)[] Quarter { get; } =
    [
        ("chen-jie", 4.6m, 4m, 96m, 52m, 1m),
        ("liu-yang", 4.1m, 3m, 88m, 58m, 1m),
        ("sun-hui", 4.3m, 3m, 91m, 49m, 0m),
        ("zhao-min", 3.4m, 1m, 72m, 71m, 1m),
        ("zhou-tao", null, 2m, 83m, 66m, 1m),
    ];

    /// <summary>The scoring rules: the built-in ones and the sample's own, registered through DI.</summary>
    internal static ScoringRuleRegistry Rules()
    {
        // 1. The integrator's own rule is registered through DI, next to the built-in rules.
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddScoringRule<AcceleratedAttainmentRule>());
        using ServiceProvider provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ScoringRuleRegistry>();
    }

    /// <summary>Each rep's target for the period, decomposed from the fiscal-year goal tree, and their sales from the ledger.</summary>
    internal static GoalBindingResult FromGoals(Scorecard card, ActualsLedger sales, DateInterval period) =>
        GoalBinding.For(card)
            .Link("sales", "sales", goal => goal.Target.Unit.Kind == MeasurementKind.Money)
            .Fill(KangtaiPharma.Targets(), sales, period, KangtaiPharma.Reps);

    /// <summary>The rep scorecard of FY2026, with the sample's own rule registered through DI.</summary>
    internal static Scorecard RepScorecard(out ScoringRuleRegistry rules)
    {
        rules = Rules();

        // 2. The criteria (KPIs) of a sales rep, each with its direction, unit, scoring rule and the work item it measures.
        //    Sales carries a typed unit (money in CNY): a goal or a setting in another currency would be refused.
        var sales = new PerformanceCriterion(
            "sales", "Sales amount", MeasurementUnit.Money(Currency.CNY), CriterionDirection.HigherIsBetter,
            ScoringMethod.Custom("accelerated-attainment", new Dictionary<string, decimal> { ["accelerator"] = 2m, ["cap"] = 150m }),
            workItem: "hospital-sales");
        var satisfaction = new PerformanceCriterion(
            "csat", "Customer satisfaction", "/5", CriterionDirection.HigherIsBetter,
            ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(3m, 60m), new RatingPoint(4m, 90m), new RatingPoint(5m, 120m)]),
            workItem: "customer-feedback");
        var accounts = new PerformanceCriterion(
            "accounts", "New hospital accounts", "accounts", CriterionDirection.HigherIsBetter,
            ScoringMethod.RatioToTarget(target: 3m, cap: 150m), workItem: "call-on-hospitals");
        var calls = new PerformanceCriterion(
            "calls", "Call-plan compliance", "%", CriterionDirection.HigherIsBetter,
            ScoringMethod.Banded(new ScoreStep(null, 70m, 0m), new ScoreStep(70m, 85m, 60m), new ScoreStep(85m, 95m, 100m), new ScoreStep(95m, null, 110m)),
            workItem: "call-on-hospitals");
        var dso = new PerformanceCriterion(
            "dso", "Days sales outstanding", "days", CriterionDirection.LowerIsBetter,
            ScoringMethod.Linear(threshold: 75m, target: 60m, stretch: 45m, cap: 120m), workItem: "collect-payments");
        var compliance = new PerformanceCriterion(
            "compliance", "Compliance training passed", "", CriterionDirection.HigherIsBetter, ScoringMethod.Binary(1m));

        RatingBands bands = RatingBands.StartingWith("Below expectations")
            .Then(60m, "Partially meets")
            .Then(90m, "Meets")
            .Then(110m, "Exceeds")
            .Then(130m, "Outstanding");

        // 3. The scorecard: each rep is scored on sales against their OWN target (declared per subject), weights add
        //    up to 100 %, a failed compliance training caps the result at 80, and a value that is missing is left
        //    out (and said so) rather than silently scored zero.
        return Scorecard.CreateBuilder("sales-rep-fy2026", "Sales representative FY2026")
            .Add(sales, 40m, perSubject: ["target"])
            .Add(satisfaction, 20m)
            .Add(accounts, 15m)
            .Add(calls, 10m)
            .Add(dso, 10m)
            .Add(compliance, 5m)
            .WithBands(bands)
            .WithGate(ScorecardGate.CapWhenBelow("compliance", 100m, cap: 80m))
            .WithMissingValues(MissingValuePolicy.Exclude)
            .Build(rules);
    }

    /// <summary>The first quarter's actuals table: targets and sales from the goal tree and ledger, the rest from <see cref="Quarter"/>.</summary>
    internal static ActualsTable FirstQuarter(Scorecard card, out GoalBindingResult filled)
    {
        var quarter = Quarter;
        filled = FromGoals(card, KangtaiPharma.Sales(), KangtaiPharma.FirstQuarter);

        // The other criteria come from the CRM, the survey tool and finance.
        ActualsTable table = filled.Table;
        for (int row = 0; row < quarter.Length; row++)
        {
            var r = quarter[row];
            if (r.Csat is { } csat)
            {
                table.Set(row, "csat", csat);
            }
            else
            {
                table.SetNotApplicable(row, table.ColumnOf("csat"), "joined in March, no customers surveyed yet");
            }

            table.Set(row, "accounts", r.Accounts);
            table.Set(row, "calls", r.Calls);
            table.Set(row, "dso", r.Dso);
            table.Set(row, "compliance", r.Compliance);
        }

        return table;
    }

    /// <summary>One row of the quarter's table as a subject's own actuals (for a document, or to correct after an appeal).</summary>
    internal static Actuals ActualsOf(Scorecard card, ActualsTable table, int row)
    {
        ActualsBuilder actuals = Actuals.For(table.Subjects[row]);
        for (int column = 0; column < table.ColumnCount; column++)
        {
            CriterionId criterion = card.Criteria[column].Criterion.Id;
            if (table.IsNotApplicable(row, column))
            {
                actuals.NotApplicable(criterion, "joined in March, no customers surveyed yet");
            }
            else if (table.Get(row, column) is { } value)
            {
                actuals.Value(criterion, value);
            }
        }

        int target = table.ReferenceColumnOf("sales", "target");
        if (table.GetReference(row, target) is { } own)
        {
            actuals.Reference("sales", "target", own, table.GetReferenceSource(row, target));
        }

        return actuals.Build();
    }

    public static void Run(TextWriter output)
    {
        Scorecard card = RepScorecard(out ScoringRuleRegistry rules);
        RatingBands bands = card.Bands!;
        var quarter = Quarter;

        // 4. From goals to scores: the first quarter's target decomposed to each rep (April + May + June) and their
        //    sales from the ledger (shared credit counted) fill the table; what the bridge noticed is reported.
        ActualsTable table = FirstQuarter(card, out GoalBindingResult filled);
        output.WriteLine("== Scoring: the first quarter of FY2026 (April to June), each rep against their own target ==");
        output.WriteLine();
        output.WriteLine("What the goal bridge noticed: " + (filled.Notes.Count == 0 ? "nothing; every rep has monthly targets for the whole quarter." : string.Empty));
        foreach (Problem note in filled.Notes)
        {
            output.WriteLine("- " + note.Message);
        }

        // 5. The whole team scored in one batch (no allocation per rep).
        SubjectScore[] scores = card.ScoreBatch(table);
        int salesColumn = table.ColumnOf("sales");
        int salesTarget = table.ReferenceColumnOf("sales", "target");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Rep",-10} {"Target (CNY)",14} {"Sales (CNY)",14} {"CSAT",5} {"Accts",5} {"Calls%",6} {"DSO",4} {"Score",7}  Band"));
        output.WriteLine(new string('-', 86));
        for (int row = 0; row < quarter.Length; row++)
        {
            var r = quarter[row];
            SubjectScore s = scores[row];
            string note = s.GatesTriggered > 0 ? "  (capped by a gate)" : s.CriteriaLeftOut > 0 ? "  (CSAT not applicable)" : string.Empty;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Rep,-10} {table.GetReference(row, salesTarget),14:N2} {table.Get(row, salesColumn),14:N2} {(r.Csat is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : "n/a"),5} {r.Accounts,5} {r.Calls,6} {r.Dso,4} {Rounding.Format(s.Score!.Value),7}  {s.Band!.Name}{note}"));
        }

        // 6. Every number traced back to its inputs and rules, down to the goal the target came from.
        int zhaoMin = Array.FindIndex(quarter, r => r.Rep == "zhao-min");
        ScorecardResult zhao = card.Explain(table, zhaoMin);
        output.WriteLine();
        output.WriteLine("Why zhao-min got this result:");
        output.WriteLine(zhao.Explain());

        // 7. Results orientation with clear responsibility, for this person: each criterion names its work item, and
        //    the matrix in force at the quarter's end says which of that work zhao-min is responsible for and who is
        //    accountable for it: her own region's manager, never the East's.
        var quarterEnd = KangtaiPharma.FirstQuarter.End;
        ResponsibilitySnapshot responsibilities = KangtaiPharma.FromApril(KangtaiPharma.SalesProcess()).AsOf(quarterEnd);
        output.WriteLine("Who answers for zhao-min's misses (criteria below 100), per the matrix on 2026-06-30:");
        foreach (SubjectAccountability miss in zhao.WhoAnswersForMisses(responsibilities))
        {
            output.WriteLine("- " + miss);
        }

        // 8. Measured on what they own: is every rep scored only on work they are responsible for, and does the manager
        //    accountable for it have the authority the matrix requires?
        output.WriteLine();
        output.WriteLine("Measured on what they own (criteria x reps x the matrix on 2026-06-30):");
        foreach (Problem finding in responsibilities.CheckOwnership(card, KangtaiPharma.Reps))
        {
            output.WriteLine($"- {finding.Severity}: {finding.Message}");
        }

        output.WriteLine();

        // 9. A scorecard of scorecards: goal attainment (above), the manager's rating (1-5 stars, converted
        //    to 0-100 exactly) and the self-assessment, with their own weights; still traceable to the bottom.
        var stars = new ScoreScale(1m, 5m);
        Scorecard final = Scorecard.CreateBuilder("final-fy2026-q1", "Final rating, first quarter FY2026")
            .Add(new PerformanceCriterion("goals", "Goal attainment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 150m)), 60m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 30m)
            .Add(new PerformanceCriterion("self", "Self-assessment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 10m)
            .WithBands(bands)
            .Build(rules);
        ScorecardResult liu = card.Explain(table, Array.FindIndex(quarter, r => r.Rep == "liu-yang"));
        ScorecardResult liuFinal = final.Score(Actuals.For("liu-yang")
            .Result("goals", liu)
            .Value("manager", stars.ConvertTo(4m, ScoreScale.Percent))
            .Value("self", stars.ConvertTo(4.5m, ScoreScale.Percent))
            .Build());
        output.WriteLine("liu-yang's final rating (a scorecard of scorecards):");
        output.WriteLine(liuFinal.Explain());
    }
}
