namespace Accountability.Feedback;

/// <summary>One page of a query's records, and where to continue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RecordPage
{
    internal RecordPage(IReadOnlyList<AccountabilityRecord> records, string? continuationToken)
    {
        Records = records;
        ContinuationToken = continuationToken;
    }

    /// <summary>Creates a page; for store implementations.</summary>
    /// <param name="records">The page's records, in the query's order.</param>
    /// <param name="continuationToken">Where the next page starts; <see langword="null"/> when this is the last page.</param>
    /// <returns>The page, holding a copy of <paramref name="records"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or contains null.</exception>
    public static RecordPage Create(IEnumerable<AccountabilityRecord> records, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        AccountabilityRecord[] copy = [.. records];
        if (Array.Exists(copy, r => r is null))
        {
            throw new ArgumentNullException(nameof(records), "The page cannot contain null.");
        }

        return new RecordPage(copy, continuationToken);
    }

    /// <summary>The records, in the query's order.</summary>
    public IReadOnlyList<AccountabilityRecord> Records { get; }

    /// <summary>Pass to <see cref="RecordQuery.After"/> for the next page; <see langword="null"/> when there are no more records.</summary>
    public string? ContinuationToken { get; }

    /// <summary>Tells whether another page may follow.</summary>
    public bool HasMore => ContinuationToken is not null;
}
