using System.Globalization;

namespace Accountability;

/// <summary>A currency: its ISO 4217 code and the number of digits of its minor unit (2 for cents, 0 for yen).</summary>
/// <remarks>
/// An immutable, thread-safe value; two currencies are equal when both code and minor unit digits are equal.
/// <c>default(Currency)</c> has an empty code and is not a valid currency (<see cref="IsDefault"/>); money refuses it.
/// </remarks>
public readonly struct Currency : IEquatable<Currency>
{
    /// <summary>The most minor unit digits a currency may have.</summary>
    public const int MaxMinorUnitDigits = 8;

    private readonly string? _code;

    /// <summary>Creates a currency.</summary>
    /// <param name="code">Three upper-case letters A–Z, such as <c>USD</c>.</param>
    /// <param name="minorUnitDigits">Digits of the minor unit, 0–8.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnitDigits"/> is outside 0–8.</exception>
    public Currency(string code, int minorUnitDigits)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new ArgumentException("A currency code is three upper-case letters A-Z, such as USD.", nameof(code));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minorUnitDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minorUnitDigits, MaxMinorUnitDigits);
        _code = code;
        MinorUnitDigits = minorUnitDigits;
    }

    /// <summary>Gets the US dollar (2 minor unit digits).</summary>
    public static Currency USD => new("USD", 2);

    /// <summary>Gets the euro (2 minor unit digits).</summary>
    public static Currency EUR => new("EUR", 2);

    /// <summary>Gets the pound sterling (2 minor unit digits).</summary>
    public static Currency GBP => new("GBP", 2);

    /// <summary>Gets the Chinese yuan renminbi (2 minor unit digits).</summary>
    public static Currency CNY => new("CNY", 2);

    /// <summary>Gets the Japanese yen (no minor unit).</summary>
    public static Currency JPY => new("JPY", 0);

    /// <summary>Gets the ISO 4217 code, or the empty string for <c>default</c>.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the number of digits of the minor unit.</summary>
    public int MinorUnitDigits { get; }

    /// <summary>Tells whether this is <c>default</c>, which is not a valid currency.</summary>
    public bool IsDefault => _code is null;

    /// <inheritdoc/>
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal) && MinorUnitDigits == other.MinorUnitDigits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, MinorUnitDigits);

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Returns the code, e.g. <c>USD</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Code} ({MinorUnitDigits} minor digits)");
}
