using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// Turns a <see cref="GoalTreeBuilder"/>'s declarations into a <see cref="GoalTree"/>, in named phases:
/// <see cref="DeclareAll"/> (identifiers), <see cref="LinkChildren"/>, <see cref="ResolveFromRoots"/> (targets split
/// from parents, monthly children, checks against the parent), <see cref="ReportUnreached"/> (unknown parents and
/// cycles), <see cref="OrderDepthFirst"/> and <see cref="CheckChildrenTotals"/>. Every phase is linear in the number
/// of goals (apart from the splits themselves), and none recurses.
/// </summary>
internal sealed class GoalTreeAssembly
{
    private readonly ProblemCollector _problems = new();
    // Each declared goal's place in _order; once ordered, each goal's place in the tree (handed to the tree as its index).
    private readonly Dictionary<GoalId, int> _nodes;
    private readonly List<Node> _order;
    private readonly IReadOnlyList<GoalTreeBuilder.SplitDeclaration> _splits;
    private readonly IReadOnlyList<GoalTreeBuilder.MonthlyDeclaration> _monthly;

    private GoalTreeAssembly(int count, IReadOnlyList<GoalTreeBuilder.SplitDeclaration> splits, IReadOnlyList<GoalTreeBuilder.MonthlyDeclaration> monthly)
    {
        _nodes = new Dictionary<GoalId, int>(count);
        _order = new List<Node>(count);
        _splits = splits;
        _monthly = monthly;
    }

    public static GoalTree Assemble(
        IReadOnlyList<GoalTreeBuilder.Declared> declared,
        IReadOnlyList<GoalTreeBuilder.SplitDeclaration> splits,
        IReadOnlyList<GoalTreeBuilder.MonthlyDeclaration> monthly,
        out IReadOnlyList<Problem> problems)
    {
        var assembly = new GoalTreeAssembly(declared.Count, splits, monthly);
        assembly.DeclareAll(declared);
        assembly.LinkChildren();
        assembly.ResolveFromRoots();
        assembly.ReportUnreached();
        List<Node> ordered = assembly.OrderDepthFirst();
        assembly.CheckChildrenTotals(ordered);
        problems = assembly._problems.Problems;
        var goals = new Goal[ordered.Count];
        var childIndices = new int[ordered.Count][];
        for (int i = 0; i < goals.Length; i++)
        {
            goals[i] = ordered[i].Built!;
            Node[] kids = ordered[i].IncludedChildren;
            childIndices[i] = kids.Length == 0 ? [] : new int[kids.Length];
            for (int j = 0; j < kids.Length; j++)
            {
                childIndices[i][j] = kids[j].Position;
            }
        }

        return new GoalTree(goals, childIndices, assembly.TreeIndex(), ImmutableDictionary<GoalId, TargetAcknowledgment>.Empty, [.. assembly._problems.Problems.Where(p => !p.IsError)]);
    }

    /// <summary>Phase 1: every declared goal gets its identifier; a second use of one is a problem.</summary>
    /// <summary>Turns the identifiers' places in the declarations into their places in the tree, dropping those left out (no second dictionary).</summary>
    private Dictionary<GoalId, int> TreeIndex()
    {
        foreach (Node node in _order)
        {
            if (node.Built is null)
            {
                _nodes.Remove(node.Id);
            }
            else
            {
                _nodes[node.Id] = node.Position;
            }
        }

        return _nodes;
    }

    private void DeclareAll(IReadOnlyList<GoalTreeBuilder.Declared> declared)
    {
        foreach (GoalTreeBuilder.Declared d in declared)
        {
            Declare(new Node(d));
        }
    }

    private bool Declare(Node node)
    {
        if (!_nodes.TryAdd(node.Id, _order.Count))
        {
            _problems.Error(GoalTreeBuilder.GoalPath(node.Id), GoalProblemCodes.GoalDuplicateId, $"The goal identifier {node.Id} is used more than once.", node.Id.Value);
            return false;
        }

        _order.Add(node);
        return true;
    }

