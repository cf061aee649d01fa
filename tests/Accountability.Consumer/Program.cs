using System.IO.Compression;
using System.Xml.Linq;
using Accountability;
using Accountability.Criteria;
using Accountability.DependencyInjection;
using Accountability.Scoring;
using Accountability.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
    foreach (string required in new[] { "README.md", "icon.png", "lib/net10.0/Accountability.Core.dll", "lib/net10.0/Accountability.Core.xml", "schemas/scorecard.schema.json", "schemas/actuals.schema.json", "schemas/result.schema.json", "schemas/record.schema.json", "schemas/responsibility-matrix.schema.json", "schemas/goal-tree.schema.json", "schemas/plan.schema.json", "schemas/calibration.schema.json" })
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
// Its settings come from the application's configuration and are checked at start-up, as a host would.
IConfiguration configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["Accountability:Responsibility:OverloadLimit"] = "4" })
    .Build();
var services = new ServiceCollection();
services.AddAccountability(configuration.GetSection("Accountability"), b => b.AddScoringRule<CappedAttainmentRule>());
using ServiceProvider provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();
ScoringRuleRegistry rules = provider.GetRequiredService<ScoringRuleRegistry>();
if (provider.GetRequiredService<Accountability.Responsibility.ResponsibilityChecks>().Options.OverloadLimit != 4)
{
    failures.Add("the overload limit bound from configuration did not reach the responsibility checks");
}

// A custom rule named like a built-in one stops the application at start-up, not at the first score.
var clash = new ServiceCollection();
clash.AddAccountability(b => b.AddScoringRule(new ClashingRule()));
using (ServiceProvider clashing = clash.BuildServiceProvider())
{
    try
    {
        clashing.GetRequiredService<IStartupValidator>().Validate();
        failures.Add("a custom rule named 'linear' passed the start-up validation");
    }
    catch (OptionsValidationException ex) when (ex.Message.Contains("duplicate-rule", StringComparison.Ordinal))
    {
    }
}

// The scorecard and the actuals come from JSON documents, as they would from a configuration store.
const string scorecardJson = """
    {
      "schemaVersion": 1,
      "kind": "scorecard",
      "id": "rep",
      "name": "Sales representative",
      "criteria": [
        { "id": "sales", "name": "Sales", "weight": 60, "direction": "HigherIsBetter",
          "measurementUnit": { "kind": "Money", "currency": "EUR", "minorUnitDigits": 2 },
          "scoring": { "rule": "capped-attainment", "values": { "target": 200000, "cap": 120 } } },
        { "id": "visits", "name": "Visits", "weight": 40, "direction": "HigherIsBetter", "unit": "visits",
          "scoring": { "rule": "ratio-to-target", "target": 40, "cap": 150 } }
      ],
      "bands": [ { "name": "Below" }, { "name": "Meets", "minimumScore": 90 }, { "name": "Exceeds", "minimumScore": 110 } ]
    }
    """;
const string actualsJson = """
    { "schemaVersion": 1, "kind": "actuals", "scorecard": "rep",
      "subjects": [ { "subject": "rep-1", "values": { "sales": 230000, "visits": 36 } } ] }
    """;
Scorecard card = AccountabilityJson.ReadScorecard(scorecardJson, rules);
ScorecardResult result = card.Score(AccountabilityJson.ReadActuals(actualsJson).Subjects[0]);

// 115 × 0.6 + 90 × 0.4 = 105, exactly, on the 12-place scale.
if (result.Score != 105.000000000000m || result.Band?.Name != "Meets")
{
    failures.Add($"scored {result.Score} ({result.Band?.Name}); expected 105.000000000000 (Meets)");
}

try
{
    AccountabilityJson.ReadScorecard(scorecardJson.Replace("capped-attainment", "nope", StringComparison.Ordinal), rules);
    failures.Add("an unknown rule was accepted");
}
catch (AccountabilityException ex) when (ex.Problems.Count > 0)
{
    // expected: named, with its JSON path
    Console.WriteLine("refused as expected: " + ex.Problems[0]);
}

Console.WriteLine(result.Explain());
foreach (string failure in failures)
{
    Console.Error.WriteLine("consumer check failed: " + failure);
}

Console.WriteLine(failures.Count == 0 ? "consumer check: the package installs, binds its settings from configuration, refuses a clashing rule at start-up, registers a custom rule through DI, reads a scorecard and actuals from JSON and scores." : $"consumer check: {failures.Count} failure(s).");
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

/// <summary>A rule that takes a built-in rule's name, which the library must refuse at start-up.</summary>
internal sealed class ClashingRule : IScoringRule
{
    public string Name => "linear";

    public CriterionScorer? Bind(ScoringRuleBindContext context) => null;
}
