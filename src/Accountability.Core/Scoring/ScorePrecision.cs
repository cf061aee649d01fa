using System.Runtime.CompilerServices;

namespace Accountability.Scoring;

/// <summary>
/// The precision at which scores are carried. Every rule's score, every weighted contribution and
/// every overall score is held at <see cref="Decimals"/> decimal places, rounded once with
/// <see cref="Rounding.Mode"/> (half away from zero) where a division leaves more. That is far below
/// anything shown, so display rounding (<see cref="Rounding.Format"/>) is the only rounding a reader
/// ever sees, and laws such as "contributions add up exactly to the overall score" hold exactly.
/// </summary>
/// <remarks>
/// <para>
/// <b>One scale everywhere.</b> Every score a result exposes — <see cref="ScorecardResult.Score"/> and
/// <see cref="ScorecardResult.WeightedScore"/>, each criterion's <see cref="CriterionResult.Score"/>,
/// <see cref="CriterionResult.EffectiveWeight"/> and <see cref="CriterionResult.Contribution"/>, a gate's
/// <see cref="GateOutcome.CriterionScore"/>, and the numbers of a batch <see cref="SubjectScore"/> — carries
/// <b>exactly</b> <see cref="Decimals"/> decimal places (its <see cref="decimal.Scale"/> is 12), whether it came
/// from single, batch, explained or nested scoring. So 98.5 is always <c>98.500000000000</c> and 12 always
/// <c>12.000000000000</c>: equal values print alike, and <see cref="decimal"/> equality is unaffected.
/// Actual values and declared weights are kept as given.
/// </para>
/// </remarks>
public static class ScorePrecision
{
    /// <summary>Decimal places at which scores are carried, and the scale of every score a result exposes: 12.</summary>
    public const int Decimals = 12;

    /// <summary>
    /// The largest score magnitude a rule may declare: 1,000,000,000,000. With <see cref="Decimals"/> places
    /// that keeps every score, product and sum within the 28 significant digits of <see cref="decimal"/>.
    /// </summary>
    public const decimal MaximumMagnitude = 1_000_000_000_000m;

    /// <summary>Zero at the score scale.</summary>
    internal const decimal Zero = 0.000000000000m;

    /// <summary>Rounds to <see cref="Decimals"/> places where there are more, and pads to exactly that scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Normalize(decimal score) =>
        (score.Scale <= Decimals ? score : decimal.Round(score, Decimals, Rounding.Mode)) + Zero;

    /// <summary>The same as <see cref="Normalize"/>.</summary>
    internal static decimal Round(decimal score) => Normalize(score);
}
