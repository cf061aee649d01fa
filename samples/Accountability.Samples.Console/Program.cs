using Accountability.Samples;

// The sample console: `dotnet run --project samples/Accountability.Samples.Console` runs every demo;
// pass a demo's name (responsibility, goals, scoring) to run just that one.
string which = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
TextWriter output = Console.Out;

if (which is "all" or "responsibility")
{
    output.WriteLine("######## 1. Who answers for what: the sales process's responsibility matrix ########");
    output.WriteLine();
    ResponsibilityDemo.Run(output);
    output.WriteLine();
}

if (which is "all" or "goals")
{
    output.WriteLine("######## 2. Goals: the company target decomposed to regions, reps and months ########");
    output.WriteLine();
    GoalsDemo.Run(output);
    output.WriteLine();
}

if (which is "all" or "scoring")
{
    output.WriteLine("######## 3. How well it went: scorecards, explained ########");
    output.WriteLine();
    ScoringDemo.Run(output);
}
