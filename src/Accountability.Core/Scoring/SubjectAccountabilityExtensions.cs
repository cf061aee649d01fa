using Accountability.Criteria;
using Accountability.Responsibility;

namespace Accountability.Scoring;

/// <summary>
/// Links scored results to the responsibility matrix for the subject scored: who answers, for this person, for a
/// criterion and for every miss; and whether every subject is measured on what they own.
/// </summary>
public static class SubjectAccountabilityExtensions
{
    /// <summary>Asks the matrix who answers for the work item a criterion names, for <paramref name="subject"/>.</summary>
    /// <param name="responsibilities">The matrix as of the evaluation date (see <see cref="ResponsibilityMatrix.AsOf"/>).</param>
    /// <param name="subject">The subject scored.</param>
    /// <param name="criterion">A criterion's result.</param>
    /// <returns>The answer (see <see cref="ResponsibilitySnapshot.WhoAnswersFor(PartyId, WorkItemId)"/>), or the problems that stop one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SubjectAccountability WhoAnswersFor(this ResponsibilitySnapshot responsibilities, PartyId subject, CriterionResult criterion)
    {
        ArgumentNullException.ThrowIfNull(responsibilities);
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.Criterion.WorkItem is not { } item)
        {
            return new SubjectAccountability(
                subject,
                criterion,
                null,
                [new Problem(ProblemPath.Key("criteria", criterion.CriterionId.Value), ResponsibilityProblemCodes.CriterionWithoutWorkItem, $"The criterion '{criterion.Criterion.Name}' ({criterion.CriterionId}) names no work item, so no one is on record as answering for it.")]);
        }

        try
        {
            SubjectAnswer answer = responsibilities.WhoAnswersFor(subject, item);
            return new SubjectAccountability(subject, criterion, answer, answer.Problems);
        }
        catch (AccountabilityException ex)
        {
            return new SubjectAccountability(subject, criterion, null, ex.Problems);
        }
    }

    /// <summary>
    /// For every criterion of <paramref name="result"/> that missed (scored below <paramref name="below"/>, or whose value
    /// was missing), asks the matrix who answers for it <em>for the result's subject</em>: the items of that work the
    /// subject is Responsible for, and the person Accountable for each.
    /// </summary>
    /// <param name="result">A scored result.</param>
    /// <param name="responsibilities">The matrix as of the evaluation date.</param>
    /// <param name="below">A criterion scoring below this missed; 100 (the target) by default.</param>
    /// <returns>One entry per miss, in the scorecard's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<SubjectAccountability> WhoAnswersForMisses(this ScorecardResult result, ResponsibilitySnapshot responsibilities, decimal below = 100m)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(responsibilities);
        return [.. result.Criteria
            .Where(c => c.Status is CriterionStatus.MissingScoredZero or CriterionStatus.MissingExcluded || (c.Score is { } s && s < below))
            .Select(c => responsibilities.WhoAnswersFor(result.Subject, c))];
    }

    /// <summary>
    /// Checks that every subject is measured on what they own, on every criterion of <paramref name="scorecard"/>
    /// (see <see cref="ResponsibilitySnapshot.CheckOwnership"/> for what is reported, and where).
    /// </summary>
    /// <param name="responsibilities">The matrix as of the evaluation date.</param>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="subjects">The subjects scored on it.</param>
    /// <param name="options">Severity overrides to apply; none when omitted.</param>
    /// <returns>Every problem found; empty when every subject owns the work of every criterion and their managers have the authority it requires.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="subjects"/> contains null.</exception>
    public static IReadOnlyList<Problem> CheckOwnership(this ResponsibilitySnapshot responsibilities, Scorecard scorecard, IEnumerable<PartyId> subjects, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return responsibilities.CheckOwnership(scorecard.Criteria.Select(c => c.Criterion), subjects, options);
    }

    /// <summary>
    /// Checks that every subject is measured on what they own, on each of <paramref name="criteria"/> (see
    /// <see cref="ResponsibilitySnapshot.CheckOwnership"/> for what is reported, and where).
    /// </summary>
    /// <param name="responsibilities">The matrix as of the evaluation date.</param>
    /// <param name="criteria">The criteria the subjects are scored on.</param>
    /// <param name="subjects">The subjects.</param>
    /// <param name="options">Severity overrides to apply; none when omitted.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a list contains null.</exception>
    public static IReadOnlyList<Problem> CheckOwnership(this ResponsibilitySnapshot responsibilities, IEnumerable<PerformanceCriterion> criteria, IEnumerable<PartyId> subjects, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(responsibilities);
        ArgumentNullException.ThrowIfNull(criteria);
        PerformanceCriterion[] all = [.. criteria];
        if (Array.Exists(all, c => c is null))
        {
            throw new ArgumentNullException(nameof(criteria), "The list cannot contain null.");
        }

        return responsibilities.CheckOwnership(subjects, all.Select(c => new CriterionWork(c.Id, c.Name, c.WorkItem)), options);
    }

    /// <summary>
    /// Checks that every scored subject is measured on what they own, on the criteria each was actually scored on: every
    /// criterion of each result except those <see cref="CriterionStatus.NotApplicable"/> to its subject (see
    /// <see cref="ResponsibilitySnapshot.CheckOwnership"/> for what is reported, and where).
    /// </summary>
    /// <param name="responsibilities">The matrix as of the evaluation date.</param>
    /// <param name="results">The scored results, of one scorecard or several (each subject × criterion is checked once).</param>
    /// <param name="options">Severity overrides to apply; none when omitted.</param>
    /// <returns>Every problem found: those about criteria first, then subject by subject in the order of the results.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="results"/> contains null.</exception>
    public static IReadOnlyList<Problem> CheckOwnership(this ResponsibilitySnapshot responsibilities, IEnumerable<ScorecardResult> results, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(responsibilities);
        ArgumentNullException.ThrowIfNull(results);
        ScorecardResult[] all = [.. results];
        if (Array.Exists(all, r => r is null))
        {
            throw new ArgumentNullException(nameof(results), "The list cannot contain null.");
        }

        var works = new Dictionary<PerformanceCriterion, CriterionWork>(ReferenceEqualityComparer.Instance);
        var order = new List<CriterionWork>();
        var scored = new List<(PartyId, IReadOnlyList<CriterionWork>)>(all.Length);
        foreach (ScorecardResult result in all)
        {
            var mine = new List<CriterionWork>(result.Criteria.Count);
            foreach (CriterionResult criterion in result.Criteria)
            {
                if (criterion.Status == CriterionStatus.NotApplicable)
                {
                    continue;
                }

                if (!works.TryGetValue(criterion.Criterion, out CriterionWork? work))
                {
                    work = new CriterionWork(criterion.Criterion.Id, criterion.Criterion.Name, criterion.Criterion.WorkItem);
                    works.Add(criterion.Criterion, work);
                    order.Add(work);
                }

                mine.Add(work);
            }

            scored.Add((result.Subject, mine));
        }

        return OwnershipCheck.Run(responsibilities.Day, scored, order, options ?? ResponsibilityOptions.Default);
    }
}
