using System.Globalization;
using NodaTime;

namespace Accountability.Goals;

/// <summary>Rolls actuals up a goal tree.</summary>
internal static class GoalRollUp
{
    public static GoalProgressReport Evaluate(GoalTree tree, ActualsLedger actuals, LocalDate asOf)
    {
        IReadOnlyList<Goal> goals = tree.Goals;
        int n = goals.Count;
        var sum = new decimal[n];
        var measure = new decimal[n];
        var problems = new ProblemCollector();
        int[][] childIndices = tree.ChildIndices;
        int k = -1;
        foreach (ActualEntry entry in actuals.Snapshot)
        {
            k++;
            string Path() => ProblemPath.Index("actuals", k);
            if (!tree.TryIndexOf(entry.Goal, out int at))
            {
                problems.Error(ProblemPath.Join(Path(), "goal"), GoalProblemCodes.ActualUnknownGoal, $"There is no goal {entry.Goal} in the tree.", entry.Goal.Value);
                continue;
            }

            Goal goal = goals[at];
            if (!goal.Period.Contains(entry.Date))
            {
                problems.Error(ProblemPath.Join(Path(), "date"), GoalProblemCodes.ActualOutsidePeriod, $"The date {GoalText.Date(entry.Date)} is outside the period {GoalText.Period(goal.Period)} of goal {goal.Id}.", GoalText.Date(entry.Date));
                continue;
            }

            MeasurementUnit unit = goal.Target.Unit;
            if (!unit.IsOnGrid(entry.Value))
            {
                problems.Error(ProblemPath.Join(Path(), "value"), GoalProblemCodes.ActualOffGrid, string.Create(CultureInfo.InvariantCulture, $"The value {entry.Value} has more than {unit.Decimals} decimal places, the precision of {unit}."), entry.Value);
                continue;
            }

            Goal leaf = goal;
            int i = at;
            while (!leaf.IsLeaf)
            {
                Goal[] candidates = [.. tree.ChildrenOf(leaf.Id).Where(c => c.Owner == leaf.Owner && c.Period.Contains(entry.Date))];
                if (candidates.Length != 1)
                {
                    problems.Error(ProblemPath.Join(Path(), "goal"), GoalProblemCodes.ActualNotOnLeaf, $"The goal {leaf.Id} has children, and not exactly one of them owned by {leaf.Owner} covers {GoalText.Date(entry.Date)}; record the actual on a leaf goal.", entry.Goal.Value);
                    leaf = null!;
                    break;
                }

                leaf = candidates[0];
                i = tree.IndexOf(leaf.Id);
            }

            if (leaf is null || entry.Date > asOf)
            {
                continue;
            }

            try
            {
                if (unit.IsRate)
                {
                    sum[i] += entry.Value * entry.Measure;
                    measure[i] += entry.Measure;
                }
                else
                {
                    sum[i] += entry.Value;
                    measure[i] += 1m;
                }
            }
            catch (OverflowException)
            {
                problems.Error(ProblemPath.Join(Path(), "value"), GoalProblemCodes.ActualOverflow, string.Create(CultureInfo.InvariantCulture, $"With the value {entry.Value} the actuals of goal {leaf.Id} add up beyond the range of decimal."), entry.Value);
            }
        }

        problems.ThrowIfErrors();

        // Children come after their parents, so walking backwards sees every child before its parent.
        var actual = new decimal[n];
        var attainments = new decimal?[n];
        var state = new RollUpState(goals, childIndices, actual, measure, attainments);
        for (int i = n - 1; i >= 0; i--)
        {
            Goal goal = goals[i];
            bool rate = goal.Target.Unit.IsRate;
            decimal total = sum[i];
            decimal weight = measure[i];
            int[] kids = childIndices[i];
            decimal target = goal.Target.Value;
            decimal? attainment;
            try
            {
                foreach (int c in kids)
                {
                    total += sum[c];
                    weight += measure[c];
                }

                sum[i] = total;
                measure[i] = weight;
                actual[i] = rate ? (weight == 0 ? 0m : total / weight) : total;
                attainment = target == 0 || (rate && weight == 0) ? null : actual[i] / target;
            }
            catch (OverflowException ex)
            {
                throw new AccountabilityException(
                    [new Problem(ProblemPath.Key("goals", goal.Id.Value), GoalProblemCodes.ActualOverflow, $"The actuals of goal {goal.Id}, or their ratio to its target {goal.Target}, go beyond the range of decimal.", ProblemSeverity.Error, null)],
                    ex);
            }

            attainments[i] = attainment;
        }

        return new GoalProgressReport(tree, asOf, state);
    }

    /// <summary>Each child's contribution to a goal, computed when first asked for.</summary>
    internal static ChildContribution[] Contributions(RollUpState state, int i)
    {
        IReadOnlyList<Goal> goals = state.Goals;
        Goal goal = goals[i];
        int[] kids = state.ChildIndices[i];
        if (kids.Length == 0)
        {
            return [];
        }

        bool rate = goal.Target.Unit.IsRate;
        decimal target = goal.Target.Value;
        decimal weight = state.Measure[i];
        var contributions = new ChildContribution[kids.Length];
        try
        {
            FillContributions(state, kids, rate, target, weight, contributions);
        }
        catch (OverflowException ex)
        {
            throw new AccountabilityException(
                [new Problem(ProblemPath.Join(ProblemPath.Key("goals", goal.Id.Value), "contributions"), GoalProblemCodes.ActualOverflow, $"The contribution of a goal below {goal.Id} to its target {goal.Target} goes beyond the range of decimal.", ProblemSeverity.Error, null)],
                ex);
        }

        return contributions;
    }

    private static void FillContributions(RollUpState state, int[] kids, bool rate, decimal target, decimal weight, ChildContribution[] contributions)
    {
        IReadOnlyList<Goal> goals = state.Goals;
        for (int j = 0; j < contributions.Length; j++)
        {
            int c = kids[j];
            decimal? share;
            decimal? contribution;
            if (rate)
            {
                share = weight == 0 ? null : state.Measure[c] / weight;
                contribution = target == 0 || share is null ? null : share * state.Actual[c] / target;
            }
            else
            {
                share = target == 0 ? null : goals[c].Target.Value / target;
                contribution = target == 0 ? null : state.Actual[c] / target;
            }

            contributions[j] = new ChildContribution(goals[c].Id, state.Actual[c], share, contribution);
        }
    }

    internal sealed class RollUpState
    {
        public RollUpState(IReadOnlyList<Goal> goals, int[][] childIndices, decimal[] actual, decimal[] measure, decimal?[] attainment)
        {
            Goals = goals;
            ChildIndices = childIndices;
            Actual = actual;
            Measure = measure;
            Attainment = attainment;
        }

        public decimal?[] Attainment { get; }

        public IReadOnlyList<Goal> Goals { get; }

        public int[][] ChildIndices { get; }

        public decimal[] Actual { get; }

        public decimal[] Measure { get; }
    }
}
