namespace Accountability.Calibration;

/// <summary>One subject recognised by <see cref="Recognition"/>, with the reason they qualified.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RecognizedSubject
{
    internal RecognizedSubject(PartyId subject, decimal score, int rank, int position, bool tiedAtCut, string reason)
    {
        Subject = subject;
        Score = score;
        Rank = rank;
        Position = position;
        TiedAtCut = tiedAtCut;
        Reason = reason;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>The subject's score.</summary>
    public decimal Score { get; }

    /// <summary>The competition rank (RANK.EQ).</summary>
    public int Rank { get; }

    /// <summary>The ordinal position (ties by identifier).</summary>
    public int Position { get; }

    /// <summary>Whether the subject qualified only because they tie with the last place within the cut.</summary>
    public bool TiedAtCut { get; }

    /// <summary>Why the subject qualified, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}
