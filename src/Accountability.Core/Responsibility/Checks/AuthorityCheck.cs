namespace Accountability.Responsibility;

/// <summary>The built-in check: The Accountable party has the authority the item requires (responsibility matches authority).</summary>
internal sealed class AuthorityCheck : IResponsibilityCheck
{
    public string Name => "authority";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        foreach (WorkItem item in CheckOrder.Items(m))
        {
            if (item.RequiredAuthority.IsNone)
            {
                continue;
            }

            foreach (Party party in CheckOrder.Holding(m, item.Id, Involvement.Accountable))
            {
                string? shortfall = context.Day.EffectiveAuthority(party).Shortfall(item.RequiredAuthority);
                if (shortfall is not null)
                {
                    yield return new Problem(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "accountable"), ResponsibilityProblemCodes.AuthorityMismatch, $"{party} is Accountable for '{item.Title}' ({item.Id}) but lacks {shortfall} on {CheckOrder.Date(context.On)}; responsibility must match authority.", ProblemSeverity.Error, party.Id);
                }
            }
        }
    }
}