    /// <summary>Phase 2: each parent's children, in declaration order (children of an unknown parent stay unlinked).</summary>
    private Node? Find(GoalId id) => _nodes.TryGetValue(id, out int at) ? _order[at] : null;

    private void LinkChildren()
    {
        Node? lastParent = null;
        foreach (Node node in _order)
        {
            if (node.Parent is not GoalId parent)
            {
                continue;
            }

            // Siblings are usually declared together: look the parent up once per run of them.
            if (lastParent is null || lastParent.Id != parent)
            {
                lastParent = Find(parent);
            }

            lastParent?.AddChild(node);
        }
    }

    /// <summary>Phase 3: from the roots down, so split and monthly children can take their parent's target and period.</summary>
    private void ResolveFromRoots()
    {
        Dictionary<GoalId, List<GoalTreeBuilder.MonthlyDeclaration>> monthlyByParent = [];
        foreach (GoalTreeBuilder.MonthlyDeclaration m in _monthly)
        {
            if (!monthlyByParent.TryGetValue(m.Parent, out List<GoalTreeBuilder.MonthlyDeclaration>? list))
            {
                monthlyByParent[m.Parent] = list = [];
            }

            list.Add(m);
        }

        // Sized for every goal at once: growing it by doubling would leave large arrays behind at 100,000 goals.
        var queue = new Queue<Node>(_order.Count);
        foreach (Node root in _order)
        {
            if (root.Parent is null)
            {
                queue.Enqueue(root);
            }
        }

        var splitDone = new bool[_splits.Count];
        while (queue.Count > 0)
        {
            Node node = queue.Dequeue();
            node.Reached = true;
            if (node.Target is null || node.Period is null)
            {
                continue;
            }

            if (monthlyByParent.Count > 0 && monthlyByParent.TryGetValue(node.Id, out List<GoalTreeBuilder.MonthlyDeclaration>? months))
            {
                AddMonths(node, months);
            }

            if (node.Children is not List<Node> kids)
            {
                continue;
            }

            SplitTargets(node, kids, splitDone);
            foreach (Node kid in kids)
            {
                if (!kid.Reached && kid.Target is not null)
                {
                    CheckAgainstParent(kid, node);
                    queue.Enqueue(kid);
                }
            }
        }
    }

    /// <summary>One child per month of the node's period, with the node's target split by the profile.</summary>
    private void AddMonths(Node node, List<GoalTreeBuilder.MonthlyDeclaration> months)
    {
        foreach (GoalTreeBuilder.MonthlyDeclaration m in months)
        {
            PeriodTarget[]? parts = TargetDecomposition.TryOverMonths(node.Target!, node.Period!, m.Profile, m.Method, ProblemPath.Join(GoalTreeBuilder.GoalPath(node.Id), "seasonality"), _problems);
            foreach (PeriodTarget part in parts ?? [])
            {
                var child = new Node(new GoalTreeBuilder.Declared(m.IdForMonth(node.Id, part.Period), node.Owner, part.Target, part.Period, node.Id, null, null, null));
                if (Declare(child))
                {
                    node.AddChild(child);
                }
            }
        }
    }

    /// <summary>Gives split children their parts of the node's target, and the node's period when they have none.</summary>
    private void SplitTargets(Node node, List<Node> kids, bool[] splitDone)
    {
        foreach (Node kid in kids)
        {
            if (kid.Split is int split && !splitDone[split])
            {
                splitDone[split] = true;
                GoalTreeBuilder.SplitDeclaration s = _splits[split];
                string splitPath = ProblemPath.Join(GoalTreeBuilder.GoalPath(node.Id), "split");
                var parts = new SplitPart[s.Children.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = s.Children[i].Part;
                }

                Target[]? targets = TargetDecomposition.TrySplit(node.Target!, parts, s.Method, splitPath, ApportionmentFailure.MemberPaths, _problems);
                int k = 0;
                foreach (Node member in kids)
                {
                    if (targets is not null && member.Split == split)
                    {
                        member.Target = targets[k++];
                    }
                }
            }

            kid.Period ??= node.Period;
        }
    }

