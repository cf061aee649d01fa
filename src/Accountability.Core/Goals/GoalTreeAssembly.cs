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
/// <remarks>
/// The working state is kept in arrays indexed by node (a goal declared once, in declaration order), not in an object
/// per goal: at 100,000 goals the objects that survive while the tree is built are most of its cost (garbage
/// collection), and plain arrays of numbers are not traced by the collector at all.
/// </remarks>
internal sealed class GoalTreeAssembly
{
    private const int None = -1;

    private readonly ProblemCollector _problems = new();

    // Each declared goal's node; once ordered, each goal's place in the tree (handed to the tree as its index).
    private readonly Dictionary<string, int> _nodes;
    private readonly IReadOnlyList<GoalTreeBuilder.Declared> _declared;
    private readonly IReadOnlyList<GoalTreeBuilder.SplitDeclaration> _splits;
    private readonly IReadOnlyList<GoalTreeBuilder.MonthlyDeclaration> _monthly;

    // Monthly children made while building (their _member is _declared.Count + their place here).
    private List<GoalTreeBuilder.Declared>? _made;

    // Per node: where it was declared (_split >= 0: _splits[_split].Children[_member]; else declaration _member).
    private int _count;
    private int[] _split;
    private int[] _member;
    private MeasurementUnit?[] _unit;
    private decimal[] _value;
    private DateInterval?[] _period;
    private int[] _firstChild;
    private int[] _nextSibling;
    private bool[] _reached;

    // Filled when ordering: each node's place in the tree (None when left out), and the nodes in tree order.
    private int[] _position = [];
    private int[] _ordered = [];
    private int _placed;

    private GoalTreeAssembly(int count, IReadOnlyList<GoalTreeBuilder.Declared> declared, IReadOnlyList<GoalTreeBuilder.SplitDeclaration> splits, IReadOnlyList<GoalTreeBuilder.MonthlyDeclaration> monthly)
    {
        _nodes = new Dictionary<string, int>(count);
        _declared = declared;
        _splits = splits;
        _monthly = monthly;
        _split = new int[count];
        _member = new int[count];
        _unit = new MeasurementUnit?[count];
        _value = new decimal[count];
        _period = new DateInterval?[count];
        _firstChild = new int[count];
        _nextSibling = new int[count];
        _reached = new bool[count];
    }

    public static GoalTree Assemble(
        IReadOnlyList<int> sequence,
        IReadOnlyList<GoalTreeBuilder.Declared> declared,
        IReadOnlyList<GoalTreeBuilder.SplitDeclaration> splits,
        IReadOnlyList<GoalTreeBuilder.MonthlyDeclaration> monthly,
        out IReadOnlyList<Problem> problems)
    {
        int count = declared.Count;
        foreach (GoalTreeBuilder.SplitDeclaration s in splits)
        {
            count += s.Children.Length;
        }

        var assembly = new GoalTreeAssembly(count, declared, splits, monthly);
        assembly.DeclareAll(sequence);
        assembly.LinkChildren();
        assembly.ResolveFromRoots();
        assembly.ReportUnreached();
        assembly.OrderDepthFirst();
        GoalColumns goals = assembly.Columns();
        assembly.CheckChildrenTotals();
        problems = assembly._problems.Problems;
        return new GoalTree(goals, assembly._nodes, assembly._position, ImmutableDictionary<GoalId, TargetAcknowledgment>.Empty, [.. assembly._problems.Problems.Where(p => !p.IsError)]);
    }

    // ------------------------------------------------------------------ what was declared for a node

    private PlannedGoal? Planned(int node) => _split[node] >= 0 ? _splits[_split[node]].Children[_member[node]] : null;

    private GoalTreeBuilder.Declared Single(int node)
    {
        int m = _member[node];
        return m < _declared.Count ? _declared[m] : _made![m - _declared.Count];
    }

    private GoalId IdOf(int node) => _split[node] >= 0 ? _splits[_split[node]].Children[_member[node]].Id : Single(node).Id;

