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
    private readonly ReferenceLayout _layout;

    // Each subject's own reference values: a row vector of every slot of the criteria that have any (the
    // definition's values, the subject's own written over them), whether each reference column is given, and
    // where each came from (allocated only when a source is first given).
    private readonly decimal[] _referenceValues;
    private readonly bool[] _referenceGiven;
    private readonly int[] _referencesMissing;
    private ReferenceSource?[]? _referenceSources;

    internal ActualsTable(Scorecard scorecard, CriterionColumns columns, ReferenceLayout layout, PartyId[] subjects)
    {
        Scorecard = scorecard;
        _columns = columns;
        _layout = layout;
        _subjects = subjects;
        ColumnCount = columns.Count;
        _values = new decimal[checked(subjects.Length * ColumnCount)];
        _states = new ValueState[_values.Length];
        ReferenceColumnCount = layout.Count;
        _referenceValues = new decimal[checked(subjects.Length * layout.Width)];
        _referenceGiven = new bool[checked(subjects.Length * layout.Count)];

        // Per row and criterion: how many of its own values the subject has not given (read once per score).
        _referencesMissing = layout.Count > 0 ? new int[_values.Length] : [];
        if (layout.Count > 0)
        {
            for (int row = 0; row < subjects.Length; row++)
            {
                layout.FillDefaults(_referenceValues, row * layout.Width);
                layout.ColumnCountOf.CopyTo(_referencesMissing, row * ColumnCount);
            }
        }
    }

    /// <summary>The scorecard whose criteria are the columns.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>The subjects, one per row.</summary>
    public IReadOnlyList<PartyId> Subjects => _subjects;

    /// <summary>The number of columns: the scorecard's criteria, in its order.</summary>
    public int ColumnCount { get; }

    /// <summary>
    /// The number of reference columns: the reference values each subject gives (see <see cref="ScorecardBuilder.PerSubject"/>),
    /// criteria in the scorecard's order, each criterion's names in the order declared. 0 when the scorecard declares none.
    /// </summary>
    public int ReferenceColumnCount { get; }

    /// <summary>Finds the reference column of a criterion's per-subject reference value.</summary>
    /// <param name="criterion">The criterion's id.</param>
    /// <param name="name">The reference value's name, such as <c>target</c>.</param>
    /// <returns>The zero-based reference column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="AccountabilityException">The scorecard has no such criterion, or does not declare that value per subject.</exception>
    public int ReferenceColumnOf(CriterionId criterion, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int column = _columns.IndexOf(criterion, "criteria");
        if (_layout.TryGet(column, name, out int reference))
        {
            return reference;
        }

        throw new AccountabilityException([new Problem(
            ProblemPath.Join(ProblemPath.Key("criteria", criterion.Value), name),
            ScoringProblemCodes.UnknownReference,
            UnknownReferenceMessage(Scorecard, criterion, name),
            ProblemSeverity.Error,
            name)]);
    }

    /// <summary>
    /// Sets one row's actual values in one call: one value per criterion column, in the scorecard's order
    /// (every cell of the row becomes a value).
    /// </summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="actuals">One actual value per criterion column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="actuals"/> does not hold one value per criterion column.</exception>
    public void SetRow(int row, ReadOnlySpan<decimal> actuals)
    {
        CheckRow(row);
        if (actuals.Length != ColumnCount)
        {
            throw new ArgumentException($"The row has {ColumnCount} criterion columns; {actuals.Length} values were given.", nameof(actuals));
        }

        int start = row * ColumnCount;
        actuals.CopyTo(_values.AsSpan(start, ColumnCount));
        _states.AsSpan(start, ColumnCount).Fill(ValueState.Value);
        if (_reasons.Count > 0)
        {
            for (int column = 0; column < ColumnCount; column++)
            {
                _reasons.Remove((row, column));
            }
        }
    }

    /// <summary>
    /// Sets one row's actual values and the subject's own reference values in one call (see <see cref="SetRow(int, ReadOnlySpan{decimal})"/>
    /// and <see cref="SetReferences"/>).
    /// </summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="actuals">One actual value per criterion column.</param>
    /// <param name="references">One value per reference column (see <see cref="ReferenceColumnOf"/>).</param>
    /// <param name="source">Where the reference values came from, for the explanation; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="actuals"/> or <paramref name="references"/> has the wrong length.</exception>
    public void SetRow(int row, ReadOnlySpan<decimal> actuals, ReadOnlySpan<decimal> references, ReferenceSource? source)
    {
        CheckReferenceLength(references);
        SetRow(row, actuals);
        SetReferences(row, references, source);
    }

    /// <summary>Sets the subject's own reference values of one row in one call: one value per reference column.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="references">One value per reference column (see <see cref="ReferenceColumnOf"/>).</param>
    /// <param name="source">Where the values came from, for the explanation; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="references"/> does not hold one value per reference column.</exception>
    public void SetReferences(int row, ReadOnlySpan<decimal> references, ReferenceSource? source)
    {
        CheckRow(row);
        CheckReferenceLength(references);
        int count = _layout.Count;
        int vector = row * _layout.Width;
        int[] positions = _layout.ColumnPosition;
        for (int k = 0; k < count; k++)
        {
            _referenceValues[vector + positions[k]] = references[k];
        }

        _referenceGiven.AsSpan(row * count, count).Fill(true);
        _referencesMissing.AsSpan(row * ColumnCount, ColumnCount).Clear();
        SetSources(row * count, count, source);
    }

    /// <summary>Sets one of the subject's own reference values.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="referenceColumn">The reference column (see <see cref="ReferenceColumnOf"/>).</param>
    /// <param name="value">The value.</param>
    /// <param name="source">Where it came from, for the explanation; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="referenceColumn"/> is out of range.</exception>
    public void SetReference(int row, int referenceColumn, decimal value, ReferenceSource? source)
    {
        int cell = ReferenceCell(row, referenceColumn);
        _referenceValues[(row * _layout.Width) + _layout.ColumnPosition[referenceColumn]] = value;
        if (!_referenceGiven[cell])
        {
            _referenceGiven[cell] = true;
            _referencesMissing[(row * ColumnCount) + _layout.ColumnCriterion[referenceColumn]]--;
        }

        SetSources(cell, 1, source);
    }

    /// <summary>Makes one of the subject's own reference values missing again.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="referenceColumn">The reference column.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="referenceColumn"/> is out of range.</exception>
    public void ClearReference(int row, int referenceColumn)
    {
        int cell = ReferenceCell(row, referenceColumn);
        int criterion = _layout.ColumnCriterion[referenceColumn];
        _referenceValues[(row * _layout.Width) + _layout.ColumnPosition[referenceColumn]] = _layout.Defaults[criterion][_layout.ColumnSlot[referenceColumn]];
        if (_referenceGiven[cell])
        {
            _referenceGiven[cell] = false;
            _referencesMissing[(row * ColumnCount) + criterion]++;
        }

        SetSources(cell, 1, null);
    }

    /// <summary>Reads one of the subject's own reference values.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="referenceColumn">The reference column.</param>
    /// <returns>The value, or <see langword="null"/> when it is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="referenceColumn"/> is out of range.</exception>
    public decimal? GetReference(int row, int referenceColumn)
    {
        int cell = ReferenceCell(row, referenceColumn);
        return _referenceGiven[cell] ? _referenceValues[(row * _layout.Width) + _layout.ColumnPosition[referenceColumn]] : null;
    }

    /// <summary>Where one of the subject's own reference values came from, if said.</summary>
    /// <param name="row">The subject's row.</param>
    /// <param name="referenceColumn">The reference column.</param>
    /// <returns>The source, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="referenceColumn"/> is out of range.</exception>
    public ReferenceSource? GetReferenceSource(int row, int referenceColumn) => _referenceSources?[ReferenceCell(row, referenceColumn)];

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

    /// <summary>The subject of a row (no bounds check beyond the array's).</summary>
    internal PartyId SubjectAt(int row) => _subjects[row];

    /// <summary>The cells, row after row (read by batch scoring's fast path).</summary>
    internal decimal[] Values => _values;

    /// <summary>The cells' states, row after row.</summary>
    internal ValueState[] States => _states;

    /// <summary>The subjects' row vectors of reference values, row after row (<see cref="ReferenceLayout.Width"/> each).</summary>
    internal decimal[] ReferenceValues => _referenceValues;

    /// <summary>Per row and criterion column: how many of its own reference values the subject has not given (empty without any).</summary>
    internal int[] ReferencesMissing => _referencesMissing;

    internal string? Reason(int row, int column) => _reasons.GetValueOrDefault((row, column));

    internal ReferenceLayout Layout => _layout;

    /// <summary>The row vector of a criterion with per-subject values, and how many of them are missing.</summary>
    internal int References(int row, int column, out decimal[] vector, out int offset)
    {
        vector = _referenceValues;
        offset = (row * _layout.Width) + _layout.RowOffset[column];
        return _referencesMissing[(row * ColumnCount) + column];
    }

    internal bool HasReference(int row, int referenceColumn) => _referenceGiven[(row * _layout.Count) + referenceColumn];

    internal ReferenceSource? ReferenceSourceOf(int row, int referenceColumn) => _referenceSources?[(row * _layout.Count) + referenceColumn];

    internal static string UnknownReferenceMessage(Scorecard scorecard, CriterionId criterion, string name)
    {
        ScorecardCriterion entry = scorecard.Criteria.First(c => c.Criterion.Id == criterion);
        return $"Scorecard '{scorecard.Name}' does not declare '{name}' of '{criterion}' per subject; per subject: {(entry.PerSubject.Count == 0 ? "none" : string.Join(", ", entry.PerSubject))}.";
    }

    internal void CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _subjects.Length);
    }

    private void CheckReferenceLength(ReadOnlySpan<decimal> references)
    {
        if (references.Length != _layout.Count)
        {
            throw new ArgumentException($"The scorecard declares {_layout.Count} reference values per subject; {references.Length} were given.", nameof(references));
        }
    }

    private void SetSources(int start, int count, ReferenceSource? source)
    {
        if (source is null && _referenceSources is null)
        {
            return;
        }

        _referenceSources ??= new ReferenceSource?[_referenceGiven.Length];
        _referenceSources.AsSpan(start, count).Fill(source);
    }

    private int ReferenceCell(int row, int referenceColumn)
    {
        CheckRow(row);
        ArgumentOutOfRangeException.ThrowIfNegative(referenceColumn);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(referenceColumn, _layout.Count);
        return (row * _layout.Count) + referenceColumn;
    }

    private int Cell(int row, int column)
    {
        CheckRow(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return (row * ColumnCount) + column;
    }
}
