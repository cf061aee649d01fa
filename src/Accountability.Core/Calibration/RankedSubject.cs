using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One subject's place in a <see cref="Ranking"/>, under every named ranking convention.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RankedSubject
{
    internal RankedSubject(PartyId subject, decimal score, int position, int rank, decimal fractionalRank, int denseRank, int tieCount, decimal percentRankInclusive, decimal percentRankExclusive)
    {
        Subject = subject;
        Score = score;
        Position = position;
        Rank = rank;
        FractionalRank = fractionalRank;
        DenseRank = denseRank;
        TieCount = tieCount;
        PercentRankInclusive = percentRankInclusive;
        PercentRankExclusive = percentRankExclusive;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>The subject's score, as given.</summary>
    public decimal Score { get; }

    /// <summary>
    /// The ordinal rank ("1234"): every subject a different place, 1 to n. Ties are broken by
    /// <see cref="PartyId"/> in ordinal order (the smaller identifier first), so the result never depends on input order.
    /// </summary>
    public int Position { get; }

    /// <summary>The standard competition rank ("1224", RANK.EQ): 1 + the number of subjects ranked strictly before.</summary>
    public int Rank { get; }

    /// <summary>The fractional rank ("1 2.5 2.5 4", RANK.AVG): the mean of the ordinal positions of the subjects tied with this one.</summary>
    public decimal FractionalRank { get; }

    /// <summary>The dense rank ("1223"): 1 + the number of distinct scores ranked before.</summary>
    public int DenseRank { get; }

    /// <summary>How many subjects have this score, this one included (1 when untied).</summary>
    public int TieCount { get; }

    /// <summary>
    /// PERCENTRANK.INC of the score in the population: the share of the other subjects scoring <b>below</b> it,
    /// whatever the <see cref="RankOrder"/>; truncated to the ranking's significance (see <see cref="Ranking.PercentRankSignificance"/>).
    /// </summary>
    public decimal PercentRankInclusive { get; }

    /// <summary>PERCENTRANK.EXC of the score in the population, <c>(below + 1) ÷ (n + 1)</c>, truncated like <see cref="PercentRankInclusive"/>.</summary>
    public decimal PercentRankExclusive { get; }

    /// <summary>Returns the subject, score and ranks.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Subject}: score {Score}, rank {Rank} (position {Position}, dense {DenseRank}, fractional {FractionalRank}), percent rank {PercentRankInclusive}");
}
