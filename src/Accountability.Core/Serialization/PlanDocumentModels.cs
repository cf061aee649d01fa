using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability.Serialization;

// The JSON shapes of improvement plan and review cycle documents (internal): plain nullable properties, so that the
// reader can report each missing or invalid value itself with its path. Statuses and phases are not stored twice: a
// plan's history and a cycle's transitions are the truth, and the 'status' and 'phase' written beside them are checked
// against them.
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1002, CA2227 // plain document shapes

internal sealed class PlanDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public string? Subject { get; set; }

    public string? MadeOn { get; set; }

    public string? MadeBy { get; set; }

    public string? MadeAt { get; set; }

    public List<PlannedActionDocument?>? Actions { get; set; }

    public List<ActionChangeDocument?>? History { get; set; }
}

internal sealed class PlannedActionDocument
{
    public int? Number { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Owner { get; set; }

    public string? Due { get; set; }

    public string? Status { get; set; }

    public ActionLinkDocument? Addresses { get; set; }

    public CriterionGapDocument? Gap { get; set; }
}

internal sealed class ActionLinkDocument
{
    public string? Criterion { get; set; }

    public PeriodDocument? Period { get; set; }

    public string? Goal { get; set; }
}

internal sealed class CriterionGapDocument
{
    public string? Criterion { get; set; }

    public string? CriterionName { get; set; }

    public decimal? Score { get; set; }

    public decimal? Bar { get; set; }

    public decimal? Actual { get; set; }

    public decimal? Target { get; set; }

    public decimal? TargetGap { get; set; }
}

internal sealed class ActionChangeDocument
{
    public int? Action { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? By { get; set; }

    public string? At { get; set; }

    public string? Reason { get; set; }
}

internal sealed class CycleDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public PeriodDocument? Period { get; set; }

    public List<string?>? Participants { get; set; }

    public Dictionary<string, string?>? Deadlines { get; set; }

    public string? CreatedBy { get; set; }

    public string? CreatedAt { get; set; }

    public string? Phase { get; set; }

    public List<PhaseTransitionDocument?>? Transitions { get; set; }
}

internal sealed class PhaseTransitionDocument
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? By { get; set; }

    public string? At { get; set; }

    public string? Reason { get; set; }

    public ReadinessDocument? Readiness { get; set; }
}

internal sealed class ReadinessDocument
{
    public List<string?>? Unacknowledged { get; set; }

    public List<string?>? WithOpenAppeals { get; set; }
}
