namespace Accountability.Scoring;

/// <summary>One subject's entry for one criterion: a value, "not applicable" with a reason, or another scorecard's result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActualValue
{
    internal ActualValue(ActualKind kind, decimal? value, string? reason, ScorecardResult? result)
    {
        Kind = kind;
        Value = value;
        Reason = reason;
        Result = result;
    }

    /// <summary>What kind of entry this is.</summary>
    public ActualKind Kind { get; }

    /// <summary>The value to score: the measured value, or the other scorecard's overall score; <see langword="null"/> when not applicable or when the other scorecard could not be rated.</summary>
    public decimal? Value { get; }

    /// <summary>Why the criterion is not applicable, if given.</summary>
    public string? Reason { get; }

    /// <summary>The other scorecard's result, for <see cref="ActualKind.Result"/>.</summary>
    public ScorecardResult? Result { get; }
}
