using Accountability.Samples;

// The sample console: `dotnet run --project samples/Accountability.Samples.Console` runs every demo;
// pass a demo's name (responsibility, scoring) to run just that one.
string which = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
TextWriter output = Console.Out;

if (which is "all" or "responsibility")
{
    ResponsibilityDemo.Run(output);
    output.WriteLine();
}

if (which is "all" or "scoring")
{
    ScoringDemo.Run(output);
}
