using System.Text.Json.Serialization;

namespace Accountability;

/// <summary>Identifies a stream of accountability records: the records that belong together (a piece of feedback and its corrections, an appeal and its decision), versioned as one for optimistic concurrency.</summary>
/// <remarks>
/// An immutable, thread-safe value compared ordinally. <c>default(StreamId)</c> is not a valid
/// identifier: its <see cref="Value"/> is the empty string and the library rejects it wherever an
/// identifier is required. Serialises to JSON as a plain string.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<StreamId>))]
public readonly record struct StreamId : IIdentifier<StreamId>
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text; see <see cref="Identifier"/> for the rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long, padded with white space or has control characters.</exception>
    public StreamId(string value) => _value = Identifier.Require(value, nameof(value));

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <summary>Tells whether this is <c>default</c>, which is not a valid identifier.</summary>
    public bool IsDefault => _value is null;

    /// <inheritdoc/>
    public static StreamId Create(string value) => new(value);

    /// <summary>Converts text to an identifier.</summary>
    /// <param name="value">The identifier's text.</param>
    public static implicit operator StreamId(string value) => new(value);

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <(StreamId left, StreamId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >(StreamId left, StreamId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator <=(StreamId left, StreamId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers ordinally.</summary>
    public static bool operator >=(StreamId left, StreamId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public int CompareTo(StreamId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Converts text to an identifier (the named alternative to the implicit conversion).</summary>
    /// <param name="value">The identifier's text.</param>
    /// <returns>The identifier.</returns>
    public static StreamId FromStreamId(string value) => new(value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;
}
