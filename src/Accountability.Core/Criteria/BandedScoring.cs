using System.Text;
using Accountability.Scoring;
using Accountability.Scoring.Rules;

namespace Accountability.Criteria;

/// <summary>
/// Settings of the built-in <c>banded</c> rule: the score of the step the actual value falls in. The steps must be
/// contiguous, without gaps or overlaps; that, and their order against the criterion's direction, is checked
/// when the scorecard is built.
/// </summary>
/// <remarks>Immutable and thread-safe; the steps are copied.</remarks>
public sealed class BandedScoring : ScoringMethod
{
    /// <summary>The name the rule is registered under: <c>banded</c>.</summary>
    public const string Rule = "banded";

    /// <summary>Creates the settings.</summary>
    /// <param name="steps">The steps, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null or contains null.</exception>
    public BandedScoring(IEnumerable<ScoreStep> steps)
        : base(Rule)
    {
        Steps = CopyList(steps, nameof(steps));
    }

    /// <summary>The step table.</summary>
    public IReadOnlyList<ScoreStep> Steps { get; }

    private protected override void Describe(StringBuilder text)
    {
        if (Steps.Count > 0)
        {
            Separate(text).Append("steps ").AppendJoin("; ", Steps);
        }
    }
}

/// <summary>The built-in <c>banded</c> rule.</summary>
internal sealed class BandedRule : BuiltInRule<BandedScoring>
{
    public override string Name => BandedScoring.Rule;

    protected override CriterionScorer Bind(BandedScoring m, ScoringRuleBindContext context)
    {
        IReadOnlyList<ScoreStep> steps = m.Steps;
        if (steps.Count == 0)
        {
            context.Error(Path("steps"), ScoringProblemCodes.ValueRequired, "The 'banded' rule needs at least one step.");
            return new BandedScorer([], string.Empty, default);
        }

        Check(steps, context);
        ScoreStep[] ordered = [.. steps.OrderBy(s => s.From ?? decimal.MinValue)];
        return new BandedScorer(ordered, string.Join("; ", steps), new ScoreRange(steps.Min(s => s.Score), steps.Max(s => s.Score)));
    }

    private static void Check(IReadOnlyList<ScoreStep> steps, ScoringRuleBindContext context)
    {
        bool wellFormed = true;
        for (int i = 0; i < steps.Count; i++)
        {
            if (steps[i].From is { } from && steps[i].To is { } to && to <= from)
            {
                context.Error(ProblemPath.Index(Path("steps"), i), ScoringProblemCodes.StepInvalid, $"A step must end above where it starts; this one is {steps[i]}.", steps[i]);
                wellFormed = false;
            }
        }

        if (!wellFormed)
        {
            return;
        }

        // Sort by start (open start first) and check that each step ends where the next begins.
        int[] order = [.. Enumerable.Range(0, steps.Count).OrderBy(i => steps[i].From ?? decimal.MinValue).ThenBy(i => i)];
        for (int k = 0; k < order.Length; k++)
        {
            ScoreStep step = steps[order[k]];
            string path = ProblemPath.Index(Path("steps"), order[k]);
            if (step.From is null && k > 0)
            {
                context.Error(path, ScoringProblemCodes.StepOverlap, $"Only one step can have no lower bound; {step} overlaps {steps[order[k - 1]]}.", step);
            }

            if (step.To is null && k < order.Length - 1)
            {
                context.Error(path, ScoringProblemCodes.StepOverlap, $"Only the highest step can have no upper bound; {step} overlaps {steps[order[k + 1]]}.", step);
                continue;
            }

            if (k == order.Length - 1)
            {
                continue;
            }

            ScoreStep next = steps[order[k + 1]];
            if (step.To is { } end && next.From is { } start)
            {
                if (end < start)
                {
                    context.Error(path, ScoringProblemCodes.StepGap, $"There is a gap between {Text(end)} and {Text(start)}: no step covers it ({step}, then {next}).", step);
                }
                else if (end > start)
                {
                    context.Error(path, ScoringProblemCodes.StepOverlap, $"Steps {step} and {next} overlap between {Text(start)} and {Text(end)}.", step);
                }
                else
                {
                    CheckMonotone(context, step, next, ProblemPath.Index(Path("steps"), order[k + 1]));
                }
            }
        }
    }

    private static void CheckMonotone(ScoringRuleBindContext context, ScoreStep lower, ScoreStep upper, string path)
    {
        if (context.Direction == CriterionDirection.HigherIsBetter && upper.Score < lower.Score)
        {
            context.Error(path, ScoringProblemCodes.NotMonotone, $"For a higher-is-better criterion a higher step cannot score less: {upper} scores below {lower}.", upper.Score);
        }
        else if (context.Direction == CriterionDirection.LowerIsBetter && upper.Score > lower.Score)
        {
            context.Error(path, ScoringProblemCodes.NotMonotone, $"For a lower-is-better criterion a higher step cannot score more: {upper} scores above {lower}.", upper.Score);
        }
    }
}

file sealed class BandedScorer(ScoreStep[] steps, string table, ScoreRange range) : CriterionScorer(range), IGridScorer
{
    private readonly long[] _units = [.. steps.Select(s => GridNumber.TryUnits(s.Score, out long u) ? u : 0)];

    public bool HasGridForm { get; } = GridNumber.LayoutKnown && steps.All(s => GridNumber.TryUnits(s.Score, out _));

    // The same step as Score; its score is a setting on the grid. A value in no step is left to the decimal path (which reports it).
    public object? Prepare(decimal[] references) => null;

    public bool TryScoreOnGrid(decimal actual, decimal[] references, int offset, object? prepared, out long units)
    {
        for (int i = 0; i < steps.Length; i++)
        {
            if (steps[i].Contains(actual))
            {
                units = _units[i];
                return true;
            }
        }

        units = 0;
        return false;
    }

    public override decimal Score(in ScoringContext context)
    {
        decimal actual = context.Actual;
        for (int i = 0; i < steps.Length; i++)
        {
            if (steps[i].Contains(actual))
            {
                return steps[i].Score;
            }
        }

        throw NotScorable(context, $"The actual value {Line.Text(actual)} falls in no step of the table ({table}).");
    }
}
