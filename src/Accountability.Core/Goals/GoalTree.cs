using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// A validated tree (or forest) of goals: company → region → team → rep, any depth, each with an owner, a target and
/// a period. Holds the owners' acknowledgments of their targets. Built by <see cref="GoalTreeBuilder"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="Acknowledge"/> and <see cref="Redistribute"/> return new trees. Goals are
/// listed depth first from the roots: every parent before its children, siblings in the order they were declared.
/// </remarks>
public sealed class GoalTree
{
    private readonly GoalColumns _goals;

    // Identifier text -> place in _goals, or, when _positions is given, -> the builder's node, whose place is
    // _positions[node] (-1 when left out): the builder hands over the dictionary it made anyway, without rewriting it.
    // Keyed by text so that the dictionary hashes with its fast string comparer.
    private readonly Dictionary<string, int> _index;
    private readonly int[]? _positions;
    private readonly ImmutableDictionary<GoalId, TargetAcknowledgment> _acknowledgments;
    private readonly Problem[] _notes;

    /// <summary>A tree from goals in order (parents first), each goal's children found by identifier.</summary>
    internal GoalTree(IEnumerable<Goal> goals, ImmutableDictionary<GoalId, TargetAcknowledgment> acknowledgments, Problem[] notes)
    {
        Goal[] array = [.. goals];
        _index = new Dictionary<string, int>(array.Length);
        for (int i = 0; i < array.Length; i++)
        {
            _index[array[i].Id.Value] = i;
        }

        var children = new int[array.Length][];
        var parents = new int[array.Length];
        Array.Fill(parents, -1);
        for (int i = 0; i < array.Length; i++)
        {
            IReadOnlyList<GoalId> kids = array[i].ChildIds;
            var indices = new int[kids.Count];
            for (int j = 0; j < indices.Length; j++)
            {
                indices[j] = _index[kids[j].Value];
                parents[indices[j]] = i;
            }

            children[i] = indices;
        }

        _goals = new GoalColumns(array, children, parents);
        _acknowledgments = acknowledgments;
        _notes = notes;
    }

    /// <summary>
    /// A tree over the builder's columns, with each goal's node by identifier and each node's position (the tree takes
    /// them over and never changes them).
    /// </summary>
    internal GoalTree(GoalColumns goals, Dictionary<string, int> index, int[]? positions, ImmutableDictionary<GoalId, TargetAcknowledgment> acknowledgments, Problem[] notes)
    {
        _goals = goals;
        _index = index;
        _positions = positions;
        _acknowledgments = acknowledgments;
        _notes = notes;
    }

    /// <summary>The children of each goal as positions in <see cref="Goals"/>.</summary>
    internal int[][] ChildIndices => _goals.Children;

    /// <summary>The parent of each goal as a position in <see cref="Goals"/>, or -1 for a root (always before the goal).</summary>
    internal int[] ParentIndices => _goals.Parents;

    /// <summary>The goals as columns, for the tree's own passes (which then need not make every goal).</summary>
    internal GoalColumns Columns => _goals;

    /// <summary>Gets every goal, depth first: parents before children, siblings in declaration order.</summary>
    public IReadOnlyList<Goal> Goals => _goals;

    /// <summary>Gets the goals without a parent.</summary>
    public IReadOnlyList<Goal> Roots => [.. _goals.Where(g => g.ParentId is null)];

    /// <summary>Gets the goals without children.</summary>
    public IReadOnlyList<Goal> Leaves => [.. _goals.Where(g => g.IsLeaf)];

    /// <summary>Gets the warnings found when the tree was built (such as children that do not add up to their parent).</summary>
    public IReadOnlyList<Problem> Notes => _notes;

    /// <summary>Gets the acknowledgments recorded, in goal order.</summary>
    public IReadOnlyList<TargetAcknowledgment> Acknowledgments => [.. _goals.Where(g => _acknowledgments.ContainsKey(g.Id)).Select(g => _acknowledgments[g.Id])];

    /// <summary>Gets a goal.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    public Goal this[GoalId id] => TryGet(id, out Goal? goal) ? goal : throw new ArgumentException($"There is no goal {id} in the tree.", nameof(id));

    /// <summary>Tells whether the tree has a goal.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(GoalId id) => TryIndexOf(id, out _);

