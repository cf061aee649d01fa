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

    /// <summary>
    /// Applies the departure in phases: <see cref="Check"/> (every problem at once, giving a plan of goal positions),
    /// one roll-up of the actuals up to the last day, <see cref="Close"/> (the leaving goal and its sub-periods) and
    /// <see cref="HandOver"/> (the rest of the target to the successor or the receivers); then the new tree.
    /// </summary>
    internal GoalTree Apply(GoalTree tree, ActualsLedger actuals)
    {
        Plan plan = Check(tree, actuals);
        GoalProgress[] progress = [.. tree.Evaluate(actuals, LastDay).Goals];
        var changes = new Changes(tree);
        decimal remaining = Close(tree, plan, progress, changes);
        HandOver(tree, plan, remaining, changes);
        return changes.ToTree(tree, plan.Leaving);
    }

    /// <summary>Phase 1: everything that can be wrong with the departure, reported together.</summary>
    private Plan Check(GoalTree tree, ActualsLedger actuals)
    {
        const string path = "departure";
        var problems = new ProblemCollector();
        if (!tree.TryGet(Goal, out Goal? leaving))
        {
            problems.Error(ProblemPath.Join(path, "goal"), GoalProblemCodes.DepartureUnknownGoal, $"There is no goal {Goal} in the tree.", Goal.Value);
            problems.ThrowIfErrors();
        }

        int leavingAt = tree.IndexOf(Goal);
        CheckLeaving(tree, leavingAt, actuals, problems);
        int parentAt = tree.ParentIndices[leavingAt];
        int existingAt = -1;
        int[] receivers = [];
        if (SuccessorGoal is GoalId successorId)
        {
            existingAt = CheckSuccessor(tree, leavingAt, successorId, problems);
        }
        else
        {
            receivers = FindReceivers(tree, leavingAt, parentAt, problems);
        }

        problems.ThrowIfErrors();
        return new Plan(leavingAt, parentAt, existingAt, receivers);
    }

    private void CheckLeaving(GoalTree tree, int leavingAt, ActualsLedger actuals, ProblemCollector problems)
    {
        const string path = "departure";
        Goal leaving = tree.Goals[leavingAt];
        if (!IsOwnersOwn(tree, leavingAt))
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
    }

    /// <summary>The position of an existing successor goal, or -1 for a new one; reports a successor that cannot take over.</summary>
    private int CheckSuccessor(GoalTree tree, int leavingAt, GoalId successorId, ProblemCollector problems)
    {
        string path = ProblemPath.Join("departure", "successorGoal");
        Goal leaving = tree.Goals[leavingAt];
        if (SuccessorOwner is not null)
        {
            if (tree.Contains(successorId))
            {
                problems.Error(path, GoalProblemCodes.DepartureSuccessorExists, $"The goal identifier {successorId} is already used.", successorId.Value);
            }

            return -1;
        }

        if (!tree.TryGet(successorId, out Goal? existing))
        {
            problems.Error(path, GoalProblemCodes.DepartureUnknownGoal, $"There is no goal {successorId} in the tree.", successorId.Value);
            return -1;
        }

        int existingAt = tree.IndexOf(successorId);
        if (!IsOwnersOwn(tree, existingAt) || !existing.Target.Unit.Equals(leaving.Target.Unit) || existing.ParentId != leaving.ParentId || existing.Id == leaving.Id || existing.Period.End <= LastDay)
        {
            problems.Error(path, GoalProblemCodes.DepartureSuccessorNotSibling, $"The successor goal {successorId} must be another open goal under the same parent, in the same unit, with no goals below it owned by others.", successorId.Value);
        }

        return existingAt;
    }

    /// <summary>The other open goals under the same parent, in the same unit, that can take over the target.</summary>
    private int[] FindReceivers(GoalTree tree, int leavingAt, int parentAt, ProblemCollector problems)
    {
        string path = ProblemPath.Join("departure", "goal");
        if (parentAt < 0)
        {
            problems.Error(path, GoalProblemCodes.DepartureNoParent, $"The goal {Goal} has no parent, so there are no other goals to take over its target.", Goal.Value);
            return [];
        }

        MeasurementUnit unit = tree.Goals[leavingAt].Target.Unit;
        int[] receivers = [.. tree.ChildIndices[parentAt].Where(r => r != leavingAt && IsOwnersOwn(tree, r) && tree.Goals[r].Period.End > LastDay && tree.Goals[r].Target.Unit.Equals(unit))];
        if (receivers.Length == 0)
        {
            problems.Error(path, GoalProblemCodes.DepartureNoReceivers, $"No other open goal under {tree.Goals[parentAt].Id} can take over the target of {Goal}.", Goal.Value);
        }

        return receivers;
    }

    /// <summary>
    /// Phase 2: closes the leaving goal on the last day with what it achieved (never more than its target); its later
    /// sub-periods go, the others keep what they achieved. Returns the rest of the target.
    /// </summary>
    private decimal Close(GoalTree tree, Plan plan, GoalProgress[] progress, Changes changes)
    {
        Goal leaving = tree.Goals[plan.Leaving];
        decimal kept = Math.Min(progress[plan.Leaving].Actual, leaving.Target.Value);
        var closedPeriod = new DateInterval(leaving.Period.Start, LastDay);
        if (leaving.IsLeaf)
        {
            changes.Replace(plan.Leaving, leaving.With(target: leaving.Target.WithValue(kept), period: closedPeriod));
            return leaving.Target.Value - kept;
        }

        int[] subPeriods = tree.ChildIndices[plan.Leaving];
        int[] staying = [.. subPeriods.Where(m => tree.Goals[m].Period.Start <= LastDay)];
        foreach (int m in subPeriods.Where(m => tree.Goals[m].Period.Start > LastDay))
        {
            changes.Remove(m);
        }

        IReadOnlyList<Target> keptParts = SplitByWeights(leaving.Target.WithValue(kept), [.. staying.Select(m => progress[m].Actual)]);
        for (int i = 0; i < staying.Length; i++)
        {
            Goal m = tree.Goals[staying[i]];
            changes.Replace(staying[i], m.With(target: keptParts[i], period: m.Period.End > LastDay ? new DateInterval(m.Period.Start, LastDay) : null));
        }

        changes.Replace(plan.Leaving, leaving.With(target: leaving.Target.WithValue(kept), period: closedPeriod, childIds: [.. staying.Select(m => tree.Goals[m].Id)]));
        return leaving.Target.Value - kept;
    }

    /// <summary>Phase 3: the rest of the target to an existing successor, a new successor goal, or the receivers.</summary>
    private void HandOver(GoalTree tree, Plan plan, decimal remaining, Changes changes)
    {
        Goal leaving = tree.Goals[plan.Leaving];
        if (plan.Existing >= 0)
        {
            AddTo(tree, plan.Existing, remaining, changes);
        }
        else if (SuccessorOwner is PartyId owner && SuccessorGoal is GoalId newId)
        {
            changes.Created = new Goal(newId, newId.Value, owner, leaving.Target.WithValue(remaining), new DateInterval(LastDay.PlusDays(1), leaving.Period.End), leaving.ParentId, leaving.WorkItem, []);
            if (plan.Parent >= 0)
            {
                Goal parent = tree.Goals[plan.Parent];
                List<GoalId> kids = [.. parent.ChildIds];
                kids.Insert(kids.IndexOf(Goal) + 1, newId);
                changes.Replace(plan.Parent, parent.With(childIds: [.. kids]));
            }
        }
        else
        {
            IReadOnlyList<Target> shares = SplitByWeights(leaving.Target.WithValue(remaining), [.. plan.Receivers.Select(r => tree.Goals[r].Target.Value)]);
            for (int i = 0; i < plan.Receivers.Length; i++)
            {
                AddTo(tree, plan.Receivers[i], shares[i].Value, changes);
            }
        }
    }

    /// <summary>Adds to a receiver's target; its own open sub-periods take the amount in proportion to their targets (their seasonality).</summary>
    private void AddTo(GoalTree tree, int receiverAt, decimal amount, Changes changes)
    {
        Goal receiver = tree.Goals[receiverAt];
        changes.Replace(receiverAt, receiver.With(target: receiver.Target.WithValue(receiver.Target.Value + amount)));
        if (receiver.IsLeaf)
        {
            return;
        }

        int[] open = [.. tree.ChildIndices[receiverAt].Where(m => tree.Goals[m].Period.End > LastDay)];
        IReadOnlyList<Target> parts = SplitByWeights(receiver.Target.WithValue(amount), [.. open.Select(m => tree.Goals[m].Target.Value)]);
        for (int i = 0; i < open.Length; i++)
        {
            Goal m = tree.Goals[open[i]];
            changes.Replace(open[i], m.With(target: m.Target.WithValue(m.Target.Value + parts[i].Value)));
        }
    }

    /// <summary>Splits by non-negative weights, or equally when none is positive.</summary>
    private IReadOnlyList<Target> SplitByWeights(Target total, decimal[] weights)
    {
        bool anyPositive = weights.Any(w => w > 0);
        return TargetDecomposition.ByWeights(total, [.. weights.Select(w => anyPositive ? Math.Max(w, 0m) : 1m)], Method);
    }

    /// <summary>A leaf, or a goal whose goals below are all its owner's own leaf sub-periods (such as a monthly split).</summary>
    private static bool IsOwnersOwn(GoalTree tree, int at)
    {
        Goal goal = tree.Goals[at];
        return Array.TrueForAll(tree.ChildIndices[at], c => tree.Goals[c].IsLeaf && tree.Goals[c].Owner == goal.Owner);
    }

    /// <summary>What the departure decided, as positions in the tree's goals (-1 for none).</summary>
    private sealed record Plan(int Leaving, int Parent, int Existing, int[] Receivers);

    /// <summary>The goals replaced, removed and created, applied in one pass over the tree.</summary>
    private sealed class Changes
    {
        private readonly Goal?[] _replaced;
        private readonly bool[] _removed;

        public Changes(GoalTree tree)
        {
            _replaced = new Goal?[tree.Goals.Count];
            _removed = new bool[tree.Goals.Count];
        }

        public Goal? Created { get; set; }

        public void Replace(int at, Goal goal) => _replaced[at] = goal;

        public void Remove(int at) => _removed[at] = true;

        public GoalTree ToTree(GoalTree tree, int createdAfter)
        {
            var goals = new List<Goal>(tree.Goals.Count + 1);
            for (int i = 0; i < tree.Goals.Count; i++)
            {
                if (_removed[i])
                {
                    continue;
                }

                goals.Add(_replaced[i] ?? tree.Goals[i]);
                if (Created is not null && i == createdAfter)
                {
                    goals.Add(Created);
                }
            }

            return tree.WithGoals(goals);
        }
    }
}
