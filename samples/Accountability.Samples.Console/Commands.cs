using System.Globalization;
using Accountability;
using Accountability.Goals;
using Accountability.Reviews;
using Accountability.Scoring;
using Accountability.Serialization;

namespace Accountability.Samples;

/// <summary>
/// The sample console as a tool: score and validate JSON documents, and export the story's own documents.
/// Exit codes: 0 done, 1 invalid input (the problems go to standard error), 2 wrong usage.
/// </summary>
internal static class Commands
{
    public const int Done = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;

    public const string Help = """
        Accountability.Samples.Console: Kangtai Pharma's accountability story, and a small tool for its documents.

        Usage:
          (no arguments)                             the whole story: matrix, goals, scorecards
          responsibility | goals | scoring | reviews | calibration
                                                     one chapter of the story
          score <scorecard.json> <actuals.json|actuals.csv> [--json]
                                                     score every subject of an actuals document (JSON or CSV) and
                                                     explain each result, or print the result documents as a JSON array
          validate <document.json>                   read a document of any kind the library writes; report every problem
          export <folder>                            write the story's scorecard, first-quarter actuals, goal tree, ledger,
                                                     responsibility matrix, calibration results, plan and review cycle
          report <subject> --cycle <id> [--html <out.html>]
                                                     a rep's accountability report for a review cycle of the story,
                                                     as Markdown, or as an HTML page with charts
          help | --help | -h                         this text; `<command> --help` for one command
          --db <file.db>                             with the story or 'reviews': keep its feedback records and results
                                                     in that SQLite file between runs (in memory without it)

        Exit codes: 0 done, 1 invalid input (problems on standard error), 2 wrong usage.
        The scorecard may use the built-in rules and this sample's own rule, 'accelerated-attainment'.
        """;

    public static int Score(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 2 && args[1] is "--help" or "-h")
        {
            output.WriteLine("score <scorecard.json> <actuals.json|actuals.csv> [--json]: scores every subject of the actuals (a JSON document, or CSV with a header row of criterion ids, one row per subject and n/a for not applicable) on the scorecard and explains each result; with --json, prints the result documents (one per subject, in a JSON array) instead.");
            return Done;
        }

        bool json = args.Contains("--json");
        string[] files = [.. args.Skip(1).Where(a => a != "--json")];
        if (files.Length != 2 || files.Any(f => f.StartsWith("--", StringComparison.Ordinal)))
        {
            errors.WriteLine("usage: score <scorecard.json> <actuals.json|actuals.csv> [--json]");
            return Usage;
        }

