using Accountability.Scoring;
using NodaTime;

namespace Accountability.Feedback;

/// <summary>One saved version of a scored result: its key, its version number, when it was saved, and the result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScoredResultVersion
{
    private ScoredResultVersion(ScoredResultKey key, long version, Instant savedAt, ScorecardResult result)
    {
        Key = key;
        Version = version;
        SavedAt = savedAt;
        Result = result;
    }

    /// <summary>Creates a saved version; for store implementations.</summary>
    /// <param name="key">The whole result's key (no criterion).</param>
    /// <param name="version">The version number under the key, from 1.</param>
    /// <param name="savedAt">When it was saved.</param>
    /// <param name="result">The result; its scorecard and subject are the key's.</param>
    /// <returns>The saved version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> names a criterion, or does not match the result.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    public static ScoredResultVersion Create(ScoredResultKey key, long version, Instant savedAt, ScorecardResult result)
    {
        ThrowIfNotFor(key, result);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        return new ScoredResultVersion(key, version, savedAt, result);
    }

    /// <summary>
    /// Checks that <paramref name="key"/> is a whole result's key (no criterion) whose scorecard and subject are
    /// <paramref name="result"/>'s; for store implementations, before they save.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> names a criterion, or does not match the result.</exception>
    public static void ThrowIfNotFor(ScoredResultKey key, ScorecardResult result)
    {
        ThrowIfNotWhole(key);
        ArgumentNullException.ThrowIfNull(result);
        if (key.Scorecard != result.ScorecardId || key.Subject != result.Subject)
        {
            throw new ArgumentException($"The key '{key}' is not for this result: the result scores '{result.Subject}' on '{result.ScorecardId}'.", nameof(key));
        }
    }

    /// <summary>Checks that <paramref name="key"/> names no criterion: results are stored whole; for store implementations.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> names a criterion.</exception>
    public static void ThrowIfNotWhole(ScoredResultKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Criterion is not null)
        {
            throw new ArgumentException($"The key '{key}' names a criterion; results are stored whole, under the key without one ({key.WholeResult()}).", nameof(key));
        }
    }

    /// <summary>The whole result's key.</summary>
    public ScoredResultKey Key { get; }

    /// <summary>The version number under the key, from 1; a higher number was saved later.</summary>
    public long Version { get; }

    /// <summary>When the version was saved.</summary>
    public Instant SavedAt { get; }

    /// <summary>The scored result.</summary>
    public ScorecardResult Result { get; }

    /// <summary>Returns <c>key v version</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key} v{Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
