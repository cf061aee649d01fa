using Accountability.Responsibility;

namespace Accountability.Scoring;

/// <summary>Links scored results to the responsibility matrix: who answers for a criterion, and for every miss.</summary>
public static class ScorecardResultAccountability
{
    /// <summary>Asks the matrix who answers for the work item a criterion names.</summary>
    /// <param name="responsibilities">The matrix as of the evaluation date (see <see cref="ResponsibilityMatrix.AsOf"/>).</param>
    /// <param name="criterion">A criterion's result.</param>
    /// <returns>The answer, or the problems that stop one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CriterionAccountability WhoAnswersFor(this ResponsibilitySnapshot responsibilities, CriterionResult criterion)
    {
        ArgumentNullException.ThrowIfNull(responsibilities);
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.Criterion.WorkItem is not { } item)
        {
            return new CriterionAccountability(
                criterion,
                null,
                [new Problem(ProblemPath.Key("criteria", criterion.CriterionId.Value), ScoringProblemCodes.NoWorkItem, $"The criterion '{criterion.Criterion.Name}' ({criterion.CriterionId}) names no work item, so no one is on record as answering for it.")]);
        }

        try
        {
            return new CriterionAccountability(criterion, responsibilities.WhoAnswersFor(item), []);
        }
        catch (AccountabilityException ex)
        {
            return new CriterionAccountability(criterion, null, ex.Problems);
        }
    }

    /// <summary>
    /// For every criterion of <paramref name="result"/> that missed (scored below <paramref name="below"/>, or whose
    /// value was missing), asks the matrix who answers for it: who was accountable, who was responsible, who was consulted.
    /// </summary>
    /// <param name="result">A scored result.</param>
    /// <param name="responsibilities">The matrix as of the evaluation date.</param>
    /// <param name="below">A criterion scoring below this missed; 100 (the target) by default.</param>
    /// <returns>One entry per miss, in the scorecard's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<CriterionAccountability> WhoAnswersForMisses(this ScorecardResult result, ResponsibilitySnapshot responsibilities, decimal below = 100m)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(responsibilities);
        return [.. result.Criteria
            .Where(c => c.Status is CriterionStatus.MissingScoredZero or CriterionStatus.MissingExcluded || (c.Score is { } s && s < below))
            .Select(c => responsibilities.WhoAnswersFor(c))];
    }
}
