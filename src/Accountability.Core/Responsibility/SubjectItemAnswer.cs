using System.Text;

namespace Accountability.Responsibility;

/// <summary>
/// One work item a subject is Responsible for, inside the item they were asked about: how the subject holds the
/// Responsible code (directly or through a role or team) and who is Accountable for the item, resolved to a person.
/// </summary>
/// <remarks>Immutable and thread-safe. Part of a <see cref="SubjectAnswer"/>.</remarks>
public sealed class SubjectItemAnswer
{
    internal SubjectItemAnswer(WorkItem item, ResolvedAssignment[] holding, AccountabilityAnswer? answer, IReadOnlyList<Problem> problems)
    {
        WorkItem = item;
        Holding = holding;
        Answer = answer;
        Problems = problems;
    }

    /// <summary>The work item: the item asked about or one nested under it.</summary>
    public WorkItem WorkItem { get; }

    /// <summary>
    /// How the subject holds a Responsible code on the item: directly first, then through each role or team, by
    /// identifier; <see cref="ResolvedAssignment.Person"/> is always the subject (for a role or team asked about as a
    /// subject, its own cells, with <see cref="ResolvedAssignment.Assigned"/> the subject too).
    /// </summary>
    public IReadOnlyList<ResolvedAssignment> Holding { get; }

    /// <summary>The person Accountable for the item on the date; <see langword="null"/> when errors prevent an answer.</summary>
    public ResolvedAssignment? Accountable => Answer?.Accountable;

    /// <summary>The matrix's full answer for the item (everyone involved, and its notes); <see langword="null"/> when errors prevent one.</summary>
    public AccountabilityAnswer? Answer { get; }

    /// <summary>The errors that prevent an answer for the item, starting with <c>accountability-unresolved</c>; empty when answered.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Tells whether the matrix could name who is Accountable for the item.</summary>
    public bool IsAnswered => Answer is not null;

    /// <summary>Returns <c>West sales (sales-west): Responsible as West reps (reps-west); Accountable: Wu (wu) as West manager (rm-west)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(WorkItem).Append(": ")
            .AppendJoin(", ", Holding.Select(h => h.Assigned.Id == h.Person.Id ? h.Code.Name : h.Code.Name + " as " + h.Assigned));
        return Answer is not null
            ? text.Append("; ").Append(Answer.Accountable.Code.Name).Append(": ").Append(Answer.Accountable).ToString()
            : text.Append("; no answer: ").AppendJoin(" ", Problems.Select(p => p.Message)).ToString();
    }
}