    private GoalId? ParentIdOf(int node) => _split[node] >= 0 ? _splits[_split[node]].Parent : Single(node).Parent;

    private PartyId OwnerOf(int node) => Planned(node) is PlannedGoal p ? p.Owner : Single(node).Owner;

    private int? Find(GoalId id) => _nodes.TryGetValue(id.Value, out int at) ? at : null;

    // ------------------------------------------------------------------ phases

    /// <summary>Phase 1: every declared goal gets its identifier; a second use of one is a problem.</summary>
    private void DeclareAll(IReadOnlyList<int> sequence)
    {
        foreach (int entry in sequence)
        {
            if (entry >= 0)
            {
                GoalTreeBuilder.Declared d = _declared[entry];
                Declare(d.Id, None, entry, d.Target, d.Period);
                continue;
            }

            int split = ~entry;
            PlannedGoal[] children = _splits[split].Children;
            for (int k = 0; k < children.Length; k++)
            {
                Declare(children[k].Id, split, k, null, children[k].Period);
            }
        }
    }

    private int Declare(GoalId id, int split, int member, Target? target, DateInterval? period)
    {
        if (!_nodes.TryAdd(id.Value, _count))
        {
            _problems.Error(GoalTreeBuilder.GoalPath(id), GoalProblemCodes.GoalDuplicateId, $"The goal identifier {id} is used more than once.", id.Value);
            return None;
        }

        if (_count == _split.Length)
        {
            Grow();
        }

        int node = _count++;
        _split[node] = split;
        _member[node] = member;
        _unit[node] = target?.Unit;
        _value[node] = target?.Value ?? 0m;
        _period[node] = period;
        _firstChild[node] = None;
        _nextSibling[node] = None;
        return node;
    }

    /// <summary>Room for monthly children made while building (the arrays are sized for the declared goals).</summary>
    private void Grow()
    {
        int size = Math.Max(16, _split.Length * 2);
        Array.Resize(ref _split, size);
        Array.Resize(ref _member, size);
        Array.Resize(ref _unit, size);
        Array.Resize(ref _value, size);
        Array.Resize(ref _period, size);
        Array.Resize(ref _firstChild, size);
        Array.Resize(ref _nextSibling, size);
        Array.Resize(ref _reached, size);
    }

    /// <summary>Phase 2: each parent's children, in declaration order (children of an unknown parent stay unlinked).</summary>
    private void LinkChildren()
    {
        // Backwards, each child put first: every parent's children end up in declaration order. The children of one
        // split share their parent: look it up once per split.
        int lastSplit = None;
        int? splitParent = null;
        for (int i = _count - 1; i >= 0; i--)
        {
            int? parent;
            int split = _split[i];
            if (split >= 0)
            {
                if (split != lastSplit)
                {
                    lastSplit = split;
                    splitParent = Find(_splits[split].Parent);
                }

                parent = splitParent;
            }
            else
            {
                parent = Single(i).Parent is GoalId id ? Find(id) : null;
            }

            if (parent is int p)
            {
                _nextSibling[i] = _firstChild[p];
                _firstChild[p] = i;
            }
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

        // Breadth first, in an array sized for every goal at once (each goal is queued at most once; only monthly
        // children made on the way can make it grow). The array is then reused for the tree order.
        var queue = new int[_count];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < _count; i++)
        {
            if (_split[i] < 0 && Single(i).Parent is null)
            {
                queue[tail++] = i;
            }
        }

        var splitDone = new bool[_splits.Count];
        while (head < tail)
        {
            int node = queue[head++];
            _reached[node] = true;
            if (_unit[node] is null || _period[node] is null)
            {
                continue;
            }

            if (monthlyByParent.Count > 0 && monthlyByParent.TryGetValue(IdOf(node), out List<GoalTreeBuilder.MonthlyDeclaration>? months))
            {
                AddMonths(node, months);
            }

            if (_firstChild[node] == None)
            {
                continue;
            }

            SplitTargets(node, splitDone);
            for (int kid = _firstChild[node]; kid != None; kid = _nextSibling[kid])
            {
                if (!_reached[kid] && _unit[kid] is not null)
                {
                    CheckAgainstParent(kid, node);
                    if (tail == queue.Length)
                    {
                        Array.Resize(ref queue, Math.Max(16, queue.Length * 2));
                    }

                    queue[tail++] = kid;
                }
            }
        }

        _ordered = queue;
    }

