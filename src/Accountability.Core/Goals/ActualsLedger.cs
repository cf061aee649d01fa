using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// The actual results recorded against goals, including sales credited to several goals by exact percentages.
/// Entries are checked against a tree when it is evaluated (<see cref="GoalTree.Evaluate"/>).
/// </summary>
/// <remarks>Immutable and thread-safe: recording returns a new ledger. <see cref="Empty"/> has no entries.</remarks>
public sealed class ActualsLedger
{
    private readonly ImmutableList<ActualEntry> _entries;
    private ActualEntry[]? _snapshot;

    private ActualsLedger(ImmutableList<ActualEntry> entries) => _entries = entries;

    /// <summary>Gets a ledger with no entries.</summary>
    public static ActualsLedger Empty { get; } = new(ImmutableList<ActualEntry>.Empty);

    /// <summary>Gets the entries, in the order recorded.</summary>
    public IReadOnlyList<ActualEntry> Entries => _entries;

    internal ImmutableList<ActualEntry> Items => _entries;

    /// <summary>The entries as a flat array, made once per ledger (a ledger never changes), for fast passes such as the roll-up.</summary>
    internal ActualEntry[] Snapshot => LazyInitializer.EnsureInitialized(ref _snapshot, () => [.. _entries]);

    /// <summary>Records an actual.</summary>
    /// <param name="goal">The goal (a leaf, or a goal whose monthly children take the actual by date).</param>
    /// <param name="date">The date of the result.</param>
    /// <param name="value">The value: an amount, a count or a rate.</param>
    /// <param name="measure">For rates, the weight of this value in averages (such as the number of responses); must be positive.</param>
    /// <param name="reference">An optional reference, such as a sale number.</param>
    /// <returns>A new ledger with the entry.</returns>
    /// <exception cref="ArgumentException"><paramref name="goal"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not positive.</exception>
    public ActualsLedger Record(GoalId goal, LocalDate date, decimal value, decimal measure = 1m, string? reference = null)
    {
        Identifier.ThrowIfDefault(goal, "A goal identifier is required.", nameof(goal));

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(measure);
        return new(_entries.Add(new ActualEntry(goal, date, value, measure, reference)));
    }

    /// <summary>Records a money sale credited to several goals; each gets its exact share and the shares add back to the sale.</summary>
    /// <param name="date">The date of the sale.</param>
    /// <param name="sale">The sale.</param>
    /// <param name="shares">Who is credited, by percentages adding up to exactly 100.</param>
    /// <param name="reference">An optional reference, such as the sale number.</param>
    /// <returns>A new ledger with one entry per share.</returns>
    /// <exception cref="ArgumentException"><paramref name="sale"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    /// <exception cref="AccountabilityException">The shares are not valid; all problems are listed.</exception>
    public ActualsLedger RecordShared(LocalDate date, Money sale, IReadOnlyList<CreditShare> shares, string? reference = null)
    {
        if (sale.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(sale));
        }

        return RecordShared(date, sale.Amount, sale.Currency.MinorUnitDigits, shares, reference);
    }

    /// <summary>Records a sale (or any summed value) credited to several goals, split exactly at the given precision.</summary>
    /// <param name="date">The date of the sale.</param>
    /// <param name="value">The value to share.</param>
    /// <param name="decimals">Decimal places of one indivisible step (2 for cents, 0 for whole units).</param>
    /// <param name="shares">Who is credited, by percentages adding up to exactly 100.</param>
    /// <param name="reference">An optional reference, such as the sale number.</param>
    /// <returns>A new ledger with one entry per share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–18.</exception>
    /// <exception cref="AccountabilityException">The shares are not valid; all problems are listed.</exception>
    public ActualsLedger RecordShared(LocalDate date, decimal value, int decimals, IReadOnlyList<CreditShare> shares, string? reference = null)
    {
        decimal[] parts = SplitCredit(value, decimals, shares);
        ImmutableList<ActualEntry>.Builder builder = _entries.ToBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            builder.Add(new ActualEntry(shares[i].Goal, date, parts[i], 1m, reference));
        }

        return new(builder.ToImmutable());
    }

    /// <summary>Splits a value by percentages that add up to exactly 100; the parts add back to the value exactly.</summary>
    /// <param name="value">The value to share.</param>
    /// <param name="decimals">Decimal places of one indivisible step.</param>
    /// <param name="shares">The shares.</param>
    /// <returns>Each share's part, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–18.</exception>
    /// <exception cref="AccountabilityException">The shares are not valid; all problems are listed.</exception>
    public static decimal[] SplitCredit(decimal value, int decimals, IReadOnlyList<CreditShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 18);
        var problems = new ProblemCollector();
        var seen = new HashSet<GoalId>();
        decimal sum = 0m;
        bool beyondDecimal = false;
        if (shares.Count == 0)
        {
            problems.Error("shares", GoalProblemCodes.CreditNoShares, "A shared sale needs at least one share.");
        }

        for (int i = 0; i < shares.Count; i++)
        {
            CreditShare share = shares[i] ?? throw new ArgumentNullException(nameof(shares), "A share is null.");
            if (share.Percentage < 0)
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("shares", i), "percentage"), GoalProblemCodes.CreditNegative, "A percentage cannot be negative.", share.Percentage);
            }

            if (!seen.Add(share.Goal))
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("shares", i), "goal"), GoalProblemCodes.CreditDuplicateGoal, $"The goal {share.Goal} is credited more than once.", share.Goal.Value);
            }

            if (!beyondDecimal)
            {
                try
                {
                    sum += share.Percentage;
                }
                catch (OverflowException)
                {
                    beyondDecimal = true;
                }
            }
        }

        if (beyondDecimal)
        {
            problems.Error("shares", GoalProblemCodes.CreditSum, "The percentages add up to more than decimal can hold, not 100.");
        }
        else if (shares.Count > 0 && sum != 100m)
        {
            problems.Error("shares", GoalProblemCodes.CreditSum, string.Create(CultureInfo.InvariantCulture, $"The percentages add up to {sum}, not 100."), sum);
        }

        if (!DecimalGrid.TryToUnits(value, decimals, out long units, out Problem? problem, "value"))
        {
            problems.Add(problem);
        }

        problems.ThrowIfErrors();
        long[] parts = Apportionment.Apportion(units, [.. shares.Select(s => s.Percentage)]);
        return DecimalGrid.FromUnits(parts, decimals);
    }
}
