using NodaTime;

namespace Accountability.Goals;

/// <summary>One actual result recorded against a goal on a date.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="ActualsLedger"/>.</remarks>
public sealed class ActualEntry
{
    internal ActualEntry(GoalId goal, LocalDate date, decimal value, decimal measure, string? reference)
    {
        Goal = goal;
        Date = date;
        Value = value;
        Measure = measure;
        Reference = reference;
    }

    /// <summary>Gets the goal the actual is recorded against (a leaf, or a goal whose monthly children take it by date).</summary>
    public GoalId Goal { get; }

    /// <summary>Gets the date of the result.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the value (an amount, a count, or a rate).</summary>
    public decimal Value { get; }

    /// <summary>Gets the measure that weights a rate when rates are averaged (such as the number of responses); 1 unless given.</summary>
    public decimal Measure { get; }

    /// <summary>Gets an optional reference, such as the sale the actual comes from.</summary>
    public string? Reference { get; }

    /// <summary>Describes the entry.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Goal} {GoalText.Date(Date)}: {GoalText.Number(Value)}";
}
