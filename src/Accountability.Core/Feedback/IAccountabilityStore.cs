namespace Accountability.Feedback;

/// <summary>
/// Keeps accountability records: appends them to streams with optimistic concurrency, reads them by identifier or
/// stream, and queries them by subject, author, kind and time range, in either order, one page at a time.
/// </summary>
/// <remarks>
/// Implementations are thread-safe, never change or remove a record once appended, and return records that cannot be
/// changed. Every implementation runs the same contract test suite (<c>AccountabilityStoreContract</c> in the tests):
/// the in-memory <see cref="InMemoryAccountabilityStore"/> here, durable ones in <c>Accountability.Storage.*</c>
/// packages.
/// </remarks>
public interface IAccountabilityStore
{
    /// <summary>
    /// Appends <paramref name="records"/> to the end of <paramref name="stream"/>, all or none, if the stream is at
    /// <paramref name="expectedVersion"/> (0 for a stream that does not exist yet).
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="expectedVersion">The stream's version the writer read: 0 for a new stream, otherwise its last record's version.</param>
    /// <param name="records">The records to append, not yet stored, each with an identifier new to the store.</param>
    /// <param name="cancellationToken">Cancels the append before it is made.</param>
    /// <returns>The stored copies of the records, in order, each with its <see cref="AccountabilityRecord.Stream"/> and <see cref="AccountabilityRecord.Version"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or contains null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is default, <paramref name="records"/> is empty, or a record is already stored.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="StreamVersionConflictException">The stream is not at <paramref name="expectedVersion"/>; nothing was appended.</exception>
    /// <exception cref="AccountabilityException">A record's identifier is already stored or repeated in the batch (<c>duplicate-record</c>); nothing was appended.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was appended.</exception>
    ValueTask<IReadOnlyList<AccountabilityRecord>> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<AccountabilityRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Reads one record by its identifier.</summary>
    /// <param name="id">The record's identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when the store has none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    ValueTask<AccountabilityRecord?> ReadAsync(RecordId id, CancellationToken cancellationToken = default);

    /// <summary>Reads a whole stream, in version order.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stream's records; empty when the stream does not exist (its version is then 0).</returns>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is default.</exception>
    ValueTask<IReadOnlyList<AccountabilityRecord>> ReadStreamAsync(StreamId stream, CancellationToken cancellationToken = default);

    /// <summary>Returns one page of the records that match <paramref name="query"/>.</summary>
    /// <param name="query">The filters, order, page size and continuation.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The page; its continuation token is <see langword="null"/> on the last page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">The query's continuation token was not made by this store.</exception>
    ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default);
}
