namespace Accountability.Serialization;

/// <summary>The codes of the problems JSON documents are refused with (see <see cref="AccountabilityJson"/>).</summary>
/// <remarks>Codes are part of the contract: lower-case kebab-case, stable across versions.</remarks>
public static class SerializationProblemCodes
{
    /// <summary>The text is not well-formed JSON (or not valid Unicode).</summary>
    public const string JsonSyntax = "json-syntax";

    /// <summary>A value has the wrong JSON type, or a number does not fit.</summary>
    public const string JsonType = "json-type";

    /// <summary>A property the document kind does not have.</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>The same property twice in one object.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>Objects and arrays nested deeper than <see cref="AccountabilityJson.MaxDepth"/>.</summary>
    public const string TooDeep = "document-too-deep";

    /// <summary>A document larger than <see cref="AccountabilityJson.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "document-too-large";

    /// <summary>A required property is missing or null.</summary>
    public const string PropertyRequired = "property-required";

    /// <summary>A property that is not allowed in this place (for example a setting another rule takes).</summary>
    public const string PropertyNotAllowed = "property-not-allowed";

    /// <summary>A value outside the allowed set (an unknown enum name, an invalid identifier).</summary>
    public const string ValueNotAllowed = "value-not-allowed";

    /// <summary>A <c>schemaVersion</c> newer than this library reads, or not positive.</summary>
    public const string SchemaVersionUnsupported = "schema-version-unsupported";

    /// <summary>A document of another <c>kind</c> than the one asked for.</summary>
    public const string WrongKind = "document-kind-wrong";

    /// <summary>Something the model holds that has no document form (such as a nested scorecard result in actuals).</summary>
    public const string NotWritable = "not-writable";
}
