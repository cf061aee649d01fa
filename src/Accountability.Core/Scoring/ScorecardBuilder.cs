using System.Globalization;
using Accountability.Criteria;
using Accountability.Formulas;
using Accountability.Scoring.Rules;

namespace Accountability.Scoring;

/// <summary>
/// Builds a <see cref="Scorecard"/>. Nothing is checked until <see cref="Build()"/>, which reports every
/// problem at once (with paths such as <c>criteria[2].weight</c>) and then refuses further changes.
/// </summary>
/// <remarks>Not thread-safe; use one builder per thread.</remarks>
public sealed class ScorecardBuilder
{
    private readonly ScorecardId _id;
    private readonly string _name;
    private readonly List<(PerformanceCriterion Criterion, decimal Weight)> _criteria = [];
    private readonly List<ScorecardGate> _gates = [];
    private readonly Dictionary<CriterionId, List<string>> _perSubject = [];
    private RatingBands? _bands;
    private WeightMode _weightMode = WeightMode.Percent;
    private MissingValuePolicy _missingValues = MissingValuePolicy.Fail;
    private string? _combination;
    private bool _built;

    internal ScorecardBuilder(ScorecardId id, string name)
    {
        Identifier.ThrowIfDefault(id, "The scorecard id cannot be default.", nameof(id));

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _id = id;
        _name = name;
    }

