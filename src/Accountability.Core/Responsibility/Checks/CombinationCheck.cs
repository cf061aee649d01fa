namespace Accountability.Responsibility;

/// <summary>The built-in check: No party holds two codes on one item that the scheme or the options forbid together.</summary>
internal sealed class CombinationCheck : IResponsibilityCheck
{
    public string Name => "combinations";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        var forbidden = new List<CodeCombination>();
        if (context.Options.UseSchemeForbiddenCombinations)
        {
            forbidden.AddRange(m.Scheme.ForbiddenCombinations);
        }

        for (int i = 0; i < context.Options.ForbiddenCombinations.Count; i++)
        {
            CodeCombination extra = context.Options.ForbiddenCombinations[i];
            string? unknown = new[] { extra.First, extra.Second }.FirstOrDefault(s => !m.Scheme.TryGetCode(s, out _));
            if (unknown is not null)
            {
                yield return new Problem(ProblemPath.Index(ProblemPath.Join("options", "forbiddenCombinations"), i), ResponsibilityProblemCodes.UnknownCode, $"The forbidden combination {extra} names '{unknown}', which is not a code of the {m.Scheme.Name} scheme; it is not checked.", ProblemSeverity.Warning, unknown);
            }
            else if (!forbidden.Contains(extra))
            {
                forbidden.Add(extra);
            }
        }

        if (forbidden.Count == 0)
        {
            yield break;
        }

        foreach (WorkItem item in CheckOrder.Items(m))
        {
            foreach ((Party party, IReadOnlyList<ResponsibilityCode> codes) in CheckOrder.Cells(m, item.Id))
            {
                for (int x = 0; x < codes.Count; x++)
                {
                    for (int y = x + 1; y < codes.Count; y++)
                    {
                        if (forbidden.Exists(f => f.Matches(codes[x].Symbol, codes[y].Symbol)))
                        {
                            yield return new Problem(ResponsibilityCheckContext.PathOf(item.Id, party.Id), ResponsibilityProblemCodes.ForbiddenCombination, $"{party} holds both {codes[x].Symbol} and {codes[y].Symbol} on '{item.Title}' ({item.Id}), which may not be held together.", ProblemSeverity.Error, codes[x].Symbol + "+" + codes[y].Symbol);
                        }
                    }
                }
            }
        }
    }
}
