using System.Globalization;

namespace Accountability;

/// <summary>Builds the paths that <see cref="Problem"/>s carry, such as <c>criteria[2].weight</c>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ProblemPath
{
    /// <summary>Joins two path segments with a dot, leaving out empty ones.</summary>
    /// <param name="prefix">The outer path.</param>
    /// <param name="member">The inner path or member name.</param>
    /// <returns>The joined path.</returns>
    public static string Join(string prefix, string member)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(member);
        if (prefix.Length == 0)
        {
            return member;
        }

        if (member.Length == 0)
        {
            return prefix;
        }

        return member[0] == '[' ? prefix + member : prefix + "." + member;
    }

    /// <summary>Appends an index to a path: <c>criteria</c> and 2 give <c>criteria[2]</c>.</summary>
    /// <param name="prefix">The path of the collection.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The indexed path.</returns>
    public static string Index(string prefix, int index)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Appends a key to a path: <c>values</c> and <c>sales</c> give <c>values[sales]</c>.</summary>
    /// <param name="prefix">The path of the collection.</param>
    /// <param name="key">The key.</param>
    /// <returns>The keyed path.</returns>
    public static string Key(string prefix, string key)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(key);
        return prefix + "[" + key + "]";
    }
}
