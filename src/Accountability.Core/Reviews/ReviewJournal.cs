using System.Globalization;
using Accountability.Feedback;

namespace Accountability.Reviews;

/// <summary>
/// Keeps improvement plans' and review cycles' histories as records in the same <see cref="IAccountabilityStore"/> as
/// feedback: every history entry of a plan, every move of a cycle, appended in order, never edited.
/// </summary>
/// <remarks>
/// <para>
/// Plans and cycles are immutable values whose every change adds a history entry; saving one appends the entries the
/// store does not have yet, at the version it has (optimistic concurrency): if another writer saved a different
/// history meanwhile, the store refuses with <see cref="StreamVersionConflictException"/> and nothing is appended.
/// A value whose history diverged from the stored one (two writers changing the same plan from the same starting point)
/// is refused the same way, whichever is longer. Saving the same value twice appends nothing. Record ids are the stream and the entry's number
/// (<c>plan/ana/2026-07-31#3</c>), so saving is deterministic.
/// </para>
/// <para>Thread-safe when the store is.</para>
/// </remarks>
public sealed class ReviewJournal
{
    private readonly IAccountabilityStore _store;

    /// <summary>Creates the journal over a store.</summary>
    /// <param name="store">Where the records go (the same store as the feedback journal's, typically).</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public ReviewJournal(IAccountabilityStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The stream a plan's history is kept in: <c>plan/{subject}/{made on}</c>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static StreamId StreamOf(ImprovementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return PlanStream(plan.Subject, plan.MadeOn);
    }

    /// <summary>The stream a cycle's history is kept in: <c>cycle/{id}</c>.</summary>
    /// <param name="cycle">The cycle's identifier.</param>
    /// <returns>The stream.</returns>
    public static StreamId StreamOf(ReviewCycleId cycle) => new("cycle/" + cycle.Value);

    /// <summary>Appends the plan's history entries that the store does not have yet.</summary>
    /// <param name="plan">The plan, as it is now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stream's version after saving (the number of history entries kept).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="StreamVersionConflictException">The store holds a longer history than this plan's, or another writer appended meanwhile; nothing was appended.</exception>
    public async ValueTask<long> SavePlanAsync(ImprovementPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        StreamId stream = StreamOf(plan);
        IReadOnlyList<ActionStatusChange> history = plan.History;
        return await SaveAsync(
            stream,
            history.Count,
            n =>
            {
                ActionStatusChange change = history[n];
                return new PlanActionRecord(Id(stream, n + 1), change, plan.Actions[change.Action - 1], plan.Subject, plan.MadeOn);
            },
            (n, kept) => kept is PlanActionRecord r && r.Action == history[n].Action && r.From == history[n].From && r.To == history[n].To && r.Author == history[n].By && r.RecordedAt == history[n].At,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Appends the cycle's moves that the store does not have yet.</summary>
    /// <param name="id">The cycle's identifier.</param>
    /// <param name="cycle">The cycle, as it is now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stream's version after saving (the number of moves kept).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default.</exception>
    /// <exception cref="StreamVersionConflictException">The store holds a longer history than this cycle's, or another writer appended meanwhile; nothing was appended.</exception>
    public async ValueTask<long> SaveCycleAsync(ReviewCycleId id, ReviewCycle cycle, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(id, "The cycle identifier cannot be default.", nameof(id));
        ArgumentNullException.ThrowIfNull(cycle);
        StreamId stream = StreamOf(id);
        IReadOnlyList<PhaseTransition> moves = cycle.Transitions;
        return await SaveAsync(
            stream,
            moves.Count,
            n => new CycleTransitionRecord(Id(stream, n + 1), id, cycle.Name, moves[n]),
            (n, kept) => kept is CycleTransitionRecord r && r.From == moves[n].From && r.To == moves[n].To && r.Author == moves[n].By && r.RecordedAt == moves[n].At,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a plan's history as kept in the store.</summary>
    /// <param name="subject">Whose plan.</param>
    /// <param name="madeOn">The day it was made.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every entry, in order; empty when the plan was never saved.</returns>
    public async ValueTask<IReadOnlyList<PlanActionRecord>> PlanHistoryAsync(PartyId subject, NodaTime.LocalDate madeOn, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(subject, "The subject cannot be default.", nameof(subject));
        IReadOnlyList<AccountabilityRecord> records = await _store.ReadStreamAsync(PlanStream(subject, madeOn), cancellationToken).ConfigureAwait(false);
        return [.. records.OfType<PlanActionRecord>()];
    }

    /// <summary>Reads a cycle's moves as kept in the store.</summary>
    /// <param name="id">The cycle's identifier.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every move, in order; empty when the cycle was never saved.</returns>
    public async ValueTask<IReadOnlyList<CycleTransitionRecord>> CycleHistoryAsync(ReviewCycleId id, CancellationToken cancellationToken = default)
    {
        Identifier.ThrowIfDefault(id, "The cycle identifier cannot be default.", nameof(id));
        IReadOnlyList<AccountabilityRecord> records = await _store.ReadStreamAsync(StreamOf(id), cancellationToken).ConfigureAwait(false);
        return [.. records.OfType<CycleTransitionRecord>()];
    }

    private async ValueTask<long> SaveAsync(StreamId stream, int entries, Func<int, AccountabilityRecord> record, Func<int, AccountabilityRecord, bool> same, CancellationToken cancellationToken)
    {
        IReadOnlyList<AccountabilityRecord> kept = await _store.ReadStreamAsync(stream, cancellationToken).ConfigureAwait(false);
        long version = kept.Count;
        for (int n = 0; n < kept.Count && n < entries; n++)
        {
            if (!same(n, kept[n]))
            {
                throw new StreamVersionConflictException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Entry {n + 1} of '{stream}' in the store differs from the value being saved: another writer changed it from the same starting point. Read the stored history, apply the change again and save."));
            }
        }

        if (version > entries)
        {
            throw new StreamVersionConflictException(string.Create(
                CultureInfo.InvariantCulture,
                $"The store keeps {version} entries of '{stream}', more than the {entries} of the value being saved: it is an older copy, and saving it would lose history."));
        }

        if (version == entries)
        {
            return version;
        }

        var added = new AccountabilityRecord[entries - version];
        for (long n = version; n < entries; n++)
        {
            added[n - version] = record((int)n);
        }

        await _store.AppendAsync(stream, version, added, cancellationToken).ConfigureAwait(false);
        return entries;
    }

    private static StreamId PlanStream(PartyId subject, NodaTime.LocalDate madeOn) =>
        new("plan/" + subject.Value + "/" + madeOn.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture));

    private static RecordId Id(StreamId stream, int number) =>
        new(stream.Value + "#" + number.ToString(CultureInfo.InvariantCulture));
}
