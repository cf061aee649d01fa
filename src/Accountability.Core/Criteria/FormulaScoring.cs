using System.Globalization;
using System.Text;
using Accountability.Formulas;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>formula</c> rule: the score is a configured formula (see <see cref="Accountability.Formulas.Formula"/>
/// for the language) over the criterion's <c>actual</c> value and the named reference values given here, such as
/// <c>min(150, actual / target * 100)</c> with <c>target = 100</c>.
/// </summary>
/// <remarks>
/// <para>
/// The formula is parsed, checked and compiled once, when the scorecard is built; parse and check problems are reported
/// all at once with paths such as <c>criteria[2].scoring.formula[line 1, column 7]</c>. Each reference value is read
/// through a reference slot, so a value given per subject reaches the formula without changing it. Scoring allocates
/// nothing. A name that is one of the scorecard's criterion ids (<c>[on-time-delivery]</c>) reads that criterion's score: criteria are then scored after the criteria they read, and formulas that read each other in a cycle are reported as <see cref="ScoringProblemCodes.CriteriaCycle"/>. A score read from a criterion left out (not applicable, missing and excluded) is absent; a formula whose result is absent leaves its own criterion out as not applicable.
/// </para>
/// <para>
/// A result outside <see cref="Range"/> is reported as <see cref="ScoringProblemCodes.ScoreOutOfRange"/>, as for any
/// rule. Division by zero, overflow and invalid rounding digits are a fault of the formula for that subject
/// (code <see cref="FormulaProblemCodes.DivisionByZero"/>, <see cref="FormulaProblemCodes.ArithmeticOverflow"/> or
/// <see cref="FormulaProblemCodes.RoundDigitsInvalid"/>), naming the formula and its inputs: scoring one subject throws
/// it, batch scoring records it on that subject's <see cref="SubjectScore.Fault"/> and goes on with the others.
/// </para>
/// <para>Immutable and thread-safe; the reference values are copied.</para>
/// </remarks>
public sealed class FormulaScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>formula</c>.</summary>
    public const string Rule = "formula";

    /// <summary>The name of the criterion's actual value in the formula: <c>actual</c>.</summary>
    public const string ActualName = "actual";

    private static readonly IReadOnlyDictionary<string, decimal> NoValues = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Creates the settings.</summary>
    /// <param name="formula">The formula's text, such as <c>min(150, actual / target * 100)</c>; checked when the scorecard is built.</param>
    /// <param name="values">Named reference values the formula reads, such as <c>{ "target": 100 }</c>; none when null.</param>
    /// <param name="range">The lowest and highest score the formula may give; 0 to 100 when not given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    public FormulaScoring(string formula, IReadOnlyDictionary<string, decimal>? values = null, ScoreRange? range = null)
        : base(Rule)
    {
        ArgumentNullException.ThrowIfNull(formula);
        Text = formula;
        Values = values is null || values.Count == 0 ? NoValues : new Dictionary<string, decimal>(values, StringComparer.Ordinal);
        Range = range ?? new ScoreRange(0m, 100m);
    }

    /// <summary>The formula's text, as configured.</summary>
    public string Text { get; }

    /// <summary>The named reference values the formula reads.</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; }

    /// <summary>The lowest and highest score the formula may give.</summary>
    public ScoreRange Range { get; }

    private protected override void Describe(StringBuilder text)
    {
        Separate(text).Append(Text.Trim());
        foreach ((string key, decimal value) in Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            Describe(text, key, value);
        }

        Separate(text).Append(CultureInfo.InvariantCulture, $"range {Range}");
    }
}

/// <summary>The built-in <c>formula</c> rule: parses, checks and compiles the formula once per criterion.</summary>
internal sealed class FormulaRule : BuiltInRule<FormulaScoring>
{
    public override string Name => FormulaScoring.Rule;

