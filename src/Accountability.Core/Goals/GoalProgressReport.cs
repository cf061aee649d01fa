using NodaTime;

namespace Accountability.Goals;

/// <summary>The progress of every goal in a tree as of one date, with pace against the period.</summary>
/// <remarks>Immutable and thread-safe. Created by <see cref="GoalTree.Evaluate"/>.</remarks>
public sealed class GoalProgressReport
{
    private readonly ProgressList _progress;
    private readonly GoalTree _tree;

    internal GoalProgressReport(GoalTree tree, LocalDate asOf, GoalRollUp.RollUpState state)
    {
        _tree = tree;
        AsOf = asOf;
        _progress = new ProgressList(state);
    }

    /// <summary>Gets the date the report is as of (actuals dated later are not counted).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets every goal's progress, in the tree's goal order.</summary>
    public IReadOnlyList<GoalProgress> Goals => _progress;

    /// <summary>Gets one goal's progress.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    public GoalProgress this[GoalId goal] => _tree.Contains(goal)
        ? _progress[_tree.IndexOf(goal)]
        : throw new ArgumentException($"There is no goal {goal} in the tree.", nameof(goal));

    /// <summary>Computes a goal's pace on <see cref="AsOf"/>: expected so far, actual, status and forecast.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="options">How the expected value is spread and where the status thresholds lie; <see langword="null"/> for straight-line over calendar days with the default thresholds.</param>
    /// <returns>The pace.</returns>
    /// <exception cref="ArgumentException">No goal has that identifier.</exception>
    /// <exception cref="AccountabilityException">The options' profile does not have one percentage per month of the goal's period, or the expected value, pace ratio or forecast is beyond the range of <see cref="decimal"/> (<see cref="GoalProblemCodes.PaceOverflow"/>).</exception>
    public GoalPace Pace(GoalId goal, PaceOptions? options = null) => GoalPace.Compute(this[goal], AsOf, options ?? PaceOptions.Default);

    /// <summary>The roll-up's figures as a list of progress objects, each made when first asked for (then kept).</summary>
    private sealed class ProgressList : IReadOnlyList<GoalProgress>
    {
        private readonly GoalRollUp.RollUpState _state;
        private readonly GoalProgress?[] _made;

        public ProgressList(GoalRollUp.RollUpState state)
        {
            _state = state;
            _made = new GoalProgress?[state.Goals.Count];
        }

        public int Count => _made.Length;

        public GoalProgress this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _made.Length);
                GoalProgress? made = Volatile.Read(ref _made[index]);
                if (made is null)
                {
                    made = new GoalProgress(_state.Goals[index], _state.Actual[index], _state.MeasureAt(index), _state.Attainment[index], _state, index);
                    made = Interlocked.CompareExchange(ref _made[index], made, null) ?? made;
                }

                return made;
            }
        }

        public IEnumerator<GoalProgress> GetEnumerator()
        {
            for (int i = 0; i < _made.Length; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
