using System.Collections.ObjectModel;

namespace Accountability.Formulas;

/// <summary>
/// What a host makes available to its formulas: the names of the inputs, each a number that may be absent
/// (not applicable), in slot order. A compiled formula reads its inputs from a span in this order.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Names compare ordinally (case-sensitive). A name is a valid <see cref="Identifier"/>
/// without <c>]</c>; names that are not plain (<c>[A-Za-z_][A-Za-z0-9_]*</c>, not a keyword) are written
/// <c>[on-time-delivery]</c> in a formula. The functions are the language's fixed set (see <see cref="Formula"/>).
/// </remarks>
public sealed class FormulaSignature
{
    private readonly Dictionary<string, int> _slots;

    /// <summary>Declares the inputs available to formulas.</summary>
    /// <param name="names">The inputs' names in slot order; distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null, not a valid identifier, contains <c>]</c>, or is repeated.</exception>
    public FormulaSignature(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] copy = [.. names];
        _slots = new Dictionary<string, int>(copy.Length, StringComparer.Ordinal);
        for (int i = 0; i < copy.Length; i++)
        {
            string name = copy[i];
            if (!Identifier.IsValid(name, out string? reason))
            {
                throw new ArgumentException($"Input {i} is not a valid name: {reason}", nameof(names));
            }

            if (name.Contains(']', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Input {i} ('{name}') contains ']', which a formula cannot write.", nameof(names));
            }

            if (!_slots.TryAdd(name, i))
            {
                throw new ArgumentException($"Input {i} repeats the name '{name}'.", nameof(names));
            }
        }

        Names = new ReadOnlyCollection<string>(copy);
    }

    /// <summary>Declares the inputs available to formulas.</summary>
    /// <param name="names">The inputs' names in slot order; distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null, not a valid identifier, contains <c>]</c>, or is repeated.</exception>
    public FormulaSignature(params string[] names)
        : this((IEnumerable<string>)names)
    {
    }

    /// <summary>Gets the inputs' names in slot order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Finds the slot of an input.</summary>
    /// <param name="name">The input's name.</param>
    /// <returns>The slot (index into the inputs span), or -1 when there is no such input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public int SlotOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _slots.TryGetValue(name, out int slot) ? slot : -1;
    }
}
