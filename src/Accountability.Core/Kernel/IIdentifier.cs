namespace Accountability;

/// <summary>Implemented by every strongly typed identifier so that generic code (JSON, stores) can create one.</summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>The identifier's text.</summary>
    string Value { get; }

    /// <summary>Tells whether this is <c>default</c>, which is not a valid identifier.</summary>
    bool IsDefault { get; }

    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">The identifier's text; see <see cref="Identifier"/> for the rules.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the rules of <see cref="Identifier"/>.</exception>
    static abstract TSelf Create(string value);
}