    /// <summary>One child per month of the node's period, with the node's target split by the profile.</summary>
    private void AddMonths(int node, List<GoalTreeBuilder.MonthlyDeclaration> months)
    {
        GoalId id = IdOf(node);
        PartyId owner = OwnerOf(node);

        // The months go after the children declared so far.
        int last = _firstChild[node];
        while (last != None && _nextSibling[last] != None)
        {
            last = _nextSibling[last];
        }

        foreach (GoalTreeBuilder.MonthlyDeclaration m in months)
        {
            PeriodTarget[]? parts = TargetDecomposition.TryOverMonths(TargetOf(node), _period[node]!, m.Profile, m.Method, ProblemPath.Join(GoalTreeBuilder.GoalPath(id), "seasonality"), _problems);
            foreach (PeriodTarget part in parts ?? [])
            {
                var made = new GoalTreeBuilder.Declared(m.IdForMonth(id, part.Period), owner, part.Target, part.Period, id, null, null);
                _made ??= [];
                int child = Declare(made.Id, None, _declared.Count + _made.Count, made.Target, made.Period);
                _made.Add(made);
                if (child == None)
                {
                    continue;
                }

                if (last == None)
                {
                    _firstChild[node] = child;
                }
                else
                {
                    _nextSibling[last] = child;
                }

                last = child;
            }
        }
    }

    /// <summary>Gives split children their parts of the node's target, and the node's period when they have none.</summary>
    private void SplitTargets(int node, bool[] splitDone)
    {
        for (int kid = _firstChild[node]; kid != None; kid = _nextSibling[kid])
        {
            int split = _split[kid];
            if (split >= 0 && !splitDone[split])
            {
                splitDone[split] = true;
                GoalTreeBuilder.SplitDeclaration s = _splits[split];
                string splitPath = ProblemPath.Join(GoalTreeBuilder.GoalPath(IdOf(node)), "split");
                MeasurementUnit unit = _unit[node]!;
                long[]? shares = TargetDecomposition.TrySplitPlanned(TargetOf(node), s.Children, s.Method, splitPath, _problems);
                int k = 0;
                for (int member = kid; member != None && shares is not null; member = _nextSibling[member])
                {
                    if (_split[member] == split)
                    {
                        _unit[member] = unit;
                        _value[member] = DecimalGrid.FromUnits(shares[k++], unit.Decimals);
                    }
                }
            }

            _period[kid] ??= _period[node];
        }
    }

    private void CheckAgainstParent(int child, int parent)
    {
        string Path() => GoalTreeBuilder.GoalPath(IdOf(child));
        DateInterval mine = _period[child]!;
        DateInterval theirs = _period[parent]!;
        if (!ReportingPeriod.Covers(theirs, mine))
        {
            _problems.Error(ProblemPath.Join(Path(), "period"), GoalProblemCodes.GoalPeriodOutsideParent, $"The period {GoalText.Period(mine)} is not within the parent's period {GoalText.Period(theirs)}.", GoalText.Period(mine));
        }

        MeasurementUnit unit = _unit[child]!;
        MeasurementUnit parentUnit = _unit[parent]!;
        if (ReferenceEquals(unit, parentUnit))
        {
            return;
        }

        if (unit.Kind == MeasurementKind.Money && parentUnit.Kind == MeasurementKind.Money)
        {
            if (!unit.Equals(parentUnit))
            {
                _problems.Add(Money.CurrencyMismatch(ProblemPath.Join(Path(), "target"), parentUnit.Currency!.Value, unit.Currency!.Value));
            }
        }
        else if (!unit.Equals(parentUnit))
        {
            _problems.Error(ProblemPath.Join(Path(), "target"), GoalProblemCodes.GoalUnitMismatch, $"The target is a {unit} but the parent's is a {parentUnit}.", unit.ToString());
        }
    }

