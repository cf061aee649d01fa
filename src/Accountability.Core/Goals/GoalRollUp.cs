using System.Globalization;
using NodaTime;

namespace Accountability.Goals;

/// <summary>Rolls actuals up a goal tree.</summary>
internal static class GoalRollUp
{
    public static GoalProgressReport Evaluate(GoalTree tree, ActualsLedger actuals, LocalDate asOf)
    {
        // The columns, not the goals: evaluating reads no goal object (a tree's goals are made when first read).
        GoalColumns goals = tree.Columns;
        int n = goals.Count;
        var sum = new decimal[n];

        // The measure behind each goal: for summed units the number of entries (whole numbers, added as such), for
        // rates the sum of the entries' measures (made with the first rate entry).
        var counts = new long[n];
        decimal[]? rateMeasure = null;
        var problems = new ProblemCollector();
        int[][] childIndices = goals.Children;
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

            DateInterval period = goals.PeriodAt(at);
            if (!period.Contains(entry.Date))
            {
                problems.Error(ProblemPath.Join(Path(), "date"), GoalProblemCodes.ActualOutsidePeriod, $"The date {GoalText.Date(entry.Date)} is outside the period {GoalText.Period(period)} of goal {goals.IdAt(at)}.", GoalText.Date(entry.Date));
                continue;
            }

            MeasurementUnit unit = goals.UnitAt(at);
            if (!unit.IsOnGrid(entry.Value))
            {
                problems.Error(ProblemPath.Join(Path(), "value"), GoalProblemCodes.ActualOffGrid, string.Create(CultureInfo.InvariantCulture, $"The value {entry.Value} has more than {unit.Decimals} decimal places, the precision of {unit}."), entry.Value);
                continue;
            }

            int i = childIndices[at].Length == 0 ? at : LeafFor(goals, at, entry, k, problems);
            if (i < 0 || entry.Date > asOf)
            {
                continue;
            }

            try
            {
                if (unit.IsRate)
                {
                    rateMeasure ??= new decimal[n];
                    sum[i] += entry.Value * entry.Measure;
                    rateMeasure[i] += entry.Measure;
                }
                else
                {
                    sum[i] += entry.Value;
                    counts[i]++;
                }
            }
            catch (OverflowException)
            {
                problems.Error(ProblemPath.Join(Path(), "value"), GoalProblemCodes.ActualOverflow, string.Create(CultureInfo.InvariantCulture, $"With the value {entry.Value} the actuals of goal {goals.IdAt(i)} add up beyond the range of decimal."), entry.Value);
            }
        }

        problems.ThrowIfErrors();

        // Children come after their parents, so walking backwards sees every child before its parent. For summed units
        // the actual is the sum itself: the sums double as actuals until a rate needs its mean.
        decimal[] actual = sum;
        var attainments = new decimal?[n];
        for (int i = n - 1; i >= 0; i--)
        {
            MeasurementUnit unit = goals.UnitAt(i);
            bool rate = unit.IsRate;
            decimal total = sum[i];
            int[] kids = childIndices[i];
            decimal target = goals.TargetValueAt(i);
            decimal? attainment;
            try
            {
                decimal own;
                if (rate)
                {
                    decimal weight = rateMeasure is null ? 0m : rateMeasure[i];
                    foreach (int c in kids)
                    {
                        total += sum[c];
                        weight += rateMeasure is null ? 0m : rateMeasure[c];
                    }

                    if (rateMeasure is not null)
                    {
                        rateMeasure[i] = weight;
                    }

                    own = weight == 0 ? 0m : total / weight;
                    attainment = target == 0 || weight == 0 ? null : own / target;
                }
                else
                {
                    long count = counts[i];
                    foreach (int c in kids)
                    {
                        total += sum[c];
                        count += counts[c];
                    }

                    counts[i] = count;
                    own = total;
                    attainment = target == 0 ? null : total / target;
                }

                sum[i] = total;
                if (rate && ReferenceEquals(actual, sum))
                {
                    actual = new decimal[n];
                    Array.Copy(sum, i + 1, actual, i + 1, n - i - 1);
                }

                actual[i] = own;
            }
            catch (OverflowException ex)
            {
                throw new AccountabilityException(
                    [new Problem(ProblemPath.Key("goals", goals.IdAt(i).Value), GoalProblemCodes.ActualOverflow, $"The actuals of goal {goals.IdAt(i)}, or their ratio to its target {unit.Format(target)}, go beyond the range of decimal.", ProblemSeverity.Error, null)],
                    ex);
            }

            attainments[i] = attainment;
        }

