using System.Globalization;

namespace Accountability.Scoring;

/// <summary>
/// A knock-out criterion: when the criterion's score is below <see cref="MinimumScore"/>, the overall
/// result is capped or forced into a band, and the result says so. A gate whose criterion was left
/// out (not applicable, or missing under <see cref="MissingValuePolicy.Exclude"/>) is not evaluated,
/// and the result says that too. When several gates trigger, the lowest cap and the lowest forced band win.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScorecardGate
{
    private ScorecardGate(CriterionId criterion, decimal minimumScore, GateEffect effect, decimal? cap, string? bandName)
    {
        Identifier.ThrowIfDefault(criterion, "The criterion id cannot be default.", nameof(criterion));

        Criterion = criterion;
        MinimumScore = minimumScore;
        Effect = effect;
        Cap = cap;
        BandName = bandName;
    }

    /// <summary>The criterion the gate watches.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The gate triggers when the criterion's score is below this.</summary>
    public decimal MinimumScore { get; }

    /// <summary>What the gate does when triggered.</summary>
    public GateEffect Effect { get; }

    /// <summary>The highest overall score allowed when triggered (for <see cref="GateEffect.CapScore"/>).</summary>
    public decimal? Cap { get; }

    /// <summary>The band forced when triggered (for <see cref="GateEffect.ForceBand"/>).</summary>
    public string? BandName { get; }

    /// <summary>A gate that caps the overall score at <paramref name="cap"/> when <paramref name="criterion"/> scores below <paramref name="minimumScore"/>.</summary>
    /// <param name="criterion">The criterion to watch.</param>
    /// <param name="minimumScore">The score the criterion must reach.</param>
    /// <param name="cap">The highest overall score when the gate triggers.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default.</exception>
    public static ScorecardGate CapWhenBelow(CriterionId criterion, decimal minimumScore, decimal cap) =>
        new(criterion, minimumScore, GateEffect.CapScore, cap, null);

    /// <summary>A gate that forces the band named <paramref name="bandName"/> when <paramref name="criterion"/> scores below <paramref name="minimumScore"/>.</summary>
    /// <param name="criterion">The criterion to watch.</param>
    /// <param name="minimumScore">The score the criterion must reach.</param>
    /// <param name="bandName">The band to force; it must exist in the scorecard's bands.</param>
    /// <returns>The gate.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default, or <paramref name="bandName"/> is empty.</exception>
    public static ScorecardGate ForceBandWhenBelow(CriterionId criterion, decimal minimumScore, string bandName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bandName);
        return new(criterion, minimumScore, GateEffect.ForceBand, null, bandName);
    }

    /// <summary>Describes the gate.</summary>
    /// <returns>A sentence such as <c>if compliance scores below 100, cap the overall score at 80</c>.</returns>
    public override string ToString() => Effect == GateEffect.CapScore
        ? string.Create(CultureInfo.InvariantCulture, $"if {Criterion} scores below {MinimumScore}, cap the overall score at {Cap}")
        : string.Create(CultureInfo.InvariantCulture, $"if {Criterion} scores below {MinimumScore}, rate '{BandName}'");
}
