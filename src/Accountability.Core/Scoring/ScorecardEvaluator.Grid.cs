using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>
/// Batch scoring's exact integer fast path: a subject's scores, their weighted sum and the weighted mean are computed
/// in units of 10^-12 (<see cref="GridNumber"/>) whenever the subject's inputs fit, giving exactly the
/// <see cref="decimal"/> path's numbers (value and scale); otherwise that subject is scored the decimal way.
/// </summary>
/// <remarks>
/// <para>
/// The fast path is taken per scorecard when it has no combination formula and no formula that reads other scores,
/// every criterion's score range lies within ±<see cref="GridNumber.MaximumScore"/> and the weights fit 64 bits at one
/// common scale. Within it, a criterion whose rule has an integer form (<see cref="IGridScorer"/>: the built-in linear,
/// ratio-to-target, target-range, rating-scale, direct, binary and banded rules) is scored on integers; any other (an integrator's rule, a formula)
/// is scored by its <see cref="CriterionScorer"/> and its rounded score carried on the grid.
/// </para>
/// <para>
/// A subject goes the decimal way when a value does not fit (a mantissa beyond 10^17 at the common scale of the
/// values compared, such as a value with 28 places), a quotient lies too near a rounding midpoint, a result would be
/// a negative zero, a value is missing under <see cref="MissingValuePolicy.Fail"/>, or a rule cannot score a value
/// (the decimal path then reports it exactly as before).
/// </para>
/// </remarks>
internal sealed partial class ScorecardEvaluator
{
    // Per criterion column: its integer form, or null (scored by its scorer and carried on the grid); the whole array
    // is null when the scorecard has no fast path.
    private readonly IGridScorer?[]? _grid;

    // Per criterion column with an integer form: the definition's reference values prepared for it (see IGridScorer.Prepare).
    private readonly object?[] _gridPrepared;

    // Per criterion column: its weight as a mantissa at the weights' common scale.
    private readonly long[] _gridWeights;

    // Whether Σ |weight × score| always fits 63 bits (otherwise the sum is taken in 128 bits).
    private bool _gridNarrowSum;

    /// <summary>Whether batch scoring may take the exact integer fast path.</summary>
    public bool HasGridPath => _grid is not null;

