using Accountability.Scoring;

namespace Accountability.Feedback;

/// <summary>
/// What upholding an appeal produced: the decision recorded, the corrected actuals, and the new result beside the old
/// one (which is never overwritten).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AppealRescoring
{
    internal AppealRescoring(AppealDecision decision, ScorecardResult previous, Actuals correctedActuals, ScorecardResult corrected)
    {
        Decision = decision;
        Previous = previous;
        CorrectedActuals = correctedActuals;
        Corrected = corrected;
    }

    /// <summary>The decision, as stored.</summary>
    public AppealDecision Decision { get; }

    /// <summary>The result as first scored, from the actuals given.</summary>
    public ScorecardResult Previous { get; }

    /// <summary>The actuals with the correction applied.</summary>
    public Actuals CorrectedActuals { get; }

    /// <summary>The result of scoring <see cref="CorrectedActuals"/> with the same scorecard.</summary>
    public ScorecardResult Corrected { get; }
}