        var state = new RollUpState(goals, childIndices, actual, counts, rateMeasure, attainments);
        return new GoalProgressReport(tree, asOf, state);
    }

    /// <summary>
    /// The leaf an actual recorded on a goal with children goes to: down through the one child with the same owner
    /// covering the date, at each level; -1 (and a problem) when there is not exactly one.
    /// </summary>
    private static int LeafFor(GoalColumns goals, int at, ActualEntry entry, int entryIndex, ProblemCollector problems)
    {
        int i = at;
        while (goals.Children[i].Length > 0)
        {
            PartyId owner = goals.OwnerAt(i);
            int found = -1;
            int candidates = 0;
            foreach (int c in goals.Children[i])
            {
                if (goals.OwnerAt(c) == owner && goals.PeriodAt(c).Contains(entry.Date))
                {
                    candidates++;
                    found = c;
                }
            }

            if (candidates != 1)
            {
                problems.Error(ProblemPath.Join(ProblemPath.Index("actuals", entryIndex), "goal"), GoalProblemCodes.ActualNotOnLeaf, $"The goal {goals.IdAt(i)} has children, and not exactly one of them owned by {owner} covers {GoalText.Date(entry.Date)}; record the actual on a leaf goal.", entry.Goal.Value);
                return -1;
            }

            i = found;
        }

        return i;
    }

    /// <summary>Each child's contribution to a goal, computed when first asked for.</summary>
    internal static ChildContribution[] Contributions(RollUpState state, int i)
    {
        GoalColumns goals = state.Goals;
        int[] kids = state.ChildIndices[i];
        if (kids.Length == 0)
        {
            return [];
        }

        bool rate = goals.UnitAt(i).IsRate;
        decimal target = goals.TargetValueAt(i);
        decimal weight = state.MeasureAt(i);
        var contributions = new ChildContribution[kids.Length];
        try
        {
            FillContributions(state, kids, rate, target, weight, contributions);
        }
        catch (OverflowException ex)
        {
            throw new AccountabilityException(
                [new Problem(ProblemPath.Join(ProblemPath.Key("goals", goals.IdAt(i).Value), "contributions"), GoalProblemCodes.ActualOverflow, $"The contribution of a goal below {goals.IdAt(i)} to its target {goals.UnitAt(i).Format(target)} goes beyond the range of decimal.", ProblemSeverity.Error, null)],
                ex);
        }

        return contributions;
    }

    private static void FillContributions(RollUpState state, int[] kids, bool rate, decimal target, decimal weight, ChildContribution[] contributions)
    {
        GoalColumns goals = state.Goals;
        for (int j = 0; j < contributions.Length; j++)
        {
            int c = kids[j];
            decimal? share;
            decimal? contribution;
            if (rate)
            {
                share = weight == 0 ? null : state.MeasureAt(c) / weight;
                contribution = target == 0 || share is null ? null : share * state.Actual[c] / target;
            }
            else
            {
                share = target == 0 ? null : goals.TargetValueAt(c) / target;
                contribution = target == 0 ? null : state.Actual[c] / target;
            }

            contributions[j] = new ChildContribution(goals.IdAt(c), state.Actual[c], share, contribution);
        }
    }

    internal sealed class RollUpState
    {
        private readonly long[] _counts;
        private readonly decimal[]? _rateMeasure;

        public RollUpState(GoalColumns goals, int[][] childIndices, decimal[] actual, long[] counts, decimal[]? rateMeasure, decimal?[] attainment)
        {
            Goals = goals;
            ChildIndices = childIndices;
            Actual = actual;
            _counts = counts;
            _rateMeasure = rateMeasure;
            Attainment = attainment;
        }

        public decimal?[] Attainment { get; }

        public GoalColumns Goals { get; }

        public int[][] ChildIndices { get; }

        public decimal[] Actual { get; }

        /// <summary>The measure behind a goal: the sum of its rate entries' measures, or its number of entries.</summary>
        public decimal MeasureAt(int i) => Goals.UnitAt(i).IsRate ? (_rateMeasure is null ? 0m : _rateMeasure[i]) : _counts[i];
    }
}
