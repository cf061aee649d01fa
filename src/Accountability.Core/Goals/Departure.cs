using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// A goal owner leaving mid-period, and who takes over the rest of the target: the other open leaf goals under the
/// same parent (in proportion to their targets) or a named successor. Applied by <see cref="GoalTree.Redistribute"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The leaving goal must have a summed unit (money, count or quantity) and be a leaf or
/// have only its owner's own sub-periods below it (such as a monthly split). It is closed on <see cref="LastDay"/>:
/// its target becomes what it achieved by then (never more than its target), its later sub-periods are removed and
/// the remaining ones keep what they achieved. The rest of its target moves to the receivers in proportion to their
/// targets; a receiver with a monthly split spreads its share over its open months in proportion to their targets.
/// Every parent's target and every recorded actual stay unchanged.
/// </remarks>
public sealed class Departure
{
    private Departure(GoalId goal, LocalDate lastDay, ApportionmentMethod method, GoalId? successorGoal, PartyId? successorOwner)
    {
        Identifier.ThrowIfDefault(goal, "A goal identifier is required.", nameof(goal));

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
        Identifier.ThrowIfDefault(successorGoal, "A goal identifier is required.", nameof(successorGoal));

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
        Identifier.ThrowIfDefault(successorGoal, "A goal identifier is required.", nameof(successorGoal));

        Identifier.ThrowIfDefault(successor, "A successor is required.", nameof(successor));

        return new(goal, lastDay, ApportionmentMethod.LargestRemainder, successorGoal, successor);
    }

