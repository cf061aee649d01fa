using System.Text.Json;
using Accountability.Responsibility;

namespace Accountability.Serialization;

/// <content>Responsibility matrix documents.</content>
public static partial class AccountabilityJson
{
    /// <summary>The <c>kind</c> of a responsibility matrix document.</summary>
    public const string ResponsibilityMatrixKind = "responsibility-matrix";

    // Documents are files and messages, not HTML: only what JSON requires is escaped.

    /// <summary>
    /// Writes a responsibility matrix as a JSON document: its version and effective date, its scheme (codes and forbidden
    /// combinations), parties with their authority, work items, tenures (each as its first and last day) and cells.
    /// </summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static string Write(ResponsibilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return JsonSerializer.Serialize(MatrixDocuments.ToDocument(matrix), Writer.MatrixDocument);
    }

    /// <summary>Reads a responsibility matrix.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The matrix, rebuilt and checked as <see cref="ResponsibilityMatrixBuilder.Build"/> checks it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid matrix: every problem, each with its JSON path.</exception>
    public static ResponsibilityMatrix ReadMatrix(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadMatrix(Utf8(json));
    }

    /// <summary>Reads a responsibility matrix from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The matrix, rebuilt and checked as <see cref="ResponsibilityMatrixBuilder.Build"/> checks it.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid matrix: every problem, each with its JSON path.</exception>
    public static ResponsibilityMatrix ReadMatrix(ReadOnlySpan<byte> utf8Json)
    {
        MatrixDocument document = Parse(utf8Json, DocumentJsonContext.Default.MatrixDocument, ResponsibilityMatrixKind);
        return MatrixDocuments.FromDocument(document);
    }
}