    /// <summary>
    /// Scores one table row on the grid. False when the subject must be scored the decimal way (nothing is reported
    /// then; the decimal path reports whatever it finds).
    /// </summary>
    public bool TryScoreOnGrid(ActualsTable table, int row, PartyId subject, Span<long> units, Span<CriterionStatus> statuses, out SubjectScore result)
    {
        result = default;
        IGridScorer?[] grid = _grid!;
        object?[] prepared = _gridPrepared;
        int n = grid.Length;
        int cells = row * n;
        decimal[] values = table.Values;
        ValueState[] states = table.States;
        int[] referencesMissing = table.ReferencesMissing;
        decimal[] vector = table.ReferenceValues;
        int vectorStart = row * Layout.Width;
        long narrow = 0;
        Int128 wide = 0;
        long weightSum = 0;
        int leftOut = 0;
        bool negative = false;
        bool narrowSum = _gridNarrowSum;
        int[] rowOffsets = _rowOffsets;
        long[] weights = _gridWeights;
        foreach (int i in _canonical)
        {
            ValueState state = states[cells + i];
            int rowOffset = rowOffsets[i];
            long score;
            if (state == ValueState.Value && (rowOffset < 0 || referencesMissing[cells + i] == 0))
            {
                (decimal[] references, int offset) = rowOffset < 0 ? (_references[i], 0) : (vector, vectorStart + rowOffset);
                if (grid[i] is { } scorer)
                {
                    if (!scorer.TryScoreOnGrid(values[cells + i], references, offset, rowOffset < 0 ? prepared[i] : null, out score))
                    {
                        return false;
                    }
                }
                else if (!GridNumber.TryScoreUnits(ScoreOne(i, values[cells + i], subject, inBatch: true, references, offset), out score))
                {
                    return false;
                }

                statuses[i] = CriterionStatus.Scored;
            }
            else if (state == ValueState.NotApplicable)
            {
                statuses[i] = CriterionStatus.NotApplicable;
                leftOut++;
                continue;
            }
            else if (_missing == MissingValuePolicy.Exclude)
            {
                statuses[i] = CriterionStatus.MissingExcluded;
                leftOut++;
                continue;
            }
            else if (_missing == MissingValuePolicy.ScoreZero)
            {
                statuses[i] = CriterionStatus.MissingScoredZero;
                score = 0;
            }
            else
            {
                // Missing under Fail: the decimal path reports every missing value.
                return false;
            }

            units[i] = score;
            negative |= score < 0;
            long weight = weights[i];
            if (narrowSum)
            {
                narrow = unchecked(narrow + (weight * score));
            }
            else
            {
                wide = unchecked(wide + ((Int128)weight * score));
            }

            weightSum += weight;
        }

        if (weightSum == 0)
        {
            result = new SubjectScore(subject, null, null, null, 0, leftOut);
            return true;
        }

        // The weighted mean, rounded once to the grid (refused near a midpoint, and for a zero that the decimal path may sign).
        Int128 numerator = _gridNarrowSum ? narrow : wide;
        if (numerator == 0 && negative)
        {
            return false;
        }

        UInt128 magnitude = numerator < 0 ? (UInt128)(-numerator) : (UInt128)numerator;
        if (!GridNumber.TryRound(magnitude, (ulong)weightSum, out ulong mean) || (mean == 0 && numerator < 0))
        {
            return false;
        }

        decimal weighted = GridNumber.ToDecimal(numerator < 0 ? -(long)mean : (long)mean);
        decimal final = weighted;
        int forcedBand = int.MaxValue;
        int triggered = 0;
        for (int g = 0; g < _gates.Length; g++)
        {
            int column = _gateColumns[g];
            if (statuses[column] is CriterionStatus.NotApplicable or CriterionStatus.MissingExcluded || GridNumber.ToDecimal(units[column]) >= _gates[g].MinimumScore)
            {
                continue;
            }

            triggered++;
            if (_gates[g].Effect == GateEffect.CapScore)
            {
                final = Math.Min(final, ScorePrecision.Normalize(_gates[g].Cap.GetValueOrDefault()));
            }
            else
            {
                forcedBand = Math.Min(forcedBand, _gateBands[g]);
            }
        }

        RatingBand? band = null;
        if (_bands is not null)
        {
            int bandIndex = _bands.IndexOf(final);
            band = _bands.Bands[forcedBand < bandIndex ? forcedBand : bandIndex];
        }

        result = new SubjectScore(subject, weighted, final, band, triggered, leftOut);
        return true;
    }

    // The integer forms, or null when the scorecard has no fast path; the weights at their common scale.
    private IGridScorer?[]? GridScorers(out long[] weights, out object?[] prepared)
    {
        int n = _criteria.Length;
        weights = new long[n];
        prepared = new object?[n];
        if (_combination is not null || _order is not null || !GridNumber.LayoutKnown || n == 0)
        {
            return null;
        }

        var mantissas = new long[n];
        var scales = new int[n];
        int common = 0;
        for (int i = 0; i < n; i++)
        {
            if (_ranges[i].Minimum < -GridNumber.MaximumScore || _ranges[i].Maximum > GridNumber.MaximumScore
                || !GridNumber.TryRead(_weights[i], out mantissas[i], out scales[i]) || mantissas[i] <= 0)
            {
                return null;
            }

            common = Math.Max(common, scales[i]);
        }

        UInt128 weightSum = 0;
        UInt128 bound = 0;
        for (int i = 0; i < n; i++)
        {
            if (!GridNumber.TryRaise(ref mantissas[i], scales[i], common))
            {
                return null;
            }

            weights[i] = mantissas[i];
            weightSum += (ulong)mantissas[i];
            decimal largest = Math.Max(Math.Abs(_ranges[i].Minimum), Math.Abs(_ranges[i].Maximum));
            bound += (UInt128)(ulong)mantissas[i] * (ulong)(decimal.Ceiling(largest) * GridNumber.One);
        }

        // The sum of weights is a divisor below 2^62; Σ |weight × score| decides between 64- and 128-bit sums.
        if (weightSum >= (UInt128)1 << 62)
        {
            return null;
        }

        _gridNarrowSum = bound < long.MaxValue;
        IGridScorer?[] grid = [.. _scorers.Select(s => s is IGridScorer { HasGridForm: true } g ? g : null)];
        for (int i = 0; i < n; i++)
        {
            prepared[i] = grid[i]?.Prepare(_references[i]);
        }

        return grid;
    }
}
