using NodaTime;

namespace Accountability.Responsibility;

/// <summary>Everything a party answers for on a date.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.ResponsibilitiesOf"/>.</remarks>
public sealed class PartyResponsibilities
{
    internal PartyResponsibilities(Party party, LocalDate on, PartyResponsibility[] entries)
    {
        Party = party;
        On = on;
        Entries = entries;
    }

    /// <summary>The party asked about.</summary>
    public Party Party { get; }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The responsibilities, in row order, direct ones first within a row.</summary>
    public IReadOnlyList<PartyResponsibility> Entries { get; }

    /// <summary>The distinct work items the party answers for, in row order.</summary>
    public IReadOnlyList<WorkItem> WorkItems => [.. Entries.Select(e => e.WorkItem).Distinct()];

    /// <summary>Returns a heading line and one line per responsibility.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Party + " on " + Tenure.Iso(On) + ":" + string.Concat(Entries.Select(e => Environment.NewLine + "  " + e));
}
