using System.Globalization;

namespace Accountability;

/// <summary>The unit of a target: money in a currency, a count of named things, a quantity or a rate.</summary>
/// <remarks>
/// Immutable and thread-safe; equal when kind, currency, decimal places and name are equal. The unit fixes the
/// precision at which targets are split (<see cref="Decimals"/>) and how actuals roll up (sum, or weighted mean for
/// rates).
/// </remarks>
public sealed class MeasurementUnit : IEquatable<MeasurementUnit>
{
    private MeasurementUnit(MeasurementKind kind, Currency? currency, int decimals, string name)
    {
        Kind = kind;
        Currency = currency;
        Decimals = decimals;
        Name = name;
    }

    /// <summary>Gets what the target measures.</summary>
    public MeasurementKind Kind { get; }

    /// <summary>Gets the currency for money targets; <see langword="null"/> otherwise.</summary>
    public Currency? Currency { get; }

    /// <summary>Gets the decimal places of one indivisible step: the currency's minor digits for money, 0 for counts.</summary>
    public int Decimals { get; }

    /// <summary>Gets the unit's name: the currency code for money, otherwise the declared name (such as <c>deals</c> or <c>%</c>).</summary>
    public string Name { get; }

    /// <summary>Tells whether actuals of this unit roll up as a weighted mean rather than a sum.</summary>
    public bool IsRate => Kind == MeasurementKind.Rate;

    /// <summary>Creates a money unit.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public static MeasurementUnit Money(Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(currency));
        }

        return new(MeasurementKind.Money, currency, currency.MinorUnitDigits, currency.Code);
    }

    /// <summary>Creates a unit that counts whole things.</summary>
    /// <param name="name">What is counted, such as <c>deals</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static MeasurementUnit Count(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(MeasurementKind.Count, null, 0, name);
    }

    /// <summary>Creates a decimal quantity unit, rolled up by sum.</summary>
    /// <param name="name">The unit's name, such as <c>tonnes</c>.</param>
    /// <param name="decimals">Decimal places of one indivisible step, 0–18.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–18.</exception>
    public static MeasurementUnit Quantity(string name, int decimals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 18);
        return new(MeasurementKind.Quantity, null, decimals, name);
    }

    /// <summary>Creates a rate unit, rolled up as a weighted mean.</summary>
    /// <param name="name">The unit's name, such as <c>%</c> or <c>CSAT</c>.</param>
    /// <param name="decimals">Decimal places of the rate, 0–18.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–18.</exception>
    public static MeasurementUnit Rate(string name, int decimals)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 18);
        return new(MeasurementKind.Rate, null, decimals, name);
    }

    /// <summary>Tells whether a value lies on this unit's grid (has at most <see cref="Decimals"/> decimal places).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is on the grid.</returns>
    public bool IsOnGrid(decimal value) => value.Scale <= Decimals || DecimalGrid.IsOnGrid(value, Decimals);

    /// <summary>Formats a value in this unit, invariantly, e.g. <c>1200.00 USD</c> or <c>14 deals</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Format(decimal value) =>
        value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Name;

    /// <inheritdoc/>
    public bool Equals(MeasurementUnit? other) =>
        ReferenceEquals(this, other) || (other is not null && Kind == other.Kind && Currency == other.Currency && Decimals == other.Decimals && string.Equals(Name, other.Name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeasurementUnit);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Currency, Decimals, Name);

    /// <summary>Describes the unit, e.g. <c>money in USD</c> or <c>count of deals</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        MeasurementKind.Money => "money in " + Name,
        MeasurementKind.Count => "count of " + Name,
        MeasurementKind.Quantity => "quantity in " + Name,
        _ => "rate in " + Name,
    };
}