    /// <summary>Adds a weighted criterion.</summary>
    /// <param name="criterion">The criterion, with its scoring method.</param>
    /// <param name="weight">Its weight: a percentage (the default) or a relative part (after <see cref="UseRelativeWeights"/>); positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder Add(PerformanceCriterion criterion, decimal weight)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        EnsureNotBuilt();
        _criteria.Add((criterion, weight));
        return this;
    }

    /// <summary>Adds a weighted criterion whose named reference values are each subject's own (see <see cref="PerSubject"/>).</summary>
    /// <param name="criterion">The criterion, with its scoring method.</param>
    /// <param name="weight">Its weight: a percentage (the default) or a relative part (after <see cref="UseRelativeWeights"/>); positive.</param>
    /// <param name="perSubject">The names of the reference values each subject gives, such as <c>target</c>, <c>threshold</c>, <c>stretch</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> or <paramref name="perSubject"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null, empty or white space.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder Add(PerformanceCriterion criterion, decimal weight, IEnumerable<string> perSubject)
    {
        ArgumentNullException.ThrowIfNull(perSubject);
        Add(criterion, weight);
        return PerSubject(criterion.Id, [.. perSubject]);
    }

    /// <summary>
    /// Declares named reference values of a criterion (a target, a threshold, a stretch, a custom rule's parameter)
    /// as each subject's own: each subject's value is given in <see cref="Actuals"/> (<see cref="ActualsBuilder.Reference"/>)
    /// or per row of an <see cref="ActualsTable"/>, and a missing one follows the missing-value policy like a missing
    /// actual. A name the criterion's rule does not take is reported by <see cref="Build()"/>.
    /// </summary>
    /// <param name="criterion">The criterion's id.</param>
    /// <param name="names">The reference values' names, such as <c>target</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default, or a name is null, empty or white space.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder PerSubject(CriterionId criterion, params string[] names)
    {
        Identifier.ThrowIfDefault(criterion, "The criterion id cannot be default.", nameof(criterion));
        ArgumentNullException.ThrowIfNull(names);
        foreach (string name in names)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(names));
        }

        EnsureNotBuilt();
        if (!_perSubject.TryGetValue(criterion, out List<string>? list))
        {
            list = [];
            _perSubject.Add(criterion, list);
        }

        foreach (string name in names)
        {
            if (!list.Contains(name))
            {
                list.Add(name);
            }
        }

        return this;
    }

    /// <summary>Reads weights as relative parts (1, 1, 1 for three equal parts) instead of percentages that add up to 100.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder UseRelativeWeights()
    {
        EnsureNotBuilt();
        _weightMode = WeightMode.Relative;
        return this;
    }

    /// <summary>Sets what a missing value does (the default is <see cref="MissingValuePolicy.Fail"/>).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder WithMissingValues(MissingValuePolicy policy)
    {
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown missing-value policy.");
        }

        EnsureNotBuilt();
        _missingValues = policy;
        return this;
    }

    /// <summary>Sets the rating bands over the overall score.</summary>
    /// <param name="bands">The bands.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder WithBands(RatingBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        EnsureNotBuilt();
        _bands = bands;
        return this;
    }

    /// <summary>Adds a knock-out gate.</summary>
    /// <param name="gate">The gate.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gate"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder WithGate(ScorecardGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        EnsureNotBuilt();
        _gates.Add(gate);
        return this;
    }

    /// <summary>
    /// Combines the criteria's scores with a formula instead of the weighted mean — for a scorecard of scorecards, say
    /// <c>if present(self) then (goals + manager + self) / 3 else (goals + manager) / 2</c>. Each criterion's score is
    /// read by its id (<c>goals</c>, or <c>[on-time-delivery]</c> in brackets); a criterion left out (not applicable, or
    /// missing and excluded) is absent, so <c>present(id)</c> and <c>coalesce</c> apply. The formula is checked at
    /// <see cref="Build()"/> (problems at <c>combination[line 1, column 7]</c>, all at once). The weights must still be
    /// valid but do not take part: the criteria's effective weights and contributions are 0, and the explanation shows the
    /// formula with each score it read. An absent result means the subject is not rated; a fault (division by zero,
    /// overflow, a result beyond ±<see cref="ScorePrecision.MaximumMagnitude"/>) is the subject's fault, as for a
    /// <see cref="FormulaScoring"/> rule. The result is held at <see cref="ScorePrecision.Decimals"/> places; gates and
    /// bands then apply as usual.
    /// </summary>
    /// <param name="formula">The formula's text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public ScorecardBuilder CombineWith(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        EnsureNotBuilt();
        _combination = formula;
        return this;
    }

    /// <summary>Builds the scorecard with the built-in rules only.</summary>
    /// <returns>The immutable scorecard.</returns>
    /// <exception cref="AccountabilityException">Anything is wrong; every problem is listed with its path.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public Scorecard Build() => Build(ScoringRuleRegistry.BuiltIn);

    /// <summary>Builds the scorecard, resolving rule names in <paramref name="rules"/>.</summary>
    /// <param name="rules">The registry of scoring rules.</param>
    /// <returns>The immutable scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="AccountabilityException">Anything is wrong (no criteria, a weight that is not positive, percentages that do not add up to 100, a repeated criterion, an unknown rule, reference values the rule rejects, a gate on an unknown criterion or band, a scoring or combination formula that does not parse or check, criteria whose formulas read each other's scores in a cycle); every problem is listed with its path.</exception>
    /// <exception cref="InvalidOperationException">The scorecard was already built.</exception>
    public Scorecard Build(ScoringRuleRegistry rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        EnsureNotBuilt();
        ProblemCollector problems = Check(rules, out ScorecardCriterion?[] entries, out CompiledFormula? combination);
        problems.ThrowIfErrors();
        _built = true;
        return new Scorecard(_id, _name, _weightMode, _missingValues, _bands, [.. entries.Select(e => e!)], [.. _gates], combination);
    }

    /// <summary>Checks the scorecard as <see cref="Build(ScoringRuleRegistry)"/> would, without throwing or building.</summary>
    /// <param name="rules">The registry of scoring rules; the built-in rules when omitted.</param>
    /// <returns>Every problem found, with its path; empty when the scorecard can be built.</returns>
    /// <exception cref="AccountabilityException">A rule itself failed while validating a criterion (a fault, not a problem of the input).</exception>
    public IReadOnlyList<Problem> Validate(ScoringRuleRegistry? rules = null) => Check(rules ?? ScoringRuleRegistry.BuiltIn, out _, out _).ToArray();

    private ProblemCollector Check(ScoringRuleRegistry rules, out ScorecardCriterion?[] entries, out CompiledFormula? combination)
    {
        var problems = new ProblemCollector();
        if (_criteria.Count == 0)
        {
            problems.Error("criteria", ScoringProblemCodes.NoCriteria, $"Scorecard '{_name}' has no criteria; add at least one.");
        }

        entries = new ScorecardCriterion?[_criteria.Count];
        var ids = new HashSet<CriterionId>(_criteria.Select(c => c.Criterion.Id));
        var firstIndex = new Dictionary<CriterionId, int>();
        decimal weightSum = 0m;
        bool weightsValid = true;
        for (int i = 0; i < _criteria.Count; i++)
        {
            (PerformanceCriterion criterion, decimal weight) = _criteria[i];
            string path = ProblemPath.Index("criteria", i);
            if (firstIndex.TryGetValue(criterion.Id, out int first))
            {
                problems.Error(ProblemPath.Join(path, "id"), ScoringProblemCodes.DuplicateCriterion, $"The criterion id '{criterion.Id}' is already used by criteria[{first}].", criterion.Id.Value);
            }
            else
            {
                firstIndex.Add(criterion.Id, i);
            }

            if (weight <= 0m)
            {
                problems.Error(ProblemPath.Join(path, "weight"), ScoringProblemCodes.WeightNotPositive, $"The weight of '{criterion.Id}' must be positive; it is {weight.ToString(CultureInfo.InvariantCulture)}.", weight);
                weightsValid = false;
            }
            else if (weightsValid)
            {
                try
                {
                    weightSum += weight;
                }
                catch (OverflowException)
                {
                    problems.Error(ProblemPath.Join(path, "weight"), ScoringProblemCodes.ScoreOverflow, "The weights add up beyond the range of decimal; use smaller weights.", weight);
                    weightsValid = false;
                }
            }

            entries[i] = Resolve(criterion, weight, rules, ids, path, problems, _perSubject.GetValueOrDefault(criterion.Id) ?? []);
        }

        foreach (CriterionId id in _perSubject.Keys.Order())
        {
            if (!firstIndex.ContainsKey(id))
            {
                problems.Error(ProblemPath.Key("perSubject", id.Value), ScoringProblemCodes.UnknownCriterion, $"Reference values are declared per subject for '{id}', which is not a criterion of scorecard '{_name}'.", id.Value);
            }
        }

        if (_weightMode == WeightMode.Percent && weightsValid && _criteria.Count > 0)
        {
            // decimal addition rounds beyond 28 digits (6.25 plus a 28th-place digit, and 93.75, would "add up" to 100):
            // the sum is checked exactly.
            ExactDecimalSum exact = ExactDecimalSum.Of(_criteria.Select(c => c.Weight));
            if (!exact.Equals(100m))
            {
                problems.Error(
                    "criteria",
                    ScoringProblemCodes.WeightsNotHundred,
                    $"Percentage weights must add up to exactly 100; these add up to {exact}. Fix the weights, or declare relative weights.",
                    exact.IsExactDecimal ? weightSum : exact.ToString());
            }
        }

        for (int g = 0; g < _gates.Count; g++)
        {
            ScorecardGate gate = _gates[g];
            string path = ProblemPath.Index("gates", g);
            if (!firstIndex.ContainsKey(gate.Criterion))
            {
                problems.Error(ProblemPath.Join(path, "criterion"), ScoringProblemCodes.GateInvalid, $"The gate watches '{gate.Criterion}', which is not a criterion of this scorecard.", gate.Criterion.Value);
            }

            if (gate.Effect == GateEffect.ForceBand)
            {
                if (_bands is null)
                {
                    problems.Error(ProblemPath.Join(path, "band"), ScoringProblemCodes.GateInvalid, $"The gate forces the band '{gate.BandName}', but the scorecard has no rating bands.", gate.BandName);
                }
                else if (_bands.FindByName(gate.BandName!) is null)
                {
                    problems.Error(ProblemPath.Join(path, "band"), ScoringProblemCodes.GateInvalid, $"The gate forces the band '{gate.BandName}', which is not one of: {string.Join(", ", _bands.Bands.Select(b => b.Name))}.", gate.BandName);
                }
            }
        }

        if (firstIndex.Count == _criteria.Count)
        {
            CheckCycles(entries, firstIndex, problems);
        }

        combination = _combination is null ? null : CheckCombination(_combination, firstIndex.Count == _criteria.Count, problems);
        return problems;
    }

    // Formulas that read other criteria's scores must not read each other in a cycle.
    private void CheckCycles(ScorecardCriterion?[] entries, Dictionary<CriterionId, int> columns, ProblemCollector problems)
    {
        if (!entries.Any(e => e?.Scorer is FormulaScorer { Reads.Length: > 0 }))
        {
            return;
        }

        int[][] reads = [.. entries.Select(e => e?.Scorer is FormulaScorer f ? f.Reads.Select(id => columns[id]).ToArray() : [])];
        int[] canonical = [.. Enumerable.Range(0, entries.Length).OrderBy(i => _criteria[i].Criterion.Id)];
        int[] cycle = CriterionOrder.Compute(canonical, reads, out _);
        if (cycle.Length == 0)
        {
            return;
        }

        string members = string.Join(", ", cycle.Select(i => entries[i]!.Criterion.Id.Value));
        foreach (int i in cycle)
        {
            ScorecardCriterion entry = entries[i]!;
            string read = string.Join(", ", ((FormulaScorer)entry.Scorer).Reads.Where(id => Array.IndexOf(cycle, columns[id]) >= 0).Select(id => id.Value));
            problems.Error(
                ProblemPath.Join(ProblemPath.Index("criteria", i), ProblemPath.Join("scoring", "formula")),
                ScoringProblemCodes.CriteriaCycle,
                $"The formula of '{entry.Criterion.Id}' reads the score of {read}; the formulas of {members} read each other's scores in a cycle, so none can be scored first.",
                entry.Criterion.Id.Value);
        }
    }

    // The combination formula reads the criteria's scores by id, in column order.
    private CompiledFormula? CheckCombination(string text, bool idsDistinct, ProblemCollector problems)
    {
        const string path = "combination";
        if (!Formula.TryParse(text, path, out Formula? formula, out IReadOnlyList<Problem> parseProblems))
        {
            foreach (Problem problem in parseProblems)
            {
                problems.Add(problem);
            }

            return null;
        }

        if (!idsDistinct)
        {
            return null; // reported as duplicate criteria; the names cannot be checked
        }

        bool writable = true;
        for (int i = 0; i < _criteria.Count; i++)
        {
            CriterionId id = _criteria[i].Criterion.Id;
            if (id.Value.Contains(']', StringComparison.Ordinal))
            {
                problems.Error(
                    ProblemPath.Join(ProblemPath.Index("criteria", i), "id"),
                    ScoringProblemCodes.InvalidIdentifier,
                    $"The criterion id '{id}' contains ']', which a combination formula cannot write; choose another id.",
                    id.Value);
                writable = false;
            }
        }

        if (!writable)
        {
            return null;
        }

        var signature = new FormulaSignature(_criteria.Select(c => c.Criterion.Id.Value));
        IReadOnlyList<Problem> checkProblems = formula.Check(signature, path);
        foreach (Problem problem in checkProblems)
        {
            problems.Add(problem);
        }

        return checkProblems.Any(p => p.Severity == ProblemSeverity.Error) ? null : formula.Compile(signature, path);
    }

    private static ScorecardCriterion? Resolve(PerformanceCriterion criterion, decimal weight, ScoringRuleRegistry rules, IReadOnlySet<CriterionId> ids, string path, ProblemCollector problems, List<string> perSubject)
    {
        ScoringMethod method = criterion.Scoring;
        CheckUnits(criterion, path, problems);
        if (!rules.TryGet(method.RuleName, out IScoringRule? rule))
        {
            problems.Error(ProblemPath.Join(ProblemPath.Join(path, "scoring"), "rule"), ScoringProblemCodes.UnknownRule, rules.UnknownRuleMessage(method.RuleName), method.RuleName);
            return null;
        }

        var context = new ScoringRuleBindContext(criterion, method.RuleName, perSubject) { ScorecardCriteria = ids };
        CriterionScorer? scorer;
        try
        {
            scorer = rule.Bind(context);
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw RuleFault.Wrap(ex, rule, criterion, path, "validating");
        }

        foreach (Problem problem in context.Problems)
        {
            problems.Add(problem.Under(path));
        }

        if (context.HasErrors)
        {
            return null;
        }

        if (scorer is null)
        {
            throw RuleFault.Contract(rule, criterion, path, "validating", "it returned no scorer and reported no error.");
        }

        ScoreRange range = scorer.Range;
        if (range.Minimum < -ScorePrecision.MaximumMagnitude || range.Maximum > ScorePrecision.MaximumMagnitude)
        {
            problems.Error(
                ProblemPath.Join(path, "scoring"),
                ScoringProblemCodes.ValueOutOfRange,
                $"The rule '{method.RuleName}' declares scores from {range.Minimum.ToString(CultureInfo.InvariantCulture)} to {range.Maximum.ToString(CultureInfo.InvariantCulture)}; scores must lie within ±{ScorePrecision.MaximumMagnitude.ToString(CultureInfo.InvariantCulture)}.",
                range);
            return null;
        }

        string[] names = context.TakeNames();
        bool known = true;
        foreach (string name in perSubject)
        {
            if (Array.IndexOf(names, name) < 0)
            {
                known = false;
                problems.Error(
                    ProblemPath.Key(ProblemPath.Join(path, "perSubject"), name),
                    ScoringProblemCodes.UnknownReference,
                    $"The reference value '{name}' of '{criterion.Id}' is declared per subject, but the '{method.RuleName}' rule takes no such value; it takes: {(names.Length == 0 ? "none" : string.Join(", ", names))}.",
                    name);
            }
        }

        return known ? new ScorecardCriterion(criterion, weight, rule, scorer, context.TakeReferences(), names, [.. perSubject]) : null;
    }

    // A criterion measured in one unit cannot be scored against settings stated in another (a USD target for a EUR amount).
    private static void CheckUnits(PerformanceCriterion criterion, string path, ProblemCollector problems)
    {
        if (criterion.MeasurementUnit is not { } measured || criterion.Scoring.Unit is not { } stated || measured.Equals(stated))
        {
            return;
        }

        bool money = measured.Kind == MeasurementKind.Money && stated.Kind == MeasurementKind.Money;
        problems.Error(
            ProblemPath.Join(ProblemPath.Join(path, "scoring"), "unit"),
            money ? KernelProblemCodes.CurrencyMismatch : KernelProblemCodes.UnitMismatch,
            $"The criterion '{criterion.Name}' ({criterion.Id}) is measured in {measured} but its scoring settings are stated in {stated}; state them in {measured.Name}.",
            stated);
    }

    private void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException($"Scorecard '{_name}' was already built; start a new builder to change it.");
        }
    }
}
