using System.Globalization;

namespace Accountability;

/// <summary>An exact amount of money in one currency, on the currency's minor unit grid.</summary>
/// <remarks>
/// An immutable, thread-safe value. Arithmetic and comparison between different currencies throw
/// <see cref="AccountabilityException"/>; nothing is converted or rounded silently. <c>default(Money)</c> has no
/// currency and is not valid (<see cref="IsDefault"/>).
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; at most <see cref="Currency.MinorUnitDigits"/> decimal places.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>, or <paramref name="amount"/> has more decimal places than the currency's minor unit.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(currency));
        }

        if (decimal.Round(amount, currency.MinorUnitDigits) != amount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The amount {amount} has more decimal places than {currency.Code} allows ({currency.MinorUnitDigits})."),
                nameof(amount));
        }

        Amount = decimal.Round(amount, currency.MinorUnitDigits);
        Currency = currency;
    }

    /// <summary>Gets the amount (with exactly the currency's decimal places).</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Tells whether this is <c>default</c>, which has no currency.</summary>
    public bool IsDefault => Currency.IsDefault;

    /// <summary>Gets the amount in minor units (cents for USD).</summary>
    /// <exception cref="AccountabilityException">The amount in minor units does not fit in 64 bits.</exception>
    public long MinorUnits => DecimalGrid.ToUnits(Amount, Currency.MinorUnitDigits, "amount");

    /// <summary>Creates zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates money from a number of minor units.</summary>
    /// <param name="minorUnits">The minor units (cents for USD).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("A currency is required.", nameof(currency));
        }

        return new(DecimalGrid.FromUnits(minorUnits, currency.MinorUnitDigits), currency);
    }

    /// <summary>Splits this amount into <paramref name="parts"/> equal parts, the first ones getting the leftover minor units.</summary>
    /// <param name="parts">The number of parts, at least 1.</param>
    /// <returns>The parts, adding back to this amount.</returns>
    /// <remarks>
    /// This is largest remainder with equal weights (ties to the lower index), done in the kernel; sharing in
    /// proportion to weights or by another method is <c>Accountability.Goals.MoneyAllocation.Allocate</c>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default</c>.</exception>
    /// <exception cref="AccountabilityException">The amount in minor units does not fit in 64 bits.</exception>
    public IReadOnlyList<Money> Split(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        if (IsDefault)
        {
            throw new InvalidOperationException("default(Money) cannot be allocated.");
        }

        long units = MinorUnits;
        Int128 magnitude = Int128.Abs(units);
        (Int128 each, Int128 leftover) = Int128.DivRem(magnitude, parts);
        var result = new Money[parts];
        for (int i = 0; i < parts; i++)
        {
            Int128 share = i < leftover ? each + 1 : each;
            result[i] = FromMinorUnits((long)(units < 0 ? -share : share), Currency);
        }

        return result;
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        RequireSameCurrency(left, right);
        try
        {
            return new(left.Amount + right.Amount, left.Currency);
        }
        catch (OverflowException)
        {
            throw Overflow(left, right);
        }
    }

    /// <summary>Subtracts two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        RequireSameCurrency(left, right);
        try
        {
            return new(left.Amount - right.Amount, left.Currency);
        }
        catch (OverflowException)
        {
            throw Overflow(left, right);
        }
    }

    /// <summary>Adds two amounts in the same currency (the named alternative to <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts in the same currency (the named alternative to <c>-</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Compares amounts in the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public int CompareTo(Money other)
    {
        RequireSameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Tells whether the left amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether the left amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether the left amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether the left amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="AccountabilityException">The currencies differ, or the result is beyond the range of <see cref="decimal"/>.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares two amounts for equality (same amount and currency).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Formats the amount with the currency's decimal places and code, invariantly: <c>1234.50 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefault
        ? string.Empty
        : Amount.ToString("F" + Currency.MinorUnitDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + Currency.Code;

    internal static Problem CurrencyMismatch(string path, Currency expected, Currency actual) =>
        new(path, KernelProblemCodes.CurrencyMismatch, $"The currency {actual.Describe()} does not match {expected.Describe()}.", ProblemSeverity.Error, actual.Code);

    private static AccountabilityException Overflow(Money left, Money right) =>
        new([new Problem(string.Empty, KernelProblemCodes.MoneyOverflow, $"Combining {left} and {right} gives an amount beyond the range of decimal.", ProblemSeverity.Error, right.Amount)]);

    private static void RequireSameCurrency(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new AccountabilityException([CurrencyMismatch(string.Empty, left.Currency, right.Currency)]);
        }
    }
}