    /// <summary>Looks a goal up.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <param name="goal">The goal, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(GoalId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Goal? goal)
    {
        if (TryIndexOf(id, out int i))
        {
            goal = _goals[i];
            return true;
        }

        goal = null;
        return false;
    }

    /// <summary>Gets a goal's children, in declaration order.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <returns>The children.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    public IReadOnlyList<Goal> ChildrenOf(GoalId id) => [.. this[id].ChildIds.Select(c => _goals[IndexOf(c)])];

    /// <summary>Gets a goal and all goals below it, parents before children.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <returns>The goal and its descendants.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    public IReadOnlyList<Goal> Subtree(GoalId id)
    {
        var result = new List<Goal>();
        var stack = new Stack<Goal>();
        stack.Push(this[id]);
        while (stack.Count > 0)
        {
            Goal goal = stack.Pop();
            result.Add(goal);
            for (int i = goal.ChildIds.Count - 1; i >= 0; i--)
            {
                stack.Push(_goals[IndexOf(goal.ChildIds[i])]);
            }
        }

        return result;
    }

    /// <summary>Gets the goals above a goal, nearest first.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <returns>The ancestors.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    public IReadOnlyList<Goal> AncestorsOf(GoalId id)
    {
        var result = new List<Goal>();
        GoalId? cursor = this[id].ParentId;
        while (cursor is GoalId parent)
        {
            Goal goal = _goals[IndexOf(parent)];
            result.Add(goal);
            cursor = goal.ParentId;
        }

        return result;
    }

    /// <summary>Records that a goal's owner acknowledged (accepted or objected to) its current target.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="by">Who acknowledges; must be the goal's owner.</param>
    /// <param name="at">When (from the application's <see cref="IClock"/>).</param>
    /// <param name="comment">An optional comment; required for an objection.</param>
    /// <param name="objection"><see langword="true"/> when the owner objects to the target.</param>
    /// <returns>A new tree with the acknowledgment (replacing any earlier one for the goal).</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    /// <exception cref="AccountabilityException"><paramref name="by"/> is not the owner, or an objection has no comment.</exception>
    public GoalTree Acknowledge(GoalId goal, PartyId by, Instant at, string? comment = null, bool objection = false)
    {
        Goal target = this[goal];
        var problems = new ProblemCollector();
        string path = ProblemPath.Join(GoalTreeBuilder.GoalPath(goal), "acknowledgment");
        if (by != target.Owner)
        {
            problems.Error(ProblemPath.Join(path, "by"), GoalProblemCodes.AcknowledgmentNotOwner, $"Only the goal's owner {target.Owner} can acknowledge its target; {by} cannot.", by.Value);
        }

        if (objection && string.IsNullOrWhiteSpace(comment))
        {
            problems.Error(ProblemPath.Join(path, "comment"), GoalProblemCodes.AcknowledgmentObjectionWithoutComment, "An objection needs a comment saying what is objected to.");
        }

        problems.ThrowIfErrors();
        var record = new TargetAcknowledgment(goal, by, at, target.Target, string.IsNullOrWhiteSpace(comment) ? null : comment, objection);
        return new GoalTree(_goals, _index, _positions, _acknowledgments.SetItem(goal, record), _notes);
    }

    /// <summary>
    /// Gets the current acknowledgment of a goal's target, if its owner acknowledged the target it has now. A goal
    /// the owner did not acknowledge by itself is covered by the owner's current acknowledgment of the goal above it
    /// when both have the same owner (so acknowledging a yearly target covers its monthly split).
    /// </summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The acknowledgment, or <see langword="null"/> when there is none or it was for an earlier target.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    public TargetAcknowledgment? AcknowledgmentOf(GoalId goal)
    {
        // Up the chain of goals with the same owner, without recursion (chains may be any length).
        int i = TryIndexOf(goal, out int found) ? found : throw new ArgumentException($"There is no goal {goal} in the tree.", nameof(goal));
        while (true)
        {
            if (OwnAcknowledgment(i) is TargetAcknowledgment ack)
            {
                return ack;
            }

            int parent = ParentIndices[i];
            if (parent < 0 || _goals.OwnerAt(parent) != _goals.OwnerAt(i))
            {
                return null;
            }

            i = parent;
        }
    }

