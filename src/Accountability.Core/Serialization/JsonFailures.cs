using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Accountability.Serialization;

/// <summary>Turns the serializer's exceptions into the library's problems: a code, the JSON path and a plain sentence.</summary>
internal static partial class JsonFailures
{
    public static Problem ToProblem(JsonException ex)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        string where = ex.LineNumber is long line && ex.BytePositionInLine is long column
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {column + 1})")
            : string.Empty;
        string message = ex.Message;

        Match unknown = UnknownMember().Match(message);
        if (unknown.Success)
        {
            string name = unknown.Groups["name"].Value;
            return new Problem(ProblemPath.Join(path.EndsWith("." + name, StringComparison.Ordinal) ? path[..^(name.Length + 1)] : path, name), SerializationProblemCodes.UnknownProperty, $"Unknown property '{name}'{where}: this document kind has no such property.", ProblemSeverity.Error, name);
        }

        if (message.Contains("uplicate", StringComparison.Ordinal))
        {
            return new Problem(path, SerializationProblemCodes.DuplicateProperty, $"A property appears twice in the same object{where}; each may appear once.");
        }

        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return new Problem(path, SerializationProblemCodes.TooDeep, $"The document nests objects and arrays deeper than {AccountabilityJson.MaxDepth} levels{where}.");
        }

        Match conversion = Conversion().Match(message);
        if (conversion.Success)
        {
            string expected = Expected(conversion.Groups["type"].Value);
            return new Problem(path, SerializationProblemCodes.JsonType, $"Expected {expected}{where}; the value has another type or does not fit.");
        }

        return new Problem(path, SerializationProblemCodes.JsonSyntax, $"The document is not well-formed JSON{where}: {FirstSentence(message)}");
    }

    private static string Expected(string type)
    {
        string t = type.Replace("System.Nullable`1[", string.Empty, StringComparison.Ordinal).TrimEnd(']');
        return t switch
        {
            "System.Decimal" => "a decimal number (at most 28-29 significant digits)",
            "System.Int32" => "a whole number",
            "System.String" => "a string",
            "System.Boolean" => "true or false",
            _ when t.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "an array",
            _ when t.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) => "an object",
            _ => "an object",
        };
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).Trim();
    }

    [GeneratedRegex("The JSON property '(?<name>.*)' could not be mapped", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnknownMember();

    [GeneratedRegex("could not be converted to (?<type>[^ .]+(\\.[^ .]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();
}
