using System.Globalization;
using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// An <see cref="IAccountabilityStore"/> that keeps records in memory: for tests, samples and short-lived processes.
/// </summary>
/// <remarks>
/// Thread-safe: appends are serialised and all-or-nothing, reads see every append that finished before them. Records
/// are kept in append order; a query walks the index of its subject or author (or all records), so its cost grows
/// with the records of that subject or author, not with the store. Continuation tokens are the position of the last
/// record returned.
/// </remarks>
public sealed class InMemoryAccountabilityStore : IAccountabilityStore
{
    private readonly Lock _gate = new();
    private readonly List<AccountabilityRecord> _all = [];
    private readonly Dictionary<RecordId, int> _byId = [];
    private readonly Dictionary<StreamId, List<int>> _byStream = [];
    private readonly Dictionary<string, List<int>> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<PartyId, List<int>> _byAuthor = [];

    /// <summary>How many records the store holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<AccountabilityRecord>> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<AccountabilityRecord> records, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(stream, "The stream cannot be default.", nameof(stream));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(records);
        AccountabilityRecord[] batch = [.. records];
        if (batch.Length == 0)
        {
            throw new ArgumentException("At least one record is required.", nameof(records));
        }

        foreach (AccountabilityRecord record in batch)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(records), "The records cannot contain null.");
            }

            if (record.IsStored)
            {
                throw new ArgumentException($"The record '{record.Id}' is already stored (in '{record.Stream}' at version {record.Version}); append new records only.", nameof(records));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            List<int>? positions = _byStream.GetValueOrDefault(stream);
            long actual = positions?.Count ?? 0;
            if (actual != expectedVersion)
            {
                throw new StreamVersionConflictException(stream, expectedVersion, actual);
            }

            HashSet<RecordId>? seen = batch.Length > 1 ? [] : null;
            for (int i = 0; i < batch.Length; i++)
            {
                if (_byId.ContainsKey(batch[i].Id) || (seen is not null && !seen.Add(batch[i].Id)))
                {
                    throw new AccountabilityException([new Problem(
                        ProblemPath.Index("records", i),
                        FeedbackProblemCodes.DuplicateRecord,
                        $"A record with the identifier '{batch[i].Id}' is already stored; nothing was appended.",
                        ProblemSeverity.Error,
                        batch[i].Id.Value)]);
                }
            }

            if (positions is null)
            {
                positions = [];
                _byStream.Add(stream, positions);
            }

            var stored = new AccountabilityRecord[batch.Length];
            for (int i = 0; i < batch.Length; i++)
            {
                AccountabilityRecord placed = batch[i].PlacedAt(stream, actual + i + 1);
                int position = _all.Count;
                _all.Add(placed);
                _byId.Add(placed.Id, position);
                positions.Add(position);
                Index(_bySubject, placed.Subject.Key, position);
                Index(_byAuthor, placed.Author, position);
                stored[i] = placed;
            }

            return ValueTask.FromResult<IReadOnlyList<AccountabilityRecord>>(stored);
        }
    }

    /// <inheritdoc/>
    public ValueTask<AccountabilityRecord?> ReadAsync(RecordId id, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(id, "The record identifier cannot be default.", nameof(id));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_byId.TryGetValue(id, out int position) ? _all[position] : null);
        }
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<AccountabilityRecord>> ReadStreamAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(stream, "The stream cannot be default.", nameof(stream));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_byStream.TryGetValue(stream, out List<int>? positions))
            {
                return ValueTask.FromResult<IReadOnlyList<AccountabilityRecord>>([]);
            }

            var records = new AccountabilityRecord[positions.Count];
            for (int i = 0; i < records.Length; i++)
            {
                records[i] = _all[positions[i]];
            }

            return ValueTask.FromResult<IReadOnlyList<AccountabilityRecord>>(records);
        }
    }

    /// <inheritdoc/>
    public ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        int? after = ParseToken(query.ContinuationToken);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // Walk the narrowest index the query allows; positions in every index ascend.
            List<int>? index = null;
            if (query.Subject is not null)
            {
                index = _bySubject.GetValueOrDefault(query.Subject.Key) ?? [];
            }

            if (query.Author is PartyId author)
            {
                List<int> byAuthor = _byAuthor.GetValueOrDefault(author) ?? [];
                if (index is null || byAuthor.Count < index.Count)
                {
                    index = byAuthor;
                }
            }

            int count = index?.Count ?? _all.Count;
            bool descending = query.Order == RecordOrder.Descending;

            // The index walked already matches its own filter; test only what is left.
            bool filtered = query.Kinds is not null || query.From is not null || query.Until is not null
                || (query.Subject is not null && !ReferenceEquals(index, _bySubject.GetValueOrDefault(query.Subject.Key)))
                || (query.Author is PartyId a && !ReferenceEquals(index, _byAuthor.GetValueOrDefault(a)));
            int start = StartOf(index, count, after, descending);
            int step = descending ? -1 : 1;
            if (!filtered)
            {
                return ValueTask.FromResult(Slice(index, count, start, step, query.PageSize));
            }

            var match = new Filter(query);
            var page = new List<AccountabilityRecord>(Math.Min(query.PageSize, 256));
            int last = -1;
            int i = start;
            for (; i >= 0 && i < count; i += step)
            {
                int position = index is null ? i : index[i];
                AccountabilityRecord record = _all[position];
                if (!match.Matches(record))
                {
                    continue;
                }

                if (page.Count == query.PageSize)
                {
                    break;
                }

                page.Add(record);
                last = position;
            }

            // A token only when a further matching record exists (the loop stopped on one).
            string? token = i >= 0 && i < count ? last.ToString(CultureInfo.InvariantCulture) : null;
            return ValueTask.FromResult(new RecordPage(page.ToArray(), token));
        }
    }

    /// <summary>A query's filters read once, for the scan (the same test as <see cref="RecordQuery.Matches"/>).</summary>
    private readonly struct Filter(RecordQuery query)
    {
        private readonly string? _subject = query.Subject?.Key;
        private readonly PartyId _author = query.Author ?? default;
        private readonly bool _byAuthor = query.Author is not null;
        private readonly IReadOnlyList<string>? _kinds = query.Kinds;
        private readonly bool _byTime = query.From is not null || query.Until is not null;
        private readonly Instant _from = query.From ?? Instant.MinValue;
        private readonly Instant? _until = query.Until;

        public bool Matches(AccountabilityRecord record)
        {
            if (_subject is not null && !string.Equals(_subject, record.Subject.Key, StringComparison.Ordinal))
            {
                return false;
            }

            if (_byAuthor && _author != record.Author)
            {
                return false;
            }

            if (_byTime && (record.RecordedAt < _from || (_until is Instant until && record.RecordedAt >= until)))
            {
                return false;
            }

            if (_kinds is null)
            {
                return true;
            }

            string kind = record.Kind;
            for (int i = 0; i < _kinds.Count; i++)
            {
                if (string.Equals(_kinds[i], kind, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A page of an index walked without filters: every slot from <paramref name="start"/> matches, so copy.</summary>
    private RecordPage Slice(List<int>? index, int count, int start, int step, int pageSize)
    {
        int available = step > 0 ? count - start : start + 1;
        int n = Math.Clamp(available, 0, pageSize);
        var records = new AccountabilityRecord[n];
        if (index is null && step > 0)
        {
            _all.CopyTo(start, records, 0, n);
        }
        else
        {
            for (int k = 0, slot = start; k < n; k++, slot += step)
            {
                records[k] = _all[index is null ? slot : index[slot]];
            }
        }

        string? token = null;
        if (available > n)
        {
            int lastSlot = start + ((n - 1) * step);
            token = (index is null ? lastSlot : index[lastSlot]).ToString(CultureInfo.InvariantCulture);
        }

        return new RecordPage(records, token);
    }

    private static int StartOf(List<int>? index, int count, int? after, bool descending)
    {
        if (after is not int last)
        {
            return descending ? count - 1 : 0;
        }

        // The first slot past 'last' in the walking direction; positions ascend, so search.
        int lo = 0;
        int hi = count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int position = index is null ? mid : index[mid];
            if (position <= last)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // lo: first slot whose position is greater than 'last'.
        if (!descending)
        {
            return lo;
        }

        int slot = lo - 1;
        int at = slot >= 0 ? (index is null ? slot : index[slot]) : -1;
        return at == last ? slot - 1 : slot;
    }

    private static int? ParseToken(string? token)
    {
        if (token is null)
        {
            return null;
        }

        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int position))
        {
            throw new ArgumentException($"'{token}' is not a continuation token of this store.", nameof(token));
        }

        return position;
    }

    private static void Index<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<int>? positions))
        {
            positions = [];
            index.Add(key, positions);
        }

        positions.Add(position);
    }
}
