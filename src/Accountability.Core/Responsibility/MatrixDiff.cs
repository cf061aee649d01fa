using System.Globalization;
using System.Text;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// How responsibility moved from one version of a matrix to another: parties, work items, tenures and cells
/// added, removed and changed — the audit trail. Applying it to the earlier version gives the later one
/// (<see cref="ResponsibilityMatrix.Apply"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Items, parties and tenures appear in the order of the version they come from;
/// cells in row then column order. A changed cell lists the codes before and after.
/// </remarks>
public sealed class MatrixDiff
{
    private MatrixDiff(ResponsibilityMatrix from, ResponsibilityMatrix to)
    {
        FromVersion = from.Version;
        ToVersion = to.Version;
        ToEffectiveFrom = to.EffectiveFrom;
        var fromParties = from.Parties.ToDictionary(p => p.Id);
        var toParties = to.Parties.ToDictionary(p => p.Id);
        PartiesAdded = [.. to.Parties.Where(p => !fromParties.ContainsKey(p.Id))];
        PartiesRemoved = [.. from.Parties.Where(p => !toParties.ContainsKey(p.Id))];
        PartiesChanged = [.. from.Parties.Where(p => toParties.TryGetValue(p.Id, out Party? q) && !p.Equals(q)).Select(p => new ValueChange<Party>(p, toParties[p.Id]))];

        var fromItems = from.WorkItems.ToDictionary(i => i.Id);
        var toItems = to.WorkItems.ToDictionary(i => i.Id);
        WorkItemsAdded = [.. to.WorkItems.Where(i => !fromItems.ContainsKey(i.Id))];
        WorkItemsRemoved = [.. from.WorkItems.Where(i => !toItems.ContainsKey(i.Id))];
        WorkItemsChanged = [.. from.WorkItems.Where(i => toItems.TryGetValue(i.Id, out WorkItem? j) && !i.Equals(j)).Select(i => new ValueChange<WorkItem>(i, toItems[i.Id]))];

        var fromTenures = from.Tenures.ToHashSet();
        var toTenures = to.Tenures.ToHashSet();
        TenuresAdded = [.. to.Tenures.Where(t => !fromTenures.Contains(t)).Distinct()];
        TenuresRemoved = [.. from.Tenures.Where(t => !toTenures.Contains(t)).Distinct()];

        var fromCells = from.Assignments.ToDictionary(a => (a.WorkItem, a.Party));
        var toCells = to.Assignments.ToDictionary(a => (a.WorkItem, a.Party));
        AssignmentsAdded = [.. to.Assignments.Where(a => !fromCells.ContainsKey((a.WorkItem, a.Party)))];
        AssignmentsRemoved = [.. from.Assignments.Where(a => !toCells.ContainsKey((a.WorkItem, a.Party)))];
        AssignmentsChanged = [.. from.Assignments.Where(a => toCells.TryGetValue((a.WorkItem, a.Party), out Assignment? b) && !a.Equals(b)).Select(a => new ValueChange<Assignment>(a, toCells[(a.WorkItem, a.Party)]))];
    }

    /// <summary>The version the diff starts from.</summary>
    public int FromVersion { get; }

    /// <summary>The version the diff leads to.</summary>
    public int ToVersion { get; }

    /// <summary>The first day the later version applies, as it declares.</summary>
    public LocalDate? ToEffectiveFrom { get; }

    /// <summary>Parties only in the later version.</summary>
    public IReadOnlyList<Party> PartiesAdded { get; }

    /// <summary>Parties only in the earlier version.</summary>
    public IReadOnlyList<Party> PartiesRemoved { get; }

    /// <summary>Parties in both whose name, kind or authority changed.</summary>
    public IReadOnlyList<ValueChange<Party>> PartiesChanged { get; }

    /// <summary>Work items only in the later version.</summary>
    public IReadOnlyList<WorkItem> WorkItemsAdded { get; }

