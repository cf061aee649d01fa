namespace Accountability.Scoring;

/// <summary>What kind of entry an <see cref="ActualValue"/> is.</summary>
public enum ActualKind
{
    /// <summary>A measured value.</summary>
    Value = 0,

    /// <summary>The criterion does not apply to the subject (too new to rate, no customers surveyed yet).</summary>
    NotApplicable = 1,

    /// <summary>The value is another scorecard's overall score, with its full explanation.</summary>
    Result = 2,
}
