using System.Globalization;
using System.Text;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// Who answers, for one subject, for a work item on a date: among the item and everything nested under it, the items
/// the subject holds a Responsible code on (directly or through a role or team they belong to that day), and the
/// person Accountable for each.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Made by <see cref="ResponsibilitySnapshot.WhoAnswersFor(PartyId, WorkItemId)"/>. A West
/// rep asked about "report sales" gets the West item they work on and the West manager, never the East ones.
/// </remarks>
public sealed class SubjectAnswer
{
    internal SubjectAnswer(Party subject, WorkItem item, LocalDate on, int matrixVersion, SubjectItemAnswer[] items, Problem[] problems)
    {
        Subject = subject;
        WorkItem = item;
        On = on;
        MatrixVersion = matrixVersion;
        Items = items;
        Problems = problems;
        AccountablePeople = items.Length switch
        {
            0 => [],
            1 => items[0].Accountable is ResolvedAssignment only ? [only.Person] : [],
            _ => [.. items.Where(i => i.Accountable is not null).Select(i => i.Accountable!.Person).DistinctBy(p => p.Id).OrderBy(p => p.Id)],
        };
    }

    /// <summary>The subject asked about (usually a person; a scored role or team is answered for its own cells).</summary>
    public Party Subject { get; }

    /// <summary>The work item asked about.</summary>
    public WorkItem WorkItem { get; }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The version of the matrix that answered.</summary>
    public int MatrixVersion { get; }

    /// <summary>
    /// The items, among <see cref="WorkItem"/> and those nested under it, that the subject is Responsible for, in
    /// identifier order; empty when the subject is Responsible for none of them.
    /// </summary>
    public IReadOnlyList<SubjectItemAnswer> Items { get; }

    /// <summary>The distinct people Accountable for <see cref="Items"/>, by identifier: the subject's managers for this work.</summary>
    public IReadOnlyList<Party> AccountablePeople { get; }

    /// <summary>
    /// Why the answer is incomplete: <c>not-responsible</c> (a warning) when <see cref="Items"/> is empty, otherwise the
    /// errors that prevent an answer for some item; empty when <see cref="IsAnswered"/>.
    /// </summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Tells whether the subject is Responsible for at least one item and every such item has an Accountable person.</summary>
    public bool IsAnswered => Items.Count > 0 && Items.All(i => i.IsAnswered);

    /// <summary>Explains the answer: a heading line, then one line per item.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Subject} for {WorkItem} on {Tenure.Iso(On)} (matrix v{MatrixVersion})");
        foreach (SubjectItemAnswer item in Items)
        {
            text.AppendLine().Append("  ").Append(item);
        }

        if (Items.Count == 0)
        {
            foreach (Problem problem in Problems)
            {
                text.AppendLine().Append("  ").Append(problem.Message);
            }
        }

        return text.ToString();
    }
}
