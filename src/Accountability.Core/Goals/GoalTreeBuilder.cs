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
    // Goals added one by one; split children stay in their split's PlannedGoal array (no object per child here).
    private readonly List<Declared> _declared = [];
    private readonly List<SplitDeclaration> _splits = [];

    // The order of declaration: n >= 0 is _declared[n], n < 0 is the whole split _splits[~n].
    private readonly List<int> _sequence = [];
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

        _sequence.Add(_declared.Count);
        _declared.Add(new Declared(id, owner, target, period, parent, name ?? id.Value, workItem));
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

        _sequence.Add(~_splits.Count);
        _splits.Add(new SplitDeclaration(parent, copy, method));
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
        GoalTreeAssembly.Assemble(_sequence, _declared, _splits, _monthly, out IReadOnlyList<Problem> problems);
        return [.. problems];
    }

    /// <summary>Validates everything and builds the tree.</summary>
    /// <returns>The tree.</returns>
    /// <exception cref="AccountabilityException">Any problem; all of them are listed.</exception>
    /// <exception cref="InvalidOperationException">The tree was already built.</exception>
    public GoalTree Build()
    {
        RequireOpen();
        GoalTree tree = GoalTreeAssembly.Assemble(_sequence, _declared, _splits, _monthly, out IReadOnlyList<Problem> problems);
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

    /// <summary>A goal declared by itself (with <see cref="Add"/>, or a monthly child made while building).</summary>
    internal sealed record Declared(GoalId Id, PartyId Owner, Target Target, DateInterval Period, GoalId? Parent, string? Name, WorkItemId? WorkItem);

    internal sealed record SplitDeclaration(GoalId Parent, PlannedGoal[] Children, ApportionmentMethod Method);

    internal sealed record MonthlyDeclaration(GoalId Parent, SeasonalityProfile? Profile, ApportionmentMethod Method, Func<GoalId, DateInterval, GoalId> IdForMonth);
}
