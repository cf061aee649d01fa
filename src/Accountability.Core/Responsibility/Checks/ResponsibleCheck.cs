namespace Accountability.Responsibility;

/// <summary>The built-in check: At least one party Responsible (or the scheme's equivalent) per item.</summary>
internal sealed class ResponsibleCheck : IResponsibilityCheck
{
    public string Name => "responsible";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        string symbols = string.Join(" or ", m.Scheme.Codes.Where(c => c.Involvement == Involvement.Responsible).Select(c => c.Symbol));
        foreach (WorkItem item in CheckOrder.Items(m))
        {
            if (!CheckOrder.Holding(m, item.Id, Involvement.Responsible).Any())
            {
                yield return new Problem(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "responsible"), ResponsibilityProblemCodes.ResponsibleMissing, $"No one is Responsible for '{item.Title}' ({item.Id}); give at least one party the code {symbols}.");
            }
        }
    }
}
