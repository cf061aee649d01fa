using System.Globalization;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>Shared helpers of the built-in checks: everything is visited in identifier order.</summary>
internal static class CheckOrder
{
    public static IReadOnlyList<WorkItem> Items(ResponsibilityMatrix matrix) => matrix.ItemsInIdOrder;

    public static IReadOnlyList<Party> Parties(ResponsibilityMatrix matrix) => matrix.PartiesInIdOrder;

    /// <summary>The cells of an item in party-identifier order, with their codes.</summary>
    public static IReadOnlyList<(Party Party, IReadOnlyList<ResponsibilityCode> Codes)> Cells(ResponsibilityMatrix matrix, WorkItemId item) =>
        matrix.CellsInPartyOrder(item);

    public static IEnumerable<Party> Holding(ResponsibilityMatrix matrix, WorkItemId item, Involvement involvement) =>
        Cells(matrix, item).Where(c => c.Codes.Any(code => code.Involvement == involvement)).Select(c => c.Party);

    public static string Date(LocalDate date) => Tenure.Iso(date);

    public static string Names(IEnumerable<Party> parties) => string.Join(", ", parties.Select(p => p.ToString()));

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

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
                IReadOnlyList<Party> holders = m.HoldersOf(accountable[0].Id, context.On);
                if (holders.Count > 1)
                {
                    yield return new Problem(path, ResponsibilityProblemCodes.AccountableAmbiguous, $"The Accountable {accountable[0].Kind.ToString().ToLowerInvariant()} {accountable[0]} for '{item.Title}' ({item.Id}) stands for {CheckOrder.Count(holders.Count)} people on {CheckOrder.Date(context.On)}: {CheckOrder.Names(holders)}; one person must answer.", ProblemSeverity.Error, holders.Count);
                }
            }
        }
    }
}

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
                string? shortfall = m.EffectiveAuthority(party.Id, context.On).Shortfall(item.RequiredAuthority);
                if (shortfall is not null)
                {
                    yield return new Problem(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "accountable"), ResponsibilityProblemCodes.AuthorityMismatch, $"{party} is Accountable for '{item.Title}' ({item.Id}) but lacks {shortfall} on {CheckOrder.Date(context.On)}; responsibility must match authority.", ProblemSeverity.Error, party.Id);
                }
            }
        }
    }
}

internal sealed class VacancyCheck : IResponsibilityCheck
{
    public string Name => "vacancy";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        foreach (WorkItem item in CheckOrder.Items(m))
        {
            foreach ((Party party, IReadOnlyList<ResponsibilityCode> codes) in CheckOrder.Cells(m, item.Id))
            {
                if (party.Kind == PartyKind.Person || m.HoldersOf(party.Id, context.On).Count > 0)
                {
                    continue;
                }

                bool answers = codes.Any(c => c.Involvement is Involvement.Accountable or Involvement.Responsible);
                string symbols = string.Join("/", codes.Select(c => c.Symbol));
                string what = party.Kind == PartyKind.Role ? $"No one holds the role {party}" : $"The team {party} has no member";
                yield return new Problem(
                    ResponsibilityCheckContext.PathOf(item.Id, party.Id),
                    ResponsibilityProblemCodes.Vacancy,
                    $"{what} on {CheckOrder.Date(context.On)}, yet it holds {symbols} on '{item.Title}' ({item.Id}).",
                    answers ? ProblemSeverity.Error : ProblemSeverity.Warning,
                    party.Id);
            }
        }
    }
}

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
                yield return new Problem(ProblemPath.Index("options.forbiddenCombinations", i), ResponsibilityProblemCodes.UnknownCode, $"The forbidden combination {extra} names '{unknown}', which is not a code of the {m.Scheme.Name} scheme; it is not checked.", ProblemSeverity.Warning, unknown);
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

internal sealed class ConsultedCheck : IResponsibilityCheck
{
    public string Name => "consulted";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        int max = context.Options.MaximumConsulted;
        foreach (WorkItem item in CheckOrder.Items(m))
        {
            int consulted = CheckOrder.Holding(m, item.Id, Involvement.Consulted).Count();
            if (consulted > max)
            {
                yield return new Problem(ProblemPath.Join(ResponsibilityCheckContext.PathOf(item.Id), "consulted"), ResponsibilityProblemCodes.TooManyConsulted, $"{CheckOrder.Count(consulted)} parties are Consulted on '{item.Title}' ({item.Id}); more than {CheckOrder.Count(max)} slows decisions down.", ProblemSeverity.Warning, consulted);
            }
        }
    }
}

internal sealed class WorkloadCheck : IResponsibilityCheck
{
    public string Name => "workload";

    public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
    {
        ResponsibilityMatrix m = context.Matrix;
        int limit = context.Options.OverloadLimit;
        foreach (Party party in CheckOrder.Parties(m))
        {
            var cells = m.EffectiveCells(party, context.On).ToList();
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
