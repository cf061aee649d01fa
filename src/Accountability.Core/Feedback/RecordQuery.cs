using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// Asks a store for records: by subject, author, kind and time range (every filter given must match), in either order,
/// one page at a time.
/// </summary>
/// <example>
/// <code>
/// var query = new RecordQuery { Subject = RecordSubject.Of("ana"), Kinds = [RecordKinds.Coaching], PageSize = 50 };
/// RecordPage page = await store.QueryAsync(query);
/// while (page.ContinuationToken is { } next)
/// {
///     page = await store.QueryAsync(query.After(next));
/// }
/// </code>
/// </example>
/// <remarks>
/// Immutable once made and thread-safe. Records come in the order the store appended them (or the reverse), which is
/// the same for every page of one query; the time range filters on <see cref="AccountabilityRecord.RecordedAt"/>,
/// <see cref="From"/> included and <see cref="Until"/> excluded.
/// </remarks>
public sealed class RecordQuery
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>The page size when none is given.</summary>
    public const int DefaultPageSize = 100;

    private readonly string[]? _kinds;
    private readonly int _pageSize = DefaultPageSize;

    /// <summary>Only records about this subject; any subject when <see langword="null"/>.</summary>
    public RecordSubject? Subject { get; init; }

    /// <summary>Only records by this author; any author when <see langword="null"/>.</summary>
    public PartyId? Author { get; init; }

    /// <summary>Only records of these kinds (see <see cref="AccountabilityRecord.Kind"/>); any kind when <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The list is empty or contains null.</exception>
    public IReadOnlyList<string>? Kinds
    {
        get => _kinds;
        init
        {
            if (value is null)
            {
                _kinds = null;
                return;
            }

            string[] copy = [.. value];
            if (copy.Length == 0 || Array.Exists(copy, k => k is null))
            {
                throw new ArgumentException("The kinds, when given, must be at least one and none null.", nameof(value));
            }

            _kinds = copy;
        }
    }

    /// <summary>Only records made at or after this instant; no lower bound when <see langword="null"/>.</summary>
    public Instant? From { get; init; }

    /// <summary>Only records made before this instant; no upper bound when <see langword="null"/>.</summary>
    public Instant? Until { get; init; }

    /// <summary>Oldest or newest first; oldest first by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined order.</exception>
    public RecordOrder Order
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown record order.");
    }

    /// <summary>At most this many records per page, 1 to <see cref="MaxPageSize"/>; <see cref="DefaultPageSize"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to <see cref="MaxPageSize"/>.</exception>
    public int PageSize
    {
        get => _pageSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxPageSize);
            _pageSize = value;
        }
    }

    /// <summary>Where to continue: the <see cref="RecordPage.ContinuationToken"/> of the previous page; the first page when <see langword="null"/>.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>The same query continuing after a previous page.</summary>
    /// <param name="continuationToken">The previous page's <see cref="RecordPage.ContinuationToken"/>.</param>
    /// <returns>A new query; this one is not changed.</returns>
    public RecordQuery After(string? continuationToken) => new()
    {
        Subject = Subject,
        Author = Author,
        Kinds = _kinds,
        From = From,
        Until = Until,
        Order = Order,
        PageSize = PageSize,
        ContinuationToken = continuationToken,
    };

    /// <summary>Tells whether <paramref name="record"/> passes every filter of this query (paging aside).</summary>
    /// <param name="record">A record.</param>
    /// <returns><see langword="true"/> when the record matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public bool Matches(AccountabilityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (Subject is null || Subject.Equals(record.Subject))
            && (Author is not PartyId author || author == record.Author)
            && (_kinds is null || Array.IndexOf(_kinds, record.Kind) >= 0)
            && (From is not Instant from || record.RecordedAt >= from)
            && (Until is not Instant until || record.RecordedAt < until);
    }
}
