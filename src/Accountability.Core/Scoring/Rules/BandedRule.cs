using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>The score of the step an actual value falls in; steps must be contiguous, without gaps or overlaps.</summary>
internal sealed class BandedRule : BuiltInRule
{
    public override string Name => ScoringRuleNames.Banded;

    protected override MethodValues Uses => MethodValues.Steps;

    public override ScoreRange GetRange(PerformanceCriterion criterion)
    {
        IReadOnlyList<ScoreStep> steps = criterion.Scoring.Steps;
        decimal min = steps[0].Score;
        decimal max = steps[0].Score;
        foreach (ScoreStep step in steps)
        {
            min = Math.Min(min, step.Score);
            max = Math.Max(max, step.Score);
        }

        return new ScoreRange(min, max);
    }

    public override decimal Score(in ScoringContext context)
    {
        IReadOnlyList<ScoreStep> steps = context.Criterion.Scoring.Steps;
        for (int i = 0; i < steps.Count; i++)
        {
            if (steps[i].Contains(context.Actual))
            {
                return steps[i].Score;
            }
        }

        throw OutOfDomain(
            ScoringProblemCodes.ActualOutOfDomain,
            $"The actual value {Text(context.Actual)} falls in no step of the table ({string.Join("; ", steps)}).",
            context.Actual);
    }

    protected override void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems)
    {
        IReadOnlyList<ScoreStep> steps = criterion.Scoring.Steps;
        if (steps.Count == 0)
        {
            problems.Error(Path("steps"), ScoringProblemCodes.ValueRequired, "The 'banded' rule needs at least one step.");
            return;
        }

        bool wellFormed = true;
        for (int i = 0; i < steps.Count; i++)
        {
            if (steps[i].From is { } from && steps[i].To is { } to && to <= from)
            {
                problems.Error(ProblemPath.Index(Path("steps"), i), ScoringProblemCodes.StepInvalid, $"A step must end above where it starts; this one is {steps[i]}.", steps[i]);
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
                problems.Error(path, ScoringProblemCodes.StepOverlap, $"Only one step can have no lower bound; {step} overlaps {steps[order[k - 1]]}.", step);
            }

            if (step.To is null && k < order.Length - 1)
            {
                problems.Error(path, ScoringProblemCodes.StepOverlap, $"Only the highest step can have no upper bound; {step} overlaps {steps[order[k + 1]]}.", step);
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
                    problems.Error(path, ScoringProblemCodes.StepGap, $"There is a gap between {Text(end)} and {Text(start)}: no step covers it ({step}, then {next}).", step);
                }
                else if (end > start)
                {
                    problems.Error(path, ScoringProblemCodes.StepOverlap, $"Steps {step} and {next} overlap between {Text(start)} and {Text(end)}.", step);
                }
                else
                {
                    CheckMonotone(criterion, problems, step, next, ProblemPath.Index(Path("steps"), order[k + 1]));
                }
            }
        }
    }

    private static void CheckMonotone(PerformanceCriterion criterion, ProblemCollector problems, ScoreStep lower, ScoreStep upper, string path)
    {
        if (criterion.Direction == CriterionDirection.HigherIsBetter && upper.Score < lower.Score)
        {
            problems.Error(path, ScoringProblemCodes.NotMonotone, $"For a higher-is-better criterion a higher step cannot score less: {upper} scores below {lower}.", upper.Score);
        }
        else if (criterion.Direction == CriterionDirection.LowerIsBetter && upper.Score > lower.Score)
        {
            problems.Error(path, ScoringProblemCodes.NotMonotone, $"For a lower-is-better criterion a higher step cannot score more: {upper} scores above {lower}.", upper.Score);
        }
    }
}
