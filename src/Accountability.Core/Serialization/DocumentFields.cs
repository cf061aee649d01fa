using System.Globalization;

namespace Accountability.Serialization;

/// <summary>Reads the fields of a parsed document, collecting one problem per missing or invalid value, with its path.</summary>
internal sealed class DocumentFields(ProblemCollector problems)
{
    public bool Failed => problems.HasErrors;

    public static Problem InDocument(Problem problem) =>
        new(problem.Path.Length == 0 ? "$" : problem.Path.StartsWith('$') ? problem.Path : "$." + problem.Path, problem.Code, problem.Message, problem.Severity, problem.AttemptedValue);

    public void Header(int? schemaVersion, string? kind, string expectedKind)
    {
        if (schemaVersion is not { } version)
        {
            Required("$.schemaVersion", "the document's schema version (" + AccountabilityJson.SchemaVersion.ToString(CultureInfo.InvariantCulture) + ")");
        }
        else if (version < 1 || version > AccountabilityJson.SchemaVersion)
        {
            problems.Error(
                "$.schemaVersion",
                SerializationProblemCodes.SchemaVersionUnsupported,
                version > AccountabilityJson.SchemaVersion
                    ? $"The document has schema version {version}; this version of the library reads versions up to {AccountabilityJson.SchemaVersion}. Upgrade the library to read it."
                    : $"The schema version must be at least 1; it is {version}.",
                version);
        }

        if (kind is null)
        {
            Required("$.kind", $"the document kind ('{expectedKind}')");
        }
        else if (!string.Equals(kind, expectedKind, StringComparison.Ordinal))
        {
            problems.Error("$.kind", SerializationProblemCodes.WrongKind, $"The document is a '{kind}' document; expected a '{expectedKind}' document.", kind);
        }
    }

    public void Required(string path, string what) =>
        problems.Error(path, SerializationProblemCodes.PropertyRequired, $"Required: {what}.");

    public void NotAllowed(string path, string why) =>
        problems.Error(path, SerializationProblemCodes.PropertyNotAllowed, $"Not allowed here: {why}.");

    public void Absent<T>(T? value, string path, string why)
    {
        if (value is not null)
        {
            NotAllowed(path, why);
        }
    }

    public string? Text(string? value, string path)
    {
        if (value is null)
        {
            Required(path, "a text value");
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, "The text cannot be empty or white space.", value);
            return null;
        }

        return value;
    }

    public decimal? Value(decimal? value, string path)
    {
        if (value is null)
        {
            Required(path, "a number");
        }

        return value;
    }

    public int? Whole(int? value, string path)
    {
        if (value is null)
        {
            Required(path, "a whole number");
        }

        return value;
    }

    public TId? Id<TId>(string? value, string path)
        where TId : struct, IIdentifier<TId>
    {
        if (value is null)
        {
            Required(path, "an identifier");
            return null;
        }

        if (!Identifier.IsValid(value, out string? reason))
        {
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, reason, value);
            return null;
        }

        return TId.Create(value);
    }

    public TEnum? Enum<TEnum>(string? value, string path, bool required)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (required)
            {
                Required(path, "one of " + string.Join(", ", System.Enum.GetNames<TEnum>()));
            }

            return null;
        }

        // Names only, exactly as written by the library: no numbers, no other casing.
        foreach (string name in System.Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, value, StringComparison.Ordinal))
            {
                return System.Enum.Parse<TEnum>(name);
            }
        }

        problems.Error(path, SerializationProblemCodes.ValueNotAllowed, $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.", value);
        return null;
    }

    /// <summary>Runs a model constructor, turning its argument checks into a problem at <paramref name="path"/>.</summary>
    public T? Construct<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            string message = ex.Message;
            int cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            problems.Error(path, SerializationProblemCodes.ValueNotAllowed, cut < 0 ? message : message[..cut]);
            return null;
        }
        catch (AccountabilityException ex)
        {
            foreach (Problem problem in ex.Problems)
            {
                problems.Add(new Problem(ProblemPath.Join(path, problem.Path), problem.Code, problem.Message, problem.Severity, problem.AttemptedValue));
            }

            return null;
        }
    }
}
