using Accountability.Scoring;
using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// Keeps scored results by scorecard, subject and period (a <see cref="ScoredResultKey"/>), so that cycle-over-cycle
/// comparisons and reports can be built from what was stored. A result is never overwritten: saving under a key that
/// already holds one adds a new version beside the old ones (a rescoring after an upheld appeal, say).
/// </summary>
/// <remarks>
/// Implementations are thread-safe; versions of one key are numbered 1, 2, 3… without gaps, in the order the saves
/// were made, even when several writers save at once. Results are stored as their JSON document
/// (<see cref="Serialization.AccountabilityJson.Write(ScorecardResult)"/>) and read back against the scorecards they
/// were scored on (<see cref="Serialization.AccountabilityJson.ReadResult(string, IEnumerable{Scorecard})"/>). Every
/// implementation runs the same contract test suite (<c>ScoredResultStoreContract</c> in the tests): the in-memory
/// <see cref="InMemoryScoredResultStore"/> here, durable ones in <c>Accountability.Storage.*</c> packages.
/// </remarks>
public interface IScoredResultStore
{
    /// <summary>Saves <paramref name="result"/> under <paramref name="key"/> as the key's next version.</summary>
    /// <param name="key">The whole result's key (no criterion); its scorecard and subject are the result's.</param>
    /// <param name="result">The scored result.</param>
    /// <param name="savedAt">When the result is saved, from the caller's clock.</param>
    /// <param name="cancellationToken">Cancels the save before it is made.</param>
    /// <returns>The stored version: the key, its version number (from 1), the instant and the result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> names a criterion, or its scorecard or subject is not the result's.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was saved.</exception>
    ValueTask<ScoredResultVersion> SaveAsync(ScoredResultKey key, ScorecardResult result, Instant savedAt, CancellationToken cancellationToken = default);

    /// <summary>Reads the newest version saved under <paramref name="key"/>.</summary>
    /// <param name="key">The whole result's key (no criterion).</param>
    /// <param name="scorecards">The result's scorecard and those of any nested results.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The newest version, or <see langword="null"/> when nothing was saved under the key.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="scorecards"/> contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> names a criterion.</exception>
    /// <exception cref="AccountabilityException">The stored result does not fit the scorecards given.</exception>
    ValueTask<ScoredResultVersion?> ReadLatestAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default);

    /// <summary>Reads every version saved under <paramref name="key"/>, oldest first.</summary>
    /// <param name="key">The whole result's key (no criterion).</param>
    /// <param name="scorecards">The scorecards of the results and of any nested results.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The versions, 1 to n; empty when nothing was saved under the key.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="scorecards"/> contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> names a criterion.</exception>
    /// <exception cref="AccountabilityException">A stored result does not fit the scorecards given.</exception>
    ValueTask<IReadOnlyList<ScoredResultVersion>> ReadVersionsAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the keys under which results about <paramref name="subject"/> were saved, by period: earliest start first,
    /// then earliest end, then scorecard identifier (ordinal).
    /// </summary>
    /// <param name="subject">The subject.</param>
    /// <param name="overlapping">Only keys whose period shares at least one day with this one; every key when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The keys, each once; empty when none.</returns>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is default.</exception>
    ValueTask<IReadOnlyList<ScoredResultKey>> ListKeysAsync(PartyId subject, DateInterval? overlapping = null, CancellationToken cancellationToken = default);
}
