using System.Diagnostics.CodeAnalysis;

namespace Accountability;

/// <summary>
/// Rules shared by every strongly typed identifier of the library (<see cref="PartyId"/>,
/// <see cref="WorkItemId"/>, <see cref="CriterionId"/>, <see cref="GoalId"/>, <see cref="ScorecardId"/>).
/// </summary>
/// <remarks>
/// An identifier is a non-empty string of at most <see cref="MaxLength"/> characters, with no
/// leading or trailing white space, no control characters and no lone surrogates (it must be valid
/// Unicode text, so that it survives a round trip through UTF-8 and JSON unchanged). Identifiers compare ordinally
/// (case-sensitive). This class is stateless and thread-safe.
/// </remarks>
public static class Identifier
{
    /// <summary>The longest identifier accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    /// <summary>Tells whether <paramref name="value"/> is a valid identifier, and if not, why.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="reason">When the method returns <see langword="false"/>, a sentence saying what is wrong.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> can be used as an identifier.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value, [NotNullWhen(false)] out string? reason)
    {
        if (value is null)
        {
            reason = "An identifier is required.";
            return false;
        }

        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            reason = "An identifier cannot be empty or white space.";
            return false;
        }

        if (value.Length > MaxLength)
        {
            reason = $"An identifier can have at most {MaxLength} characters; this one has {value.Length}.";
            return false;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            reason = "An identifier cannot start or end with white space.";
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsControl(c))
            {
                reason = "An identifier cannot contain control characters.";
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                reason = string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"An identifier must be valid Unicode text; it has a lone surrogate (U+{(int)c:X4}) at position {i}.");
                return false;
            }
        }

        reason = null;
        return true;
    }

    /// <summary>The one check for a <c>default</c> identifier passed where a real one is required.</summary>
    internal static void ThrowIfDefault<T>(T id, string message, string parameterName)
        where T : struct, IIdentifier<T>
    {
        if (id.IsDefault)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    internal static string Require(string? value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!IsValid(value, out string? reason))
        {
            throw new ArgumentException($"'{value}' is not a valid identifier: {reason}", parameterName);
        }

        return value;
    }
}
