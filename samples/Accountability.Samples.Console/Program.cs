using Accountability;
using Accountability.Samples;

// The sample console: with no arguments it tells Kangtai Pharma's whole story; `help` lists the commands
// (score and validate JSON documents, export the story's documents) and the exit codes.
TextWriter output = Console.Out;
TextWriter errors = Console.Error;
string? db = StoryStore.TakeDbOption(ref args, out string? dbError);
if (dbError is not null)
{
    errors.WriteLine(dbError);
    return Commands.Usage;
}

string which = args.Length > 0 ? args[0] : "all";
if (db is not null && which is not ("all" or "reviews"))
{
    errors.WriteLine($"--db keeps the story's feedback records and results: it goes with the whole story or 'reviews', not with '{which}'");
    return Commands.Usage;
}

switch (which)
{
    case "help" or "--help" or "-h":
        output.WriteLine(Commands.Help);
        return Commands.Done;
    case "score":
        return Commands.Score(args, output, errors);
    case "validate":
        return Commands.Validate(args, output, errors);
    case "export":
        return Commands.Export(args, output, errors);
    case "report":
        return await ReportCommand.RunAsync(args, output, errors);
    case "all" or "responsibility" or "goals" or "scoring" or "reviews" or "calibration" when args.Length <= 1:
        break;
    default:
        errors.WriteLine($"unknown command '{string.Join(' ', args)}'");
        errors.WriteLine(Commands.Help);
        return Commands.Usage;
}

if (which is "all" or "responsibility")
{
    output.WriteLine("######## 1. Who answers for what: Kangtai Pharma's sales process, in a responsibility matrix ########");
    output.WriteLine();
    ResponsibilityDemo.Run(output);
    output.WriteLine();
}

if (which is "all" or "goals")
{
    output.WriteLine("######## 2. Goals: the fiscal year's target decomposed to regions, reps and months ########");
    output.WriteLine();
    GoalsDemo.Run(output);
    output.WriteLine();
}

if (which is "all" or "scoring")
{
    output.WriteLine("######## 3. How well it went: the first quarter's scorecards, explained ########");
    output.WriteLine();
    ScoringDemo.Run(output);
    output.WriteLine();
}

if (which is "all" or "reviews")
{
    output.WriteLine("######## 4. What happens next: reviews, plans and feedback cadence ########");
    output.WriteLine();
    try
    {
        using StoryStore store = db is null ? StoryStore.InMemory() : StoryStore.Sqlite(db);
        await AfterTheScoreDemo.RunAsync(output, store);
    }
    catch (AccountabilityException ex) when (db is not null)
    {
        foreach (Problem problem in ex.Problems)
        {
            errors.WriteLine($"{problem.Code}: {problem.Message}");
        }

        return Commands.InvalidInput;
    }

    output.WriteLine();
}

if (which is "all" or "calibration")
{
    output.WriteLine("######## 5. Fairness: calibration, distribution, recognition, trends ########");
    output.WriteLine();
    CalibrationDemo.Run(output);
}

return Commands.Done;
