using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One subject's band in a <see cref="ForcedDistribution"/>, with the rank that put them there.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BandPlacement
{
    internal BandPlacement(PartyId subject, decimal score, int position, int rank, GuidelineBand band, bool movedByTie)
    {
        Subject = subject;
        Score = score;
        Position = position;
        Rank = rank;
        Band = band;
        MovedByTie = movedByTie;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>The subject's score.</summary>
    public decimal Score { get; }

    /// <summary>The ordinal position, best first, ties broken by identifier (see <see cref="RankedSubject.Position"/>).</summary>
    public int Position { get; }

    /// <summary>The competition rank (RANK.EQ) — the position of the best-placed subject with the same score.</summary>
    public int Rank { get; }

    /// <summary>The band.</summary>
    public GuidelineBand Band { get; }

    /// <summary>Whether the subject's position alone would have put them in a lower band, and the tie rule lifted them to the band of those they tie with.</summary>
    public bool MovedByTie { get; }

    /// <summary>Returns the subject's band.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Subject}: {Band.Name} (score {Score}, rank {Rank}{(MovedByTie ? ", by the tie rule" : string.Empty)})");
}
