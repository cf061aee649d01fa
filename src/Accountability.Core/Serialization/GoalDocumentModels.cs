using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability.Serialization;

// The JSON shapes of the goal-tree and actuals-ledger documents (internal): plain, nullable properties, so that the
// reader can report every missing or misplaced value itself, with its path.
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1002, CA2227 // plain document shapes

internal sealed class GoalTreeDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public List<GoalDocument?>? Goals { get; set; }

    public List<AcknowledgmentDocument?>? Acknowledgments { get; set; }
}

internal sealed class GoalDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Owner { get; set; }

    public string? Parent { get; set; }

    public string? WorkItem { get; set; }

    public decimal? Target { get; set; }

    public UnitDocument? Unit { get; set; }

    public PeriodDocument? Period { get; set; }
}

internal sealed class AcknowledgmentDocument
{
    public string? Goal { get; set; }

    public string? Owner { get; set; }

    public string? At { get; set; }

    public decimal? Target { get; set; }

    public string? Comment { get; set; }

    public bool? Objection { get; set; }
}

internal sealed class LedgerDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public List<LedgerEntryDocument?>? Entries { get; set; }
}

internal sealed class LedgerEntryDocument
{
    public string? Goal { get; set; }

    public string? Date { get; set; }

    public decimal? Value { get; set; }

    public decimal? Measure { get; set; }

    public string? Reference { get; set; }
}
