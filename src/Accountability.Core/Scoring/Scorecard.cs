using System.Buffers;
using Accountability.Formulas;

namespace Accountability.Scoring;

/// <summary>
/// A set of weighted criteria scored together into one explained result with a rating band.
/// Built and validated once by <see cref="CreateBuilder"/>, then immutable; scoring is separate
/// from definition and cheap.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: one scorecard may score any number of subjects on any number of threads.</para>
/// <para>
/// The overall score is the weighted mean Σ(weight × score) ÷ Σ weight over the included criteria,
/// computed exactly from the declared weights (a third stays a third) at
/// <see cref="ScorePrecision.Decimals"/> decimal places. The sum is taken in criterion-id order, so
/// the order in which criteria were added changes nothing. Criteria marked not applicable, and missing
/// ones under <see cref="MissingValuePolicy.Exclude"/>, are left out and the other weights re-normalised.
/// A scorecard built with <see cref="ScorecardBuilder.CombineWith"/> takes its overall score from that formula instead.
/// Gates then cap the score or force a band. Nothing is rounded for display until you ask
/// (<see cref="Rounding.Format"/>).
/// </para>
/// </remarks>
public sealed class Scorecard
{
    private readonly ScorecardCriterion[] _entries;
    private readonly ScorecardGate[] _gates;
    private readonly ScorecardEvaluator _evaluator;

    internal Scorecard(
        ScorecardId id,
        string name,
        WeightMode weightMode,
        MissingValuePolicy missingValues,
        RatingBands? bands,
        ScorecardCriterion[] entries,
        ScorecardGate[] gates,
        CompiledFormula? combination = null)
    {
        Id = id;
        Name = name;
        WeightMode = weightMode;
        MissingValues = missingValues;
        Bands = bands;
        _entries = entries;
        _gates = gates;
        Combination = combination?.Formula;
        CompiledCombination = combination;
        _evaluator = new ScorecardEvaluator(name, missingValues, bands, entries, gates, combination);
    }

    /// <summary>The scorecard's id.</summary>
    public ScorecardId Id { get; }

    /// <summary>The scorecard's name.</summary>
    public string Name { get; }

    /// <summary>How the weights are read.</summary>
    public WeightMode WeightMode { get; }

    /// <summary>What a missing value does.</summary>
    public MissingValuePolicy MissingValues { get; }

    /// <summary>The rating bands, if any.</summary>
    public RatingBands? Bands { get; }

    /// <summary>The criteria in the order they were added, with weights and resolved rules.</summary>
    public IReadOnlyList<ScorecardCriterion> Criteria => _entries;

    /// <summary>The gates, in the order they were added.</summary>
    public IReadOnlyList<ScorecardGate> Gates => _gates;

    /// <summary>
    /// The formula that combines the criteria's scores into the overall score instead of the weighted mean, if one was
    /// given (<see cref="ScorecardBuilder.CombineWith"/>); <see langword="null"/> for the weighted mean.
    /// </summary>
    public Formula? Combination { get; }

    internal CompiledFormula? CompiledCombination { get; }

    internal CriterionColumns Columns => _evaluator.Columns;

    internal ReferenceLayout Layout => _evaluator.Layout;

    /// <summary>Starts building a scorecard.</summary>
    /// <param name="id">The scorecard's id.</param>
    /// <param name="name">A name for people, such as "Sales representative".</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default, or <paramref name="name"/> is empty.</exception>
    public static ScorecardBuilder CreateBuilder(ScorecardId id, string name) => new(id, name);

    /// <summary>
    /// Scores one subject into an explained result: the overall numbers and every criterion's data. No text is
    /// written until asked for (<see cref="ScorecardResult.Explain"/>); for the numbers alone, see <see cref="ScoreOnly"/>.
    /// </summary>
    /// <param name="actuals">The subject's actual values.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actuals"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// The actuals name a criterion the scorecard does not have; values are missing under
    /// <see cref="MissingValuePolicy.Fail"/>; a value is outside what its rule can score; or a rule
    /// failed or returned a score outside its range (the rule and criterion are named). Every problem is listed.
    /// </exception>
    public ScorecardResult Score(Actuals actuals)
    {
        CheckActuals(actuals);
        if (Layout.Count == 0)
        {
            return _evaluator.Explain(this, actuals.Subject, new ActualsRow(actuals, Columns.Ids, Layout, null, null), inBatch: false);
        }

        decimal[] vector = ArrayPool<decimal>.Shared.Rent(Layout.Width);
        bool[] given = ArrayPool<bool>.Shared.Rent(Layout.Count);
        try
        {
            ActualsRow.Fill(actuals, Columns, Layout, vector, given);
            return _evaluator.Explain(this, actuals.Subject, new ActualsRow(actuals, Columns.Ids, Layout, vector, given), inBatch: false);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(given);
            ArrayPool<decimal>.Shared.Return(vector);
        }
    }

