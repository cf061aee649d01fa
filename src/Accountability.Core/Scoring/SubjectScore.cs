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
}
