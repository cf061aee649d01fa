namespace Accountability.Scoring;

/// <summary>The criterion columns of a scorecard: ids in the scorecard's order and the lookup from id to column.</summary>
/// <remarks>Immutable and thread-safe; shared by the scorecard, its evaluator and its tables.</remarks>
internal sealed class CriterionColumns
{
    private readonly Dictionary<CriterionId, int> _index;

    public CriterionColumns(string scorecardName, CriterionId[] ids)
    {
        ScorecardName = scorecardName;
        Ids = ids;
        _index = new Dictionary<CriterionId, int>(ids.Length);
        for (int i = 0; i < ids.Length; i++)
        {
            _index.Add(ids[i], i);
        }
    }

    public string ScorecardName { get; }

    public CriterionId[] Ids { get; }

    public int Count => Ids.Length;

    public bool TryGet(CriterionId id, out int column) => _index.TryGetValue(id, out column);

    public int IndexOf(CriterionId criterion, string path) =>
        _index.TryGetValue(criterion, out int column)
            ? column
            : throw new AccountabilityException([new Problem(ProblemPath.Key(path, criterion.Value), ScoringProblemCodes.UnknownCriterion, UnknownMessage(criterion), ProblemSeverity.Error, criterion.Value)]);

    public string UnknownMessage(CriterionId id) =>
        $"Scorecard '{ScorecardName}' has no criterion '{id}'. Its criteria: {string.Join(", ", Ids)}.";
}
