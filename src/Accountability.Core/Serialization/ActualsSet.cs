using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>What an actuals document holds: the scorecard it is for and each subject's actuals.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ActualsSet
{
    private readonly Actuals[] _subjects;

    internal ActualsSet(ScorecardId scorecard, Actuals[] subjects)
    {
        Scorecard = scorecard;
        _subjects = subjects;
    }

    /// <summary>The scorecard the actuals are for.</summary>
    public ScorecardId Scorecard { get; }

    /// <summary>Each subject's actuals, in document order.</summary>
    public IReadOnlyList<Actuals> Subjects => _subjects;
}
