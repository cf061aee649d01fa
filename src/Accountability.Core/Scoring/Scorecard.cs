using System.Globalization;
using System.Text;
using Accountability.Criteria;

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
/// Gates then cap the score or force a band. Nothing is rounded for display until you ask
/// (<see cref="Rounding.Format"/>).
/// </para>
/// </remarks>
public sealed class Scorecard
{
    private readonly ScorecardCriterion[] _entries;
    private readonly PerformanceCriterion[] _criteria;
    private readonly IScoringRule[] _rules;
    private readonly decimal[] _weights;
    private readonly ScoreRange[] _ranges;
    private readonly int[] _canonical;
    private readonly Dictionary<CriterionId, int> _index;
    private readonly ScorecardGate[] _gates;
    private readonly int[] _gateColumns;
    private readonly int[] _gateBands;

    internal Scorecard(
        ScorecardId id,
        string name,
        WeightMode weightMode,
        MissingValuePolicy missingValues,
        RatingBands? bands,
        ScorecardCriterion[] entries,
        ScorecardGate[] gates)
    {
        Id = id;
        Name = name;
        WeightMode = weightMode;
        MissingValues = missingValues;
        Bands = bands;
        _entries = entries;
        _criteria = [.. entries.Select(e => e.Criterion)];
        _rules = [.. entries.Select(e => e.Rule)];
        _weights = [.. entries.Select(e => e.Weight)];
        _ranges = [.. entries.Select(e => e.Range)];
        _index = entries.Select((e, i) => (e.Criterion.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _canonical = [.. Enumerable.Range(0, entries.Length).OrderBy(i => _criteria[i].Id)];
        _gates = gates;
        _gateColumns = [.. gates.Select(g => _index[g.Criterion])];
        _gateBands = [.. gates.Select(g => g.Effect == GateEffect.ForceBand ? bands!.FindByName(g.BandName!)!.Index : -1)];
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

    /// <summary>Starts building a scorecard.</summary>
    /// <param name="id">The scorecard's id.</param>
    /// <param name="name">A name for people, such as "Sales representative".</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is default, or <paramref name="name"/> is empty.</exception>
    public static ScorecardBuilder CreateBuilder(ScorecardId id, string name) => new(id, name);

    /// <summary>Scores one subject and explains the result.</summary>
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
        ArgumentNullException.ThrowIfNull(actuals);
        int n = _entries.Length;
        var values = new decimal[n];
        var states = new ActualsTable.CellState[n];
        var problems = new ProblemCollector();
        foreach ((CriterionId id, ActualValue value) in actuals.Entries.OrderBy(e => e.Key))
        {
            if (!_index.TryGetValue(id, out int column))
            {
                problems.Error(ProblemPath.Key("values", id.Value), ScoringProblemCodes.UnknownCriterion, UnknownCriterionMessage(id), value.Value);
                continue;
            }

            if (value.Value is { } v)
            {
                values[column] = v;
                states[column] = ActualsTable.CellState.Value;
            }
            else
            {
                states[column] = ActualsTable.CellState.NotApplicable;
            }
        }

        problems.ThrowIfErrors();
        return Explain(actuals.Subject, values, states, column => actuals.Entries.GetValueOrDefault(_criteria[column].Id), inBatch: false);
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

        return new ActualsTable(this, rows);
    }

    /// <summary>
    /// Scores every subject of <paramref name="table"/> into <paramref name="destination"/>, allocating
    /// nothing per subject. The numbers equal those of <see cref="Explain(ActualsTable, int)"/> for the same row.
    /// </summary>
    /// <param name="table">A table created by this scorecard.</param>
    /// <param name="destination">Where to write the results; at least one element per subject.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> belongs to another scorecard, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="AccountabilityException">A row cannot be scored (missing values under <see cref="MissingValuePolicy.Fail"/>, a value outside what its rule can score, a rule fault); the path names the subject.</exception>
    public void ScoreBatch(ActualsTable table, Span<SubjectScore> destination)
    {
        CheckTable(table);
        int count = table.Subjects.Count;
        if (destination.Length < count)
        {
            throw new ArgumentException($"The destination has room for {destination.Length} results; the table has {count} subjects.", nameof(destination));
        }

        int n = _entries.Length;
        Span<decimal> scores = n <= 64 ? stackalloc decimal[n] : new decimal[n];
        Span<CriterionStatus> statuses = n <= 64 ? stackalloc CriterionStatus[n] : new CriterionStatus[n];
        for (int row = 0; row < count; row++)
        {
            PartyId subject = table.Subjects[row];
            Evaluation e = Evaluate(subject, table.Values(row), table.States(row), scores, statuses, inBatch: true);
            destination[row] = new SubjectScore(subject, e.WeightedScore, e.Score, e.Band, e.GatesTriggered, e.LeftOut);
        }
    }

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
        PartyId subject = table.Subjects[row];
        return Explain(
            subject,
            table.Values(row),
            table.States(row),
            column => table.IsNotApplicable(row, column) ? new ActualValue(ActualKind.NotApplicable, null, table.Reason(row, column), null) : null,
            inBatch: true);
    }

    /// <summary>Returns the scorecard's name and id.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name} ({Id})";

    internal int IndexOf(CriterionId criterion, string path) =>
        _index.TryGetValue(criterion, out int column)
            ? column
            : throw new AccountabilityException([new Problem(ProblemPath.Key(path, criterion.Value), ScoringProblemCodes.UnknownCriterion, UnknownCriterionMessage(criterion), ProblemSeverity.Error, criterion.Value)]);

    private static string DescribeMethod(ScoringMethod m)
    {
        var parts = new List<string>();
        void Add(string name, decimal? value)
        {
            if (value is { } v)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {v}"));
            }
        }

        Add("threshold", m.Threshold);
        Add("target", m.Target);
        Add("stretch", m.Stretch);
        Add("floor", m.Floor);
        Add("cap", m.Cap);
        Add("range from", m.RangeLow);
        Add("range to", m.RangeHigh);
        Add("slope", m.Slope);
        Add("met", m.MetScore);
        Add("not met", m.NotMetScore);
        Add("tolerance", m.Tolerance);
        if (m.Steps.Count > 0)
        {
            parts.Add("steps " + string.Join("; ", m.Steps));
        }

        if (m.Scale.Count > 0)
        {
            parts.Add("scale " + string.Join(", ", m.Scale) + (m.Interpolate == false ? " (no interpolation)" : string.Empty));
        }

        foreach ((string key, decimal value) in m.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            Add(key, value);
        }

        return parts.Count == 0 ? m.RuleName : $"{m.RuleName} ({string.Join(", ", parts)})";
    }