    internal GoalTree Apply(GoalTree tree, ActualsLedger actuals)
    {
        const string path = "departure";
        var problems = new ProblemCollector();
        if (!tree.TryGet(Goal, out Goal? leaving))
        {
            problems.Error(ProblemPath.Join(path, "goal"), GoalProblemCodes.DepartureUnknownGoal, $"There is no goal {Goal} in the tree.", Goal.Value);
            problems.ThrowIfErrors();
            return tree;
        }

        if (!IsOwnersOwn(tree, leaving))
        {
            problems.Error(ProblemPath.Join(path, "goal"), GoalProblemCodes.DepartureNotLeaf, $"The goal {Goal} has goals below it owned by others; apply the departure to those goals.", Goal.Value);
        }

        if (leaving.Target.Unit.IsRate)
        {
            problems.Error(ProblemPath.Join(path, "goal"), GoalProblemCodes.DepartureRate, "A rate target is not redistributed: each goal keeps its rate.", Goal.Value);
        }

        if (LastDay < leaving.Period.Start || LastDay >= leaving.Period.End)
        {
            problems.Error(ProblemPath.Join(path, "lastDay"), GoalProblemCodes.DepartureLastDay, $"The last day {GoalText.Date(LastDay)} must fall within {GoalText.Period(leaving.Period)} and before its end.", GoalText.Date(LastDay));
        }

        HashSet<GoalId> own = [.. tree.Subtree(Goal).Select(g => g.Id)];
        if (actuals.Entries.Any(e => own.Contains(e.Goal) && e.Date > LastDay))
        {
            problems.Error(ProblemPath.Join(path, "lastDay"), GoalProblemCodes.DepartureActualsAfterLastDay, $"The goal {Goal} has actuals after the last day {GoalText.Date(LastDay)}; they would fall outside its shortened period.", GoalText.Date(LastDay));
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
                    problems.Error(ProblemPath.Join(path, "successorGoal"), GoalProblemCodes.DepartureUnknownGoal, $"There is no goal {successorId} in the tree.", successorId.Value);
                }
                else if (!IsOwnersOwn(tree, existing) || !existing.Target.Unit.Equals(leaving.Target.Unit) || existing.ParentId != leaving.ParentId || existing.Id == leaving.Id || existing.Period.End <= LastDay)
                {
                    problems.Error(ProblemPath.Join(path, "successorGoal"), GoalProblemCodes.DepartureSuccessorNotSibling, $"The successor goal {successorId} must be another open goal under the same parent, in the same unit, with no goals below it owned by others.", successorId.Value);
                }
            }
            else if (tree.Contains(successorId))
            {
                problems.Error(ProblemPath.Join(path, "successorGoal"), GoalProblemCodes.DepartureSuccessorExists, $"The goal identifier {successorId} is already used.", successorId.Value);
            }
        }
        else
        {
            if (parent is null)
            {
                problems.Error(ProblemPath.Join(path, "goal"), GoalProblemCodes.DepartureNoParent, $"The goal {Goal} has no parent, so there are no other goals to take over its target.", Goal.Value);
            }
            else
            {
                receivers = [.. tree.ChildrenOf(parent.Id).Where(g => g.Id != Goal && IsOwnersOwn(tree, g) && g.Period.End > LastDay && g.Target.Unit.Equals(leaving.Target.Unit))];
                if (receivers.Length == 0)
                {
                    problems.Error(ProblemPath.Join(path, "goal"), GoalProblemCodes.DepartureNoReceivers, $"No other open goal under {parent.Id} can take over the target of {Goal}.", Goal.Value);
                }
            }
        }

        problems.ThrowIfErrors();

        GoalProgressReport progress = tree.Evaluate(actuals, LastDay);
        decimal achieved = progress[Goal].Actual;
        decimal kept = Math.Min(achieved, leaving.Target.Value);
        decimal remaining = leaving.Target.Value - kept;
        var replaced = new Dictionary<GoalId, Goal>();
        var removed = new HashSet<GoalId>();
        var closedPeriod = new DateInterval(leaving.Period.Start, LastDay);
        if (leaving.IsLeaf)
        {
            replaced[Goal] = leaving.With(target: leaving.Target.WithValue(kept), period: closedPeriod);
        }
        else
        {
            // The owner's own sub-periods: later ones go; the rest keep what they achieved (scaled to what is kept).
            Goal[] subPeriods = [.. tree.ChildrenOf(Goal)];
            Goal[] staying = [.. subPeriods.Where(m => m.Period.Start <= LastDay)];
            removed.UnionWith(subPeriods.Where(m => m.Period.Start > LastDay).Select(m => m.Id));
            IReadOnlyList<Target> keptParts = SplitByWeights(leaving.Target.WithValue(kept), [.. staying.Select(m => progress[m.Id].Actual)]);
            for (int i = 0; i < staying.Length; i++)
            {
                Goal m = staying[i];
                replaced[m.Id] = m.With(target: keptParts[i], period: m.Period.End > LastDay ? new DateInterval(m.Period.Start, LastDay) : null);
            }

            replaced[Goal] = leaving.With(target: leaving.Target.WithValue(kept), period: closedPeriod, childIds: [.. staying.Select(m => m.Id)]);
        }

        Goal? created = null;
        if (existing is not null)
        {
            AddTo(existing, remaining);
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
            IReadOnlyList<Target> shares = SplitByWeights(leaving.Target.WithValue(remaining), [.. receivers.Select(r => r.Target.Value)]);
            for (int i = 0; i < receivers.Length; i++)
            {
                AddTo(receivers[i], shares[i].Value);
            }
        }

        var goals = new List<Goal>(tree.Goals.Count + 1);
        foreach (Goal goal in tree.Goals)
        {
            if (removed.Contains(goal.Id))
            {
                continue;
            }

            goals.Add(replaced.TryGetValue(goal.Id, out Goal? updated) ? updated : goal);
            if (created is not null && goal.Id == Goal)
            {
                goals.Add(created);
            }
        }

        return tree.WithGoals(goals);

        void AddTo(Goal receiver, decimal amount)
        {
            replaced[receiver.Id] = receiver.With(target: receiver.Target.WithValue(receiver.Target.Value + amount));
            if (receiver.IsLeaf)
            {
                return;
            }

            // The receiver's own open sub-periods take the amount in proportion to their targets (their seasonality).
            Goal[] open = [.. tree.ChildrenOf(receiver.Id).Where(m => m.Period.End > LastDay)];
            IReadOnlyList<Target> parts = SplitByWeights(receiver.Target.WithValue(amount), [.. open.Select(m => m.Target.Value)]);
            for (int i = 0; i < open.Length; i++)
            {
                replaced[open[i].Id] = open[i].With(target: open[i].Target.WithValue(open[i].Target.Value + parts[i].Value));
            }
        }
    }

    /// <summary>Splits by non-negative weights, or equally when none is positive.</summary>
    private IReadOnlyList<Target> SplitByWeights(Target total, decimal[] weights)
    {
        bool anyPositive = weights.Any(w => w > 0);
        return TargetDecomposition.ByWeights(total, [.. weights.Select(w => anyPositive ? Math.Max(w, 0m) : 1m)], Method);
    }

    /// <summary>A leaf, or a goal whose goals below are all its owner's own leaf sub-periods (such as a monthly split).</summary>
    private static bool IsOwnersOwn(GoalTree tree, Goal goal) =>
        goal.IsLeaf || tree.ChildrenOf(goal.Id).All(c => c.IsLeaf && c.Owner == goal.Owner);
}
