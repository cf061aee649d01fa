using System.Globalization;
using Accountability;
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
          score <scorecard.json> <actuals.json>      score every subject of an actuals document and explain each result
          validate <document.json>                   read a scorecard, actuals, matrix or calibration document and report every problem
          export <folder>                            write the story's scorecard, first-quarter actuals, matrix and calibration as documents
          help | --help | -h                         this text; `<command> --help` for one command

        Exit codes: 0 done, 1 invalid input (problems on standard error), 2 wrong usage.
        The scorecard may use the built-in rules and this sample's own rule, 'accelerated-attainment'.
        """;

    public static int Score(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 2 && args[1] is "--help" or "-h")
        {
            output.WriteLine("score <scorecard.json> <actuals.json>: scores every subject of the actuals document on the scorecard and explains each result.");
            return Done;
        }

        if (args.Length != 3)
        {
            errors.WriteLine("usage: score <scorecard.json> <actuals.json>");
            return Usage;
        }

        return Guard(errors, () =>
        {
            ScoreOnce(args[1], args[2], output);
            return Done;
        });
    }

    public static int Validate(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 2 && args[1] is "--help" or "-h")
        {
            output.WriteLine("validate <document.json>: reads a scorecard, actuals, responsibility-matrix or calibration document and reports every problem with its JSON path.");
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
            (args.Length == 2 ? output : errors).WriteLine("export <folder>: writes scorecard.json and actuals-2026-q2.json (the story's first quarter), responsibility-matrix.json and calibration.json.");
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
        File.WriteAllText(Path.Combine(args[1], "responsibility-matrix.json"), AccountabilityJson.Write(KangtaiPharma.SalesProcess()) + "\n");
        File.WriteAllText(Path.Combine(args[1], "calibration.json"), AccountabilityJson.Write(CalibrationDemo.Outcome()) + "\n");
        output.WriteLine($"wrote scorecard.json, actuals-2026-q2.json, responsibility-matrix.json and calibration.json to {args[1]}");
        return Done;
    }

    private static void ScoreOnce(string scorecardFile, string actualsFile, TextWriter output)
    {
        ScoringRuleRegistry rules = ScoringDemo.Rules();
        Scorecard card = AccountabilityJson.ReadScorecard(File.ReadAllBytes(scorecardFile), rules);
        ActualsSet set = AccountabilityJson.ReadActuals(File.ReadAllBytes(actualsFile));
        if (set.Scorecard != card.Id)
        {
            throw new AccountabilityException([new Problem("$.scorecard", SerializationProblemCodes.ValueNotAllowed, $"The actuals are for scorecard '{set.Scorecard}', not '{card.Id}'.")]);
        }

        var problems = new List<Problem>();
        foreach (Actuals actuals in set.Subjects)
        {
            try
            {
                ScorecardResult result = card.Score(actuals);
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
