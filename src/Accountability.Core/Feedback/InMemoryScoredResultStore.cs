using Accountability.Scoring;
using Accountability.Serialization;
using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// An <see cref="IScoredResultStore"/> that keeps scored results in memory: for tests, samples and short-lived
/// processes.
/// </summary>
/// <remarks>
/// Thread-safe: saves are serialised. Each version is kept as its JSON document and read back against the scorecards
/// given, exactly as a durable store does, so a result that would not read back from a database does not read back
/// from here either.
/// </remarks>
public sealed class InMemoryScoredResultStore : IScoredResultStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ScoredResultKey, List<Saved>> _byKey = [];
    private readonly Dictionary<PartyId, List<ScoredResultKey>> _bySubject = [];

    /// <inheritdoc/>
    public ValueTask<ScoredResultVersion> SaveAsync(ScoredResultKey key, ScorecardResult result, Instant savedAt, CancellationToken cancellationToken = default)
    {
        ScoredResultVersion.ThrowIfNotFor(key, result);
        string json = AccountabilityJson.Write(result);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out List<Saved>? versions))
            {
                versions = [];
                _byKey.Add(key, versions);
                if (!_bySubject.TryGetValue(key.Subject, out List<ScoredResultKey>? keys))
                {
                    keys = [];
                    _bySubject.Add(key.Subject, keys);
                }

                keys.Add(key);
            }

            versions.Add(new Saved(savedAt, json));
            return ValueTask.FromResult(ScoredResultVersion.Create(key, versions.Count, savedAt, result));
        }
    }

    /// <inheritdoc/>
    public ValueTask<ScoredResultVersion?> ReadLatestAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default)
    {
        ScoredResultVersion.ThrowIfNotWhole(key);
        Scorecard[] cards = Cards(scorecards);
        cancellationToken.ThrowIfCancellationRequested();
        Saved latest;
        long version;
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out List<Saved>? versions))
            {
                return ValueTask.FromResult<ScoredResultVersion?>(null);
            }

            latest = versions[^1];
            version = versions.Count;
        }

        return ValueTask.FromResult<ScoredResultVersion?>(Read(key, version, latest, cards));
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ScoredResultVersion>> ReadVersionsAsync(ScoredResultKey key, IEnumerable<Scorecard> scorecards, CancellationToken cancellationToken = default)
    {
        ScoredResultVersion.ThrowIfNotWhole(key);
        Scorecard[] cards = Cards(scorecards);
        cancellationToken.ThrowIfCancellationRequested();
        Saved[] saved;
        lock (_gate)
        {
            saved = _byKey.TryGetValue(key, out List<Saved>? versions) ? [.. versions] : [];
        }

        var read = new ScoredResultVersion[saved.Length];
        for (int i = 0; i < saved.Length; i++)
        {
            read[i] = Read(key, i + 1, saved[i], cards);
        }

        return ValueTask.FromResult<IReadOnlyList<ScoredResultVersion>>(read);
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<ScoredResultKey>> ListKeysAsync(PartyId subject, DateInterval? overlapping = null, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(subject, "The subject cannot be default.", nameof(subject));
        cancellationToken.ThrowIfCancellationRequested();
        List<ScoredResultKey> keys;
        lock (_gate)
        {
            keys = _bySubject.TryGetValue(subject, out List<ScoredResultKey>? all) ? [.. all] : [];
        }

        if (overlapping is not null)
        {
            keys.RemoveAll(k => k.Period.Start > overlapping.End || k.Period.End < overlapping.Start);
        }

        keys.Sort(static (a, b) =>
        {
            int byStart = a.Period.Start.CompareTo(b.Period.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            int byEnd = a.Period.End.CompareTo(b.Period.End);
            return byEnd != 0 ? byEnd : string.CompareOrdinal(a.Scorecard.Value, b.Scorecard.Value);
        });
        return ValueTask.FromResult<IReadOnlyList<ScoredResultKey>>(keys.ToArray());
    }

    private static Scorecard[] Cards(IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        Scorecard[] cards = [.. scorecards];
        if (Array.Exists(cards, c => c is null))
        {
            throw new ArgumentNullException(nameof(scorecards), "The scorecards cannot contain null.");
        }

        return cards;
    }

    private static ScoredResultVersion Read(ScoredResultKey key, long version, Saved saved, Scorecard[] cards) =>
        ScoredResultVersion.Create(key, version, saved.At, AccountabilityJson.ReadResult(saved.Json, cards));

    private readonly record struct Saved(Instant At, string Json);
}
