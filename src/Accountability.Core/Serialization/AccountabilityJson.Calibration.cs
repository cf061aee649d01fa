using System.Text.Json;

namespace Accountability.Serialization;

/// <content>Calibration documents.</content>
public static partial class AccountabilityJson
{
    /// <summary>The <c>kind</c> of a calibration document: the results of one calibration meeting.</summary>
    public const string CalibrationKind = "calibration";

    // Documents are files and messages, not HTML: only what JSON requires is escaped.

    /// <summary>
    /// Writes a calibration meeting's results as a JSON document: each result's inputs (scale, options and ratings;
    /// guideline, order and scores; guideline and counts) beside its figures, every decimal with its scale.
    /// </summary>
    /// <param name="outcome">The meeting's results.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public static string Write(CalibrationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return JsonSerializer.Serialize(CalibrationDocuments.ToDocument(outcome), Writer.CalibrationDocument);
    }

    /// <summary>Reads a calibration meeting's results.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The results, recomputed from the document's inputs and equal to its figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// The document is not valid, its inputs are refused by the calculation, or a figure differs from what the inputs
    /// give: every problem, each with its JSON path.
    /// </exception>
    public static CalibrationOutcome ReadCalibration(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadCalibration(Utf8(json));
    }

    /// <summary>Reads a calibration meeting's results from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The results, recomputed from the document's inputs and equal to its figures.</returns>
    /// <exception cref="AccountabilityException">
    /// The document is not valid, its inputs are refused by the calculation, or a figure differs from what the inputs
    /// give: every problem, each with its JSON path.
    /// </exception>
    public static CalibrationOutcome ReadCalibration(ReadOnlySpan<byte> utf8Json)
    {
        CalibrationDocument document = Parse(utf8Json, DocumentJsonContext.Default.CalibrationDocument, CalibrationKind);
        return CalibrationDocuments.FromDocument(document);
    }
}