    /// <summary>
    /// Scores one subject for its numbers only (overall score, band, gates triggered, criteria left out), allocating
    /// nothing. The numbers equal those of <see cref="Score(Actuals)"/>.
    /// </summary>
    /// <param name="actuals">The subject's actual values.</param>
    /// <returns>The subject's numbers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actuals"/> is null.</exception>
    /// <exception cref="AccountabilityException">As for <see cref="Score(Actuals)"/>.</exception>
    public SubjectScore ScoreOnly(Actuals actuals)
    {
        CheckActuals(actuals);
        if (Layout.Count == 0)
        {
            return _evaluator.ScoreOnly(actuals.Subject, new ActualsRow(actuals, Columns.Ids, Layout, null, null), inBatch: false);
        }

        // The subject's row vector comes from the shared pool: nothing is allocated once the pool is warm.
        decimal[] vector = ArrayPool<decimal>.Shared.Rent(Layout.Width);
        bool[] given = ArrayPool<bool>.Shared.Rent(Layout.Count);
        try
        {
            ActualsRow.Fill(actuals, Columns, Layout, vector, given);
            return _evaluator.ScoreOnly(actuals.Subject, new ActualsRow(actuals, Columns.Ids, Layout, vector, given), inBatch: false);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(given);
            ArrayPool<decimal>.Shared.Return(vector);
        }
    }

    /// <summary>Creates an empty table of actual values for batch scoring, one row per subject.</summary>
    /// <param name="subjects">The subjects, one per row.</param>
    /// <returns>A table whose cells are all missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is null.</exception>
    /// <exception cref="ArgumentException">A subject id is default or repeated.</exception>
    public ActualsTable CreateTable(IEnumerable<PartyId> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        PartyId[] rows = [.. subjects];
        var seen = new HashSet<PartyId>();
        foreach (PartyId subject in rows)
        {
            Identifier.ThrowIfDefault(subject, "A subject id cannot be default.", nameof(subjects));

            if (!seen.Add(subject))
            {
                throw new ArgumentException($"The subject '{subject}' appears more than once.", nameof(subjects));
            }
        }

        return new ActualsTable(this, Columns, Layout, rows);
    }

    /// <summary>
    /// Scores every subject of <paramref name="table"/> into <paramref name="destination"/>, allocating
    /// nothing per subject. The numbers equal those of <see cref="Explain(ActualsTable, int)"/> for the same row.
    /// </summary>
    /// <param name="table">A table created by this scorecard.</param>
    /// <param name="destination">Where to write the results; at least one element per subject.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> belongs to another scorecard, or <paramref name="destination"/> is too short.</exception>
    /// <remarks>
    /// A formula (a <see cref="Criteria.FormulaScoring"/> rule or the <see cref="Combination"/>) that faults on one
    /// subject's values — division by zero, overflow, invalid rounding digits, a result outside its range — faults that
    /// subject only: its result carries the fault report (<see cref="SubjectScore.Fault"/>) and no score, and the other
    /// subjects are scored. <see cref="Explain(ActualsTable, int)"/> for that row throws the same report.
    /// </remarks>
    /// <exception cref="AccountabilityException">A row cannot be scored (missing values under <see cref="MissingValuePolicy.Fail"/>, a value outside what its rule can score, a rule fault); the path names the subject.</exception>
    public void ScoreBatch(ActualsTable table, Span<SubjectScore> destination) => ScoreBatch(table, destination, onGrid: true);

    /// <summary>Scores every subject of <paramref name="table"/>; one array is allocated for the whole batch.</summary>
    /// <param name="table">A table created by this scorecard.</param>
    /// <returns>One result per subject, in row order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> belongs to another scorecard.</exception>
    /// <exception cref="AccountabilityException">A row cannot be scored; the path names the subject.</exception>
    public SubjectScore[] ScoreBatch(ActualsTable table)
    {
        CheckTable(table);
        var results = new SubjectScore[table.Subjects.Count];
        ScoreBatch(table, results);
        return results;
    }

    /// <summary>
    /// Batch scoring; <paramref name="onGrid"/> false scores every subject the <see cref="decimal"/> way (tests compare
    /// the exact integer fast path with it).
    /// </summary>
    internal void ScoreBatch(ActualsTable table, Span<SubjectScore> destination, bool onGrid)
    {
        CheckTable(table);
        int count = table.Subjects.Count;
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination has room for {destination.Length} results; the table has {count} subjects.", nameof(destination));
        }

