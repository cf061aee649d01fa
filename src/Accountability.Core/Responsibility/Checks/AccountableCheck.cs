namespace Accountability.Responsibility;

/// <summary>The built-in check: Exactly one party Accountable per item, and a role or team Accountable stands for one person on the date.</summary>
internal sealed class AccountableCheck : IResponsibilityCheck
{
    public string Name => "accountable";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        string a = m.Scheme.Accountable.Symbol;
        foreach (WorkItem item in CheckOrder.Items(m))
        {
            string path = ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "accountable");
            var accountable = CheckOrder.Holding(m, item.Id, Involvement.Accountable).ToList();
            if (accountable.Count == 0)
            {
                yield return new Problem(path, ResponsibilityProblemCodes.AccountableMissing, $"No one is Accountable for '{item.Title}' ({item.Id}); give exactly one party the code {a}.");
            }
            else if (accountable.Count > 1)
            {
                yield return new Problem(path, ResponsibilityProblemCodes.AccountableMultiple, $"{CheckOrder.Count(accountable.Count)} parties are Accountable for '{item.Title}' ({item.Id}): {CheckOrder.Names(accountable)}; exactly one may hold {a}.", ProblemSeverity.Error, accountable.Count);
            }
            else if (accountable[0].Kind != PartyKind.Person)
            {
                IReadOnlyList<Party> holders = context.Day.HoldersOf(accountable[0]);
                if (holders.Count > 1)
                {
                    yield return new Problem(path, ResponsibilityProblemCodes.AccountableAmbiguous, $"The Accountable {accountable[0].Kind.ToString().ToLowerInvariant()} {accountable[0]} for '{item.Title}' ({item.Id}) stands for {CheckOrder.Count(holders.Count)} people on {CheckOrder.Date(context.On)}: {CheckOrder.Names(holders)}; one person must answer.", ProblemSeverity.Error, holders.Count);
                }
            }
        }
    }
}