    private void CheckTable(ActualsTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!ReferenceEquals(table.Scorecard, this))
        {
            throw new ArgumentException($"The table was created by scorecard '{table.Scorecard.Name}', not '{Name}'.", nameof(table));
        }
    }

    private string UnknownCriterionMessage(CriterionId id) =>
        $"Scorecard '{Name}' has no criterion '{id}'. Its criteria: {string.Join(", ", _criteria.Select(c => c.Id))}.";

    private Evaluation Evaluate(
        PartyId subject,
        ReadOnlySpan<decimal> values,
        ReadOnlySpan<ActualsTable.CellState> states,
        Span<decimal> scores,
        Span<CriterionStatus> statuses,
        bool inBatch)
    {
        ProblemCollector? missing = null;
        decimal numerator = 0m;
        decimal weightSum = 0m;
        int leftOut = 0;

        // Canonical (criterion-id) order, so the order criteria were added in cannot change a sum.
        foreach (int i in _canonical)
        {
            switch (states[i])
            {
                case ActualsTable.CellState.Value:
                    scores[i] = ScoreOne(i, values[i], subject, inBatch);
                    statuses[i] = CriterionStatus.Scored;
                    break;
                case ActualsTable.CellState.NotApplicable:
                    scores[i] = 0m;
                    statuses[i] = CriterionStatus.NotApplicable;
                    leftOut++;
                    continue;
                default:
                    scores[i] = 0m;
                    if (MissingValues == MissingValuePolicy.Fail)
                    {
                        missing ??= new ProblemCollector();
                        missing.Error(
                            ValuePath(subject, inBatch, i),
                            ScoringProblemCodes.MissingValue,
                            $"No value for '{_criteria[i].Name}' ({_criteria[i].Id}) for '{subject}', and scorecard '{Name}' fails on missing values. Give a value, mark it not applicable, or choose another missing-value policy.");
                        continue;
                    }

                    if (MissingValues == MissingValuePolicy.Exclude)
                    {
                        statuses[i] = CriterionStatus.MissingExcluded;
                        leftOut++;
                        continue;
                    }

                    statuses[i] = CriterionStatus.MissingScoredZero;
                    break;
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
        if (weightSum == 0m)
        {
            return new Evaluation(null, null, null, false, 0, leftOut);
        }

        decimal weighted = ScorePrecision.Round(numerator / weightSum);
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
                final = Math.Min(final, _gates[g].Cap.GetValueOrDefault());
            }
            else
            {
                forcedBand = Math.Min(forcedBand, _gateBands[g]);
            }
        }

        RatingBand? band = null;
        bool forced = false;
        if (Bands is not null)
        {
            int bandIndex = Bands.IndexOf(final);
            if (forcedBand < bandIndex)
            {
                bandIndex = forcedBand;
                forced = true;
            }

            band = Bands.Bands[bandIndex];
        }

        return new Evaluation(weighted, final, band, forced, triggered, leftOut);
    }

    private string ValuePath(PartyId subject, bool inBatch, int column) =>
        ProblemPath.Join(inBatch ? ProblemPath.Key("subjects", subject.Value) : string.Empty, ProblemPath.Key("values", _criteria[column].Id.Value));

    private decimal ScoreOne(int i, decimal actual, PartyId subject, bool inBatch)
    {
        PerformanceCriterion criterion = _criteria[i];
        IScoringRule rule = _rules[i];
        decimal score;
        try
        {
            score = rule.Score(new ScoringContext(criterion, actual, subject));
        }
        catch (AccountabilityException ex)
        {
            throw InContext(ex, i, subject, inBatch);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw RuleFault.Wrap(ex, rule, criterion, ValuePath(subject, inBatch, i), $"scoring {actual.ToString(CultureInfo.InvariantCulture)} for '{subject}' on");
        }

        if (!_ranges[i].Contains(score))
        {
            throw new AccountabilityException(
            [
                new Problem(
                    ValuePath(subject, inBatch, i),
                    ScoringProblemCodes.ScoreOutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"The scoring rule '{RuleFault.SafeName(rule)}' returned {score} for criterion '{criterion.Name}' ({criterion.Id}) and subject '{subject}', outside its declared range {_ranges[i]}."),
                    ProblemSeverity.Error,
                    score),
            ]);
        }

        return ScorePrecision.Round(score);
    }

    // Kept out of ScoreOne so that its lambda's captured variables cost nothing on the hot path.
    private AccountabilityException InContext(AccountabilityException ex, int i, PartyId subject, bool inBatch)
    {
        PerformanceCriterion criterion = _criteria[i];
        string rule = RuleFault.SafeName(_rules[i]);
        string path = ValuePath(subject, inBatch, i);
        return new AccountabilityException(
            ex.Problems.Select(p => new Problem(
                ProblemPath.Join(path, p.Path),
                p.Code,
                $"{p.Message} (criterion '{criterion.Name}' ({criterion.Id}), rule '{rule}', subject '{subject}')",
                p.Severity,
                p.AttemptedValue)),
            ex);
    }

    private ScorecardResult Explain(
        PartyId subject,
        ReadOnlySpan<decimal> values,
        ReadOnlySpan<ActualsTable.CellState> states,
        Func<int, ActualValue?> entryOf,
        bool inBatch)
    {
        int n = _entries.Length;
        var scores = new decimal[n];
        var statuses = new CriterionStatus[n];
        Evaluation e = Evaluate(subject, values, states, scores, statuses, inBatch);

        // Effective weights and contributions, each on the score grid, adding up exactly (apportioned in canonical order).
        var effective = new decimal[n];
        var contributions = new decimal[n];
        if (e.WeightedScore is { } weighted)
        {
            decimal weightSum = 0m;
            foreach (int i in _canonical)
            {
                if (statuses[i] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero)
                {
                    weightSum += _weights[i];
                }
            }

            var weightShares = new decimal[n];
            var contributionShares = new decimal[n];
            for (int k = 0; k < n; k++)
            {
                int i = _canonical[k];
                if (statuses[i] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero)
                {
                    weightShares[k] = PercentOf(_weights[i], weightSum);
                    contributionShares[k] = _weights[i] * scores[i] / weightSum;
                }
            }

            decimal[] weightGrid = ExactSum.ToGrid(weightShares, 100m, ScorePrecision.Decimals);
            decimal[] contributionGrid = ExactSum.ToGrid(contributionShares, weighted, ScorePrecision.Decimals);
            for (int k = 0; k < n; k++)
            {
                effective[_canonical[k]] = weightGrid[k];
                contributions[_canonical[k]] = contributionGrid[k];
            }
        }

        var criteria = new CriterionResult[n];
        for (int i = 0; i < n; i++)
        {
            ActualValue? entry = entryOf(i);
            decimal? actual = states[i] == ActualsTable.CellState.Value ? values[i] : null;
            decimal? score = statuses[i] is CriterionStatus.Scored or CriterionStatus.MissingScoredZero ? scores[i] : null;
            criteria[i] = new CriterionResult(
                _criteria[i],
                statuses[i],
                actual,
                score,
                _weights[i],
                effective[i],
                contributions[i],
                DescribeCriterion(i, statuses[i], actual, score, effective[i], contributions[i], entry),
                entry?.Result);
        }

        var gates = new GateOutcome[_gates.Length];
        for (int g = 0; g < _gates.Length; g++)
        {
            gates[g] = DescribeGate(g, statuses[_gateColumns[g]], scores[_gateColumns[g]], e);
        }

        return new ScorecardResult(Id, Name, subject, e.WeightedScore, e.Score, e.Band, e.BandForced, criteria, gates);
    }

    private string DescribeCriterion(int i, CriterionStatus status, decimal? actual, decimal? score, decimal effective, decimal contribution, ActualValue? entry)
    {
        PerformanceCriterion c = _criteria[i];
        var text = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{c.Name} ({c.Id}): ");
        string weight = string.Create(inv, $"weight {_weights[i]}{(WeightMode == WeightMode.Percent ? "%" : " part(s)")}");
        switch (status)
        {
            case CriterionStatus.Scored:
                text.Append(inv, $"actual {Plain(actual!.Value)}{(c.Unit.Length == 0 ? string.Empty : " " + c.Unit)}");
                if (entry?.Result is { } source)
                {
                    text.Append(inv, $" (overall score of scorecard '{source.ScorecardName}')");
                }

                text.Append(inv, $" scored {Rounding.Format(score!.Value)} by {DescribeMethod(c.Scoring)}; {weight}, counted {Rounding.Format(effective)}%, contributes {Rounding.Format(contribution)}.");
                break;
            case CriterionStatus.MissingScoredZero:
                text.Append(inv, $"missing; scored 0 under the score-zero policy; {weight}, counted {Rounding.Format(effective)}%, contributes 0.00.");
                break;
            case CriterionStatus.MissingExcluded:
                text.Append(inv, $"missing; left out under the exclude policy ({weight}); the other weights were re-normalised.");
                break;
            default:
                string reason = entry?.Reason is { } r ? $" ({r})" : string.Empty;
                text.Append(inv, $"not applicable{reason}; left out ({weight}); the other weights were re-normalised.");
                break;
        }

        return text.ToString();
    }

    // Multiplying first keeps a third of 100 exact to the last digit; a weight too large for that is divided first.
    private static decimal PercentOf(decimal weight, decimal weightSum) =>
        weight <= decimal.MaxValue / 100m ? weight * 100m / weightSum : weight / weightSum * 100m;

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private GateOutcome DescribeGate(int g, CriterionStatus status, decimal score, Evaluation e)
    {
        ScorecardGate gate = _gates[g];
        CultureInfo inv = CultureInfo.InvariantCulture;
        string criterion = $"'{_criteria[_gateColumns[g]].Name}' ({gate.Criterion})";
        if (status is CriterionStatus.NotApplicable or CriterionStatus.MissingExcluded)
        {
            return new GateOutcome(gate, false, false, null, $"not evaluated: {criterion} was left out ({gate}).");
        }

        if (score >= gate.MinimumScore)
        {
            return new GateOutcome(gate, true, false, score, string.Create(inv, $"passed: {criterion} scored {Rounding.Format(score)}, at least {gate.MinimumScore}."));
        }

        string effect;
        if (gate.Effect == GateEffect.CapScore)
        {
            effect = e.WeightedScore > gate.Cap
                ? string.Create(inv, $"the overall score is capped at {gate.Cap} (weighted score {Rounding.Format(e.WeightedScore!.Value)})")
                : string.Create(inv, $"the cap of {gate.Cap} changed nothing: the weighted score {Rounding.Format(e.WeightedScore!.Value)} is not above it");
        }
        else
        {
            effect = $"the rating is '{gate.BandName}'{(e.BandForced ? string.Empty : " or lower")}";
        }

        return new GateOutcome(gate, true, true, score, string.Create(inv, $"triggered: {criterion} scored {Rounding.Format(score)}, below {gate.MinimumScore}; {effect}."));
    }

    private readonly record struct Evaluation(decimal? WeightedScore, decimal? Score, RatingBand? Band, bool BandForced, int GatesTriggered, int LeftOut);
}
