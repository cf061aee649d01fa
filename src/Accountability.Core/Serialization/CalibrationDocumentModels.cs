using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability.Serialization;

// The JSON shape of a calibration document (internal): plain, nullable properties, so that the reader can report every
// missing or misplaced value itself, with its path.
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1002, CA2227 // plain document shapes

internal sealed class CalibrationDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public SessionDocument? Calibration { get; set; }

    public ForcedDistributionDocument? Distribution { get; set; }

    public ComparisonDocument? Comparison { get; set; }
}

internal sealed class SessionDocument
{
    public ScaleDocument? Scale { get; set; }

    public OptionsDocument? Options { get; set; }

    public List<RatingDocument?>? Ratings { get; set; }

    public decimal? PopulationMean { get; set; }

    public decimal? PopulationStandardDeviation { get; set; }

    public List<RaterEffectDocument?>? Raters { get; set; }

    public List<AdjustmentDocument?>? Adjustments { get; set; }

    public List<CalibratedScoreDocument?>? Scores { get; set; }
}

internal sealed class ScaleDocument
{
    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }
}

internal sealed class OptionsDocument
{
    public int? MinimumRatingsPerRater { get; set; }

    public decimal? LeniencyThreshold { get; set; }

    public decimal? CentralTendencyRatio { get; set; }

    public bool? Normalize { get; set; }

    public string? UnadjustableRaters { get; set; }
}

internal sealed class RatingDocument
{
    public string? Rater { get; set; }

    public string? Subject { get; set; }

    public string? Group { get; set; }

    public decimal? Value { get; set; }

    public decimal? CalibratedValue { get; set; }
}

internal sealed class RaterEffectDocument
{
    public string? Rater { get; set; }

    public int? RatingCount { get; set; }

    public decimal? Mean { get; set; }

    public decimal? StandardDeviation { get; set; }

    public decimal? MeanDifference { get; set; }

    public string? Tendency { get; set; }

    public bool? CentralTendency { get; set; }

    public bool? Adjusted { get; set; }

    public decimal? MeanAdjustment { get; set; }

    public string? NotAdjustedReason { get; set; }
}

internal sealed class AdjustmentDocument
{
    public int? Rating { get; set; }

    public decimal? ZScore { get; set; }

    public decimal? AdjustedValue { get; set; }

    public bool? Clamped { get; set; }
}

internal sealed class CalibratedScoreDocument
{
    public string? Subject { get; set; }

    public int? RatingCount { get; set; }

    public decimal? OriginalMean { get; set; }

    public decimal? CalibratedMean { get; set; }
}

internal sealed class GuidelineBandDocument
{
    public string? Band { get; set; }

    public decimal? Percent { get; set; }
}

internal sealed class ForcedDistributionDocument
{
    public List<GuidelineBandDocument?>? Guideline { get; set; }

    public string? Order { get; set; }

    public List<PlacementDocument?>? Placements { get; set; }

    public List<BandCountDocument?>? Bands { get; set; }

    public List<TieDocument?>? TieDeviations { get; set; }
}

internal sealed class PlacementDocument
{
    public string? Subject { get; set; }

    public decimal? Score { get; set; }

    public int? Position { get; set; }

    public int? Rank { get; set; }

    public string? Band { get; set; }

    public bool? MovedByTie { get; set; }
}

internal sealed class BandCountDocument
{
    public string? Band { get; set; }

    public int? TargetCount { get; set; }

    public int? ActualCount { get; set; }

    public decimal? ActualPercent { get; set; }
}

internal sealed class TieDocument
{
    public decimal? Score { get; set; }

    public List<string?>? Subjects { get; set; }

    public string? Band { get; set; }

    public int? FirstPosition { get; set; }

    public int? LastPosition { get; set; }

    public int? BeyondTarget { get; set; }
}

internal sealed class ComparisonDocument
{
    public List<GuidelineBandDocument?>? Guideline { get; set; }

    public List<BandCountDocument?>? Bands { get; set; }
}
