namespace Accountability.Scoring;

/// <summary>
/// One subject's result from batch scoring: the numbers without the explanation (ask
/// <see cref="Scorecard.Explain(ActualsTable, int)"/> for that). Computing it allocates nothing.
/// </summary>
/// <remarks>An immutable value. <c>default</c> is "not rated" with no subject.</remarks>
public readonly struct SubjectScore
{
    internal SubjectScore(PartyId subject, decimal? weightedScore, decimal? score, RatingBand? band, int gatesTriggered, int criteriaLeftOut)
    {
        Subject = subject;
        WeightedScore = weightedScore;
        Score = score;
        Band = band;
        GatesTriggered = gatesTriggered;
        CriteriaLeftOut = criteriaLeftOut;
    }

    internal SubjectScore(PartyId subject, Problem fault)
    {
        Subject = subject;
        Fault = fault;
    }

    /// <summary>Who or what was scored.</summary>
    public PartyId Subject { get; }

    /// <summary>The weighted mean of the included criteria, before gates; <see langword="null"/> when not rated.</summary>
    public decimal? WeightedScore { get; }

    /// <summary>The overall score after gates; <see langword="null"/> when not rated.</summary>
    public decimal? Score { get; }

    /// <summary>The rating band (or the band a gate forced); <see langword="null"/> without bands or when not rated.</summary>
    public RatingBand? Band { get; }

    /// <summary>How many gates triggered.</summary>
    public int GatesTriggered { get; }

    /// <summary>How many criteria were left out (not applicable, or missing and excluded).</summary>
    public int CriteriaLeftOut { get; }

    /// <summary>
    /// Why the subject could not be scored, when a formula faulted on its values (division by zero, overflow, a result
    /// out of range): the fault report naming the formula and its inputs. The subject then has no score.
    /// <see langword="null"/> when the subject was scored (or is not rated).
    /// </summary>
    public Problem? Fault { get; }

    /// <summary>Tells whether a formula faulted on this subject's values (see <see cref="Fault"/>).</summary>
    public bool IsFaulted => Fault is not null;
}
