namespace Accountability.Calibration;

/// <summary>A flag raised on a subject's trend for early follow-up, with its figures and reason.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TrendFlag
{
    internal TrendFlag(PartyId subject, TrendFlagKind kind, string fromPeriod, string toPeriod, decimal amount, int cycles, string reason)
    {
        Subject = subject;
        Kind = kind;
        FromPeriod = fromPeriod;
        ToPeriod = toPeriod;
        Amount = amount;
        Cycles = cycles;
        Reason = reason;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>Why the flag was raised.</summary>
    public TrendFlagKind Kind { get; }

    /// <summary>The period the flagged span starts (for a fall, the period before it).</summary>
    public string FromPeriod { get; }

    /// <summary>The period the flagged span ends (for a fall, the period it fell in).</summary>
    public string ToPeriod { get; }

    /// <summary>For a fall, how much it fell; for a run below a band, the band's minimum score.</summary>
    public decimal Amount { get; }

    /// <summary>For a run below a band, how many consecutive periods; 1 for a fall.</summary>
    public int Cycles { get; }

    /// <summary>The reason, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason.</returns>
    public override string ToString() => Reason;
}
