using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability;

/// <summary>Reads and writes a strongly typed identifier as a JSON string (and as a property name in dictionaries).</summary>
/// <typeparam name="T">The identifier type.</typeparam>
/// <remarks>Stateless and thread-safe. Invalid text is reported as a <see cref="JsonException"/> that says why.</remarks>
public sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, IIdentifier<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return Parse(reader.GetString());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static T Parse(string? text)
    {
        if (!Identifier.IsValid(text, out string? reason))
        {
            throw new JsonException($"'{text}' is not a valid {typeof(T).Name}: {reason}");
        }

        return T.Create(text);
    }
}
