namespace Accountability.Responsibility;

/// <summary>How many work items one party answers for, per code.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WorkloadRow
{
    internal WorkloadRow(Party party, Dictionary<string, int> counts, int total)
    {
        Party = party;
        Counts = counts;
        Items = total;
    }

    /// <summary>The party.</summary>
    public Party Party { get; }

    /// <summary>Work items per code symbol; every code of the scheme is present, zero when unused.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>The distinct work items the party holds any code on.</summary>
    public int Items { get; }

    /// <summary>Returns the number of work items on which the party holds <paramref name="symbol"/>.</summary>
    /// <param name="symbol">A code's symbol.</param>
    /// <returns>The count; zero for a symbol the scheme does not have.</returns>
    public int CountOf(string symbol) => symbol is not null && Counts.TryGetValue(symbol, out int n) ? n : 0;
}
