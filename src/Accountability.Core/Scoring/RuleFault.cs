using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>Reports a fault in a scoring rule with the rule's and the criterion's names.</summary>
internal static class RuleFault
{
    public static AccountabilityException Wrap(Exception ex, IScoringRule rule, PerformanceCriterion criterion, string path, string doing) =>
        new(
            [
                new Problem(
                    path,
                    ScoringProblemCodes.RuleFault,
                    $"The scoring rule '{SafeName(rule)}' failed while {doing} criterion '{criterion.Name}' ({criterion.Id}): {ex.GetType().Name}: {ex.Message}"),
            ],
            ex);

    public static string SafeName(IScoringRule rule)
    {
        try
        {
            return rule.Name ?? rule.GetType().Name;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return rule.GetType().Name;
        }
    }
}
