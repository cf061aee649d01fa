namespace Accountability.Responsibility;

/// <summary>The built-in check: Not more parties Consulted on one item than the options allow.</summary>
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
