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
}
