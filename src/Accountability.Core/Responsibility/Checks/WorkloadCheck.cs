namespace Accountability.Responsibility;

/// <summary>The built-in check: No party Accountable for more items than the options allow; parties with nothing to answer for are noted.</summary>
internal sealed class WorkloadCheck : IResponsibilityCheck
{
    public string Name => "workload";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        int limit = context.Options.OverloadLimit;
        foreach (Party party in CheckOrder.Parties(m))
        {
            var cells = context.Day.EffectiveCells(party).ToList();
            string path = ResponsibilityCheckContext.PathOf(party.Id);
            if (cells.Count == 0)
            {
                yield return new Problem(path, ResponsibilityProblemCodes.PartyUnassigned, $"{party} has no assignment on {CheckOrder.Date(context.On)}.", ProblemSeverity.Information);
                continue;
            }

            string a = m.Scheme.Accountable.Symbol;
            int accountable = cells.Where(c => c.Cell.Has(a)).Select(c => c.Cell.WorkItem).Distinct().Count();
            if (accountable > limit)
            {
                yield return new Problem(path, ResponsibilityProblemCodes.Overload, $"{party} is Accountable for {CheckOrder.Count(accountable)} work {(accountable == 1 ? "item" : "items")} on {CheckOrder.Date(context.On)}, more than the limit of {CheckOrder.Count(limit)}.", ProblemSeverity.Warning, accountable);
            }
        }
    }
}