    /// <summary>Gets the goals whose owners have not acknowledged their current target, in goal order.</summary>
    /// <returns>The goals.</returns>
    /// <remarks>One pass over the tree: parents come before children, so each goal's inherited acknowledgment is known when it is reached.</remarks>
    public IReadOnlyList<Goal> Unacknowledged()
    {
        var covered = new bool[_goals.Count];
        var result = new List<Goal>();
        for (int i = 0; i < _goals.Count; i++)
        {
            int parent = ParentIndices[i];
            covered[i] = OwnAcknowledgment(i) is not null || (parent >= 0 && covered[parent] && _goals.OwnerAt(parent) == _goals.OwnerAt(i));
            if (!covered[i])
            {
                result.Add(_goals[i]);
            }
        }

        return result;
    }

    /// <summary>Gets the goals whose owners objected to their current target (on the goal itself), in goal order.</summary>
    /// <returns>The goals.</returns>
    public IReadOnlyList<Goal> Objected() =>
        [.. _goals.Where(g => _acknowledgments.TryGetValue(g.Id, out TargetAcknowledgment? ack) && ack.IsObjection && ack.Target.Equals(g.Target) && ack.Owner == g.Owner)];

    /// <summary>Gets the owners with at least one goal whose current target they have not acknowledged, ordered by identifier.</summary>
    /// <returns>The owners.</returns>
    public IReadOnlyList<PartyId> OwnersWithoutAcknowledgment() => [.. Unacknowledged().Select(g => g.Owner).Distinct().Order()];

    /// <summary>Rolls actuals up the tree as of a date: actual, attainment and each child's contribution for every goal.</summary>
    /// <param name="actuals">The actuals recorded.</param>
    /// <param name="asOf">Only actuals dated on or before this date count.</param>
    /// <returns>The progress of every goal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actuals"/> is null.</exception>
    /// <exception cref="AccountabilityException">An actual names an unknown goal, falls outside its goal's period, is off the unit's grid, or cannot be placed on one leaf; all are listed. Also when actuals add up beyond the range of <see cref="decimal"/>.</exception>
    public GoalProgressReport Evaluate(ActualsLedger actuals, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        return GoalRollUp.Evaluate(this, actuals, asOf);
    }

    /// <summary>
    /// Re-decomposes a target mid-period when its owner leaves: the leaving goal closes on the last day with a target
    /// equal to what it achieved (never more than its target), and the rest of its target goes to the others (or to a
    /// successor), so the parent's target and every recorded actual stay as they were.
    /// </summary>
    /// <param name="departure">Who leaves, when, and who takes over.</param>
    /// <param name="actuals">The actuals recorded, to know what was achieved.</param>
    /// <returns>A new tree. Acknowledgments of changed targets are no longer current.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AccountabilityException">The departure cannot be applied; all problems are listed.</exception>
    public GoalTree Redistribute(Departure departure, ActualsLedger actuals)
    {
        ArgumentNullException.ThrowIfNull(departure);
        ArgumentNullException.ThrowIfNull(actuals);
        try
        {
            return departure.Apply(this, actuals);
        }
        catch (OverflowException ex)
        {
            throw new AccountabilityException(
                [new Problem("departure", GoalProblemCodes.DepartureOverflow, $"Moving the rest of the target of {departure.Goal} to others goes beyond the range of decimal.", ProblemSeverity.Error, departure.Goal.Value)],
                ex);
        }
    }

    internal int IndexOf(GoalId id) => TryIndexOf(id, out int index) ? index : throw new KeyNotFoundException($"There is no goal {id} in the tree.");

    internal bool TryIndexOf(GoalId id, out int index)
    {
        if (!_index.TryGetValue(id.Value, out index))
        {
            return false;
        }

        if (_positions is not null)
        {
            index = _positions[index];
        }

        return index >= 0;
    }

    /// <summary>The goal's own acknowledgment, when it is for its current target and owner.</summary>
    private TargetAcknowledgment? OwnAcknowledgment(int i)
    {
        return !_acknowledgments.IsEmpty
            && _acknowledgments.TryGetValue(_goals.IdAt(i), out TargetAcknowledgment? ack)
            && ack.Target.Value == _goals.TargetValueAt(i) && ack.Target.Unit.Equals(_goals.UnitAt(i))
            && ack.Owner == _goals.OwnerAt(i) ? ack : null;
    }

    internal GoalTree WithGoals(IEnumerable<Goal> goals) => new(goals, _acknowledgments, _notes);
}
