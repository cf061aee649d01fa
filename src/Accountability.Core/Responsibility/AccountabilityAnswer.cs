using System.Globalization;
using System.Text;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// Who answers for a work item on a date: the one Accountable person, and the Responsible, Consulted and Informed
/// people, each with the role or team through which they hold their code.
/// </summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.WhoAnswersFor(WorkItemId, LocalDate, ResponsibilityChecks)"/>.</remarks>
public sealed class AccountabilityAnswer
{
    internal AccountabilityAnswer(WorkItem item, LocalDate on, int matrixVersion, List<ResolvedAssignment> all, Problem[] notes)
    {
        WorkItem = item;
        On = on;
        MatrixVersion = matrixVersion;
        All = all;
        Accountable = all.Single(r => r.Code.Involvement == Involvement.Accountable);
        Responsible = Of(all, Involvement.Responsible);
        Consulted = Of(all, Involvement.Consulted);
        Informed = Of(all, Involvement.Informed);
        Others = [.. all.Where(r => r.Code.Involvement is not (Involvement.Accountable or Involvement.Responsible or Involvement.Consulted or Involvement.Informed))];
        Notes = notes;
    }

    /// <summary>The work item asked about.</summary>
    public WorkItem WorkItem { get; }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The version of the matrix that answered.</summary>
    public int MatrixVersion { get; }

    /// <summary>The one person who answers for the item.</summary>
    public ResolvedAssignment Accountable { get; }

    /// <summary>The people who do the work (Responsible, or the scheme's equivalent such as DACI's Driver).</summary>
    public IReadOnlyList<ResolvedAssignment> Responsible { get; }

    /// <summary>The people consulted.</summary>
    public IReadOnlyList<ResolvedAssignment> Consulted { get; }

    /// <summary>The people informed.</summary>
    public IReadOnlyList<ResolvedAssignment> Informed { get; }

    /// <summary>The people holding the scheme's other codes (Support, Verifier, Signatory, an integrator's own).</summary>
    public IReadOnlyList<ResolvedAssignment> Others { get; }

    /// <summary>Everyone, in column order and then in the scheme's code order.</summary>
    public IReadOnlyList<ResolvedAssignment> All { get; }

    /// <summary>Warnings and information the checks reported about the item (errors prevent an answer).</summary>
    public IReadOnlyList<Problem> Notes { get; }

    /// <summary>Explains the answer in a few lines, one per code.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{WorkItem} on {Tenure.Iso(On)} (matrix v{MatrixVersion})");
        foreach (IGrouping<ResponsibilityCode, ResolvedAssignment> group in All.GroupBy(r => r.Code).OrderBy(g => g.Key.Involvement))
        {
            text.AppendLine().Append("  ").Append(group.Key.Name).Append(": ").AppendJoin("; ", group);
        }

        foreach (Problem note in Notes)
        {
            text.AppendLine().Append("  note: ").Append(note.Message);
        }

        return text.ToString();
    }

    private static ResolvedAssignment[] Of(List<ResolvedAssignment> all, Involvement involvement) =>
        [.. all.Where(r => r.Code.Involvement == involvement)];
}
