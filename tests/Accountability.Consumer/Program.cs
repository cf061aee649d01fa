using System.IO.Compression;
using System.Xml.Linq;
using Accountability;
using Accountability.Criteria;
using Accountability.DependencyInjection;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;

// A consumer of the Accountability.Core package. Usage: Accountability.Consumer <path to the .nupkg>
// Exit code 0 when everything checks out, 1 with the reasons on stderr otherwise.
var failures = new List<string>();

// 1. The package itself: what a user sees on nuget.org and in their IDE.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Accountability.Consumer <Accountability.Core.x.y.z.nupkg>");
    return 2;
}

using (ZipArchive package = ZipFile.OpenRead(args[0]))
{
    string[] entries = [.. package.Entries.Select(e => e.FullName)];
    foreach (string required in new[] { "README.md", "icon.png", "lib/net10.0/Accountability.Core.dll", "lib/net10.0/Accountability.Core.xml" })
    {
        if (!entries.Contains(required))
        {
            failures.Add($"the package has no {required}");
        }
    }

    ZipArchiveEntry nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using Stream nuspecStream = nuspecEntry.Open();
    XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Field(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
    foreach (string field in new[] { "id", "version", "authors", "description", "license", "icon", "readme", "projectUrl", "tags" })
    {
        if (string.IsNullOrWhiteSpace(Field(field)))
        {
            failures.Add($"the nuspec has no {field}");
        }
    }

    XElement? repository = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository");
    if (repository?.Attribute("url") is null || repository.Attribute("commit") is null)
    {
        failures.Add("the nuspec names no repository URL and commit (SourceLink)");
    }

    ZipArchiveEntry? readme = package.GetEntry("README.md");
    if (readme is not null)
    {
        using var reader = new StreamReader(readme.Open());
        string text = reader.ReadToEnd();
        foreach (string repositoryOnly in new[] { "dotnet test", ".ci/run", "samples/", "benchmarks/" })
        {
            if (text.Contains(repositoryOnly, StringComparison.Ordinal))
            {
                failures.Add($"the package README mentions '{repositoryOnly}', which only exists in the repository");
            }
        }
    }
}

string symbols = Path.ChangeExtension(args[0], ".snupkg");
if (!File.Exists(symbols))
{
    failures.Add("no symbol package (.snupkg) beside the package");
}

// 2. Use it as an integrator would: a custom rule registered through DI, a scorecard, a score, an explanation.
var services = new ServiceCollection();
services.AddAccountability(b => b.AddScoringRule<CappedAttainmentRule>());
using ServiceProvider provider = services.BuildServiceProvider();
ScoringRuleRegistry rules = provider.GetRequiredService<ScoringRuleRegistry>();

Scorecard card = Scorecard.CreateBuilder("rep", "Sales representative")
    .Add(new PerformanceCriterion("sales", "Sales", MeasurementUnit.Money(Currency.EUR), CriterionDirection.HigherIsBetter,
        ScoringMethod.Custom("capped-attainment", new Dictionary<string, decimal> { ["target"] = 200_000m, ["cap"] = 120m })), 60m)
    .Add(new PerformanceCriterion("visits", "Visits", "visits", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(40m, 150m)), 40m)
    .WithBands(RatingBands.StartingWith("Below").Then(90m, "Meets").Then(110m, "Exceeds"))
    .Build(rules);
ScorecardResult result = card.Score(Actuals.For("rep-1").Value("sales", 230_000m).Value("visits", 36m).Build());

// 115 × 0.6 + 90 × 0.4 = 105, exactly, on the 12-place scale.
if (result.Score != 105.000000000000m || result.Band?.Name != "Meets")
{
    failures.Add($"scored {result.Score} ({result.Band?.Name}); expected 105.000000000000 (Meets)");
}

try
{
    Scorecard.CreateBuilder("bad", "Bad").Add(new PerformanceCriterion("x", "X", "n", CriterionDirection.HigherIsBetter, ScoringMethod.Custom("nope", new Dictionary<string, decimal>())), 100m).Build(rules);
    failures.Add("an unknown rule was accepted");
}
catch (AccountabilityException ex) when (ex.Problems.Count > 0)
{
    // expected: named, with a path
}

Console.WriteLine(result.Explain());
foreach (string failure in failures)
{
    Console.Error.WriteLine("consumer check failed: " + failure);
}

Console.WriteLine(failures.Count == 0 ? "consumer check: the package installs, registers a custom rule through DI and scores." : $"consumer check: {failures.Count} failure(s).");
return failures.Count == 0 ? 0 : 1;

/// <summary>The integrator's own rule: attainment against a target, capped.</summary>
internal sealed class CappedAttainmentRule : IScoringRule
{
    public string Name => "capped-attainment";

    public CriterionScorer? Bind(ScoringRuleBindContext context)
    {
        ReferenceSlot target = context.Reference("target");
        decimal cap = context.Require("cap");
        return context.HasErrors ? null : new Scorer(target, cap);
    }

    private sealed class Scorer(ReferenceSlot target, decimal cap) : CriterionScorer(new ScoreRange(0m, cap))
    {
        public override decimal Score(in ScoringContext context) => Math.Min(cap, Math.Max(0m, context.Actual * 100m / context.Reference(target)));
    }
}
