using NodaTime;

namespace Accountability.Feedback;

/// <summary>An <see cref="IClosedPeriods"/> over a fixed list of closed periods, for every scorecard.</summary>
/// <remarks>Immutable and thread-safe. A period is closed when it equals one of the list.</remarks>
public sealed class ClosedPeriods : IClosedPeriods
{
    private readonly HashSet<DateInterval> _periods;

    private ClosedPeriods(HashSet<DateInterval> periods) => _periods = periods;

    /// <summary>No period is closed.</summary>
    public static ClosedPeriods None { get; } = new([]);

    /// <summary>The given periods are closed, for every scorecard.</summary>
    /// <param name="periods">The closed periods.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null or contains null.</exception>
    public static ClosedPeriods Of(params IEnumerable<DateInterval> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var set = new HashSet<DateInterval>();
        foreach (DateInterval period in periods)
        {
            ArgumentNullException.ThrowIfNull(period, nameof(periods));
            set.Add(period);
        }

        return new ClosedPeriods(set);
    }

    /// <inheritdoc/>
    public bool IsClosed(ScorecardId scorecard, DateInterval period) => period is not null && _periods.Contains(period);
}
