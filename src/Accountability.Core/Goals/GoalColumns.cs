using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// The goals of a <see cref="GoalTree"/>, in tree order, kept as columns (unit, value, period, where each goal was
/// declared, parent and children by position) and made into <see cref="Goal"/> objects when first read, then kept.
/// </summary>
/// <remarks>
/// A tree of 100,000 goals is built without making 100,000 goals and targets that would all have to survive garbage
/// collection while it is built; the tree's own passes (roll-up, checks) read the columns. Goals made from the same
/// place are the same object; made once, whichever thread asks first. A list made from goals (a tree changed by a
/// departure) has every goal made already.
/// </remarks>
internal sealed class GoalColumns : IReadOnlyList<Goal>
{
    private readonly int _count;

    // The goals made so far (the array itself made with the first goal: a large array nobody may need).
    private Goal?[]? _made;

    // Position -> column row (null: the same); the rows may hold more than the tree (goals left out by the builder).
    private readonly int[]? _rows;
    private readonly MeasurementUnit?[] _units;
    private readonly decimal[] _values;
    private readonly DateInterval?[] _periods;

    // Where each row was declared: PlannedGoal or GoalTreeBuilder.Declared (null when every goal is made already).
    private readonly Func<int, object>? _declaration;

    /// <summary>Columns over the builder's rows: <paramref name="rows"/> maps each position to its row.</summary>
    public GoalColumns(int[] rows, int count, MeasurementUnit?[] units, decimal[] values, DateInterval?[] periods, Func<int, object> declaration, int[][] children, int[] parents)
    {
        _count = count;
        _rows = rows;
        _units = units;
        _values = values;
        _periods = periods;
        _declaration = declaration;
        Children = children;
        Parents = parents;
    }

    /// <summary>Columns of goals already made.</summary>
    public GoalColumns(Goal[] goals, int[][] children, int[] parents)
    {
        _count = goals.Length;
        _made = goals;
        _units = new MeasurementUnit[goals.Length];
        _values = new decimal[goals.Length];
        _periods = new DateInterval[goals.Length];
        for (int i = 0; i < goals.Length; i++)
        {
            _units[i] = goals[i].Target.Unit;
            _values[i] = goals[i].Target.Value;
            _periods[i] = goals[i].Period;
        }

        Children = children;
        Parents = parents;
    }

    /// <summary>The children of each goal as positions.</summary>
    public int[][] Children { get; }

    /// <summary>The parent of each goal as a position, or -1 for a root (always before the goal).</summary>
    public int[] Parents { get; }

    public int Count => _count;

    public Goal this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
            return Made(index) ?? Make(index);
        }
    }

    public GoalId IdAt(int i) => Made(i) is Goal g ? g.Id : Declared(i) switch
    {
        PlannedGoal p => p.Id,
        var d => ((GoalTreeBuilder.Declared)d).Id,
    };

    public PartyId OwnerAt(int i) => Made(i) is Goal g ? g.Owner : Declared(i) switch
    {
        PlannedGoal p => p.Owner,
        var d => ((GoalTreeBuilder.Declared)d).Owner,
    };

    public MeasurementUnit UnitAt(int i) => _units[Row(i)]!;

    public decimal TargetValueAt(int i) => _values[Row(i)];

    public DateInterval PeriodAt(int i) => _periods[Row(i)]!;

    public bool IsLeafAt(int i) => Children[i].Length == 0;

    public IEnumerator<Goal> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Goal? Made(int i) => Volatile.Read(ref _made) is Goal?[] made ? Volatile.Read(ref made[i]) : null;

    private int Row(int i) => _rows is null ? i : _rows[i];

    private object Declared(int i) => _declaration!(Row(i));

    private Goal Make(int i)
    {
        int[] kids = Children[i];
        GoalId[] kidIds = kids.Length == 0 ? [] : new GoalId[kids.Length];
        for (int j = 0; j < kids.Length; j++)
        {
            kidIds[j] = IdAt(kids[j]);
        }

        GoalId? parentId = Parents[i] >= 0 ? IdAt(Parents[i]) : default(GoalId?);
        Goal made = Declared(i) switch
        {
            PlannedGoal p => new Goal(p.Id, p.Name ?? p.Id.Value, p.Owner, new Target(UnitAt(i), TargetValueAt(i)), PeriodAt(i), parentId, p.WorkItem, kidIds),
            var o => MakeDeclared((GoalTreeBuilder.Declared)o, PeriodAt(i), parentId, kidIds),
        };
        Goal?[] all = Volatile.Read(ref _made) ?? Interlocked.CompareExchange(ref _made, new Goal?[_count], null) ?? _made!;
        return Interlocked.CompareExchange(ref all[i], made, null) ?? made;
    }

    private static Goal MakeDeclared(GoalTreeBuilder.Declared d, DateInterval period, GoalId? parentId, GoalId[] kidIds) =>
        new(d.Id, d.Name ?? d.Id.Value, d.Owner, d.Target, period, parentId, d.WorkItem, kidIds);
}
