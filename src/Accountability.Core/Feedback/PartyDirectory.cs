using Accountability.Responsibility;

namespace Accountability.Feedback;

/// <summary>An <see cref="IPartyDirectory"/> over a fixed set of parties, such as the parties of a responsibility matrix.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartyDirectory : IPartyDirectory
{
    private readonly HashSet<PartyId> _parties;

    private PartyDirectory(HashSet<PartyId> parties) => _parties = parties;

    /// <summary>A directory of the given parties.</summary>
    /// <param name="parties">The parties.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is null or contains null.</exception>
    public static PartyDirectory Of(IEnumerable<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var set = new HashSet<PartyId>();
        foreach (Party party in parties)
        {
            ArgumentNullException.ThrowIfNull(party, nameof(parties));
            set.Add(party.Id);
        }

        return new PartyDirectory(set);
    }

    /// <summary>A directory of the given party identifiers.</summary>
    /// <param name="parties">The parties' identifiers.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="parties"/> contains a default identifier.</exception>
    public static PartyDirectory Of(IEnumerable<PartyId> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var set = new HashSet<PartyId>();
        foreach (PartyId party in parties)
        {
            Identifier.ThrowIfDefault(party, "The parties cannot contain a default identifier.", nameof(parties));
            set.Add(party);
        }

        return new PartyDirectory(set);
    }

    /// <summary>How many parties the directory holds.</summary>
    public int Count => _parties.Count;

    /// <inheritdoc/>
    public bool Contains(PartyId party) => _parties.Contains(party);
}
