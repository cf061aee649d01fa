using NodaTime;

namespace Accountability.Responsibility;

/// <summary>Workload per party on a date, as data; render it with <see cref="ResponsibilityTable"/>.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.Workload"/>.</remarks>
public sealed class Workload
{
    private readonly Dictionary<PartyId, WorkloadRow> _byParty;

    internal Workload(LocalDate on, int matrixVersion, IReadOnlyList<ResponsibilityCode> codes, List<WorkloadRow> rows)
    {
        On = on;
        MatrixVersion = matrixVersion;
        Codes = codes;
        Rows = rows;
        _byParty = new Dictionary<PartyId, WorkloadRow>(rows.Count);
        foreach (WorkloadRow row in rows)
        {
            _byParty.TryAdd(row.Party.Id, row);
        }
    }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The version of the matrix counted.</summary>
    public int MatrixVersion { get; }

    /// <summary>The scheme's codes, the columns of the table.</summary>
    public IReadOnlyList<ResponsibilityCode> Codes { get; }

    /// <summary>One row per party, in the matrix's column order.</summary>
    public IReadOnlyList<WorkloadRow> Rows { get; }

    /// <summary>Returns the row of <paramref name="party"/>.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The row.</returns>
    /// <exception cref="AccountabilityException">The party is not in the matrix (<c>unknown-party</c>).</exception>
    public WorkloadRow For(PartyId party) =>
        _byParty.TryGetValue(party, out WorkloadRow? row) ? row : throw ResponsibilityMatrix.UnknownParty("party", party);
}
