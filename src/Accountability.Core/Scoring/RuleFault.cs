using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>Reports a fault in a scoring rule through the kernel's <see cref="PluginFault"/>, naming the rule and the criterion.</summary>
internal static class RuleFault
{
    public const string Kind = "scoring rule";

    public static AccountabilityException Wrap(Exception ex, IScoringRule rule, PerformanceCriterion criterion, string path, string doing) =>
        PluginFault.Report(Kind, SafeName(rule), path, ScoringProblemCodes.RuleFault, $"{doing} criterion '{criterion.Name}' ({criterion.Id})", ex);

    public static AccountabilityException Contract(IScoringRule rule, PerformanceCriterion criterion, string path, string doing, string broken) =>
        PluginFault.Contract(Kind, SafeName(rule), path, ScoringProblemCodes.RuleFault, $"{doing} criterion '{criterion.Name}' ({criterion.Id})", broken);

    public static string SafeName(IScoringRule rule) => PluginFault.SafeName(rule, r => r.Name);
}