    private void CheckAgainstParent(Node child, Node parent)
    {
        string Path() => GoalTreeBuilder.GoalPath(child.Id);
        if (!ReportingPeriod.Covers(parent.Period!, child.Period!))
        {
            _problems.Error(ProblemPath.Join(Path(), "period"), GoalProblemCodes.GoalPeriodOutsideParent, $"The period {GoalText.Period(child.Period!)} is not within the parent's period {GoalText.Period(parent.Period!)}.", GoalText.Period(child.Period!));
        }

        MeasurementUnit mine = child.Target!.Unit;
        MeasurementUnit theirs = parent.Target!.Unit;
        if (mine.Kind == MeasurementKind.Money && theirs.Kind == MeasurementKind.Money)
        {
            if (!mine.Equals(theirs))
            {
                _problems.Add(Money.CurrencyMismatch(ProblemPath.Join(Path(), "target"), theirs.Currency!.Value, mine.Currency!.Value));
            }
        }
        else if (!mine.Equals(theirs))
        {
            _problems.Error(ProblemPath.Join(Path(), "target"), GoalProblemCodes.GoalUnitMismatch, $"The target is a {mine} but the parent's is a {theirs}.", mine.ToString());
        }
    }

    /// <summary>
    /// Phase 4: anything not reached hangs below an unknown parent or sits in a cycle. Walks parent links once per goal
    /// (each goal is on at most one walk), and reports each cycle once, at its first declared member.
    /// </summary>
    private void ReportUnreached()
    {
        var cycleOf = new Dictionary<Node, int>();
        var onWalk = new HashSet<Node>();
        var done = new HashSet<Node>();
        var walk = new List<Node>();
        int cycles = 0;
        foreach (Node start in _order)
        {
            if (start.Reached || done.Contains(start))
            {
                continue;
            }

            walk.Clear();
            Node? cursor = start;
            while (cursor is not null && !cursor.Reached && !done.Contains(cursor) && onWalk.Add(cursor))
            {
                walk.Add(cursor);
                cursor = cursor.Parent is GoalId p ? Find(p) : null;
            }

            if (cursor is not null && onWalk.Contains(cursor))
            {
                // The walk came back to itself: the nodes from cursor on form a cycle.
                for (int i = walk.IndexOf(cursor); i < walk.Count; i++)
                {
                    cycleOf[walk[i]] = cycles;
                }

                cycles++;
            }

            foreach (Node node in walk)
            {
                onWalk.Remove(node);
                done.Add(node);
            }
        }

        var reported = new bool[cycles];
        foreach (Node node in _order)
        {
            if (node.Reached || node.Parent is not GoalId parent)
            {
                continue;
            }

            if (!_nodes.ContainsKey(parent))
            {
                _problems.Error(ProblemPath.Join(GoalTreeBuilder.GoalPath(node.Id), "parent"), GoalProblemCodes.GoalUnknownParent, $"The parent goal {parent} does not exist.", parent.Value);
            }
            else if (cycleOf.TryGetValue(node, out int cycle) && !reported[cycle])
            {
                reported[cycle] = true;
                ReportCycle(node);
            }
        }
    }

    private void ReportCycle(Node first)
    {
        var text = new System.Text.StringBuilder();
        text.Append("The goals form a cycle: ").Append(first.Id.Value);
        Node cursor = first;
        do
        {
            cursor = _order[_nodes[cursor.Parent!.Value]];
            text.Append(" -> ").Append(cursor.Id.Value);
        }
        while (cursor != first);
        text.Append('.');
        _problems.Error(ProblemPath.Join(GoalTreeBuilder.GoalPath(first.Id), "parent"), GoalProblemCodes.GoalCycle, text.ToString(), first.Id.Value);
    }

