namespace Accountability.Feedback;

/// <summary>Tells which parties exist, so that feedback from or about an unknown party is refused.</summary>
/// <remarks>Implementations are thread-safe. <see cref="PartyDirectory"/> makes one from a list of parties.</remarks>
public interface IPartyDirectory
{
    /// <summary>Tells whether <paramref name="party"/> is known.</summary>
    /// <param name="party">A party.</param>
    /// <returns><see langword="true"/> when the party is known.</returns>
    bool Contains(PartyId party);
}
