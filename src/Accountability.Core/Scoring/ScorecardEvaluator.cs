using System.Globalization;
using Accountability.Criteria;
using Accountability.Formulas;

namespace Accountability.Scoring;

/// <summary>
/// Scores one subject's row against a built scorecard: the one evaluation that single scoring
/// (<see cref="Actuals"/>), batch scoring (<see cref="ActualsTable"/>) and explained results share. It reads the
/// row through <see cref="ISubjectRow"/> and calls each criterion's compiled <see cref="CriterionScorer"/>; it
/// makes no text unless a problem has to be reported.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed partial class ScorecardEvaluator
{
    /// <summary>Up to this many criteria, the per-row work space lives on the stack.</summary>
    public const int StackLimit = 64;

    private readonly PerformanceCriterion[] _criteria;
    private readonly CriterionScorer[] _scorers;
    private readonly decimal[][] _references;
    private readonly decimal[] _weights;
    private readonly ScoreRange[] _ranges;
    private readonly int[] _canonical;
    private readonly ScorecardGate[] _gates;
    private readonly int[] _gateColumns;
    private readonly int[] _gateBands;
    private readonly MissingValuePolicy _missing;
    private readonly RatingBands? _bands;
    private readonly string _name;
    private readonly decimal[] _allIncludedWeights;
    private readonly CompiledFormula? _combination;
    private readonly int[]?[]? _reads;
    private readonly int[]? _order;
    private readonly int[] _rowOffsets;

    public ScorecardEvaluator(string name, MissingValuePolicy missing, RatingBands? bands, ScorecardCriterion[] entries, ScorecardGate[] gates, CompiledFormula? combination = null)
    {
        Layout = new ReferenceLayout(entries);
        _rowOffsets = Layout.RowOffset;
        _name = name;
        _combination = combination;
        _missing = missing;
        _bands = bands;
        _criteria = [.. entries.Select(e => e.Criterion)];
        _scorers = [.. entries.Select(e => e.Scorer)];
        _references = [.. entries.Select(e => e.References)];
        _weights = [.. entries.Select(e => e.Weight)];
        _ranges = [.. entries.Select(e => e.Range)];
        Columns = new CriterionColumns(name, [.. _criteria.Select(c => c.Id)]);
        _canonical = [.. Enumerable.Range(0, entries.Length).OrderBy(i => _criteria[i].Id)];
        _gates = gates;
        _gateColumns = [.. gates.Select(g => Columns.IndexOf(g.Criterion, "gates"))];
        _gateBands = [.. gates.Select(g => g.Effect == GateEffect.ForceBand ? bands!.FindByName(g.BandName!)!.Index : -1)];
        _allIncludedWeights = new decimal[entries.Length];
        decimal weightSum = 0m;
        foreach (int i in _canonical)
        {
            weightSum += _weights[i];
        }

        EffectiveWeights(weightSum, default, _allIncludedWeights);
        if (_scorers.Any(s => s is FormulaScorer { Reads.Length: > 0 }))
        {
            _reads = [.. _scorers.Select(s => s is FormulaScorer { Reads.Length: > 0 } f ? f.Reads.Select(id => Columns.IndexOf(id, "criteria")).ToArray() : null)];
            CriterionOrder.Compute(_canonical, [.. _reads.Select(r => r ?? [])], out int[] order);
            _order = order;
        }

        _grid = GridScorers(out _gridWeights, out _gridPrepared);
    }

    /// <summary>The scores a criterion's formula reads (null for one left out), in its order; empty when it reads none.</summary>
    public decimal?[] ReadScores(int i, ReadOnlySpan<decimal> scores, ReadOnlySpan<CriterionStatus> statuses)
    {
        if (_reads?[i] is not { } reads)
        {
            return [];
        }

        var result = new decimal?[reads.Length];
        for (int k = 0; k < reads.Length; k++)
        {
            int c = reads[k];
            result[k] = statuses[c] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero ? scores[c] : null;
        }

        return result;
    }

    public CriterionColumns Columns { get; }

    /// <summary>Where each subject's own reference values live.</summary>
    public ReferenceLayout Layout { get; }

    public int Count => _criteria.Length;

    /// <summary>The criteria's positions in criterion-id order, the order every sum is taken in.</summary>
    public ReadOnlySpan<int> Canonical => _canonical;

    public decimal Weight(int column) => _weights[column];

    public ScorecardGate Gate(int g) => _gates[g];

    public int GateColumn(int g) => _gateColumns[g];

    public int GateCount => _gates.Length;

    /// <summary>Scores one row into the work spans (one element per criterion) and returns the overall numbers.</summary>
    public Evaluation Evaluate<TRow>(PartyId subject, in TRow row, Span<decimal> actuals, Span<decimal> scores, Span<CriterionStatus> statuses, bool inBatch)
        where TRow : struct, ISubjectRow
    {
        ProblemCollector? missing = null;
        decimal numerator = 0m;
        decimal weightSum = 0m;
        int leftOut = 0;

        if (_order is { } order)
        {
            // Formulas read other criteria's scores: score in dependency order first, then sum in canonical order.
            foreach (int i in order)
            {
                ScoreColumn(i, subject, row, actuals, scores, statuses, inBatch, ref missing, ref leftOut);
            }

            missing?.ThrowIfErrors();
        }

        // Canonical (criterion-id) order, so the order criteria were added in cannot change a sum.
        foreach (int i in _canonical)
        {
            if (_order is not null)
            {
                if (statuses[i] is not (CriterionStatus.Scored or CriterionStatus.MissingScoredZero))
                {
                    continue;
                }
            }
            else if (row.Read(i, out decimal actual) == ValueState.Value && _rowOffsets[i] < 0)
            {
                // The common case inline (a value against the definition's reference values): no call to ScoreColumn.
                actuals[i] = actual;
                scores[i] = ScoreOne(i, actual, subject, inBatch, _references[i], 0);
                statuses[i] = CriterionStatus.Scored;
            }
            else if (!ScoreColumn(i, subject, row, actuals, scores, statuses, inBatch, ref missing, ref leftOut))
            {
                continue;
            }

            try
            {
                numerator += _weights[i] * scores[i];
                weightSum += _weights[i];
            }
            catch (OverflowException ex)
            {
                throw new AccountabilityException(
                    [new Problem(ValuePath(subject, inBatch, i), ScoringProblemCodes.ScoreOverflow, $"The weighted sum for '{subject}' exceeds the range of decimal at criterion '{_criteria[i].Name}' ({_criteria[i].Id}); use smaller weights or scores.")],
                    ex);
            }
        }

        missing?.ThrowIfErrors();
        decimal weighted;
        if (_combination is not null)
        {
            if (Combine(subject, scores, statuses, inBatch) is not { } combined)
            {
                return new Evaluation(null, null, null, false, 0, leftOut, weightSum);
            }

            weighted = combined;
        }
        else if (weightSum == 0m)
        {
            return new Evaluation(null, null, null, false, 0, leftOut, 0m);
        }
        else
        {
            weighted = ScorePrecision.Normalize(numerator / weightSum);
        }

        decimal final = weighted;
        int forcedBand = int.MaxValue;
        int triggered = 0;
        for (int g = 0; g < _gates.Length; g++)
        {
            int column = _gateColumns[g];
            if (statuses[column] is CriterionStatus.NotApplicable or CriterionStatus.MissingExcluded || scores[column] >= _gates[g].MinimumScore)
            {
                continue;
            }

            triggered++;
            if (_gates[g].Effect == GateEffect.CapScore)
            {
                final = Math.Min(final, ScorePrecision.Normalize(_gates[g].Cap.GetValueOrDefault()));
            }
            else
            {
                forcedBand = Math.Min(forcedBand, _gateBands[g]);
            }
        }

        RatingBand? band = null;
        bool forced = false;
        if (_bands is not null)
        {
            int bandIndex = _bands.IndexOf(final);
            if (forcedBand < bandIndex)
            {
                bandIndex = forcedBand;
                forced = true;
            }

            band = _bands.Bands[bandIndex];
        }

        return new Evaluation(weighted, final, band, forced, triggered, leftOut, weightSum);
    }

    // Reads and scores one column; tells whether it counts in the weighted mean.
    private bool ScoreColumn<TRow>(int i, PartyId subject, in TRow row, Span<decimal> actuals, Span<decimal> scores, Span<CriterionStatus> statuses, bool inBatch, ref ProblemCollector? missing, ref int leftOut)
        where TRow : struct, ISubjectRow
    {
        ValueState state = row.Read(i, out decimal actual);
        decimal[] references = _references[i];
        int offset = 0;
        bool referenceMissing = false;
        if (state == ValueState.Value && _rowOffsets[i] >= 0 && row.References(i, out references, out offset) > 0)
        {
            // The subject's own reference value is missing: the criterion is missing, as if the actual were.
            referenceMissing = true;
            state = ValueState.Missing;
        }

        switch (state)
        {
            case ValueState.Value:
                actuals[i] = actual;
                if (_reads?[i] is { } reads)
                {
                    if (ScoreReading(i, actual, subject, inBatch, reads, scores, statuses, references, offset) is not { } score)
                    {
                        // The formula's result is absent: a score it reads was left out.
                        scores[i] = 0m;
                        statuses[i] = CriterionStatus.NotApplicable;
                        leftOut++;
                        return false;
                    }

                    scores[i] = score;
                }
                else
                {
                    scores[i] = ScoreOne(i, actual, subject, inBatch, references, offset);
                }

                statuses[i] = CriterionStatus.Scored;
                return true;
            case ValueState.NotApplicable:
                scores[i] = 0m;
                statuses[i] = CriterionStatus.NotApplicable;
                leftOut++;
                return false;
            default:
                actuals[i] = actual;
                scores[i] = 0m;
                if (_missing == MissingValuePolicy.Fail)
                {
                    missing ??= new ProblemCollector();
                    if (referenceMissing)
                    {
                        ReportMissingReferences(missing, row, subject, inBatch, i);
                    }
                    else
                    {
                        missing.Error(
                            ValuePath(subject, inBatch, i),
                            ScoringProblemCodes.MissingValue,
                            $"No value for '{_criteria[i].Name}' ({_criteria[i].Id}) for '{subject}', and scorecard '{_name}' fails on missing values. Give a value, mark it not applicable, or choose another missing-value policy.");
                    }

                    statuses[i] = CriterionStatus.MissingExcluded; // not counted; the row fails
                    return false;
                }

                if (_missing == MissingValuePolicy.Exclude)
                {
                    statuses[i] = CriterionStatus.MissingExcluded;
                    leftOut++;
                    return false;
                }

                statuses[i] = CriterionStatus.MissingScoredZero;
                return true;
        }
    }

    /// <summary>Scores one row for its numbers only: nothing is allocated unless the row cannot be scored.</summary>
    public SubjectScore ScoreOnly<TRow>(PartyId subject, in TRow row, bool inBatch)
        where TRow : struct, ISubjectRow
    {
        int n = _criteria.Length;
        Span<decimal> actuals = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<decimal> scores = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<CriterionStatus> statuses = n <= StackLimit ? stackalloc CriterionStatus[n] : new CriterionStatus[n];
        Evaluation e = Evaluate(subject, row, actuals, scores, statuses, inBatch);
        return new SubjectScore(subject, e.WeightedScore, e.Score, e.Band, e.GatesTriggered, e.LeftOut);
    }

    /// <summary>Scores one row into an explained result: numbers and per-criterion data; no text.</summary>
    public ScorecardResult Explain<TRow>(Scorecard card, PartyId subject, in TRow row, bool inBatch)
        where TRow : struct, ISubjectRow
    {
        int n = _criteria.Length;
        Span<decimal> actuals = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<decimal> scores = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<CriterionStatus> statuses = n <= StackLimit ? stackalloc CriterionStatus[n] : new CriterionStatus[n];
        Evaluation e = Evaluate(subject, row, actuals, scores, statuses, inBatch);

        // Effective weights and contributions, each on the score grid, adding up exactly (apportioned in canonical order).
        Span<decimal> effective = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<decimal> contributions = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        effective.Clear();
        contributions.Clear();
        if (e.WeightedScore is { } weighted && _combination is null)
        {
            Span<decimal> shares = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
            Span<decimal> grid = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
            bool all = true;
            for (int k = 0; k < n; k++)
            {
                int i = _canonical[k];
                if (statuses[i] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero)
                {
                    shares[k] = _weights[i] * scores[i] / e.WeightSum;
                }
                else
                {
                    shares[k] = 0m;
                    all = false;
                }
            }

            DecimalGrid.ToGrid(shares, weighted, ScorePrecision.Decimals, grid);
            for (int k = 0; k < n; k++)
            {
                contributions[_canonical[k]] = grid[k];
            }

            if (all)
            {
                // Every criterion included: the effective weights are the same for every subject, computed once.
                _allIncludedWeights.CopyTo(effective);
            }
            else
            {
                EffectiveWeights(e.WeightSum, statuses, effective);
            }
        }

        var criteria = new CriterionResult[n];
        for (int i = 0; i < n; i++)
        {
            CriterionStatus status = statuses[i];
            bool included = status is CriterionStatus.Scored or CriterionStatus.MissingScoredZero;
            ReferenceValue[] own = [];
            string[] lacking = [];
            bool actualGiven = status == CriterionStatus.Scored;
            if (_rowOffsets[i] >= 0 && status != CriterionStatus.NotApplicable && row.Read(i, out _) == ValueState.Value)
            {
                (own, lacking) = OwnReferences(row, i);
                actualGiven = true;
            }

            criteria[i] = new CriterionResult(
                card.Criteria[i],
                card.WeightMode,
                status,
                actualGiven ? actuals[i] : null,
                included ? ScorePrecision.Normalize(scores[i]) : null,
                ScorePrecision.Normalize(effective[i]),
                ScorePrecision.Normalize(contributions[i]),
                status == CriterionStatus.NotApplicable ? row.Reason(i) : null,
                row.Source(i),
                own,
                lacking)
            {
                FormulaReads = status == CriterionStatus.Scored && _scorers[i] is FormulaScorer ? ReadScores(i, scores, statuses) : null,
            };
        }

        var gates = new GateOutcome[_gates.Length];
        for (int g = 0; g < _gates.Length; g++)
        {
            int column = _gateColumns[g];
            CriterionStatus status = statuses[column];
            bool evaluated = status is CriterionStatus.Scored or CriterionStatus.MissingScoredZero;
            bool triggered = evaluated && scores[column] < _gates[g].MinimumScore;
            gates[g] = new GateOutcome(_gates[g], _criteria[column].Name, evaluated, triggered, evaluated ? ScorePrecision.Normalize(scores[column]) : null, e.WeightedScore, e.BandForced);
        }

        return new ScorecardResult(card, subject, e.WeightedScore, e.Score, e.Band, e.BandForced, criteria, gates);
    }

    // The subject's own reference values of a criterion (given ones with their sources; the names of missing ones).
    private (ReferenceValue[] Given, string[] Missing) OwnReferences<TRow>(in TRow row, int i)
        where TRow : struct, ISubjectRow
    {
        row.References(i, out decimal[] vector, out int offset);
        var given = new List<ReferenceValue>(Layout.ColumnCountOf[i]);
        var missing = new List<string>();
        for (int k = Layout.FirstColumn[i], end = k + Layout.ColumnCountOf[i]; k < end; k++)
        {
            string name = Layout.ColumnName[k];
            if (row.HasReference(k))
            {
                given.Add(new ReferenceValue(_criteria[i].Id, name, vector[offset + Layout.ColumnSlot[k]], row.ReferenceSource(k)));
            }
            else
            {
                missing.Add(name);
            }
        }

        return ([.. given], [.. missing]);
    }

    // The effective weight of each included criterion, in percent, on the score grid, adding up to exactly 100.
    // An empty status span means every criterion is included.
    private void EffectiveWeights(decimal weightSum, ReadOnlySpan<CriterionStatus> statuses, Span<decimal> result)
    {
        int n = _criteria.Length;
        Span<decimal> shares = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        Span<decimal> grid = n <= StackLimit ? stackalloc decimal[n] : new decimal[n];
        for (int k = 0; k < n; k++)
        {
            int i = _canonical[k];
            bool included = statuses.IsEmpty || statuses[i] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero;
            shares[k] = included ? PercentOf(_weights[i], weightSum) : 0m;
        }

        DecimalGrid.ToGrid(shares, 100m, ScorePrecision.Decimals, grid);
        for (int k = 0; k < n; k++)
        {
            result[_canonical[k]] = grid[k];
        }
    }

    // Multiplying first keeps a third of 100 exact to the last digit; a weight too large for that is divided first.
    private static decimal PercentOf(decimal weight, decimal weightSum) =>
        weight <= decimal.MaxValue / 100m ? weight * 100m / weightSum : weight / weightSum * 100m;

    private string ValuePath(PartyId subject, bool inBatch, int column) =>
        ProblemPath.Join(inBatch ? ProblemPath.Key("subjects", subject.Value) : string.Empty, ProblemPath.Key("values", _criteria[column].Id.Value));

    private void ReportMissingReferences<TRow>(ProblemCollector missing, in TRow row, PartyId subject, bool inBatch, int i)
        where TRow : struct, ISubjectRow
    {
        PerformanceCriterion criterion = _criteria[i];
        for (int k = Layout.FirstColumn[i], end = k + Layout.ColumnCountOf[i]; k < end; k++)
        {
            if (row.HasReference(k))
            {
                continue;
            }

            string name = Layout.ColumnName[k];
            missing.Error(
                ReferencePath(subject, inBatch, i, name),
                ScoringProblemCodes.MissingValue,
                $"No {name} for '{criterion.Name}' ({criterion.Id}) for '{subject}', and scorecard '{_name}' fails on missing values. Give the subject's own {name}, mark the criterion not applicable, or choose another missing-value policy.");
        }
    }

    private string ReferencePath(PartyId subject, bool inBatch, int column, string name) =>
        ProblemPath.Join(
            ProblemPath.Join(inBatch ? ProblemPath.Key("subjects", subject.Value) : string.Empty, ProblemPath.Key("criteria", _criteria[column].Id.Value)),
            name);

    private decimal ScoreOne(int i, decimal actual, PartyId subject, bool inBatch, decimal[] references, int offset)
    {
        decimal score;
        try
        {
            score = _scorers[i].Score(new ScoringContext(_criteria[i], actual, subject, references, offset, _references[i].Length));
        }
        catch (NotScorableException ex)
        {
            throw NotScorable(ex, i, subject, inBatch);
        }
        catch (FormulaFaultException ex)
        {
            throw FormulaFault(ex, i, actual, subject, inBatch);
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw Fault(ex, i, actual, subject, inBatch);
        }

        if (!_ranges[i].Contains(score))
        {
            throw OutOfRange(i, score, subject, inBatch);
        }

        // Rounded once to the score grid; padded to the exposed scale only where a result exposes it.
        return ScorePrecision.Round(score);
    }

    // A formula that reads other criteria's scores (already scored: the columns are in dependency order).
    private decimal? ScoreReading(int i, decimal actual, PartyId subject, bool inBatch, int[] reads, ReadOnlySpan<decimal> scores, ReadOnlySpan<CriterionStatus> statuses, decimal[] references, int offset)
    {
        Span<decimal?> read = reads.Length <= StackLimit ? stackalloc decimal?[reads.Length] : new decimal?[reads.Length];
        for (int k = 0; k < reads.Length; k++)
        {
            int c = reads[k];
            read[k] = statuses[c] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero ? scores[c] : null;
        }

        decimal? score;
        try
        {
            score = ((FormulaScorer)_scorers[i]).ScoreWith(new ScoringContext(_criteria[i], actual, subject, references, offset, _references[i].Length), read);
        }
        catch (FormulaFaultException ex)
        {
            throw FormulaFault(ex, i, actual, subject, inBatch);
        }

        if (score is not { } value)
        {
            return null;
        }

        if (!_ranges[i].Contains(value))
        {
            throw OutOfRange(i, value, subject, inBatch);
        }

        return ScorePrecision.Round(value);
    }

    // The combination formula over the criteria's scores by id (left-out criteria absent); null when not applicable.
    private decimal? Combine(PartyId subject, ReadOnlySpan<decimal> scores, ReadOnlySpan<CriterionStatus> statuses, bool inBatch)
    {
        int n = _criteria.Length;
        Span<decimal?> inputs = n <= StackLimit ? stackalloc decimal?[n] : new decimal?[n];
        for (int i = 0; i < n; i++)
        {
            inputs[i] = statuses[i] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero ? scores[i] : null;
        }

        FormulaOutcome outcome = _combination!.Evaluate(inputs);
        switch (outcome.Kind)
        {
            case FormulaOutcomeKind.NotApplicable:
                return null;
            case FormulaOutcomeKind.Fault:
                throw CombinationFault(new FormulaFaultException(outcome), subject, inBatch);
            default:
                decimal value = outcome.Value.GetValueOrDefault();
                if (value < -ScorePrecision.MaximumMagnitude || value > ScorePrecision.MaximumMagnitude)
                {
                    throw CombinationOutOfRange(value, subject, inBatch);
                }

                return ScorePrecision.Normalize(value);
        }
    }

    // The failure paths are kept out of ScoreOne so that they cost nothing on the hot path.
    private AccountabilityException NotScorable(NotScorableException ex, int i, PartyId subject, bool inBatch)
    {
        PerformanceCriterion criterion = _criteria[i];
        string rule = criterion.Scoring.RuleName;
        return new AccountabilityException(
            [new Problem(
                ValuePath(subject, inBatch, i),
                ScoringProblemCodes.ActualOutOfDomain,
                $"{ex.Message} (criterion '{criterion.Name}' ({criterion.Id}), rule '{rule}', subject '{subject}')",
                ProblemSeverity.Error,
                ex.Actual)],
            ex);
    }

    private AccountabilityException Fault(Exception ex, int i, decimal actual, PartyId subject, bool inBatch)
    {
        PerformanceCriterion criterion = _criteria[i];
        return PluginFault.Report(
            RuleFault.Kind,
            criterion.Scoring.RuleName,
            ValuePath(subject, inBatch, i),
            ScoringProblemCodes.RuleFault,
            string.Create(CultureInfo.InvariantCulture, $"scoring {actual} for '{subject}' on criterion '{criterion.Name}' ({criterion.Id})"),
            ex);
    }

    // A formula that faults for one subject's values: the formula's fault code, naming the criterion, the subject, the formula and its inputs.
    private AccountabilityException FormulaFault(FormulaFaultException ex, int i, decimal actual, PartyId subject, bool inBatch)
    {
        PerformanceCriterion criterion = _criteria[i];
        return new AccountabilityException(
            [new Problem(
                ValuePath(subject, inBatch, i),
                ex.Outcome.FaultCode!,
                string.Create(CultureInfo.InvariantCulture, $"The scoring rule '{criterion.Scoring.RuleName}' failed while scoring {actual} for '{subject}' on criterion '{criterion.Name}' ({criterion.Id}): {ex.Outcome}"),
                ProblemSeverity.Error,
                actual)],
            ex);
    }

    private AccountabilityException CombinationFault(FormulaFaultException ex, PartyId subject, bool inBatch) =>
        new(
            [new Problem(
                CombinationPath(subject, inBatch),
                ex.Outcome.FaultCode!,
                $"The combination of scorecard '{_name}' failed for '{subject}': {ex.Outcome}")],
            ex);

    private AccountabilityException CombinationOutOfRange(decimal value, PartyId subject, bool inBatch) =>
        new(
            [new Problem(
                CombinationPath(subject, inBatch),
                ScoringProblemCodes.ScoreOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"The combination of scorecard '{_name}' gave {value} for '{subject}'; overall scores must lie within ±{ScorePrecision.MaximumMagnitude}."),
                ProblemSeverity.Error,
                value)],
            new FormulaFaultException());

    private static string CombinationPath(PartyId subject, bool inBatch) =>
        ProblemPath.Join(inBatch ? ProblemPath.Key("subjects", subject.Value) : string.Empty, "combination");

    private AccountabilityException OutOfRange(int i, decimal score, PartyId subject, bool inBatch)
    {
        PerformanceCriterion criterion = _criteria[i];

        // A formula's result depends on the subject's values: out of range, it is that subject's fault (batch scoring goes on).
        return new AccountabilityException(
        [
            new Problem(
                ValuePath(subject, inBatch, i),
                ScoringProblemCodes.ScoreOutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"The scoring rule '{criterion.Scoring.RuleName}' returned {score} for criterion '{criterion.Name}' ({criterion.Id}) and subject '{subject}', outside its declared range {_ranges[i]}."),
                ProblemSeverity.Error,
                score),
        ],
        _scorers[i] is FormulaScorer ? new FormulaFaultException() : null);
    }
}

/// <summary>The overall numbers of one evaluated row.</summary>
internal readonly record struct Evaluation(decimal? WeightedScore, decimal? Score, RatingBand? Band, bool BandForced, int GatesTriggered, int LeftOut, decimal WeightSum);
