using System.Text.Json;
using Accountability.Goals;

namespace Accountability.Serialization;

// Goal trees and the actuals ledger as documents.
public static partial class AccountabilityJson
{
    /// <summary>The <c>kind</c> of a goal tree document.</summary>
    public const string GoalTreeKind = "goal-tree";

    /// <summary>The <c>kind</c> of an actuals ledger document.</summary>
    public const string LedgerKind = "actuals-ledger";


    /// <summary>
    /// Writes a goal tree as a JSON document: every goal (parents before children) with its owner, its own target
    /// (split and seasonal targets as they were decomposed, to the last decimal place), the unit once on each root,
    /// and its period as its first and last day; and the owners' acknowledgments of their targets.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The document, indented. Its size grows with the number of goals, never with the length of their periods.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public static string Write(GoalTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return JsonSerializer.Serialize(GoalDocuments.ToDocument(tree), Writer.GoalTreeDocument);
    }

    /// <summary>Reads a goal tree document, building the tree with <see cref="GoalTreeBuilder"/> so that every rule of the model is checked.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The tree, equal to the one written: its goals, targets, periods and acknowledgments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid goal tree: every problem, each with its JSON path (<c>$.goals[3].period</c>).</exception>
    public static GoalTree ReadGoalTree(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadGoalTree(Utf8(json));
    }

    /// <summary>Reads a goal tree document from UTF-8 bytes, building the tree with <see cref="GoalTreeBuilder"/>.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The tree, equal to the one written: its goals, targets, periods and acknowledgments.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid goal tree: every problem, each with its JSON path (<c>$.goals[3].period</c>).</exception>
    public static GoalTree ReadGoalTree(ReadOnlySpan<byte> utf8Json)
    {
        GoalTreeDocument document = Parse(utf8Json, DocumentJsonContext.Default.GoalTreeDocument, GoalTreeKind);
        return GoalDocuments.FromDocument(document);
    }

    /// <summary>Writes an actuals ledger as a JSON document: every entry in the order recorded, with its goal, date, value, measure and reference.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The document, indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static string Write(ActualsLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return JsonSerializer.Serialize(GoalDocuments.ToDocument(ledger), Writer.LedgerDocument);
    }

    /// <summary>Reads an actuals ledger document.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The ledger, its entries in document order. Entries are checked against a tree when it is evaluated (<see cref="GoalTree.Evaluate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AccountabilityException">The document is not a valid ledger: every problem, each with its JSON path (<c>$.entries[4].date</c>).</exception>
    public static ActualsLedger ReadLedger(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadLedger(Utf8(json));
    }

    /// <summary>Reads an actuals ledger document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The ledger, its entries in document order.</returns>
    /// <exception cref="AccountabilityException">The document is not a valid ledger: every problem, each with its JSON path (<c>$.entries[4].date</c>).</exception>
    public static ActualsLedger ReadLedger(ReadOnlySpan<byte> utf8Json)
    {
        LedgerDocument document = Parse(utf8Json, DocumentJsonContext.Default.LedgerDocument, LedgerKind);
        return GoalDocuments.FromDocument(document);
    }
}
