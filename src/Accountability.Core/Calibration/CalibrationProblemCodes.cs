namespace Accountability.Calibration;

/// <summary>The stable codes of the problems the calibration stage reports (see <see cref="Problem.Code"/>).</summary>
/// <remarks>Codes are part of the public contract: they do not change between versions.</remarks>
public static class CalibrationProblemCodes
{
    /// <summary>A population (of values, scores or ratings) is empty where a figure needs at least one value.</summary>
    public const string EmptyPopulation = "empty-population";

    /// <summary>Fewer values than a figure needs (a sample variance needs two, a rater's spread the configured minimum).</summary>
    public const string TooFewValues = "too-few-values";

    /// <summary>A spread (standard deviation) is zero where something must be divided by it, such as a rater who gave every subject the same rating.</summary>
    public const string ZeroSpread = "zero-spread";

    /// <summary>Values are too large for their sums, squares or weighted sums to fit in <see cref="decimal"/> (squares need values below about 2.8·10¹⁴).</summary>
    public const string ValuesTooLarge = "values-too-large";

    /// <summary>A value lies outside the population it is ranked in (the spreadsheet's <c>#N/A</c> of PERCENTRANK).</summary>
    public const string ValueOutsidePopulation = "value-outside-population";

    /// <summary>A rating lies outside its rating scale.</summary>
    public const string RatingOffScale = "rating-off-scale";

    /// <summary>One rater rated one subject twice.</summary>
    public const string DuplicateRating = "duplicate-rating";

    /// <summary>A rating or score names no party (a <c>default</c> <see cref="PartyId"/>).</summary>
    public const string PartyMissing = "party-missing";

    /// <summary>A self-rating whose rater is not its subject.</summary>
    public const string SelfRatingByOther = "self-rating-by-other";

    /// <summary>A rater group is not defined, or a multi-rater policy lists one group twice.</summary>
    public const string RaterGroupUnknown = "rater-group-unknown";

    /// <summary>One subject appears twice in a list of scores.</summary>
    public const string DuplicateSubject = "duplicate-subject";

    /// <summary>The shares of a distribution guideline do not add up to exactly 100 %.</summary>
    public const string GuidelineNotHundredPercent = "guideline-not-hundred-percent";

    /// <summary>A share of a distribution guideline is negative or above 100 %.</summary>
    public const string GuidelineShareInvalid = "guideline-share-invalid";

    /// <summary>A band of a distribution guideline has no name or repeats another band's name, or the guideline has no band.</summary>
    public const string GuidelineBandInvalid = "guideline-band-invalid";

    /// <summary>A subject is placed in a band the guideline does not have.</summary>
    public const string BandUnknown = "band-unknown";

    /// <summary>A weight of a rater group is negative, or every group that has ratings weighs zero.</summary>
    public const string WeightInvalid = "weight-invalid";

    /// <summary>A period (cycle) label is empty or repeated in one series.</summary>
    public const string PeriodInvalid = "period-invalid";

    /// <summary>A coefficient of variation is asked of values whose mean is not above zero.</summary>
    public const string MeanNotPositive = "mean-not-positive";

    /// <summary>An anonymity minimum of a multi-rater policy is below 1.</summary>
    public const string AnonymityMinimumInvalid = "anonymity-minimum-invalid";
}
