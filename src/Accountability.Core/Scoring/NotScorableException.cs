namespace Accountability.Scoring;

/// <summary>A scorer's refusal of an actual value it cannot score; turned into an <see cref="ScoringProblemCodes.ActualOutOfDomain"/> problem.</summary>
#pragma warning disable CA1032 // Internal signal, never seen by callers: no standard constructors needed.
#pragma warning disable CA1064
internal sealed class NotScorableException(string message, decimal actual) : Exception(message)
#pragma warning restore CA1064
#pragma warning restore CA1032
{
    public decimal Actual { get; } = actual;
}
