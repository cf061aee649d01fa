using System.Text.Json;
using System.Text.Json.Serialization;

namespace Accountability.Serialization;

// The JSON shape of a responsibility matrix document (internal): plain, nullable properties, so that the reader can
// report every missing or misplaced value itself, with its path.
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1002, CA2227 // plain document shapes

internal sealed class MatrixDocument
{
    public int? SchemaVersion { get; set; }

    public string? Kind { get; set; }

    public int? Version { get; set; }

    public string? EffectiveFrom { get; set; }

    public SchemeDocument? Scheme { get; set; }

    public List<PartyDocument?>? Parties { get; set; }

    public List<WorkItemDocument?>? WorkItems { get; set; }

    public List<TenureDocument?>? Tenures { get; set; }

    public List<AssignmentDocument?>? Assignments { get; set; }
}

internal sealed class SchemeDocument
{
    public string? Name { get; set; }

    public List<CodeDocument?>? Codes { get; set; }

    public List<CombinationDocument?>? ForbiddenCombinations { get; set; }
}

internal sealed class CodeDocument
{
    public string? Symbol { get; set; }

    public string? Name { get; set; }

    public string? Involvement { get; set; }

    public int? MaximumPerItem { get; set; }
}

internal sealed class CombinationDocument
{
    public string? First { get; set; }

    public string? Second { get; set; }
}

internal sealed class AuthorityDocument
{
    public int? Level { get; set; }

    public List<string?>? DecisionRights { get; set; }
}

internal sealed class PartyDocument
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public AuthorityDocument? Authority { get; set; }
}

internal sealed class WorkItemDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Parent { get; set; }

    public AuthorityDocument? RequiredAuthority { get; set; }
}

internal sealed class TenureDocument
{
    public string? Person { get; set; }

    public string? RoleOrTeam { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? EffectiveTo { get; set; }
}

internal sealed class AssignmentDocument
{
    public string? WorkItem { get; set; }

    public string? Party { get; set; }

    public List<string?>? Codes { get; set; }
}
