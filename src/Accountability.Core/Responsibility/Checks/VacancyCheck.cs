namespace Accountability.Responsibility;

/// <summary>The built-in check: No role without a holder, or team without a member, holds a code on the date.</summary>
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
                if (party.Kind == PartyKind.Person || context.Day.HoldersOf(party).Count > 0)
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
