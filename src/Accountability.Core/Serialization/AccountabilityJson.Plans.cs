using System.Text.Json;
using Accountability.Reviews;

namespace Accountability.Serialization;

// Improvement plans and review cycles as documents.
public static partial class AccountabilityJson
{
    /// <summary>The <c>kind</c> of an improvement plan document.</summary>
    public const string PlanKind = "plan";

    /// <summary>The <c>kind</c> of a review cycle document.</summary>
    public const string CycleKind = "review-cycle";


    /// <summary>
    /// Writes an improvement plan as a JSON document: its subject, author and date, every action (number, kind, title,
    /// owner, due date, status, what it addresses and, for a proposed action, the criterion's gap with every decimal as
    /// held) and the whole history of changes in the order recorded.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Write(ImprovementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(PlanDocuments.ToDocument(plan), Writer.PlanDocument);
    }

    /// <summary>
    /// Reads an improvement plan document, replaying its history through the plan's own operations so that every rule of
    /// the model is checked (allowed status changes, reasons for drops, changes in time order, due dates).
    /// </summary>
    /// <param name="json">The document.</param>
    /// <returns>The plan, equal in every field to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid plan: the problems, each with its JSON path (<c>$.history[3].to</c>).</exception>
    public static ImprovementPlan ReadPlan(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadPlan(Utf8(json));
    }

    /// <summary>Reads an improvement plan document from UTF-8 bytes, replaying its history through the plan's own operations.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The plan, equal in every field to the one written.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid plan: the problems, each with its JSON path (<c>$.history[3].to</c>).</exception>
    public static ImprovementPlan ReadPlan(ReadOnlySpan<byte> utf8Json)
    {
        PlanDocument document = Parse(utf8Json, DocumentJsonContext.Default.PlanDocument, PlanKind);
        return PlanDocuments.FromDocument(document);
    }

    /// <summary>
    /// Writes a review cycle as a JSON document: its name, period, participants, phase deadlines, creator, phase and every
    /// move with its author, time, reason and, for the closing, the readiness it closed with (an override when anything
    /// was outstanding).
    /// </summary>
    /// <param name="cycle">The cycle.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cycle"/> is null.</exception>
    public static string Write(ReviewCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return JsonSerializer.Serialize(PlanDocuments.ToDocument(cycle), Writer.CycleDocument);
    }

    /// <summary>
    /// Reads a review cycle document, replaying its moves through <see cref="ReviewCycle.MoveTo"/> so that every rule of the
    /// model is checked (one phase forward, back only with a reason, closing only when ready or with an override reason).
    /// </summary>
    /// <param name="json">The document.</param>
    /// <returns>The cycle, equal in every field to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid cycle: the problems, each with its JSON path (<c>$.transitions[2].reason</c>).</exception>
    public static ReviewCycle ReadCycle(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadCycle(Utf8(json));
    }

    /// <summary>Reads a review cycle document from UTF-8 bytes, replaying its moves through <see cref="ReviewCycle.MoveTo"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The cycle, equal in every field to the one written.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid cycle: the problems, each with its JSON path (<c>$.transitions[2].reason</c>).</exception>
    public static ReviewCycle ReadCycle(ReadOnlySpan<byte> utf8Json)
    {
        CycleDocument document = Parse(utf8Json, DocumentJsonContext.Default.CycleDocument, CycleKind);
        return PlanDocuments.FromDocument(document);
    }
}
