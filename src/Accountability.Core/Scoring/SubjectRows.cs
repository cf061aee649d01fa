namespace Accountability.Scoring;

/// <summary>What one subject's row holds for one criterion.</summary>
internal enum ValueState : byte
{
    Missing = 0,
    Value = 1,
    NotApplicable = 2,
}

/// <summary>One subject's values, one per criterion column of a scorecard: what the evaluator reads.</summary>
internal interface ISubjectRow
{
    /// <summary>Reads a column.</summary>
    ValueState Read(int column, out decimal value);

    /// <summary>Why a not-applicable column does not apply, if said (read only for explanations).</summary>
    string? Reason(int column);

    /// <summary>The other scorecard's result whose overall score is the column's value, if any (read only for explanations).</summary>
    ScorecardResult? Source(int column);

    /// <summary>
    /// For a column with per-subject reference values: the vector holding all its slots (from <paramref name="offset"/>),
    /// and how many of the subject's own values are missing.
    /// </summary>
    int References(int column, out decimal[] vector, out int offset);

    /// <summary>Tells whether the subject gives a reference column (read only when reporting missing values).</summary>
    bool HasReference(int referenceColumn);

    /// <summary>Where a reference column's value came from, if said (read only for explanations).</summary>
    ReferenceSource? ReferenceSource(int referenceColumn);
}

/// <summary>A row of an <see cref="ActualsTable"/>.</summary>
internal readonly struct TableRow(ActualsTable table, int row) : ISubjectRow
{
    public ValueState Read(int column, out decimal value) => table.Read(row, column, out value);

    public string? Reason(int column) => table.Reason(row, column);

    public ScorecardResult? Source(int column) => null;

    public int References(int column, out decimal[] vector, out int offset) => table.References(row, column, out vector, out offset);

    public bool HasReference(int referenceColumn) => table.HasReference(row, referenceColumn);

    public ReferenceSource? ReferenceSource(int referenceColumn) => table.ReferenceSourceOf(row, referenceColumn);
}

/// <summary>
/// One subject's <see cref="Actuals"/>, read by criterion id. When the scorecard declares per-subject reference values,
/// <paramref name="vector"/> holds the subject's row vector (the definition's values with the subject's own written over
/// them, see <see cref="Fill"/>) and <paramref name="given"/> which reference columns the subject gives.
/// </summary>
internal readonly struct ActualsRow(Actuals actuals, CriterionId[] columns, ReferenceLayout layout, decimal[]? vector, bool[]? given) : ISubjectRow
{
    /// <summary>Writes the subject's reference values into the row vector; the actuals were checked to name only declared ones.</summary>
    public static void Fill(Actuals actuals, CriterionColumns columns, ReferenceLayout layout, decimal[] vector, bool[] given)
    {
        layout.FillDefaults(vector, 0);
        Array.Clear(given, 0, layout.Count);
        foreach (ReferenceValue value in actuals.ReferenceValues)
        {
            if (columns.TryGet(value.Criterion, out int column) && layout.TryGet(column, value.Name, out int reference))
            {
                vector[layout.ColumnPosition[reference]] = value.Value;
                given[reference] = true;
            }
        }
    }

    public int References(int column, out decimal[] values, out int offset)
    {
        values = vector ?? throw new InvalidOperationException("The row holds no reference values.");
        offset = layout.RowOffset[column];
        int missing = 0;
        for (int k = layout.FirstColumn[column], end = k + layout.ColumnCountOf[column]; k < end; k++)
        {
            if (!given![k])
            {
                missing++;
            }
        }

        return missing;
    }

    public bool HasReference(int referenceColumn) => given![referenceColumn];

    public ReferenceSource? ReferenceSource(int referenceColumn) =>
        actuals.TryGetReference(columns[layout.ColumnCriterion[referenceColumn]], layout.ColumnName[referenceColumn], out ReferenceValue? value) ? value.Source : null;

    public ValueState Read(int column, out decimal value)
    {
        if (actuals.TryGet(columns[column], out ActualValue? entry))
        {
            if (entry.Value is { } v)
            {
                value = v;
                return ValueState.Value;
            }

            value = 0m;
            return ValueState.NotApplicable;
        }

        value = 0m;
        return ValueState.Missing;
    }

    public string? Reason(int column) => actuals.TryGet(columns[column], out ActualValue? entry) ? entry.Reason : null;

    public ScorecardResult? Source(int column) => actuals.TryGet(columns[column], out ActualValue? entry) ? entry.Result : null;
}
