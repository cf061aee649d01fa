namespace Accountability.Scoring;

/// <summary>
/// The exact integer form of a built-in scorer, used by batch scoring's fast path (see <see cref="GridNumber"/>).
/// Integrators' rules never have one: they keep the <see cref="decimal"/> path.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
internal interface IGridScorer
{
    /// <summary>Whether the scorer's own settings fit the grid (a scorer whose floor or cap does not fit never takes the fast path).</summary>
    bool HasGridForm { get; }

    /// <summary>
    /// The definition's reference values prepared once for the fast path (read at every scale they fit), used when the
    /// subject has no own values for this criterion; null when there is nothing to prepare.
    /// </summary>
    /// <param name="references">The criterion's reference values as defined.</param>
    /// <returns>The scorer's own prepared form, passed back to <see cref="TryScoreOnGrid"/>.</returns>
    object? Prepare(decimal[] references);

    /// <summary>
    /// Scores one actual value in units of 10^-12, exactly as <see cref="CriterionScorer.Score"/> followed by rounding to
    /// 12 places would; false when the inputs do not fit (the caller then scores the subject the decimal way).
    /// </summary>
    /// <param name="actual">The actual value.</param>
    /// <param name="references">The reference values, from <paramref name="offset"/> (the slots the scorer took).</param>
    /// <param name="offset">Where the criterion's slots start.</param>
    /// <param name="prepared">What <see cref="Prepare"/> gave for the definition's values when they are the ones read; otherwise null.</param>
    /// <param name="units">The rounded score in units.</param>
    /// <returns>Whether the score was computed.</returns>
    bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units);
}
