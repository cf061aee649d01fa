namespace Accountability.Responsibility;

/// <summary>The built-in check: The Accountable party has the authority the item requires (responsibility matches authority).</summary>
internal sealed class AuthorityCheck : IResponsibilityCheck
{
    public string Name => "authority";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        foreach (WorkItem item in CheckOrder.Items(context.Matrix))
        {
            foreach ((Party party, string shortfall) in Shortfalls(context.Day, item))
            {
                yield return new Problem(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "accountable"), ResponsibilityProblemCodes.AuthorityMismatch, $"{party} is Accountable for '{item.Title}' ({item.Id}) but lacks {shortfall} on {CheckOrder.Date(context.On)}; responsibility must match authority.", ProblemSeverity.Error, party.Id);
            }
        }
    }

    /// <summary>
    /// The rule of this check for one item: each party Accountable for <paramref name="item"/> (in identifier order) whose
    /// authority on the day falls short of what the item requires, with what it lacks.
    /// </summary>
    internal static IEnumerable<(Party Party, string Shortfall)> Shortfalls(MatrixOnDate day, WorkItem item)
    {
        if (item.RequiredAuthority.IsNone)
        {
            yield break;
        }

        foreach (Party party in CheckOrder.Holding(day.Matrix, item.Id, Involvement.Accountable))
        {
            if (day.EffectiveAuthority(party).Shortfall(item.RequiredAuthority) is string shortfall)
            {
                yield return (party, shortfall);
            }
        }
    }
}
