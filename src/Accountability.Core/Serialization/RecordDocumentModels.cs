using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability.Serialization;

// The JSON shapes of record documents (internal): one flat shape for every record kind, plain nullable properties, so
// that the reader can report each missing, misplaced or invalid value itself with its path.
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1002, CA2227 // plain document shapes

internal sealed class RecordDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public string? RecordKind { get; set; }

    public string? Id { get; set; }

    public string? Stream { get; set; }

    public long? Version { get; set; }

    public string? RecordedAt { get; set; }

    public string? Author { get; set; }

    public RecordSubjectDocument? Subject { get; set; }

    // Feedback.
    public TopicDocument? About { get; set; }

    public string? Text { get; set; }

    public string? Visibility { get; set; }

    // Acknowledgment.
    public string? Feedback { get; set; }

    public ResultKeyDocument? Result { get; set; }

    public string? Response { get; set; }

    // Appeal.
    public string? Reason { get; set; }

    public string? Deadline { get; set; }

    public List<string?>? RoutedTo { get; set; }

    public decimal? Actual { get; set; }

    public decimal? Score { get; set; }

    // Appeal decision.
    public string? Appeal { get; set; }

    public string? Outcome { get; set; }

    public CorrectionDocument? Correction { get; set; }

    public decimal? PreviousScore { get; set; }

    public decimal? NewScore { get; set; }

    public decimal? PreviousCriterionScore { get; set; }

    public decimal? NewCriterionScore { get; set; }

    public string? NewBand { get; set; }

    // Feedback correction.
    public string? Amends { get; set; }

    public bool? Retraction { get; set; }

    // Suggestion status change.
    public string? Suggestion { get; set; }

    public string? Status { get; set; }

    public string? Note { get; set; }

    // Plan action.
    public string? PlanMadeOn { get; set; }

    public int? Action { get; set; }

    public string? Title { get; set; }

    public string? Owner { get; set; }

    public string? Due { get; set; }

    public string? ActionKind { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    // Cycle transition.
    public string? Cycle { get; set; }

    public string? CycleName { get; set; }

    public bool? Override { get; set; }

    public string? Outstanding { get; set; }
}

internal sealed class RecordListDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public List<RecordDocument?>? Records { get; set; }
}

internal sealed class RecordSubjectDocument
{
    public string? Party { get; set; }

    public string? WorkItem { get; set; }
}

internal sealed class TopicDocument
{
    public ResultKeyDocument? Result { get; set; }

    public string? Goal { get; set; }

    public string? WorkItem { get; set; }

    public string? ReviewCycle { get; set; }
}

internal sealed class ResultKeyDocument
{
    public string? Scorecard { get; set; }

    public string? Subject { get; set; }

    public PeriodDocument? Period { get; set; }

    public string? Criterion { get; set; }
}

internal sealed class PeriodDocument
{
    public string? Start { get; set; }

    public string? End { get; set; }
}

internal sealed class CorrectionDocument
{
    public string? Reference { get; set; }

    public decimal? Value { get; set; }
}
