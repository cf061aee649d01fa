namespace Accountability.Scoring;

/// <summary>
/// Where each subject's own reference values live: the <i>reference columns</i> (criteria in the scorecard's order,
/// each criterion's per-subject names in the order declared) and, for a criterion with any, the row vector that holds
/// all its slots (the definition's values, with the subject's own written over them) so that a scorer reads them
/// through its slots without a copy.
/// </summary>
/// <remarks>Immutable and thread-safe; shared by the scorecard, its evaluator and its tables.</remarks>
internal sealed class ReferenceLayout
{
    private readonly Dictionary<(int Criterion, string Name), int> _index = [];

    public ReferenceLayout(ScorecardCriterion[] entries)
    {
        int n = entries.Length;
        RowOffset = new int[n];
        FirstColumn = new int[n];
        ColumnCountOf = new int[n];
        Defaults = new decimal[n][];
        var criterion = new List<int>();
        var slot = new List<int>();
        var position = new List<int>();
        int width = 0;
        for (int i = 0; i < n; i++)
        {
            ScorecardCriterion entry = entries[i];
            Defaults[i] = entry.References;
            FirstColumn[i] = criterion.Count;
            IReadOnlyList<string> names = entry.PerSubject;
            if (names.Count == 0)
            {
                RowOffset[i] = -1;
                continue;
            }

            RowOffset[i] = width;
            foreach (string name in names)
            {
                int s = Array.IndexOf(entry.ReferenceNames, name);
                _index.Add((i, name), criterion.Count);
                criterion.Add(i);
                slot.Add(s);
                position.Add(width + s);
            }

            ColumnCountOf[i] = names.Count;
            width += entry.References.Length;
        }

        Width = width;
        ColumnCriterion = [.. criterion];
        ColumnSlot = [.. slot];
        ColumnPosition = [.. position];
        ColumnName = [.. ColumnCriterion.Select((c, k) => entries[c].ReferenceNames[ColumnSlot[k]])];
    }

    /// <summary>Per criterion column: where its slots start in a row vector; -1 when it has no per-subject value.</summary>
    public int[] RowOffset { get; }

    /// <summary>Per criterion column: its first reference column.</summary>
    public int[] FirstColumn { get; }

    /// <summary>Per criterion column: how many reference columns it has.</summary>
    public int[] ColumnCountOf { get; }

    /// <summary>Per criterion column: the definition's reference values.</summary>
    public decimal[][] Defaults { get; }

    /// <summary>The width of one subject's row vector (every slot of every criterion with a per-subject value).</summary>
    public int Width { get; }

    /// <summary>Per reference column: its criterion column.</summary>
    public int[] ColumnCriterion { get; }

    /// <summary>Per reference column: its slot in the criterion's reference values.</summary>
    public int[] ColumnSlot { get; }

    /// <summary>Per reference column: its position in a row vector.</summary>
    public int[] ColumnPosition { get; }

    /// <summary>Per reference column: the reference value's name.</summary>
    public string[] ColumnName { get; }

    /// <summary>The number of reference columns.</summary>
    public int Count => ColumnCriterion.Length;

    public bool TryGet(int criterion, string name, out int column) => _index.TryGetValue((criterion, name), out column);

    /// <summary>Writes the definition's values into a row vector starting at <paramref name="start"/>.</summary>
    public void FillDefaults(decimal[] vector, int start)
    {
        for (int i = 0; i < RowOffset.Length; i++)
        {
            if (RowOffset[i] >= 0)
            {
                Defaults[i].CopyTo(vector, start + RowOffset[i]);
            }
        }
    }
}
