namespace Accountability.Scoring;

/// <summary>What a subject gets when their goals cover only part of the scoring period (they left, or took over, mid-period).</summary>
public enum PartialPeriodHandling
{
    /// <summary>They are scored against the goals they hold (after a departure, the re-decomposed targets). The default; always reported.</summary>
    Score = 0,

    /// <summary>The criterion is marked not applicable for them, with the dates their goals cover as the reason.</summary>
    NotApplicable = 1,
}