    /// <summary>Work items only in the earlier version.</summary>
    public IReadOnlyList<WorkItem> WorkItemsRemoved { get; }

    /// <summary>Work items in both whose title, parent or required authority changed.</summary>
    public IReadOnlyList<ValueChange<WorkItem>> WorkItemsChanged { get; }

    /// <summary>Tenures only in the later version (a tenure whose dates changed is removed and added).</summary>
    public IReadOnlyList<Tenure> TenuresAdded { get; }

    /// <summary>Tenures only in the earlier version.</summary>
    public IReadOnlyList<Tenure> TenuresRemoved { get; }

    /// <summary>Cells filled in the later version that were empty in the earlier one.</summary>
    public IReadOnlyList<Assignment> AssignmentsAdded { get; }

    /// <summary>Cells filled in the earlier version that are empty in the later one.</summary>
    public IReadOnlyList<Assignment> AssignmentsRemoved { get; }

    /// <summary>Cells filled in both whose codes changed.</summary>
    public IReadOnlyList<ValueChange<Assignment>> AssignmentsChanged { get; }

    /// <summary>Tells whether nothing changed.</summary>
    public bool IsEmpty =>
        PartiesAdded.Count + PartiesRemoved.Count + PartiesChanged.Count +
        WorkItemsAdded.Count + WorkItemsRemoved.Count + WorkItemsChanged.Count +
        TenuresAdded.Count + TenuresRemoved.Count +
        AssignmentsAdded.Count + AssignmentsRemoved.Count + AssignmentsChanged.Count == 0;

    /// <summary>Compares two versions of a matrix.</summary>
    /// <param name="from">The earlier version.</param>
    /// <param name="to">The later version.</param>
    /// <returns>What changed from <paramref name="from"/> to <paramref name="to"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AccountabilityException">The matrices use different schemes (<c>scheme-mismatch</c>).</exception>
    public static MatrixDiff Between(ResponsibilityMatrix from, ResponsibilityMatrix to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!ResponsibilityMatrix.SameScheme(from.Scheme, to.Scheme))
        {
            throw new AccountabilityException([new Problem("scheme", ResponsibilityProblemCodes.SchemeMismatch, $"Cannot compare a {from.Scheme.Name} matrix with a {to.Scheme.Name} matrix.", ProblemSeverity.Error, to.Scheme.Name)]);
        }

        return new MatrixDiff(from, to);
    }

    /// <summary>Lists the changes, one per line: <c>+</c> added, <c>-</c> removed, <c>~</c> changed.</summary>
    /// <returns>The text; <c>no changes</c> when empty.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"v{FromVersion} → v{ToVersion}");
        if (ToEffectiveFrom is LocalDate from)
        {
            text.Append(" from ").Append(Tenure.Iso(from));
        }

        if (IsEmpty)
        {
            return text.Append(": no changes").ToString();
        }

        void Lines<T>(string sign, string what, IEnumerable<T> values)
        {
            foreach (T value in values)
            {
                text.AppendLine().Append(sign).Append(' ').Append(what).Append(' ').Append(value);
            }
        }

        Lines("+", "party", PartiesAdded);
        Lines("-", "party", PartiesRemoved);
        Lines("~", "party", PartiesChanged);
        Lines("+", "item", WorkItemsAdded);
        Lines("-", "item", WorkItemsRemoved);
        Lines("~", "item", WorkItemsChanged);
        Lines("+", "tenure", TenuresAdded);
        Lines("-", "tenure", TenuresRemoved);
        Lines("+", "cell", AssignmentsAdded);
        Lines("-", "cell", AssignmentsRemoved);
        foreach (ValueChange<Assignment> change in AssignmentsChanged)
        {
            text.AppendLine().Append("~ cell ").Append(change.Before).Append(" → ").AppendJoin("/", change.After.Codes);
        }

        return text.ToString();
    }
}
