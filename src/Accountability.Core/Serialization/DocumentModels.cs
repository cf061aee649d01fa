using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability.Serialization;

// The JSON shapes of the documents (internal): plain, nullable properties, so that the reader can report every
// missing or misplaced value itself, with its path, rather than stop at the first one.
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1002, CA2227 // plain document shapes

internal sealed class ScorecardDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? WeightMode { get; set; }

    public string? MissingValues { get; set; }

    public List<CriterionDocument?>? Criteria { get; set; }

    public List<BandDocument?>? Bands { get; set; }

    public List<GateDocument?>? Gates { get; set; }

    public string? Combination { get; set; }
}

internal sealed class CriterionDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public decimal? Weight { get; set; }

    public string? Direction { get; set; }

    public string? Unit { get; set; }

    public UnitDocument? MeasurementUnit { get; set; }

    public string? WorkItem { get; set; }

    public string? Description { get; set; }

    public List<string?>? PerSubject { get; set; }

    public ScoringDocument? Scoring { get; set; }
}

internal sealed class UnitDocument
{
    public string? Kind { get; set; }

    public string? Currency { get; set; }

    public int? MinorUnitDigits { get; set; }

    public string? Name { get; set; }

    public int? Decimals { get; set; }
}

internal sealed class ScoringDocument
{
    public string? Rule { get; set; }

    public decimal? Threshold { get; set; }

    public decimal? Target { get; set; }

    public decimal? Stretch { get; set; }

    public decimal? Cap { get; set; }

    public decimal? Floor { get; set; }

    public decimal? MetScore { get; set; }

    public decimal? NotMetScore { get; set; }

    public decimal? Tolerance { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public decimal? Slope { get; set; }

    public bool? Interpolate { get; set; }

    public List<StepDocument?>? Steps { get; set; }

    public List<PointDocument?>? Scale { get; set; }

    public string? Formula { get; set; }

    public RangeDocument? Range { get; set; }

    public Dictionary<string, decimal>? Values { get; set; }

    public UnitDocument? Unit { get; set; }
}

internal sealed class StepDocument
{
    public decimal? From { get; set; }

    public decimal? To { get; set; }

    public decimal? Score { get; set; }
}

internal sealed class PointDocument
{
    public decimal? Rating { get; set; }

    public decimal? Score { get; set; }
}

internal sealed class RangeDocument
{
    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }
}

internal sealed class BandDocument
{
    public string? Name { get; set; }

    public decimal? MinimumScore { get; set; }
}

internal sealed class GateDocument
{
    public string? Criterion { get; set; }

    public decimal? MinimumScore { get; set; }

    public string? Effect { get; set; }

    public decimal? Cap { get; set; }

    public string? Band { get; set; }
}

internal sealed class ActualsDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public string? Scorecard { get; set; }

    public List<SubjectActualsDocument?>? Subjects { get; set; }
}

internal sealed class SubjectActualsDocument
{
    public string? Subject { get; set; }

    public Dictionary<string, decimal>? Values { get; set; }

    public Dictionary<string, string>? NotApplicable { get; set; }

    public Dictionary<string, Dictionary<string, ReferenceDocument?>?>? References { get; set; }
}

internal sealed class ReferenceDocument
{
    public decimal? Value { get; set; }

    public string? Source { get; set; }

    public string? Goal { get; set; }
}

internal sealed class ResultDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public ScoredDocument? Result { get; set; }

    public List<ScoredDocument?>? Nested { get; set; }
}

internal sealed class ScoredDocument
{
    public string? Scorecard { get; set; }

    public string? Subject { get; set; }

    public decimal? Score { get; set; }

    public decimal? WeightedScore { get; set; }

    public string? Band { get; set; }

    public bool? BandForcedByGate { get; set; }

    public List<CriterionResultDocument?>? Criteria { get; set; }

    public List<GateResultDocument?>? Gates { get; set; }

    public string? Explanation { get; set; }
}

internal sealed class CriterionResultDocument
{
    public string? Criterion { get; set; }

    public string? Status { get; set; }

    public decimal? Actual { get; set; }

    public decimal? Score { get; set; }

    public decimal? EffectiveWeight { get; set; }

    public decimal? Contribution { get; set; }

    public string? Reason { get; set; }

    public Dictionary<string, ReferenceDocument?>? References { get; set; }

    public List<string?>? MissingReferences { get; set; }

    public int? Nested { get; set; }
}

internal sealed class GateResultDocument
{
    public string? Criterion { get; set; }

    public bool? Evaluated { get; set; }

    public bool? Triggered { get; set; }

    public decimal? CriterionScore { get; set; }

    public decimal? WeightedScore { get; set; }

    public bool? BandForced { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = AccountabilityJson.MaxDepth,
    WriteIndented = true)]
[JsonSerializable(typeof(ScorecardDocument))]
[JsonSerializable(typeof(ActualsDocument))]
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(CalibrationDocument))]
[JsonSerializable(typeof(GoalTreeDocument))]
[JsonSerializable(typeof(LedgerDocument))]
[JsonSerializable(typeof(MatrixDocument))]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(CycleDocument))]
[JsonSerializable(typeof(RecordDocument))]
[JsonSerializable(typeof(RecordListDocument))]
// One context for every document kind: the same strict options everywhere.
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
