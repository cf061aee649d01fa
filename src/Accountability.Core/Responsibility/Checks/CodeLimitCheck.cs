namespace Accountability.Responsibility;

/// <summary>The built-in check: No code held by more parties on one item than its maximum.</summary>
internal sealed class CodeLimitCheck : IResponsibilityCheck
{
    public string Name => "code-limits";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        ResponsibilityCode[] limited = [.. m.Scheme.Codes.Where(c => c.MaximumPerItem is not null && c.Involvement != Involvement.Accountable)];
        if (limited.Length == 0)
        {
            yield break;
        }

        foreach (WorkItem item in CheckOrder.Items(m))
        {
            IReadOnlyList<(Party Party, IReadOnlyList<ResponsibilityCode> Codes)> cells = CheckOrder.Cells(m, item.Id);
            foreach (ResponsibilityCode code in limited)
            {
                var holders = cells.Where(c => c.Codes.Contains(code)).Select(c => c.Party).ToList();
                if (holders.Count > code.MaximumPerItem)
                {
                    yield return new Problem(ProblemPath.Key(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "codes"), code.Symbol), ResponsibilityProblemCodes.CodeAboveMaximum, $"{CheckOrder.Count(holders.Count)} parties hold {code.Symbol} ({code.Name}) on '{item.Title}' ({item.Id}): {CheckOrder.Names(holders)}; at most {CheckOrder.Count(code.MaximumPerItem!.Value)} may.", ProblemSeverity.Error, holders.Count);
                }
            }
        }
    }
}
