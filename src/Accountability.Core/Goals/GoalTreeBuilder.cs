using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// Builds a <see cref="GoalTree"/> (company → region → team → rep, any depth): goals with explicit targets, children
/// whose targets are split from their parent's, and monthly children split by a seasonality profile. Everything is
/// validated at <see cref="Build"/>, which reports all problems at once.
/// </summary>
/// <remarks>
/// Not thread-safe; use one builder from one thread. After <see cref="Build"/> succeeds the builder refuses further
/// changes. Problems reported: duplicate identifiers, unknown parents, cycles, a child period outside its parent's,
/// a unit or currency that differs from the parent's, and every split problem (negative or all-zero weights,
/// minimums above the total, ...), each with a path such as <c>goals[emea].period</c>. A warning (not an error) notes
/// children whose targets do not add up to their parent's.
/// </remarks>
public sealed class GoalTreeBuilder
{
    private readonly List<Declared> _declared = [];
    private readonly List<SplitDeclaration> _splits = [];
    private readonly List<MonthlyDeclaration> _monthly = [];
    private bool _built;

    /// <summary>Adds a goal with an explicit target.</summary>
    /// <param name="id">The goal's identifier.</param>
    /// <param name="owner">The owner.</param>
    /// <param name="target">The target.</param>
    /// <param name="period">The period (dates inclusive).</param>
    /// <param name="parent">The parent goal, or <see langword="null"/> for a root.</param>
    /// <param name="name">A display name, or <see langword="null"/> to use the identifier.</param>
    /// <param name="workItem">The work item this goal stands for, if any.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="owner"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The tree was already built.</exception>
    public GoalTreeBuilder Add(GoalId id, PartyId owner, Target target, DateInterval period, GoalId? parent = null, string? name = null, WorkItemId? workItem = null)
    {
        RequireOpen();
        RequireId(id, nameof(id));
        Identifier.ThrowIfDefault(owner, "An owner is required.", nameof(owner));

        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(period);
        if (parent is GoalId p)
        {
            RequireId(p, nameof(parent));
        }

        _declared.Add(new Declared(id, owner, target, period, parent, name ?? id.Value, workItem, null));
        return this;
    }

    /// <summary>Adds children whose targets are split from the parent's target when the tree is built.</summary>
    /// <param name="parent">The parent goal.</param>
    /// <param name="children">The children, each with its part of the split.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="children"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">The tree was already built.</exception>
    public GoalTreeBuilder AddSplit(GoalId parent, IEnumerable<PlannedGoal> children, ApportionmentMethod method = ApportionmentMethod.LargestRemainder)
    {
        RequireOpen();
        RequireId(parent, nameof(parent));
        ArgumentNullException.ThrowIfNull(children);
        TargetDecomposition.RequireMethod(method);
        PlannedGoal[] copy = [.. children];
        if (Array.Exists(copy, c => c is null))
        {
            throw new ArgumentNullException(nameof(children), "A child is null.");
        }

        int split = _splits.Count;
        _splits.Add(new SplitDeclaration(parent, copy, method));
        foreach (PlannedGoal child in copy)
        {
            _declared.Add(new Declared(child.Id, child.Owner, null, child.Period, parent, child.Name ?? child.Id.Value, child.WorkItem, split));
        }

        return this;
    }

    /// <summary>
    /// Adds one child per month of the parent's period, owned by the parent's owner, with the parent's target split by
    /// a seasonality profile. Children are named <c>{parent}/{yyyy-MM}</c> unless <paramref name="idForMonth"/> says otherwise.
    /// </summary>
    /// <param name="parent">The parent goal.</param>
    /// <param name="profile">One percentage per month; <see langword="null"/> for equal months.</param>
    /// <param name="method">How indivisible units are handed out.</param>
    /// <param name="idForMonth">Makes a child's identifier from the parent's identifier and the month's period.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">The tree was already built.</exception>
    public GoalTreeBuilder AddMonthlySplit(GoalId parent, SeasonalityProfile? profile = null, ApportionmentMethod method = ApportionmentMethod.LargestRemainder, Func<GoalId, DateInterval, GoalId>? idForMonth = null)
    {
        RequireOpen();
        RequireId(parent, nameof(parent));
        TargetDecomposition.RequireMethod(method);
        _monthly.Add(new MonthlyDeclaration(parent, profile, method, idForMonth ?? DefaultMonthId));
        return this;
    }

