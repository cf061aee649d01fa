using Accountability.Scoring;

namespace Accountability.Reviews;

/// <summary>
/// Cycle over cycle for one subject: this cycle's scored result against the last one's, criterion by criterion (improved,
/// declined, unchanged, new, dropped, with the figures), the overall score, and whether last cycle's planned actions were done.
/// </summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="Compare"/>; criteria are matched by id, so the scorecard may change between cycles.</remarks>
public sealed class CycleComparison
{
    private readonly CriterionChange[] _changes;
    private readonly PlannedAction[] _unfinished;

    private CycleComparison(PartyId subject, decimal? previousScore, decimal? currentScore, CriterionChange[] changes, ImprovementPlan? previousPlan)
    {
        Subject = subject;
        PreviousScore = previousScore;
        CurrentScore = currentScore;
        _changes = changes;
        PreviousPlan = previousPlan;
        _unfinished = previousPlan is null ? [] : [.. previousPlan.Actions.Where(a => a.Status is ActionStatus.Open or ActionStatus.InProgress)];
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>Last cycle's overall score; <see langword="null"/> when not rated.</summary>
    public decimal? PreviousScore { get; }

    /// <summary>This cycle's overall score; <see langword="null"/> when not rated.</summary>
    public decimal? CurrentScore { get; }

    /// <summary>This cycle's overall score minus last cycle's; <see langword="null"/> unless rated both times.</summary>
    public decimal? Difference => CurrentScore - PreviousScore;

    /// <summary>How the overall score changed (<see cref="CriterionChangeKind.NotScored"/> when rated in neither).</summary>
    public CriterionChangeKind Kind => KindOf(PreviousScore, CurrentScore);

    /// <summary>Every criterion of either result: this cycle's in its scorecard's order, then those dropped since the last, in the last one's order.</summary>
    public IReadOnlyList<CriterionChange> Changes => _changes;

    /// <summary>Last cycle's improvement plan, when one was given.</summary>
    public ImprovementPlan? PreviousPlan { get; }

    /// <summary>How many of last cycle's planned actions are done (0 without a plan).</summary>
    public int ActionsDone => PreviousPlan?.Count(ActionStatus.Done) ?? 0;

    /// <summary>How many of last cycle's planned actions were dropped (0 without a plan).</summary>
    public int ActionsDropped => PreviousPlan?.Count(ActionStatus.Dropped) ?? 0;

    /// <summary>Last cycle's planned actions still open or in progress.</summary>
    public IReadOnlyList<PlannedAction> UnfinishedActions => _unfinished;

    /// <summary>Tells whether last cycle's plan was carried out: given, and none of its actions is still open or in progress.</summary>
    public bool PlanFinished => PreviousPlan is not null && _unfinished.Length == 0;

    /// <summary>
    /// Writes the comparison as Markdown for the accountability report: the overall change, a table of criteria with both
    /// scores, the change and the actions planned for each, and how far last cycle's plan was carried out.
    /// </summary>
    /// <returns>The Markdown, lines ending with <c>\n</c>.</returns>
    public string ToMarkdown() => ReviewMarkdown.Comparison(this);

    /// <summary>Compares this cycle's result with the last one's for the same subject.</summary>
    /// <param name="previous">Last cycle's result.</param>
    /// <param name="current">This cycle's result.</param>
    /// <param name="previousPlan">Last cycle's improvement plan for the subject, if any.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> or <paramref name="current"/> is null.</exception>
    /// <exception cref="AccountabilityException">The results, or the plan, are about different subjects (<see cref="ReviewProblemCodes.SubjectMismatch"/>).</exception>
    public static CycleComparison Compare(ScorecardResult previous, ScorecardResult current, ImprovementPlan? previousPlan = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var problems = new ProblemCollector();
        if (previous.Subject != current.Subject)
        {
            problems.Error(ProblemPath.Join("current", "subject"), ReviewProblemCodes.SubjectMismatch, $"This cycle's result is for {current.Subject}, last cycle's for {previous.Subject}; compare one subject's results.", current.Subject.Value);
        }

        if (previousPlan is not null && previousPlan.Subject != previous.Subject)
        {
            problems.Error(ProblemPath.Join("previousPlan", "subject"), ReviewProblemCodes.SubjectMismatch, $"Last cycle's plan is for {previousPlan.Subject}, its result for {previous.Subject}.", previousPlan.Subject.Value);
        }

        problems.ThrowIfErrors();

        var before = new Dictionary<CriterionId, CriterionResult>(previous.Criteria.Count);
        foreach (CriterionResult criterion in previous.Criteria)
        {
            before[criterion.CriterionId] = criterion;
        }

        var planned = new Dictionary<CriterionId, List<PlannedAction>>();
        foreach (PlannedAction action in previousPlan?.Actions ?? [])
        {
            if (action.Addresses?.Criterion is { } addressed)
            {
                if (!planned.TryGetValue(addressed, out List<PlannedAction>? list))
                {
                    planned[addressed] = list = [];
                }

                list.Add(action);
            }
        }

        var changes = new List<CriterionChange>(current.Criteria.Count);
        var seen = new HashSet<CriterionId>();
        foreach (CriterionResult now in current.Criteria)
        {
            seen.Add(now.CriterionId);
            before.TryGetValue(now.CriterionId, out CriterionResult? then);
            changes.Add(Change(now.CriterionId, now.Criterion.Name, then, now, planned));
        }

        foreach (CriterionResult then in previous.Criteria)
        {
            if (!seen.Contains(then.CriterionId))
            {
                changes.Add(Change(then.CriterionId, then.Criterion.Name, then, null, planned));
            }
        }

        return new CycleComparison(current.Subject, previous.Score, current.Score, [.. changes], previousPlan);
    }

    private static CriterionChange Change(CriterionId id, string name, CriterionResult? then, CriterionResult? now, Dictionary<CriterionId, List<PlannedAction>> planned)
    {
        decimal? before = then is { IsIncluded: true } ? then.Score : null;
        decimal? after = now is { IsIncluded: true } ? now.Score : null;
        PlannedAction[] actions = planned.TryGetValue(id, out List<PlannedAction>? list) ? [.. list] : [];
        return new CriterionChange(id, name, KindOf(before, after), before, after, then?.Actual, now?.Actual, actions);
    }

    private static CriterionChangeKind KindOf(decimal? before, decimal? after) => (before, after) switch
    {
        ({ } b, { } a) when a > b => CriterionChangeKind.Improved,
        ({ } b, { } a) when a < b => CriterionChangeKind.Declined,
        ({ }, { }) => CriterionChangeKind.Unchanged,
        (null, { }) => CriterionChangeKind.New,
        ({ }, null) => CriterionChangeKind.Dropped,
        _ => CriterionChangeKind.NotScored,
    };
}
