using Accountability.Responsibility;

namespace Accountability.Scoring;

/// <summary>
/// Links a criterion's result to the responsibility matrix for its work item as a whole (everyone accountable and
/// responsible for it). For the subject scored, use <see cref="SubjectAccountabilityExtensions.WhoAnswersForMisses"/>.
/// </summary>
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
}
