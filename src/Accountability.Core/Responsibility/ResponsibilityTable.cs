using System.Globalization;
using System.Text;

namespace Accountability.Responsibility;

/// <summary>
/// Renders matrices and workloads as text tables: Markdown (GitHub-flavoured pipe tables) and CSV (RFC 4180).
/// </summary>
/// <remarks>
/// Stateless and thread-safe; culture-invariant. Markdown escapes <c>|</c> and <c>\</c> and turns line breaks
/// into spaces. CSV separates fields with commas, ends every record with CRLF, and encloses a field in double
/// quotes when it contains a comma, a double quote, CR or LF, doubling any double quote inside.
/// Cells show a party's codes in the scheme's order, joined with <c>/</c>, such as <c>R/A</c>.
/// </remarks>
public static class ResponsibilityTable
{
    private const string CrLf = "\r\n";
    private const int MaxIndent = 10;

    /// <summary>
    /// Renders the matrix as a Markdown table: one row per work item in tree order, one column per party. A nested item
    /// is indented with one <c>› </c> per level, up to <c>10</c> levels; a deeper one shows its level instead, such
    /// as <c>› ×12 </c>, so the table stays linear in the size of the matrix however deep the nesting.
    /// </summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="omitEmptyColumns"><see langword="true"/> to leave out parties with no cell (people who only act through roles and teams).</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static string ToMarkdown(ResponsibilityMatrix matrix, bool omitEmptyColumns = false)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Party[] columns = [.. matrix.Parties.Where(p => !omitEmptyColumns || matrix.Index.HasCells(p.Id))];
        var rows = new List<IReadOnlyList<string>>();
        rows.Add([.. columns.Select(p => p.Name).Prepend("Work item")]);
        foreach (WorkItem item in TreeOrder(matrix))
        {
            string title = Indent(matrix.DepthOf(item.Id)) + item.Title;
            rows.Add([.. columns.Select(p => Cell(matrix, item.Id, p.Id)).Prepend(title)]);
        }

        return Markdown(rows, leftColumns: 1);
    }

    /// <summary>
    /// Renders the matrix as CSV (RFC 4180): a header <c>Id,Parent,Work item,</c> followed by the party identifiers,
    /// then one record per work item in tree order.
    /// </summary>
    /// <param name="matrix">The matrix.</param>
    /// <returns>The CSV text, every record ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static string ToCsv(ResponsibilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var text = new StringBuilder();
        Record(text, ["Id", "Parent", "Work item", .. matrix.Parties.Select(p => p.Id.Value)]);
        foreach (WorkItem item in TreeOrder(matrix))
        {
            Record(text, [item.Id.Value, item.Parent?.Value ?? string.Empty, item.Title, .. matrix.Parties.Select(p => Cell(matrix, item.Id, p.Id))]);
        }

        return text.ToString();
    }

    /// <summary>Renders a workload as a Markdown table: party, kind, one column per code, and the distinct items.</summary>
    /// <param name="workload">The workload.</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    public static string ToMarkdown(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var rows = new List<IReadOnlyList<string>> { WorkloadHeader(workload, w => w.Symbol) };
        rows.AddRange(workload.Rows.Select(r => WorkloadRecord(workload, r, r.Party.Name)));
        return Markdown(rows, leftColumns: 2);
    }

    /// <summary>Renders a workload as CSV (RFC 4180): <c>Party,Kind,</c> the code symbols, <c>Items</c>.</summary>
    /// <param name="workload">The workload.</param>
    /// <returns>The CSV text, every record ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    public static string ToCsv(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var text = new StringBuilder();
        Record(text, WorkloadHeader(workload, w => w.Symbol));
        foreach (WorkloadRow row in workload.Rows)
        {
            Record(text, WorkloadRecord(workload, row, row.Party.Id.Value));
        }

        return text.ToString();
    }

    /// <summary>Encloses <paramref name="field"/> in double quotes when RFC 4180 requires it, doubling the quotes inside.</summary>
    /// <param name="field">The field's text.</param>
    /// <returns>The field as it is written in a CSV record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static string CsvField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static string[] WorkloadHeader(Workload workload, Func<ResponsibilityCode, string> name) =>
        ["Party", "Kind", .. workload.Codes.Select(name), "Items"];

    private static string[] WorkloadRecord(Workload workload, WorkloadRow row, string party) =>
        [party, row.Party.Kind.ToString(), .. workload.Codes.Select(c => Number(row.CountOf(c.Symbol))), Number(row.Items)];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Cell(ResponsibilityMatrix matrix, WorkItemId item, PartyId party) =>
        matrix.TryGetCell(item, party, out Assignment? cell) ? string.Join("/", cell.Codes) : string.Empty;

    /// <summary>Rows in tree order: each item followed by its children, siblings in the order they were added (no recursion).</summary>
    private static List<WorkItem> TreeOrder(ResponsibilityMatrix matrix)
    {
        var result = new List<WorkItem>(matrix.WorkItems.Count);
        var stack = new Stack<WorkItem>();
        foreach (WorkItem root in matrix.WorkItems.Where(i => i.Parent is null))
        {
            stack.Push(root);
            while (stack.Count > 0)
            {
                WorkItem item = stack.Pop();
                result.Add(item);
                WorkItem[] children = [.. matrix.Index.ChildrenOf(item.Id)];
                for (int c = children.Length - 1; c >= 0; c--)
                {
                    stack.Push(children[c]);
                }
            }
        }

        return result;
    }

    private static string Indent(int depth) => depth switch
    {
        0 => string.Empty,
        <= MaxIndent => string.Concat(Enumerable.Repeat("› ", depth)),
        _ => "› ×" + Number(depth) + " ",
    };

    private static void Record(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(CsvField)).Append(CrLf);

    private static string Markdown(List<IReadOnlyList<string>> rows, int leftColumns)
    {
        var text = new StringBuilder();
        for (int r = 0; r < rows.Count; r++)
        {
            text.Append('|');
            foreach (string field in rows[r])
            {
                text.Append(' ').Append(EscapeMarkdown(field)).Append(" |");
            }

            text.Append('\n');
            if (r == 0)
            {
                text.Append('|');
                for (int c = 0; c < rows[0].Count; c++)
                {
                    text.Append(c < leftColumns ? " --- |" : " :-: |");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string EscapeMarkdown(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\r', ' ')
            .Replace('\n', ' ');
}
