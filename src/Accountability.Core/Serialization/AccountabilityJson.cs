using System.Text;
using System.Text.Json;
using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>
/// Reads and writes the library's JSON documents: scorecard definitions (with every rule's settings, per-subject
/// reference values, bands, gates and formulas) and actuals (values, not-applicable reasons and per-subject reference
/// values with their sources), scored results, accountability records, one or a list (<see cref="RecordKind"/>,
/// <see cref="RecordsKind"/>), improvement plans (<see cref="PlanKind"/>) and review cycles (<see cref="CycleKind"/>)
/// with their whole history, goal trees and actuals ledgers (<see cref="GoalTreeKind"/>, <see cref="LedgerKind"/>),
/// responsibility matrices (<see cref="ResponsibilityMatrixKind"/>) and the results of a calibration meeting
/// (<see cref="CalibrationKind"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every document carries <c>schemaVersion</c> and <c>kind</c>; a version newer than <see cref="SchemaVersion"/> is
/// refused. Decimals keep their scale (<c>1.50</c> stays <c>1.50</c>), enums are written by name, custom rules appear by
/// their registered name and parameters (never a type name). JSON Schemas for each kind ship in the package
/// (<c>schemas/</c>) and in the repository.
/// </para>
/// <para>
/// Reading is strict: unknown, missing, misplaced and duplicated properties, wrong types, numbers that do not fit,
/// nesting deeper than <see cref="MaxDepth"/> and documents larger than <see cref="MaxDocumentBytes"/> are each
/// reported as a <see cref="Problem"/> with its JSON path (<c>$.criteria[2].weight</c>) in one
/// <see cref="AccountabilityException"/>; nothing else escapes. The serializer is source-generated (trimming- and
/// native-AOT-safe). Stateless and thread-safe.
/// </para>
/// </remarks>
public static partial class AccountabilityJson
{
    /// <summary>The schema version this library writes, and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest document accepted, in UTF-8 bytes (16 MiB).</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The <c>kind</c> of a scorecard definition document.</summary>
    public const string ScorecardKind = "scorecard";

    /// <summary>The <c>kind</c> of an actuals document.</summary>
    public const string ActualsKind = "actuals";

    /// <summary>The <c>kind</c> of a scored result document.</summary>
    public const string ResultKind = "result";

