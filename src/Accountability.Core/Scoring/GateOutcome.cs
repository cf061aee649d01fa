namespace Accountability.Scoring;

/// <summary>What a gate did for one subject. The sentence saying so (<see cref="Explanation"/>) is written only when asked for.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GateOutcome
{
    internal GateOutcome(ScorecardGate gate, string criterionName, bool evaluated, bool triggered, decimal? criterionScore, decimal? weightedScore, bool bandForced)
    {
        Gate = gate;
        CriterionName = criterionName;
        Evaluated = evaluated;
        Triggered = triggered;
        CriterionScore = criterionScore;
        WeightedScore = weightedScore;
        BandForced = bandForced;
    }

    /// <summary>The gate.</summary>
    public ScorecardGate Gate { get; }

    /// <summary>Whether the gate's criterion had a score to test (false when it was left out).</summary>
    public bool Evaluated { get; }

    /// <summary>Whether the gate triggered.</summary>
    public bool Triggered { get; }

    /// <summary>The criterion's score that was tested, if any.</summary>
    public decimal? CriterionScore { get; }

    /// <summary>A sentence saying what happened; written when read.</summary>
    public string Explanation => ScorecardExplainer.Describe(this);

    internal string CriterionName { get; }

    internal decimal? WeightedScore { get; }

    internal bool BandForced { get; }

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}
