using System.Text.Json;
using Accountability.Feedback;

namespace Accountability.Serialization;

public static partial class AccountabilityJson
{
    /// <summary>The <c>kind</c> of a document holding one accountability record.</summary>
    public const string RecordKind = "record";

    /// <summary>The <c>kind</c> of a document holding a list of accountability records.</summary>
    public const string RecordsKind = "records";


    private static readonly DocumentJsonContext CompactRecordWriter = new(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    });

    /// <summary>
    /// Writes one accountability record (feedback, a correction, an acknowledgment, an appeal or its decision, a
    /// suggestion's step, a plan action or a cycle transition) as a JSON document: every field, its
    /// <c>recordKind</c>, and for a stored record its <c>stream</c> and <c>version</c>.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Write(AccountabilityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(RecordDocuments.ToDocument(record, single: true), Writer.RecordDocument);
    }

    /// <summary>Writes one accountability record as a compact (not indented) UTF-8 JSON document, for stores.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The document's UTF-8 bytes; it reads back with <see cref="ReadRecord(ReadOnlySpan{byte})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static byte[] WriteUtf8(AccountabilityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.SerializeToUtf8Bytes(RecordDocuments.ToDocument(record, single: true), CompactRecordWriter.RecordDocument);
    }

    /// <summary>Writes a list of accountability records as one JSON document, in the order given.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or contains null.</exception>
    public static string Write(IEnumerable<AccountabilityRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var items = new List<RecordDocument?>();
        foreach (AccountabilityRecord record in records)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(records), "The list cannot contain null.");
            }

            items.Add(RecordDocuments.ToDocument(record, single: false));
        }

        var document = new RecordListDocument { SchemaVersion = SchemaVersion, Kind = RecordsKind, Records = items };
        return JsonSerializer.Serialize(document, Writer.RecordListDocument);
    }

    /// <summary>Reads one accountability record.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The record, equal in every field to the one written; placed in its stream at its version when the document has them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid record: every problem, each with its JSON path.</exception>
    public static AccountabilityRecord ReadRecord(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadRecord(Utf8(json));
    }

    /// <summary>Reads one accountability record from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The record, equal in every field to the one written; placed in its stream at its version when the document has them.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid record: every problem, each with its JSON path.</exception>
    public static AccountabilityRecord ReadRecord(ReadOnlySpan<byte> utf8Json)
    {
        RecordDocument document = Parse(utf8Json, DocumentJsonContext.Default.RecordDocument, RecordKind);
        return RecordDocuments.FromDocument(document);
    }

    /// <summary>Reads a list of accountability records.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The records, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not valid: every problem, each with its JSON path.</exception>
    public static IReadOnlyList<AccountabilityRecord> ReadRecords(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadRecords(Utf8(json));
    }

    /// <summary>Reads a list of accountability records from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The records, in document order.</returns>
    /// <exception cref="AccountabilityException">The document is not valid: every problem, each with its JSON path.</exception>
    public static IReadOnlyList<AccountabilityRecord> ReadRecords(ReadOnlySpan<byte> utf8Json)
    {
        RecordListDocument document = Parse(utf8Json, DocumentJsonContext.Default.RecordListDocument, RecordsKind);
        return RecordDocuments.FromDocument(document);
    }
}
