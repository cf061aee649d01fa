using NodaTime;

namespace Accountability.Feedback;

/// <summary>Tells which scored periods are closed, so that no appeal is filed on them.</summary>
/// <remarks>Implementations are thread-safe. <see cref="ClosedPeriods"/> makes one from a list of periods.</remarks>
public interface IClosedPeriods
{
    /// <summary>Tells whether the period of <paramref name="scorecard"/> is closed to appeals.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="period">The period scored, both ends included.</param>
    /// <returns><see langword="true"/> when the period is closed.</returns>
    bool IsClosed(ScorecardId scorecard, DateInterval period);
}
