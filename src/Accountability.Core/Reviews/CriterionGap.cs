namespace Accountability.Reviews;

/// <summary>
/// Why a proposed action was made (see <see cref="ImprovementPlan.Propose"/>): a criterion scored below the bar, by how much,
/// and, when the result carried the subject's own target for it, the gap between the actual value and that target.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CriterionGap
{
    internal CriterionGap(CriterionId criterion, string criterionName, decimal score, decimal bar, decimal? actual, decimal? target, decimal? targetGap)
    {
        Criterion = criterion;
        CriterionName = criterionName;
        Score = score;
        Bar = bar;
        Actual = actual;
        Target = target;
        TargetGap = targetGap;
    }

    /// <summary>The criterion.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The criterion's name.</summary>
    public string CriterionName { get; }

    /// <summary>The criterion's score in the result.</summary>
    public decimal Score { get; }

    /// <summary>The score below which an action is proposed (<see cref="PlanProposalOptions.BelowScore"/>).</summary>
    public decimal Bar { get; }

    /// <summary>How far the score is below the bar: <see cref="Bar"/> − <see cref="Score"/>, always positive.</summary>
    public decimal ScoreGap => Bar - Score;

    /// <summary>The actual value, when there was one (a missing value scored 0 has none).</summary>
    public decimal? Actual { get; }

    /// <summary>The subject's own reference value named <c>target</c> for the criterion, when the result carried it (<see cref="Accountability.Scoring.CriterionResult.References"/>).</summary>
    public decimal? Target { get; }

    /// <summary>
    /// How far the actual value is from <see cref="Target"/> in the criterion's good direction: target − actual when higher is
    /// better, actual − target when lower is better, the distance between them when closest to target is best (positive while
    /// short of target); <see langword="null"/> without a target or an actual.
    /// </summary>
    public decimal? TargetGap { get; }
}
