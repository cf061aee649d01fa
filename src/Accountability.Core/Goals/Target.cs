using System.Globalization;

namespace Accountability.Goals;

/// <summary>A measurable target: a value in a <see cref="MeasurementUnit"/>, exact at the unit's precision.</summary>
/// <remarks>Immutable and thread-safe; equal when value and unit are equal.</remarks>
public sealed class Target : IEquatable<Target>
{
    /// <summary>Creates a target.</summary>
    /// <param name="value">The value; at most <see cref="MeasurementUnit.Decimals"/> decimal places.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more decimal places than the unit allows.</exception>
    public Target(decimal value, MeasurementUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!unit.IsOnGrid(value))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The value {value} has more than {unit.Decimals} decimal places, the precision of {unit}."),
                nameof(value));
        }

        Value = decimal.Round(value, unit.Decimals);
        Unit = unit;
    }

    /// <summary>Creates a target from a value already known to be on the unit's grid.</summary>
    internal Target(MeasurementUnit unit, decimal value)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit.</summary>
    public MeasurementUnit Unit { get; }

    /// <summary>Creates a money target.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default</c>.</exception>
    public static Target Money(Money amount)
    {
        if (amount.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(amount));
        }

        return new(amount.Amount, MeasurementUnit.Money(amount.Currency));
    }

    /// <summary>Creates a money target.</summary>
    /// <param name="amount">The amount, on the currency's minor unit grid.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The currency is <c>default</c> or the amount is off its grid.</exception>
    public static Target Money(decimal amount, Currency currency) => new(amount, MeasurementUnit.Money(currency));

    /// <summary>Creates a count target.</summary>
    /// <param name="count">The number of things.</param>
    /// <param name="name">What is counted, such as <c>deals</c>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static Target Count(long count, string name) => new(count, MeasurementUnit.Count(name));

    /// <summary>Gets the value as money.</summary>
    /// <returns>The money.</returns>
    /// <exception cref="InvalidOperationException">The target is not money.</exception>
    public Money AsMoney() => Unit.Currency is Currency currency
        ? new Money(Value, currency)
        : throw new InvalidOperationException("The target is not money: " + Unit + ".");

    /// <summary>Returns a target with the same unit and another value.</summary>
    /// <param name="value">The new value.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is off the unit's grid.</exception>
    public Target WithValue(decimal value) => new(value, Unit);

    /// <inheritdoc/>
    public bool Equals(Target? other) => other is not null && Value == other.Value && Unit.Equals(other.Unit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Formats the target invariantly, e.g. <c>1200.00 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit.Format(Value);
}
