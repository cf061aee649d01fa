using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// A goal owner leaving mid-period, and who takes over the rest of the target: the other open leaf goals under the
/// same parent (in proportion to their targets) or a named successor. Applied by <see cref="GoalTree.Redistribute"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The leaving goal must be a leaf with a summed unit (money, count or quantity). It is
/// closed on <see cref="LastDay"/> and its target becomes what it achieved by then (never more than its target);
/// the remainder moves, so every parent's target and every recorded actual stay unchanged.
/// </remarks>
public sealed class Departure
{
    private Departure(GoalId goal, LocalDate lastDay, ApportionmentMethod method, GoalId? successorGoal, PartyId? successorOwner)
    {
        if (goal.IsDefault)
        {
            throw new ArgumentException("A goal identifier is required.", nameof(goal));
        }

        TargetDecomposition.RequireMethod(method);
        Goal = goal;
        LastDay = lastDay;
        Method = method;
        SuccessorGoal = successorGoal;
        SuccessorOwner = successorOwner;
    }

    /// <summary>Gets the goal whose owner leaves.</summary>
    public GoalId Goal { get; }

    /// <summary>Gets the owner's last day on the goal (inclusive).</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets how indivisible units are handed out when the remainder is spread.</summary>
    public ApportionmentMethod Method { get; }

    /// <summary>Gets the successor's goal, or <see langword="null"/> when the remainder is spread over the other goals.</summary>
    public GoalId? SuccessorGoal { get; }

    /// <summary>Gets the owner of a new successor goal, or <see langword="null"/> when the successor goal already exists or there is none.</summary>
    public PartyId? SuccessorOwner { get; }

    /// <summary>Spreads the rest of the target over the other open leaf goals under the same parent, in proportion to their targets.</summary>
    /// <param name="goal">The goal whose owner leaves.</param>
    /// <param name="lastDay">The owner's last day (inclusive).</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>The departure.</returns>
    /// <exception cref="ArgumentException"><paramref name="goal"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    public static Departure SpreadOverOthers(GoalId goal, LocalDate lastDay, ApportionmentMethod method = ApportionmentMethod.LargestRemainder) =>
        new(goal, lastDay, method, null, null);

    /// <summary>Hands the rest of the target to an existing goal under the same parent.</summary>
    /// <param name="goal">The goal whose owner leaves.</param>
    /// <param name="lastDay">The owner's last day (inclusive).</param>
    /// <param name="successorGoal">The existing goal that takes the rest.</param>
    /// <returns>The departure.</returns>
    /// <exception cref="ArgumentException">An identifier is <c>default</c>.</exception>
    public static Departure ToExistingGoal(GoalId goal, LocalDate lastDay, GoalId successorGoal)
    {
        if (successorGoal.IsDefault)
        {
            throw new ArgumentException("A goal identifier is required.", nameof(successorGoal));
        }

        return new(goal, lastDay, ApportionmentMethod.LargestRemainder, successorGoal, null);
    }

    /// <summary>Hands the rest of the target to a new goal for a successor, from the day after <paramref name="lastDay"/> to the end of the period.</summary>
    /// <param name="goal">The goal whose owner leaves.</param>
    /// <param name="lastDay">The owner's last day (inclusive).</param>
    /// <param name="successorGoal">The new goal's identifier.</param>
    /// <param name="successor">The successor who owns the new goal.</param>
    /// <returns>The departure.</returns>
    /// <exception cref="ArgumentException">An identifier is <c>default</c>.</exception>
    public static Departure ToNewSuccessor(GoalId goal, LocalDate lastDay, GoalId successorGoal, PartyId successor)
    {
        if (successorGoal.IsDefault)
        {
            throw new ArgumentException("A goal identifier is required.", nameof(successorGoal));
        }

        if (successor.IsDefault)
        {
            throw new ArgumentException("A successor is required.", nameof(successor));
        }

        return new(goal, lastDay, ApportionmentMethod.LargestRemainder, successorGoal, successor);
    }