    /// <summary>Phase 5: parents before children, depth first from the roots, each in declaration order; builds the goals.</summary>
    private List<Node> OrderDepthFirst()
    {
        var ordered = new List<Node>(_order.Count);
        var stack = new Stack<Node>();
        for (int i = _order.Count - 1; i >= 0; i--)
        {
            if (_order[i].Parent is null && _order[i].IsComplete)
            {
                stack.Push(_order[i]);
            }
        }

        while (stack.Count > 0)
        {
            Node node = stack.Pop();
            Node[] kids = node.Children is List<Node> list ? Complete(list) : [];
            GoalId[] kidIds = kids.Length == 0 ? [] : new GoalId[kids.Length];
            for (int i = 0; i < kids.Length; i++)
            {
                kidIds[i] = kids[i].Id;
            }

            node.IncludedChildren = kids;
            node.Position = ordered.Count;
            node.Built = new Goal(node.Id, node.Name, node.Owner, node.Target!, node.Period!, node.Parent, node.WorkItem, kidIds);
            ordered.Add(node);
            for (int i = kids.Length - 1; i >= 0; i--)
            {
                stack.Push(kids[i]);
            }
        }

        return ordered;
    }

    private static Node[] Complete(List<Node> list)
    {
        int count = 0;
        foreach (Node k in list)
        {
            count += k.IsComplete ? 1 : 0;
        }

        var result = new Node[count];
        int j = 0;
        foreach (Node k in list)
        {
            if (k.IsComplete)
            {
                result[j++] = k;
            }
        }

        return result;
    }

    /// <summary>Phase 6: a warning where the children's targets do not add up to their parent's.</summary>
    private void CheckChildrenTotals(List<Node> ordered)
    {
        foreach (Node node in ordered)
        {
            Target own = node.Target!;
            if (node.IncludedChildren.Length == 0 || own.Unit.IsRate)
            {
                continue;
            }

            bool sameUnit = true;
            bool beyondDecimal = false;
            decimal sum = 0m;
            foreach (Node kid in node.IncludedChildren)
            {
                Target target = kid.Target!;
                sameUnit &= target.Unit.Equals(own.Unit);
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

            string path = ProblemPath.Join(GoalTreeBuilder.GoalPath(node.Id), "target");
            if (sameUnit && beyondDecimal)
            {
                _problems.Warning(path, GoalProblemCodes.GoalChildrenTotal, $"The children's targets add up to more than decimal can hold, not the goal's target {own}.");
            }
            else if (sameUnit && sum != own.Value)
            {
                _problems.Warning(path, GoalProblemCodes.GoalChildrenTotal, $"The children's targets add up to {own.Unit.Format(sum)}, not the goal's target {own}.", sum);
            }
        }
    }

    private sealed class Node
    {
        private readonly GoalTreeBuilder.Declared _declared;

        public Node(GoalTreeBuilder.Declared d)
        {
            _declared = d;
            Target = d.Target;
            Period = d.Period;
        }

        public GoalId Id => _declared.Id;

        public PartyId Owner => _declared.Owner;

        public Target? Target { get; set; }

        public DateInterval? Period { get; set; }

        public GoalId? Parent => _declared.Parent;

        public string Name => _declared.Name ?? _declared.Id.Value;

        public WorkItemId? WorkItem => _declared.WorkItem;

        public int? Split => _declared.Split;

        public bool Reached { get; set; }

        public bool IsComplete => Reached && Target is not null && Period is not null;

        public Node[] IncludedChildren { get; set; } = [];

        public Goal? Built { get; set; }

        /// <summary>The children, made with the first one (most goals are leaves).</summary>
        public List<Node>? Children { get; private set; }

        public void AddChild(Node child) => (Children ??= []).Add(child);

        public int Position { get; set; }
    }
}
