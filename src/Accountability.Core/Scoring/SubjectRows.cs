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
}

/// <summary>A row of an <see cref="ActualsTable"/>.</summary>
internal readonly struct TableRow(ActualsTable table, int row) : ISubjectRow
{
    public ValueState Read(int column, out decimal value) => table.Read(row, column, out value);

    public string? Reason(int column) => table.Reason(row, column);

    public ScorecardResult? Source(int column) => null;
}

/// <summary>One subject's <see cref="Actuals"/>, read by criterion id.</summary>
internal readonly struct ActualsRow(Actuals actuals, CriterionId[] columns) : ISubjectRow
{
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