    /// <summary>
    /// Phase 4: anything not reached hangs below an unknown parent or sits in a cycle. Walks parent links once per goal
    /// (each goal is on at most one walk), and reports each cycle once, at its first declared member.
    /// </summary>
    private void ReportUnreached()
    {
        int unreached = 0;
        for (int i = 0; i < _count; i++)
        {
            unreached += _reached[i] ? 0 : 1;
        }

        if (unreached == 0)
        {
            return;
        }

        const byte onWalk = 1;
        const byte done = 2;
        var state = new byte[_count];
        var cycleOf = new int[_count];
        Array.Fill(cycleOf, None);
        var walk = new List<int>();
        int cycles = 0;
        for (int start = 0; start < _count; start++)
        {
            if (_reached[start] || state[start] == done)
            {
                continue;
            }

            walk.Clear();
            int? cursor = start;
            while (cursor is int c && !_reached[c] && state[c] == 0)
            {
                state[c] = onWalk;
                walk.Add(c);
                cursor = ParentIdOf(c) is GoalId p ? Find(p) : null;
            }

            if (cursor is int back && state[back] == onWalk)
            {
                // The walk came back to itself: the nodes from cursor on form a cycle.
                for (int i = walk.IndexOf(back); i < walk.Count; i++)
                {
                    cycleOf[walk[i]] = cycles;
                }

                cycles++;
            }

            foreach (int node in walk)
            {
                state[node] = done;
            }
        }

        var reported = new bool[cycles];
        for (int node = 0; node < _count; node++)
        {
            if (_reached[node] || ParentIdOf(node) is not GoalId parent)
            {
                continue;
            }

            if (!_nodes.ContainsKey(parent.Value))
            {
                _problems.Error(ProblemPath.Join(GoalTreeBuilder.GoalPath(IdOf(node)), "parent"), GoalProblemCodes.GoalUnknownParent, $"The parent goal {parent} does not exist.", parent.Value);
            }
            else if (cycleOf[node] is int cycle and >= 0 && !reported[cycle])
            {
                reported[cycle] = true;
                ReportCycle(node);
            }
        }
    }

    private void ReportCycle(int first)
    {
        var text = new System.Text.StringBuilder();
        text.Append("The goals form a cycle: ").Append(IdOf(first).Value);
        int cursor = first;
        do
        {
            cursor = _nodes[ParentIdOf(cursor)!.Value.Value];
            text.Append(" -> ").Append(IdOf(cursor).Value);
        }
        while (cursor != first);
        text.Append('.');
        _problems.Error(ProblemPath.Join(GoalTreeBuilder.GoalPath(IdOf(first)), "parent"), GoalProblemCodes.GoalCycle, text.ToString(), IdOf(first).Value);
    }

    private bool IsComplete(int node) => _reached[node] && _unit[node] is not null && _period[node] is not null;

    /// <summary>A node's target as an object (for the splits, which take one per parent).</summary>
    private Target TargetOf(int node) => new(_unit[node]!, _value[node]);

    /// <summary>Phase 5: parents before children, depth first from the roots, each in declaration order.</summary>
    private void OrderDepthFirst()
    {
        _position = new int[_count];
        Array.Fill(_position, None);
        if (_ordered.Length < _count)
        {
            _ordered = new int[_count];
        }

        int placed = 0;
        var stack = new Stack<int>();
        for (int i = _count - 1; i >= 0; i--)
        {
            if (_split[i] < 0 && Single(i).Parent is null && IsComplete(i))
            {
                stack.Push(i);
            }
        }

        var kids = new List<int>();
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            _position[node] = placed;
            _ordered[placed++] = node;
            kids.Clear();
            for (int kid = _firstChild[node]; kid != None; kid = _nextSibling[kid])
            {
                if (IsComplete(kid))
                {
                    kids.Add(kid);
                }
            }

            for (int i = kids.Count - 1; i >= 0; i--)
            {
                stack.Push(kids[i]);
            }
        }

