using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// A matrix validated once as of a date, ready to answer who answers for each work item that day without
/// running the checks again — for example, once per scored period while explaining every criterion's result.
/// </summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.AsOf"/>.</remarks>
public sealed class ResponsibilitySnapshot
{
    private readonly MatrixOnDate _day;
    private readonly Lazy<ProblemIndex> _index;

    internal ResponsibilitySnapshot(MatrixOnDate day, IReadOnlyList<Problem> problems)
    {
        _day = day;
        Matrix = day.Matrix;
        On = day.On;
        Problems = problems;
        _index = new(() => new ProblemIndex(problems));
    }

    /// <summary>The matrix.</summary>
    public ResponsibilityMatrix Matrix { get; }

    /// <summary>The matrix resolved on <see cref="On"/>.</summary>
    internal MatrixOnDate Day => _day;

    /// <summary>The date roles and teams are resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>Every problem the checks found on <see cref="On"/>.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Tells whether any problem is an error (some items may still be answerable).</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>
    /// Answers who is Accountable, Responsible, Consulted and Informed for <paramref name="item"/>, resolving roles and
    /// teams to the people holding them on <see cref="On"/>.
    /// </summary>
    /// <param name="item">The work item, such as the one a scorecard criterion names.</param>
    /// <returns>The explained answer; warnings and information that concern the item are in <see cref="AccountabilityAnswer.Notes"/>.</returns>
    /// <remarks>
    /// Problems that concern the item are those under its path (<c>items[id]</c>), those about a party named in its
    /// cells or a person they resolve to (<c>parties[id]</c>), and those tied to neither items nor parties. Any error
    /// among them means no one can be named with confidence, so the query fails. Problems about other items do not
    /// matter here. Each answer looks only at the problems that can concern the item (they are indexed once).
    /// </remarks>
    /// <exception cref="AccountabilityException">
    /// The item is not defined (<c>unknown-work-item</c>), or errors concern the item (<c>accountability-unresolved</c>
    /// followed by every such error).
    /// </exception>
    public AccountabilityAnswer WhoAnswersFor(WorkItemId item) => Matrix.Answer(item, _day, _index.Value);

    /// <summary>Returns the problems that prevent an answer for <paramref name="item"/>; empty when it can be answered.</summary>
    /// <param name="item">The work item.</param>
    /// <returns>The blocking errors, starting with <c>accountability-unresolved</c>; empty when there are none.</returns>
    /// <exception cref="AccountabilityException">The item is not defined (<c>unknown-work-item</c>).</exception>
    public IReadOnlyList<Problem> Blocking(WorkItemId item) => Matrix.Resolve(item, _day, _index.Value).Blocking ?? [];

    /// <summary>
    /// Answers, for <paramref name="subject"/>, who answers for <paramref name="item"/> on <see cref="On"/>: among the
    /// item and everything nested under it, the items where the subject holds a Responsible code (directly, or through a
    /// role or team they hold or belong to that day), and the person Accountable for each.
    /// </summary>
    /// <param name="subject">The subject, such as the person a scorecard result is for.</param>
    /// <param name="item">The work item, such as the one a scorecard criterion names.</param>
    /// <returns>
    /// The answer. When the subject is Responsible for none of those items, <see cref="SubjectAnswer.Items"/> is empty and
    /// the warning <c>not-responsible</c> says so; an item with errors that concern it (as for
    /// <see cref="WhoAnswersFor(WorkItemId)"/>) is listed without an Accountable person, with its blocking errors.
    /// </returns>
    /// <remarks>
    /// Linear in the smaller of the item's subtree (with its cells) and the cells of the subject and its roles and teams,
    /// plus the subject's memberships and the items found; nothing recurses, whatever the depth of nesting.
    /// </remarks>
    /// <exception cref="AccountabilityException">
    /// The subject is not defined (<c>unknown-party</c>), the item is not defined (<c>unknown-work-item</c>), or
    /// <see cref="On"/> is before the matrix's version applies (<c>date-before-version</c>).
    /// </exception>
    public SubjectAnswer WhoAnswersFor(PartyId subject, WorkItemId item) => Matrix.AnswerFor(subject, item, _day, _index.Value);

    /// <summary>
    /// Checks that every subject is measured on what they own (权责对等 applied to evaluation): for each subject and each
    /// criterion, that the subject holds a Responsible code on the criterion's work item or an item under it, and that the
    /// party Accountable for each such item has the authority the item requires (the rule of the built-in
    /// <c>authority</c> check). Never throws for what it finds.
    /// </summary>
    /// <param name="subjects">The subjects scored (each subject × criterion is checked once).</param>
    /// <param name="criteria">The criteria they are scored on.</param>
    /// <param name="options">Severity overrides to apply (see <see cref="ResponsibilityOptions.WithSeverity"/>); none when omitted.</param>
    /// <returns>
    /// Every problem, subject by subject in the order given, then criterion by criterion: <c>scored-without-responsibility</c>
    /// (error) at <c>subjects[ana].criteria[sales]</c>; <c>manager-lacks-authority</c> (error) at
    /// <c>subjects[ana].criteria[sales].items[sales-west].accountable</c>, one per item and Accountable party;
    /// <c>unknown-party</c> (error) at <c>subjects[ana]</c> for a subject the matrix does not define; and, once per
    /// criterion before the subjects, <c>criterion-without-work-item</c> (information) at <c>criteria[csat]</c> or
    /// <c>unknown-work-item</c> (error) at <c>criteria[sales].workItem</c>. On a date before the matrix's version
    /// applies, only <c>date-before-version</c>.
    /// </returns>
    /// <remarks>
    /// Each party's Responsible items are indexed once (sorted by position in a depth-first order, where every subtree is
    /// one run), so each subject × criterion is a few binary searches: the check is linear in subjects × criteria (times
    /// the subject's roles and teams and a logarithm) plus the size of the matrix and the problems reported.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a list contains null.</exception>
    /// <exception cref="ArgumentException">A subject identifier is <c>default</c>.</exception>
    public IReadOnlyList<Problem> CheckOwnership(IEnumerable<PartyId> subjects, IEnumerable<CriterionWork> criteria, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(criteria);
        CriterionWork[] works = [.. criteria];
        if (Array.Exists(works, w => w is null))
        {
            throw new ArgumentNullException(nameof(criteria), "The list cannot contain null.");
        }

        PartyId[] scored = [.. subjects];
        if (Array.Exists(scored, s => s.IsDefault))
        {
            throw new ArgumentException("A subject identifier cannot be default.", nameof(subjects));
        }

        return OwnershipCheck.Run(_day, scored, works, options ?? ResponsibilityOptions.Default);
    }
}