    /// <summary>Validates everything without building or throwing: the errors and warnings <see cref="Build"/> would report.</summary>
    /// <returns>The problems, empty when the tree can be built without notes.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        Assemble(_declared, _splits, _monthly, out IReadOnlyList<Problem> problems);
        return [.. problems];
    }

    /// <summary>Validates everything and builds the tree.</summary>
    /// <returns>The tree.</returns>
    /// <exception cref="AccountabilityException">Any problem; all of them are listed.</exception>
    /// <exception cref="InvalidOperationException">The tree was already built.</exception>
    public GoalTree Build()
    {
        RequireOpen();
        GoalTree tree = Assemble(_declared, _splits, _monthly, out IReadOnlyList<Problem> problems);
        AccountabilityException.ThrowIfAnyError(problems);
        _built = true;
        return tree;
    }

    internal static GoalId DefaultMonthId(GoalId parent, DateInterval month) =>
        new(parent.Value + "/" + month.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    internal static string GoalPath(GoalId id) => ProblemPath.Key("goals", id.Value);

    private static void RequireId(GoalId id, string name)
    {
        Identifier.ThrowIfDefault(id, "A goal identifier is required.", name);
    }

    private void RequireOpen()
    {
        if (_built)
        {
            throw new InvalidOperationException("The goal tree was already built; start a new builder for changes.");
        }
    }

    private static GoalTree Assemble(List<Declared> declared, List<SplitDeclaration> splits, List<MonthlyDeclaration> monthly, out IReadOnlyList<Problem> problemList)
    {
        var problems = new ProblemCollector();
        var nodes = new Dictionary<GoalId, Node>(declared.Count);
        var order = new List<Node>(declared.Count);

        void Declare(Node node)
        {
            if (nodes.ContainsKey(node.Id))
            {
                problems.Error(GoalPath(node.Id), GoalProblemCodes.GoalDuplicateId, $"The goal identifier {node.Id} is used more than once.", node.Id.Value);
                return;
            }

            nodes.Add(node.Id, node);
            order.Add(node);
        }

        foreach (Declared d in declared)
        {
            Declare(new Node(d));
        }

        // Resolve from the roots down, so split children can take their parent's target and period.
        var children = new Dictionary<GoalId, List<Node>>(splits.Count + monthly.Count + 16);
        foreach (Node node in order)
        {
            if (node.Parent is GoalId parent)
            {
                if (!children.TryGetValue(parent, out List<Node>? list))
                {
                    children[parent] = list = [];
                }

                list.Add(node);
            }
        }

        var monthlyByParent = monthly.GroupBy(m => m.Parent).ToDictionary(g => g.Key, g => g.ToList());
        var queue = new Queue<Node>(order.Where(n => n.Parent is null));
        var splitDone = new bool[splits.Count];
        while (queue.Count > 0)
        {
            Node node = queue.Dequeue();
            node.Reached = true;
            if (node.Target is null || node.Period is null)
            {
                continue;
            }

            if (monthlyByParent.TryGetValue(node.Id, out List<MonthlyDeclaration>? months))
            {
                foreach (MonthlyDeclaration m in months)
                {
                    PeriodTarget[]? parts = TargetDecomposition.TryOverMonths(node.Target, node.Period, m.Profile, m.Method, ProblemPath.Join(GoalPath(node.Id), "seasonality"), problems);
                    foreach (PeriodTarget part in parts ?? [])
                    {
                        var child = new Node(new Declared(m.IdForMonth(node.Id, part.Period), node.Owner, part.Target, part.Period, node.Id, null, null, null));
                        child.Name = child.Id.Value;
                        int count = order.Count;
                        Declare(child);
                        if (order.Count > count)
                        {
                            if (!children.TryGetValue(node.Id, out List<Node>? list))
                            {
                                children[node.Id] = list = [];
                            }

                            list.Add(child);
                        }
                    }
                }
            }

            if (!children.TryGetValue(node.Id, out List<Node>? kids))
            {
                continue;
            }

            foreach (Node kid in kids)
            {
                if (kid.Split is int split && !splitDone[split])
                {
                    splitDone[split] = true;
                    SplitDeclaration s = splits[split];
                    string splitPath = ProblemPath.Join(GoalPath(node.Id), "split");
                    Target[]? targets = TargetDecomposition.TrySplit(node.Target, [.. s.Children.Select(c => c.Part)], s.Method, splitPath, ApportionmentFailure.MemberPaths(splitPath), problems);
                    Node[] members = [.. kids.Where(k => k.Split == split)];
                    for (int i = 0; i < members.Length && targets is not null; i++)
                    {
                        members[i].Target = targets[i];
                    }
                }

                kid.Period ??= node.Period;
            }

            foreach (Node kid in kids)
            {
                if (!kid.Reached && kid.Target is not null)
                {
                    CheckAgainstParent(kid, node, problems);
                    queue.Enqueue(kid);
                }
            }
        }

        // Anything not reached hangs below an unknown parent or sits in a cycle.
        var reported = new HashSet<GoalId>();
        foreach (Node node in order)
        {
            if (node.Reached || node.Parent is not GoalId parent)
            {
                continue;
            }

            if (!nodes.ContainsKey(parent))
            {
                problems.Error(ProblemPath.Join(GoalPath(node.Id), "parent"), GoalProblemCodes.GoalUnknownParent, $"The parent goal {parent} does not exist.", parent.Value);
                continue;
            }

            var chain = new List<GoalId> { node.Id };
            GoalId? cursor = parent;
            while (cursor is GoalId c && nodes.TryGetValue(c, out Node? next) && !chain.Contains(c))
            {
                chain.Add(c);
                cursor = next.Parent;
            }

            if (cursor is GoalId start && chain.Contains(start) && chain[0] == start && reported.Add(start))
            {
                foreach (GoalId member in chain)
                {
                    reported.Add(member);
                }

                problems.Error(ProblemPath.Join(GoalPath(node.Id), "parent"), GoalProblemCodes.GoalCycle, "The goals form a cycle: " + string.Join(" -> ", chain.Append(start)) + ".", node.Id.Value);
            }
        }

        // Parents before children: depth first from the roots, each in declaration order.
        var goals = new List<Goal>(order.Count);
        var stack = new Stack<Node>(order.Where(n => n.Parent is null && n.Reached && n.Target is not null && n.Period is not null).Reverse());
        while (stack.Count > 0)
        {
            Node node = stack.Pop();
            Node[] kids = children.TryGetValue(node.Id, out List<Node>? list)
                ? [.. list.Where(k => k.Reached && k.Target is not null && k.Period is not null)]
                : [];
            goals.Add(new Goal(node.Id, node.Name, node.Owner, node.Target!, node.Period!, node.Parent, node.WorkItem, [.. kids.Select(k => k.Id)]));
            for (int i = kids.Length - 1; i >= 0; i--)
            {
                stack.Push(kids[i]);
            }
        }

        var positions = new Dictionary<GoalId, int>(goals.Count);
        for (int i = 0; i < goals.Count; i++)
        {
            positions[goals[i].Id] = i;
        }

        foreach (Goal goal in goals)
        {
            if (goal.IsLeaf || goal.Target.Unit.IsRate)
            {
                continue;
            }

            bool sameUnit = true;
            bool beyondDecimal = false;
            decimal sum = 0m;
            foreach (GoalId kid in goal.ChildIds)
            {
                Target target = goals[positions[kid]].Target;
                sameUnit &= target.Unit.Equals(goal.Target.Unit);
                if (!beyondDecimal)
                {
                    try
                    {
                        sum += target.Value;
                    }
                    catch (OverflowException)
                    {
                        beyondDecimal = true;
                    }
                }
            }

            if (sameUnit && beyondDecimal)
            {
                problems.Warning(ProblemPath.Join(GoalPath(goal.Id), "target"), GoalProblemCodes.GoalChildrenTotal, $"The children's targets add up to more than decimal can hold, not the goal's target {goal.Target}.");
            }
            else if (sameUnit && sum != goal.Target.Value)
            {
                problems.Warning(ProblemPath.Join(GoalPath(goal.Id), "target"), GoalProblemCodes.GoalChildrenTotal, $"The children's targets add up to {goal.Target.Unit.Format(sum)}, not the goal's target {goal.Target}.", sum);
            }
        }

        problemList = problems.Problems;
        return new GoalTree(goals, ImmutableDictionary<GoalId, TargetAcknowledgment>.Empty, problems.ToArray().Where(p => !p.IsError).ToArray());
    }

    private static void CheckAgainstParent(Node child, Node parent, ProblemCollector problems)
    {
        if (!ReportingPeriod.Covers(parent.Period!, child.Period!))
        {
            problems.Error(ProblemPath.Join(GoalPath(child.Id), "period"), GoalProblemCodes.GoalPeriodOutsideParent, $"The period {GoalText.Period(child.Period!)} is not within the parent's period {GoalText.Period(parent.Period!)}.", GoalText.Period(child.Period!));
        }

        MeasurementUnit mine = child.Target!.Unit;
        MeasurementUnit theirs = parent.Target!.Unit;
        if (mine.Kind == MeasurementKind.Money && theirs.Kind == MeasurementKind.Money)
        {
            if (!mine.Equals(theirs))
            {
                problems.Add(Money.CurrencyMismatch(ProblemPath.Join(GoalPath(child.Id), "target"), theirs.Currency!.Value, mine.Currency!.Value));
            }
        }
        else if (!mine.Equals(theirs))
        {
            problems.Error(ProblemPath.Join(GoalPath(child.Id), "target"), GoalProblemCodes.GoalUnitMismatch, $"The target is a {mine} but the parent's is a {theirs}.", mine.ToString());
        }
    }

    private sealed record Declared(GoalId Id, PartyId Owner, Target? Target, DateInterval? Period, GoalId? Parent, string? Name, WorkItemId? WorkItem, int? Split);

    private sealed record SplitDeclaration(GoalId Parent, PlannedGoal[] Children, ApportionmentMethod Method);

    private sealed record MonthlyDeclaration(GoalId Parent, SeasonalityProfile? Profile, ApportionmentMethod Method, Func<GoalId, DateInterval, GoalId> IdForMonth);

    private sealed class Node
    {
        public Node(Declared d)
        {
            Id = d.Id;
            Owner = d.Owner;
            Target = d.Target;
            Period = d.Period;
            Parent = d.Parent;
            Name = d.Name ?? d.Id.Value;
            WorkItem = d.WorkItem;
            Split = d.Split;
        }

        public GoalId Id { get; }

        public PartyId Owner { get; }

        public Target? Target { get; set; }

        public DateInterval? Period { get; set; }

        public GoalId? Parent { get; }

        public string Name { get; set; }

        public WorkItemId? WorkItem { get; }

        public int? Split { get; }

        public bool Reached { get; set; }
    }
}