        _placed = placed;
    }

    /// <summary>The goals in tree order as columns over the nodes, with each goal's included children and parent as places in the tree.</summary>
    private GoalColumns Columns()
    {
        var childIndices = new int[_placed][];
        var parents = new int[_placed];
        Array.Fill(parents, None);
        for (int i = 0; i < _placed; i++)
        {
            int node = _ordered[i];
            int count = 0;
            for (int kid = _firstChild[node]; kid != None; kid = _nextSibling[kid])
            {
                count += _position[kid] == None ? 0 : 1;
            }

            if (count == 0)
            {
                childIndices[i] = [];
                continue;
            }

            var positions = new int[count];
            int j = 0;
            for (int kid = _firstChild[node]; kid != None; kid = _nextSibling[kid])
            {
                if (_position[kid] != None)
                {
                    parents[_position[kid]] = i;
                    positions[j++] = _position[kid];
                }
            }

            childIndices[i] = positions;
        }

        var declarations = new Declarations(_split, _member, _splits, _declared, _made);
        return new GoalColumns(_ordered, _placed, _unit, _value, _period, declarations.At, childIndices, parents);
    }

    /// <summary>Phase 6: a warning where the children's targets do not add up to their parent's.</summary>
    private void CheckChildrenTotals()
    {
        for (int i = 0; i < _placed; i++)
        {
            int node = _ordered[i];
            MeasurementUnit own = _unit[node]!;
            decimal ownValue = _value[node];
            if (own.IsRate)
            {
                continue;
            }

            bool any = false;
            bool sameUnit = true;
            bool beyondDecimal = false;
            decimal sum = 0m;
            for (int kid = _firstChild[node]; kid != None; kid = _nextSibling[kid])
            {
                if (_position[kid] == None)
                {
                    continue;
                }

                any = true;
                MeasurementUnit unit = _unit[kid]!;
                sameUnit &= ReferenceEquals(unit, own) || unit.Equals(own);
                if (!beyondDecimal)
                {
                    try
                    {
                        sum += _value[kid];
                    }
                    catch (OverflowException)
                    {
                        beyondDecimal = true;
                    }
                }
            }

            if (!any)
            {
                continue;
            }

            string path = ProblemPath.Join(GoalTreeBuilder.GoalPath(IdOf(node)), "target");
            if (sameUnit && beyondDecimal)
            {
                _problems.Warning(path, GoalProblemCodes.GoalChildrenTotal, $"The children's targets add up to more than decimal can hold, not the goal's target {own.Format(ownValue)}.");
            }
            else if (sameUnit && sum != ownValue)
            {
                _problems.Warning(path, GoalProblemCodes.GoalChildrenTotal, $"The children's targets add up to {own.Format(sum)}, not the goal's target {own.Format(ownValue)}.", sum);
            }
        }
    }

    /// <summary>Where each node was declared, kept by the tree to make its goals when they are first read.</summary>
    private sealed class Declarations(int[] split, int[] member, IReadOnlyList<GoalTreeBuilder.SplitDeclaration> splits, IReadOnlyList<GoalTreeBuilder.Declared> declared, List<GoalTreeBuilder.Declared>? made)
    {
        /// <summary>The node's <see cref="PlannedGoal"/> or <see cref="GoalTreeBuilder.Declared"/>.</summary>
        public object At(int node)
        {
            if (split[node] >= 0)
            {
                return splits[split[node]].Children[member[node]];
            }

            int m = member[node];
            return m < declared.Count ? declared[m] : made![m - declared.Count];
        }
    }
}