    /// <summary>
    /// Writes a scored result as a JSON document: every figure with its scale, each criterion's status, references
    /// and their sources, gate outcomes, nested results (listed once each, by index), and the explanation text.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(ScorecardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ResultDocuments.ToDocument(result), Writer.ResultDocument);
    }

    /// <summary>Reads a scored result, against the scorecards it was scored on.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="scorecards">The result's scorecard and those of any nested results.</param>
    /// <returns>The result, equal to the one written: its figures, statuses, references and explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> is null or contains null.</exception>
    /// <exception cref="AccountabilityException">The document is not valid, or does not fit the scorecards given.</exception>
    public static ScorecardResult ReadResult(ReadOnlySpan<byte> utf8Json, IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var byId = new Dictionary<ScorecardId, Scorecard>();
        foreach (Scorecard card in scorecards)
        {
            ArgumentNullException.ThrowIfNull(card, nameof(scorecards));
            byId[card.Id] = card;
        }

        ResultDocument document = Parse(utf8Json, DocumentJsonContext.Default.ResultDocument, ResultKind);
        return ResultDocuments.FromDocument(document, byId);
    }

    /// <summary>Reads a scored result, against the scorecards it was scored on.</summary>
    /// <param name="json">The document.</param>
    /// <param name="scorecards">The result's scorecard and those of any nested results.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AccountabilityException">The document is not valid, or does not fit the scorecards given.</exception>
    public static ScorecardResult ReadResult(string json, IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadResult(Utf8(json), scorecards);
    }

    /// <summary>Writes a scorecard definition as a JSON document.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The document, indented, UTF-16 text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static string Write(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonSerializer.Serialize(ScorecardDocuments.ToDocument(scorecard), Writer.ScorecardDocument);
    }

    /// <summary>Writes the actuals of several subjects for one scorecard as a JSON document.</summary>
    /// <param name="scorecard">The scorecard the actuals are for.</param>
    /// <param name="actuals">Each subject's actuals (nested scorecard results cannot be written: score from their own actuals).</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="actuals"/> contains null.</exception>
    /// <exception cref="AccountabilityException">An entry holds a nested scorecard result, which has no document form.</exception>
    public static string Write(ScorecardId scorecard, IEnumerable<Actuals> actuals)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        Actuals[] all = [.. actuals];
        if (Array.Exists(all, a => a is null))
        {
            throw new ArgumentNullException(nameof(actuals), "The list cannot contain null.");
        }

        return JsonSerializer.Serialize(ActualsDocuments.ToDocument(scorecard, all), Writer.ActualsDocument);
    }

    /// <summary>Reads a scorecard definition.</summary>
    /// <param name="json">The document.</param>
    /// <param name="rules">The rules custom criteria name; the built-in rules when omitted.</param>
    /// <returns>The scorecard, built and validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid scorecard: every problem, each with its JSON path.</exception>
    public static Scorecard ReadScorecard(string json, ScoringRuleRegistry? rules = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadScorecard(Utf8(json), rules);
    }

    /// <summary>Reads a scorecard definition from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="rules">The rules custom criteria name; the built-in rules when omitted.</param>
    /// <returns>The scorecard, built and validated.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid scorecard: every problem, each with its JSON path.</exception>
    public static Scorecard ReadScorecard(ReadOnlySpan<byte> utf8Json, ScoringRuleRegistry? rules = null)
    {
        ScorecardDocument document = Parse(utf8Json, DocumentJsonContext.Default.ScorecardDocument, ScorecardKind);
        return ScorecardDocuments.FromDocument(document, rules ?? ScoringRuleRegistry.BuiltIn);
    }

    /// <summary>Reads an actuals document.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The scorecard the actuals are for, and each subject's actuals in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not valid: every problem, each with its JSON path.</exception>
    public static ActualsSet ReadActuals(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadActuals(Utf8(json));
    }

    /// <summary>Reads an actuals document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The scorecard the actuals are for, and each subject's actuals in document order.</returns>
    /// <exception cref="AccountabilityException">The document is not valid: every problem, each with its JSON path.</exception>
    public static ActualsSet ReadActuals(ReadOnlySpan<byte> utf8Json)
    {
        ActualsDocument document = Parse(utf8Json, DocumentJsonContext.Default.ActualsDocument, ActualsKind);
        return ActualsDocuments.FromDocument(document);
    }

    // Documents are files and messages, not HTML: only what JSON requires is escaped, so formulas stay readable.
    private static readonly DocumentJsonContext Writer = new(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Tells which kind of document this is, from its top-level <c>kind</c>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The kind (such as <see cref="ScorecardKind"/> or <see cref="ActualsKind"/>), or null when the text is not a JSON object with a string <c>kind</c>.</returns>
    public static string? KindOf(ReadOnlySpan<byte> utf8Json) => utf8Json.Length > MaxDocumentBytes ? null : Scan(utf8Json, out _);

    /// <summary>
    /// One pass of the reader over the whole document, before the serializer: it finds the top-level <c>kind</c> and
    /// notices nesting deeper than <see cref="MaxDepth"/> (never recursing into it). Other defects are left to the
    /// serializer, which reports them with their path.
    /// </summary>
    private static string? Scan(ReadOnlySpan<byte> utf8Json, out JsonException? tooDeep)
    {
        tooDeep = null;
        string? kind = null;
        bool rootIsObject = false;
        bool atKind = false;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (atKind)
                {
                    kind ??= reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    atKind = false;
                }
                else if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.StartObject)
                {
                    rootIsObject = true;
                }
                else if (rootIsObject && kind is null && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    atKind = reader.ValueTextEquals("kind"u8);
                }
            }
        }
        catch (JsonException ex) when (ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            tooDeep = ex;
        }
        catch (JsonException)
        {
            // Not well-formed: the serializer reports it with its path.
        }
        catch (InvalidOperationException)
        {
            // A kind that is not valid UTF-8: the serializer reports it with its path.
        }

        return kind;
    }

    private static byte[] Utf8(string json)
    {
        // Text too large to be a document is refused before it is copied; lone surrogates cannot be valid JSON text.
        if (json.Length > MaxDocumentBytes)
        {
            throw TooLarge(json.Length);
        }

        try
        {
            return new UTF8Encoding(false, true).GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            throw new AccountabilityException([new Problem("$", SerializationProblemCodes.JsonSyntax, "The document is not valid Unicode text (it has a lone surrogate).")]);
        }
    }

    private static AccountabilityException TooLarge(long size) =>
        new([new Problem("$", SerializationProblemCodes.DocumentTooLarge, $"The document has {size} bytes; at most {MaxDocumentBytes} are read.")]);

    private static T Parse<T>(ReadOnlySpan<byte> utf8Json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string expectedKind)
        where T : class
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            throw TooLarge(utf8Json.Length);
        }

        // A document of another kind is named as such, rather than as a list of properties this kind does not have;
        // nesting deeper than MaxDepth is refused as such, whatever the kind would have expected at that place.
        string? kind = Scan(utf8Json, out JsonException? tooDeep);
        if (kind is not null && !string.Equals(kind, expectedKind, StringComparison.Ordinal))
        {
            throw new AccountabilityException([new Problem("$.kind", SerializationProblemCodes.WrongKind, $"The document is a '{kind}' document; expected a '{expectedKind}' document.", ProblemSeverity.Error, kind)]);
        }

        if (tooDeep is not null)
        {
            throw new AccountabilityException([JsonFailures.ToProblem(tooDeep)], tooDeep);
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo)
                ?? throw new AccountabilityException([new Problem("$", SerializationProblemCodes.PropertyRequired, "The document is null; expected an object.")]);
        }
        catch (JsonException ex)
        {
            throw new AccountabilityException([JsonFailures.ToProblem(ex)], ex);
        }
        catch (InvalidOperationException ex)
        {
            // The serializer reports a few malformed inputs (such as a duplicated key in a map) this way.
            throw new AccountabilityException([new Problem("$", SerializationProblemCodes.JsonSyntax, "The document is not valid: " + ex.Message)], ex);
        }
    }
}