    internal GoalTree Apply(GoalTree tree, ActualsLedger actuals)
    {
        const string path = "departure";
        var problems = new ProblemCollector();
        if (!tree.TryGet(Goal, out Goal? leaving))
        {
            problems.Error(ProblemPath.Join(path, "goal"), "departure.unknown_goal", $"There is no goal {Goal} in the tree.", Goal.Value);
            problems.ThrowIfErrors();
            return tree;
        }

        if (!leaving.IsLeaf)
        {
            problems.Error(ProblemPath.Join(path, "goal"), "departure.not_leaf", $"The goal {Goal} has children; apply the departure to its leaf goals.", Goal.Value);
        }

        if (leaving.Target.Unit.IsRate)
        {
            problems.Error(ProblemPath.Join(path, "goal"), "departure.rate", "A rate target is not redistributed: each goal keeps its rate.", Goal.Value);
        }

        if (LastDay < leaving.Period.Start || LastDay >= leaving.Period.End)
        {
            problems.Error(ProblemPath.Join(path, "lastDay"), "departure.last_day", $"The last day {GoalText.Date(LastDay)} must fall within {GoalText.Period(leaving.Period)} and before its end.", GoalText.Date(LastDay));
        }

        if (actuals.Entries.Any(e => e.Goal == Goal && e.Date > LastDay))
        {
            problems.Error(ProblemPath.Join(path, "lastDay"), "departure.actuals_after_last_day", $"The goal {Goal} has actuals after the last day {GoalText.Date(LastDay)}; they would fall outside its shortened period.", GoalText.Date(LastDay));
        }

        Goal? parent = leaving.ParentId is GoalId pid ? tree[pid] : null;
        Goal[] receivers = [];
        Goal? existing = null;
        if (SuccessorGoal is GoalId successorId)
        {
            if (SuccessorOwner is null)
            {
                if (!tree.TryGet(successorId, out existing))
                {
                    problems.Error(ProblemPath.Join(path, "successorGoal"), "departure.unknown_goal", $"There is no goal {successorId} in the tree.", successorId.Value);
                }
                else if (!existing.IsLeaf || !existing.Target.Unit.Equals(leaving.Target.Unit) || existing.ParentId != leaving.ParentId || existing.Id == leaving.Id)
                {
                    problems.Error(ProblemPath.Join(path, "successorGoal"), "departure.successor_not_sibling", $"The successor goal {successorId} must be another leaf goal under the same parent, in the same unit.", successorId.Value);
                }
            }
            else if (tree.Contains(successorId))
            {
                problems.Error(ProblemPath.Join(path, "successorGoal"), "departure.successor_exists", $"The goal identifier {successorId} is already used.", successorId.Value);
            }
        }
        else
        {
            if (parent is null)
            {
                problems.Error(ProblemPath.Join(path, "goal"), "departure.no_parent", $"The goal {Goal} has no parent, so there are no other goals to take over its target.", Goal.Value);
            }
            else
            {
                receivers = [.. tree.ChildrenOf(parent.Id).Where(g => g.Id != Goal && g.IsLeaf && g.Period.End > LastDay && g.Target.Unit.Equals(leaving.Target.Unit))];
                if (receivers.Length == 0)
                {
                    problems.Error(ProblemPath.Join(path, "goal"), "departure.no_receivers", $"No other open leaf goal under {parent.Id} can take over the target of {Goal}.", Goal.Value);
                }
            }
        }

        problems.ThrowIfErrors();

        decimal achieved = tree.Evaluate(actuals, LastDay)[Goal].Actual;
        decimal kept = Math.Min(achieved, leaving.Target.Value);
        decimal remaining = leaving.Target.Value - kept;
        var replaced = new Dictionary<GoalId, Goal>
        {
            [Goal] = leaving.With(target: leaving.Target.WithValue(kept), period: new DateInterval(leaving.Period.Start, LastDay)),
        };
        Goal? created = null;
        if (existing is not null)
        {
            replaced[existing.Id] = existing.With(target: existing.Target.WithValue(existing.Target.Value + remaining));
        }
        else if (SuccessorOwner is PartyId owner && SuccessorGoal is GoalId newId)
        {
            created = new Goal(newId, newId.Value, owner, leaving.Target.WithValue(remaining), new DateInterval(LastDay.PlusDays(1), leaving.Period.End), leaving.ParentId, leaving.WorkItem, []);
            if (parent is not null)
            {
                List<GoalId> kids = [.. parent.ChildIds];
                kids.Insert(kids.IndexOf(Goal) + 1, newId);
                replaced[parent.Id] = parent.With(childIds: [.. kids]);
            }
        }
        else
        {
            bool allZero = receivers.All(r => r.Target.Value == 0);
            IReadOnlyList<Target> shares = TargetDecomposition.ByWeights(
                leaving.Target.WithValue(remaining),
                [.. receivers.Select(r => allZero ? 1m : Math.Max(r.Target.Value, 0m))],
                Method);
            for (int i = 0; i < receivers.Length; i++)
            {
                replaced[receivers[i].Id] = receivers[i].With(target: receivers[i].Target.WithValue(receivers[i].Target.Value + shares[i].Value));
            }
        }

        var goals = new List<Goal>(tree.Goals.Count + 1);
        foreach (Goal goal in tree.Goals)
        {
            goals.Add(replaced.TryGetValue(goal.Id, out Goal? updated) ? updated : goal);
            if (created is not null && goal.Id == Goal)
            {
                goals.Add(created);
            }
        }

        return tree.WithGoals(goals);
    }
}
