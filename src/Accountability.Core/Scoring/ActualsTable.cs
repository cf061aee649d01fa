namespace Accountability.Scoring;

/// <summary>
/// A reusable grid of actual values for batch scoring: one row per subject, one column per criterion
/// of the scorecard that created it. Cells start missing; set a value or mark a cell not applicable.
/// Scoring the table (<see cref="Scorecard.ScoreBatch(ActualsTable, Span{SubjectScore})"/>) allocates nothing per subject.
/// </summary>
/// <remarks>
/// A mutable buffer, like an array: not thread-safe for writes. Once filled, any number of threads may
/// score or explain it at the same time as long as nobody writes.
/// </remarks>
public sealed class ActualsTable
{
    private readonly decimal[] _values;
    private readonly ValueState[] _states;
    private readonly Dictionary<(int Row, int Column), string> _reasons = [];
    private readonly PartyId[] _subjects;

    private readonly CriterionColumns _columns;

    internal ActualsTable(Scorecard scorecard, CriterionColumns columns, PartyId[] subjects)
    {
        Scorecard = scorecard;
        _columns = columns;
        _subjects = subjects;
        ColumnCount = columns.Count;
        _values = new decimal[checked(subjects.Length * ColumnCount)];
        _states = new ValueState[_values.Length];
    }

    /// <summary>The scorecard whose criteria are the columns.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>The subjects, one per row.</summary>
    public IReadOnlyList<PartyId> Subjects => _subjects;

    /// <summary>The number of columns: the scorecard's criteria, in its order.</summary>
    public int ColumnCount { get; }

    /// <summary>Finds the column of a criterion.</summary>
    /// <param name="criterion">The criterion's id.</param>
    /// <returns>The zero-based column.</returns>
    /// <exception cref="AccountabilityException">The scorecard has no such criterion.</exception>
    public int ColumnOf(CriterionId criterion) => _columns.IndexOf(criterion, "values");

    /// <summary>Sets a value.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="column">The criterion's column (see <see cref="ColumnOf"/>).</param>
    /// <param name="value">The actual value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public void Set(int row, int column, decimal value)
    {
        int cell = Cell(row, column);
        _values[cell] = value;
        _states[cell] = ValueState.Value;
        _reasons.Remove((row, column));
    }

    /// <summary>Sets a value by criterion id.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="criterion">The criterion's id.</param>
    /// <param name="value">The actual value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    /// <exception cref="AccountabilityException">The scorecard has no such criterion.</exception>
    public void Set(int row, CriterionId criterion, decimal value) => Set(row, ColumnOf(criterion), value);

    /// <summary>Marks a cell not applicable: the criterion is left out for this subject and the other weights re-normalised.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="column">The criterion's column.</param>
    /// <param name="reason">Why, for the explanation; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public void SetNotApplicable(int row, int column, string? reason = null)
    {
        int cell = Cell(row, column);
        _values[cell] = 0m;
        _states[cell] = ValueState.NotApplicable;
        if (string.IsNullOrWhiteSpace(reason))
        {
            _reasons.Remove((row, column));
        }
        else
        {
            _reasons[(row, column)] = reason;
        }
    }

    /// <summary>Makes a cell missing again.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="column">The criterion's column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public void Clear(int row, int column)
    {
        int cell = Cell(row, column);
        _values[cell] = 0m;
        _states[cell] = ValueState.Missing;
        _reasons.Remove((row, column));
    }

    /// <summary>Reads a cell.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="column">The criterion's column.</param>
    /// <returns>The value, or <see langword="null"/> when the cell is missing or not applicable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public decimal? Get(int row, int column)
    {
        int cell = Cell(row, column);
        return _states[cell] == ValueState.Value ? _values[cell] : null;
    }

    /// <summary>Tells whether a cell is marked not applicable.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="column">The criterion's column.</param>
    /// <returns><see langword="true"/> when the cell is not applicable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public bool IsNotApplicable(int row, int column) => _states[Cell(row, column)] == ValueState.NotApplicable;

    internal ValueState Read(int row, int column, out decimal value)
    {
        int cell = (row * ColumnCount) + column;
        value = _values[cell];
        return _states[cell];
    }

    internal string? Reason(int row, int column) => _reasons.GetValueOrDefault((row, column));

    internal void CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _subjects.Length);
    }

    private int Cell(int row, int column)
    {
        CheckRow(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return (row * ColumnCount) + column;
    }
}
