using System.Text.RegularExpressions;

namespace Accountability.Storage.PostgreSql;

/// <summary>Checks schema names, so that they can be written into SQL text without quoting surprises.</summary>
internal static partial class StorageSchemaName
{
    /// <summary>The schema used when none is given.</summary>
    public const string Default = "accountability";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Returns <paramref name="schema"/> (or <see cref="Default"/> when null) after checking it.</summary>
    public static string Require(string? schema, string paramName)
    {
        schema ??= Default;
        if (!Pattern().IsMatch(schema))
        {
            throw new ArgumentException($"'{schema}' is not a schema name this store accepts: 1 to 63 characters, lower-case ASCII letters, digits and '_', not starting with a digit.", paramName);
        }

        return schema;
    }
}