        int n = _entries.Length;
        Span<decimal> actuals = n <= ScorecardEvaluator.StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<decimal> scores = n <= ScorecardEvaluator.StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<CriterionStatus> statuses = n <= ScorecardEvaluator.StackLimit ? stackalloc CriterionStatus[n] : new CriterionStatus[n];
        Span<long> units = n <= ScorecardEvaluator.StackLimit ? stackalloc long[n] : new long[n];
        onGrid &= _evaluator.HasGridPath;
        for (int row = 0; row < count; row++)
        {
            PartyId subject = table.SubjectAt(row);
            try
            {
                // The exact integer fast path when the subject's inputs fit; otherwise the decimal way.
                if (onGrid && _evaluator.TryScoreOnGrid(table, row, subject, units, statuses, out SubjectScore result))
                {
                    destination[row] = result;
                    continue;
                }

                Evaluation e = _evaluator.Evaluate(subject, new TableRow(table, row), actuals, scores, statuses, inBatch: true);
                destination[row] = new SubjectScore(subject, e.WeightedScore, e.Score, e.Band, e.GatesTriggered, e.LeftOut);
            }
            catch (AccountabilityException ex) when (ex.InnerException is FormulaFaultException)
            {
                // A formula that faults on this subject's values faults this subject only.
                destination[row] = new SubjectScore(subject, ex.Problems[0]);
            }
        }
    }

    /// <summary>Scores one table row on the exact integer fast path only; false when the row would go the decimal way (for tests).</summary>
    internal bool TryScoreOnGrid(ActualsTable table, int row, out SubjectScore result)
    {
        CheckTable(table);
        table.CheckRow(row);
        result = default;
        int n = _entries.Length;
        return _evaluator.HasGridPath && _evaluator.TryScoreOnGrid(table, row, table.SubjectAt(row), new long[n], new CriterionStatus[n], out result);
    }

    /// <summary>Scores one row of a batch table with the full explanation.</summary>
    /// <param name="table">A table created by this scorecard.</param>
    /// <param name="row">The subject's row.</param>
    /// <returns>The explained result; its numbers equal the batch result's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> belongs to another scorecard.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    /// <exception cref="AccountabilityException">The row cannot be scored.</exception>
    public ScorecardResult Explain(ActualsTable table, int row)
    {
        CheckTable(table);
        table.CheckRow(row);
        return _evaluator.Explain(this, table.Subjects[row], new TableRow(table, row), inBatch: true);
    }

    /// <summary>Returns the scorecard's name and id.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private void CheckActuals(Actuals actuals)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        List<CriterionId>? unknown = null;
        foreach (CriterionId id in actuals.Criteria)
        {
            if (!Columns.TryGet(id, out _))
            {
                (unknown ??= []).Add(id);
            }
        }

        List<ReferenceValue>? undeclared = null;
        if (actuals.HasReferences)
        {
            foreach (ReferenceValue value in actuals.ReferenceValues)
            {
                if (!Columns.TryGet(value.Criterion, out int column) || !Layout.TryGet(column, value.Name, out _))
                {
                    (undeclared ??= []).Add(value);
                }
            }
        }

        if (unknown is null && undeclared is null)
        {
            return;
        }

        var problems = new ProblemCollector();
        if (unknown is not null)
        {
            unknown.Sort();
            foreach (CriterionId id in unknown)
            {
                actuals.TryGet(id, out ActualValue? value);
                problems.Error(ProblemPath.Key("values", id.Value), ScoringProblemCodes.UnknownCriterion, Columns.UnknownMessage(id), value?.Value);
            }
        }

        if (undeclared is not null)
        {
            foreach (ReferenceValue value in undeclared.OrderBy(v => v.Criterion).ThenBy(v => v.Name, StringComparer.Ordinal))
            {
                string path = ProblemPath.Join(ProblemPath.Key("criteria", value.Criterion.Value), value.Name);
                if (Columns.TryGet(value.Criterion, out _))
                {
                    problems.Error(path, ScoringProblemCodes.UnknownReference, ActualsTable.UnknownReferenceMessage(this, value.Criterion, value.Name), value.Value);
                }
                else
                {
                    problems.Error(path, ScoringProblemCodes.UnknownCriterion, Columns.UnknownMessage(value.Criterion), value.Value);
                }
            }
        }

        problems.ThrowIfErrors();
    }

    private void CheckTable(ActualsTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!ReferenceEquals(table.Scorecard, this))
        {
            throw new ArgumentException($"The table was created by scorecard '{table.Scorecard.Name}', not '{Name}'.", nameof(table));
        }
    }
}