    protected override CriterionScorer Bind(FormulaScoring m, ScoringRuleBindContext context)
    {
        string path = Path("formula");
        var names = new List<string>(m.Values.Count + 1) { FormulaScoring.ActualName };
        foreach (string name in m.Values.Keys.Order(StringComparer.Ordinal))
        {
            string valuePath = ProblemPath.Key(ProblemPath.Join("scoring", "values"), name);
            if (name == FormulaScoring.ActualName)
            {
                context.Error(valuePath, ScoringProblemCodes.InvalidIdentifier, "A reference value cannot be named 'actual': that name is the criterion's actual value.", name);
            }
            else if (!Identifier.IsValid(name, out string? reason))
            {
                context.Error(valuePath, ScoringProblemCodes.InvalidIdentifier, $"The reference value name '{name}' is not valid: {reason}", name);
            }
            else if (name.Contains(']', StringComparison.Ordinal))
            {
                context.Error(valuePath, ScoringProblemCodes.InvalidIdentifier, $"The reference value name '{name}' contains ']', which a formula cannot write.", name);
            }
            else
            {
                names.Add(name);
            }
        }

        CheckRange(m, context);
        if (!Formula.TryParse(m.Text, path, out Formula? formula, out IReadOnlyList<Problem> parseProblems))
        {
            foreach (Problem problem in parseProblems)
            {
                context.Report(problem);
            }

            return null!;
        }

        // Other names that are the scorecard's criterion ids read those criteria's scores (a reference value of the same name wins).
        int valueCount = names.Count;
        var reads = new List<CriterionId>();
        foreach (string name in formula.Names)
        {
            if (names.IndexOf(name, 0, valueCount) < 0 && !name.Contains(']', StringComparison.Ordinal)
                && Identifier.IsValid(name, out _) && context.ScorecardCriteria.Contains(new CriterionId(name)))
            {
                names.Add(name);
                reads.Add(new CriterionId(name));
            }
        }

        for (int i = 1; i < valueCount; i++)
        {
            if (!formula.Names.Contains(names[i], StringComparer.Ordinal))
            {
                context.Warning(
                    ProblemPath.Key(ProblemPath.Join("scoring", "values"), names[i]),
                    ScoringProblemCodes.ValueNotUsed,
                    $"The reference value '{names[i]}' is not read by the formula.",
                    m.Values[names[i]]);
            }
        }

        var signature = new FormulaSignature(names);
        IReadOnlyList<Problem> checkProblems = formula.Check(signature, path);
        foreach (Problem problem in checkProblems)
        {
            context.Report(problem);
        }

        if (context.HasErrors)
        {
            return null!;
        }

        CompiledFormula compiled = formula.Compile(signature, path);
        var slots = new ReferenceSlot[valueCount - 1];
        for (int i = 1; i < valueCount; i++)
        {
            slots[i - 1] = context.Reference(names[i], m.Values[names[i]]);
        }

        return new FormulaScorer(compiled, slots, [.. reads], m.Range);
    }

    private static void CheckRange(FormulaScoring m, ScoringRuleBindContext context)
    {
        if (m.Range.Minimum > m.Range.Maximum)
        {
            context.Error(
                Path("range"),
                ScoringProblemCodes.ValuesOutOfOrder,
                $"The lowest score of the range ({Text(m.Range.Minimum)}) must not be above the highest ({Text(m.Range.Maximum)}).",
                m.Range);
        }
    }
}

/// <summary>A compiled formula scoring one criterion: fills the inputs on the stack and evaluates; nothing is allocated unless it faults.</summary>
internal sealed class FormulaScorer(CompiledFormula formula, ReferenceSlot[] slots, CriterionId[] reads, ScoreRange range) : CriterionScorer(range)
{
    /// <summary>Up to this many inputs, they live on the stack.</summary>
    private const int StackLimit = 32;

    public CompiledFormula Formula => formula;

    /// <summary>The criteria whose scores the formula reads, in its signature's order (after <c>actual</c> and the reference values).</summary>
    public CriterionId[] Reads => reads;

    public override decimal Score(in ScoringContext context) =>
        ScoreWith(context, default) ?? throw new InvalidOperationException("A formula that reads other criteria's scores is scored by the scorecard.");

    /// <summary>Scores with the scores of the criteria in <see cref="Reads"/> (null for one left out); null when the result is not applicable.</summary>
    public decimal? ScoreWith(in ScoringContext context, ReadOnlySpan<decimal?> readScores)
    {
        int n = slots.Length + 1 + reads.Length;
        Span<decimal?> inputs = n <= StackLimit ? stackalloc decimal?[n] : new decimal?[n];
        Fill(inputs, context, readScores);
        FormulaOutcome outcome = formula.Evaluate(inputs);
        return outcome.Kind switch
        {
            FormulaOutcomeKind.Value => outcome.Value.GetValueOrDefault(),
            FormulaOutcomeKind.NotApplicable => null,
            _ => throw new FormulaFaultException(outcome),
        };
    }

    /// <summary>The formula, its value and each input it read, for the criterion's explanation.</summary>
    public string Explain(in ScoringContext context, ReadOnlySpan<decimal?> readScores)
    {
        var inputs = new decimal?[slots.Length + 1 + reads.Length];
        Fill(inputs, context, readScores);
        return formula.Explain(inputs);
    }

    private void Fill(Span<decimal?> inputs, in ScoringContext context, ReadOnlySpan<decimal?> readScores)
    {
        inputs[0] = context.Actual;
        for (int i = 0; i < slots.Length; i++)
        {
            inputs[i + 1] = context.Reference(slots[i]);
        }

        for (int i = 0; i < reads.Length; i++)
        {
            inputs[slots.Length + 1 + i] = i < readScores.Length ? readScores[i] : null;
        }
    }
}