        return Guard(errors, () =>
        {
            ScoreOnce(files[0], files[1], output, json);
            return Done;
        });
    }

    public static int Validate(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 2 && args[1] is "--help" or "-h")
        {
            output.WriteLine("validate <document.json>: reads a document of any kind the library writes (scorecard, actuals, record, records, plan, review-cycle, goal-tree, actuals-ledger, responsibility-matrix, calibration) and reports every problem with its JSON path.");
            return Done;
        }

        if (args.Length != 2)
        {
            errors.WriteLine("usage: validate <document.json>");
            return Usage;
        }

        return Guard(errors, () =>
        {
            byte[] document = File.ReadAllBytes(args[1]);
            ScoringRuleRegistry rules = ScoringDemo.Rules();
            string? kind = AccountabilityJson.KindOf(document);
            if (kind == AccountabilityJson.ActualsKind)
            {
                ActualsSet set = AccountabilityJson.ReadActuals(document);
                output.WriteLine($"valid: actuals for scorecard '{set.Scorecard}', {set.Subjects.Count} subjects");
            }
            else if (kind == AccountabilityJson.GoalTreeKind)
            {
                GoalTree tree = AccountabilityJson.ReadGoalTree(document);
                output.WriteLine($"valid: goal tree with {tree.Goals.Count} goals under {tree.Roots.Count} root(s)");
            }
            else if (kind == AccountabilityJson.LedgerKind)
            {
                ActualsLedger ledger = AccountabilityJson.ReadLedger(document);
                output.WriteLine($"valid: actuals ledger with {ledger.Entries.Count} entries");
            }
            else if (kind == AccountabilityJson.RecordKind)
            {
                output.WriteLine($"valid: {AccountabilityJson.ReadRecord(document)}");
            }
            else if (kind == AccountabilityJson.RecordsKind)
            {
                output.WriteLine($"valid: {AccountabilityJson.ReadRecords(document).Count} records");
            }
            else if (kind == AccountabilityJson.PlanKind)
            {
                ImprovementPlan plan = AccountabilityJson.ReadPlan(document);
                output.WriteLine($"valid: improvement plan for {plan.Subject} made on {plan.MadeOn:uuuu-MM-dd} with {plan.Actions.Count} actions");
            }
            else if (kind == AccountabilityJson.CycleKind)
            {
                ReviewCycle cycle = AccountabilityJson.ReadCycle(document);
                output.WriteLine($"valid: review cycle '{cycle.Name}', now {cycle.Phase}");
            }
            else if (kind == AccountabilityJson.ResponsibilityMatrixKind)
            {
                output.WriteLine($"valid: {AccountabilityJson.ReadMatrix(document)}");
            }
            else if (kind == AccountabilityJson.CalibrationKind)
            {
                CalibrationOutcome outcome = AccountabilityJson.ReadCalibration(document);
                output.WriteLine($"valid: calibration results ({outcome.Calibration?.RatingCount ?? 0} ratings, {outcome.Distribution?.Placements.Count ?? 0} placements)");
            }
            else
            {
                Scorecard card = AccountabilityJson.ReadScorecard(document, rules);
                output.WriteLine($"valid: scorecard '{card.Name}' ({card.Id}) with {card.Criteria.Count} criteria");
            }

            return Done;
        });
    }

    public static int Export(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length != 2 || args[1] is "--help" or "-h")
        {
            (args.Length == 2 ? output : errors).WriteLine("export <folder>: writes scorecard.json and actuals-2026-q2.json (the story's first quarter), goal-tree.json and actuals-ledger.json (its targets and sales through September), responsibility-matrix.json, calibration.json, plan.json (Zhao Min's improvement plan) and review-cycle.json (the first quarter's cycle).");
            return args.Length == 2 ? Done : Usage;
        }

        Scorecard card = ScoringDemo.RepScorecard(out _);
        ActualsTable table = ScoringDemo.FirstQuarter(card, out _);
        var subjects = new List<Actuals>();
        for (int row = 0; row < table.Subjects.Count; row++)
        {
            subjects.Add(ScoringDemo.ActualsOf(card, table, row));
        }

        Directory.CreateDirectory(args[1]);
        File.WriteAllText(Path.Combine(args[1], "scorecard.json"), AccountabilityJson.Write(card) + "\n");
        File.WriteAllText(Path.Combine(args[1], "actuals-2026-q2.json"), AccountabilityJson.Write(card.Id, subjects) + "\n");
        File.WriteAllText(Path.Combine(args[1], "goal-tree.json"), AccountabilityJson.Write(KangtaiPharma.Targets()) + "\n");
        File.WriteAllText(Path.Combine(args[1], "actuals-ledger.json"), AccountabilityJson.Write(KangtaiPharma.SalesThroughSeptember()) + "\n");
        File.WriteAllText(Path.Combine(args[1], "responsibility-matrix.json"), AccountabilityJson.Write(KangtaiPharma.SalesProcess()) + "\n");
        File.WriteAllText(Path.Combine(args[1], "calibration.json"), AccountabilityJson.Write(CalibrationDemo.Outcome()) + "\n");
        // Zhao Min's improvement plan and the first quarter's review cycle, as the story's reviews chapter leaves them.
        using (StoryStore store = StoryStore.InMemory())
        {
            StoryRecords story = AfterTheScoreDemo.RunAsync(TextWriter.Null, store).GetAwaiter().GetResult()
                ?? throw new InvalidOperationException("A new in-memory store cannot already hold the story.");
            File.WriteAllText(Path.Combine(args[1], "plan.json"), AccountabilityJson.Write(story.Plan) + "\n");
            File.WriteAllText(Path.Combine(args[1], "review-cycle.json"), AccountabilityJson.Write(story.FirstCycle) + "\n");
        }

        output.WriteLine($"wrote scorecard.json, actuals-2026-q2.json, goal-tree.json, actuals-ledger.json, responsibility-matrix.json, calibration.json, plan.json and review-cycle.json to {args[1]}");
        return Done;
    }

    private static void ScoreOnce(string scorecardFile, string actualsFile, TextWriter output, bool json)
    {
        ScoringRuleRegistry rules = ScoringDemo.Rules();
        Scorecard card = AccountabilityJson.ReadScorecard(File.ReadAllBytes(scorecardFile), rules);
        // Actuals come as a JSON document or as CSV (a header of criterion ids, one row per subject).
        ActualsSet set = actualsFile.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? ActualsCsv.Read(File.ReadAllText(actualsFile), card.Id)
            : AccountabilityJson.ReadActuals(File.ReadAllBytes(actualsFile));
        if (set.Scorecard != card.Id)
        {
            throw new AccountabilityException([new Problem("$.scorecard", SerializationProblemCodes.ValueNotAllowed, $"The actuals are for scorecard '{set.Scorecard}', not '{card.Id}'.")]);
        }

        var problems = new List<Problem>();
        var documents = new List<string>();
        foreach (Actuals actuals in set.Subjects)
        {
            try
            {
                ScorecardResult result = card.Score(actuals);
                if (json)
                {
                    documents.Add(AccountabilityJson.Write(result));
                    continue;
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{actuals.Subject,-12} {Rounding.Format(result.Score ?? 0m),8}  {result.Band?.Name}"));
                output.WriteLine(result.Explain());
            }
            catch (AccountabilityException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new AccountabilityException(problems);
        }

        if (json)
        {
            // Nothing is printed unless every subject scored: a partial array would read as the whole set.
            output.WriteLine("[" + string.Join(",", documents.Select(d => "\n" + d.TrimEnd())) + "\n]");
        }
    }

    private static int Guard(TextWriter errors, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (AccountabilityException ex)
        {
            foreach (Problem problem in ex.Problems)
            {
                errors.WriteLine(problem);
            }

            return InvalidInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(ex.Message);
            return InvalidInput;
        }
    }
}
