using Accountability.Responsibility;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Serialization;

/// <summary>
/// Maps a responsibility matrix to and from its document shape. Reading rebuilds the matrix through
/// <see cref="ResponsibilityMatrix.Create"/> (what <see cref="ResponsibilityMatrixBuilder.Build"/> runs), so every rule of a
/// well-formed matrix is checked, and its problems are reported at their JSON paths.
/// </summary>
internal static class MatrixDocuments
{
    private static readonly ResponsibilityScheme[] BuiltInSchemes = [ResponsibilityScheme.Raci, ResponsibilityScheme.Rasci, ResponsibilityScheme.RaciVs, ResponsibilityScheme.Daci];

    public static MatrixDocument ToDocument(ResponsibilityMatrix matrix) => new()
    {
        SchemaVersion = AccountabilityJson.SchemaVersion,
        Kind = AccountabilityJson.ResponsibilityMatrixKind,
        Version = matrix.Version,
        EffectiveFrom = matrix.EffectiveFrom is { } from ? Date(from) : null,
        Scheme = new SchemeDocument
        {
            Name = matrix.Scheme.Name,
            Codes = [.. matrix.Scheme.Codes.Select(c => (CodeDocument?)new CodeDocument { Symbol = c.Symbol, Name = c.Name, Involvement = c.Involvement.ToString(), MaximumPerItem = c.MaximumPerItem })],
            ForbiddenCombinations = matrix.Scheme.ForbiddenCombinations.Count == 0
                ? null
                : [.. matrix.Scheme.ForbiddenCombinations.Select(c => (CombinationDocument?)new CombinationDocument { First = c.First, Second = c.Second })],
        },
        Parties = [.. matrix.Parties.Select(p => (PartyDocument?)new PartyDocument { Id = p.Id.Value, Kind = p.Kind.ToString(), Name = p.Name, Authority = Authority(p.Authority) })],
        WorkItems = [.. matrix.WorkItems.Select(i => (WorkItemDocument?)new WorkItemDocument { Id = i.Id.Value, Title = i.Title, Parent = i.Parent?.Value, RequiredAuthority = Authority(i.RequiredAuthority) })],
        Tenures = matrix.Tenures.Count == 0
            ? null
            : [.. matrix.Tenures.Select(t => (TenureDocument?)new TenureDocument { Person = t.Person.Value, RoleOrTeam = t.RoleOrTeam.Value, EffectiveFrom = Date(t.EffectiveFrom), EffectiveTo = t.EffectiveTo is { } to ? Date(to) : null })],
        Assignments = [.. matrix.Assignments.Select(a => (AssignmentDocument?)new AssignmentDocument { WorkItem = a.WorkItem.Value, Party = a.Party.Value, Codes = [.. a.Codes] })],
    };

    public static ResponsibilityMatrix FromDocument(MatrixDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.ResponsibilityMatrixKind);
        int? version = read.Whole(document.Version, "$.version");
        if (version < 1)
        {
            problems.Error("$.version", SerializationProblemCodes.ValueNotAllowed, $"The version must be at least 1; it is {version}.", version);
        }

        LocalDate? effectiveFrom = document.EffectiveFrom is null ? null : Date(document.EffectiveFrom, "$.effectiveFrom", problems);
        ResponsibilityScheme? scheme = document.Scheme is null ? Missing<ResponsibilityScheme>(read, "$.scheme", "the scheme: its name, codes and forbidden combinations") : Scheme(document.Scheme, read);
        Party[] parties = Entries(document.Parties, "$.parties", "a party", read, Party);
        WorkItem[] items = Entries(document.WorkItems, "$.workItems", "a work item", read, Item);
        Tenure[] tenures = document.Tenures is null ? [] : Entries(document.Tenures, "$.tenures", "a tenure", read, (t, path, r) => Tenure(t, path, r, problems));
        Assignment[] cells = Entries(document.Assignments, "$.assignments", "an assignment (a cell)", read, Cell);
        var seen = new HashSet<(WorkItemId, PartyId)>();
        for (int i = 0; i < cells.Length && !read.Failed; i++)
        {
            if (!seen.Add((cells[i].WorkItem, cells[i].Party)))
            {
                problems.Error(ProblemPath.Index("$.assignments", i), SerializationProblemCodes.ValueNotAllowed, $"The cell of '{cells[i].Party}' on '{cells[i].WorkItem}' appears twice; give each cell once, with all its codes.", cells[i].ToString());
            }
        }

        // Only a document whose every entry was read reaches the matrix's own checks, so their indexes are the document's.
        problems.ThrowIfErrors();
        try
        {
            return ResponsibilityMatrix.Create(scheme!, parties, items, tenures, cells, version!.Value, effectiveFrom);
        }
        catch (AccountabilityException ex)
        {
            throw new AccountabilityException([.. ex.Problems.Select(InDocument)], ex);
        }
    }

    internal static string Date(LocalDate date) => DocumentTime.Date(date);

    internal static LocalDate? Date(string text, string path, ProblemCollector problems) =>
        DocumentTime.DateAt(text, path, problems, read: null, required: true);

    private static Problem InDocument(Problem problem)
    {
        // The matrix names its rows 'items'; the document calls them 'workItems'.
        string path = problem.Path.StartsWith("items", StringComparison.Ordinal) ? "work" + char.ToUpperInvariant(problem.Path[0]) + problem.Path[1..] : problem.Path;
        return DocumentFields.InDocument(new Problem(path, problem.Code, problem.Message, problem.Severity, problem.AttemptedValue));
    }

    private static T? Missing<T>(DocumentFields read, string path, string what)
        where T : class
    {
        read.Required(path, what);
        return null;
    }

    private static T[] Entries<TDocument, T>(List<TDocument?>? documents, string path, string what, DocumentFields read, Func<TDocument, string, DocumentFields, T?> entry)
        where TDocument : class
        where T : class
    {
        if (documents is null)
        {
            read.Required(path, "an array of entries, each " + what);
            return [];
        }

        var entries = new List<T>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            string at = ProblemPath.Index(path, i);
            if (documents[i] is not { } document)
            {
                read.Required(at, what);
            }
            else if (entry(document, at, read) is { } value)
            {
                entries.Add(value);
            }
        }

        return [.. entries];
    }

    private static ResponsibilityScheme? Scheme(SchemeDocument document, DocumentFields read)
    {
        string? name = read.Text(document.Name, "$.scheme.name");
        ResponsibilityCode[] codes = Entries(document.Codes, "$.scheme.codes", "a code", read, Code);
        CodeCombination[] forbidden = document.ForbiddenCombinations is null ? [] : Entries(document.ForbiddenCombinations, "$.scheme.forbiddenCombinations", "a pair of codes", read, Combination);
        if (read.Failed)
        {
            return null;
        }

        ResponsibilityScheme? scheme = read.Construct("$.scheme", () => ResponsibilityScheme.Create(name!, codes, forbidden));
        return scheme is null ? null : Array.Find(BuiltInSchemes, s => ResponsibilityMatrix.SameScheme(s, scheme)) ?? scheme;
    }

    private static ResponsibilityCode? Code(CodeDocument document, string path, DocumentFields read)
    {
        string? symbol = read.Text(document.Symbol, ProblemPath.Join(path, "symbol"));
        string? name = read.Text(document.Name, ProblemPath.Join(path, "name"));
        Involvement? involvement = read.Enum<Involvement>(document.Involvement, ProblemPath.Join(path, "involvement"), required: true);
        return symbol is null || name is null || involvement is null
            ? null
            : read.Construct(path, () => new ResponsibilityCode(symbol, name, involvement.Value, document.MaximumPerItem));
    }

    private static CodeCombination? Combination(CombinationDocument document, string path, DocumentFields read)
    {
        string? first = read.Text(document.First, ProblemPath.Join(path, "first"));
        string? second = read.Text(document.Second, ProblemPath.Join(path, "second"));
        return first is null || second is null ? null : read.Construct(path, () => new CodeCombination(first, second));
    }

    private static AuthorityDocument? Authority(Responsibility.Authority authority) =>
        authority.IsNone ? null : new AuthorityDocument { Level = authority.Level, DecisionRights = authority.DecisionRights.Count == 0 ? null : [.. authority.DecisionRights] };

    private static Responsibility.Authority? Authority(AuthorityDocument? document, string path, DocumentFields read)
    {
        if (document is null)
        {
            return Responsibility.Authority.None;
        }

        var rights = new List<string>();
        for (int i = 0; i < (document.DecisionRights?.Count ?? 0); i++)
        {
            if (read.Text(document.DecisionRights![i], ProblemPath.Index(ProblemPath.Join(path, "decisionRights"), i)) is { } right)
            {
                rights.Add(right);
            }
        }

        if (document.Level < 0)
        {
            read.NotAllowed(ProblemPath.Join(path, "level"), "an authority level is zero or more");
            return null;
        }

        return read.Construct(path, () => Responsibility.Authority.Create(rights, document.Level));
    }

    private static Party? Party(PartyDocument document, string path, DocumentFields read)
    {
        PartyId? id = read.Id<PartyId>(document.Id, ProblemPath.Join(path, "id"));
        PartyKind? kind = read.Enum<PartyKind>(document.Kind, ProblemPath.Join(path, "kind"), required: true);
        string? name = read.Text(document.Name, ProblemPath.Join(path, "name"));
        Responsibility.Authority? authority = Authority(document.Authority, ProblemPath.Join(path, "authority"), read);
        return id is null || kind is null || name is null || authority is null
            ? null
            : read.Construct(path, () => new Party(id.Value, kind.Value, name, authority));
    }

    private static WorkItem? Item(WorkItemDocument document, string path, DocumentFields read)
    {
        WorkItemId? id = read.Id<WorkItemId>(document.Id, ProblemPath.Join(path, "id"));
        string? title = read.Text(document.Title, ProblemPath.Join(path, "title"));
        WorkItemId? parent = document.Parent is null ? null : read.Id<WorkItemId>(document.Parent, ProblemPath.Join(path, "parent"));
        Responsibility.Authority? required = Authority(document.RequiredAuthority, ProblemPath.Join(path, "requiredAuthority"), read);
        return id is null || title is null || required is null || (document.Parent is not null && parent is null)
            ? null
            : read.Construct(path, () => new WorkItem(id.Value, title, parent, required));
    }

    private static Tenure? Tenure(TenureDocument document, string path, DocumentFields read, ProblemCollector problems)
    {
        PartyId? person = read.Id<PartyId>(document.Person, ProblemPath.Join(path, "person"));
        PartyId? group = read.Id<PartyId>(document.RoleOrTeam, ProblemPath.Join(path, "roleOrTeam"));
        LocalDate? from = null;
        if (document.EffectiveFrom is null)
        {
            read.Required(ProblemPath.Join(path, "effectiveFrom"), "the tenure's first day (yyyy-MM-dd)");
        }
        else
        {
            from = Date(document.EffectiveFrom, ProblemPath.Join(path, "effectiveFrom"), problems);
        }

        LocalDate? to = document.EffectiveTo is null ? null : Date(document.EffectiveTo, ProblemPath.Join(path, "effectiveTo"), problems);
        return person is null || group is null || from is null || (document.EffectiveTo is not null && to is null)
            ? null
            : read.Construct(path, () => new Tenure(person.Value, group.Value, from.Value, to));
    }

    private static Assignment? Cell(AssignmentDocument document, string path, DocumentFields read)
    {
        WorkItemId? item = read.Id<WorkItemId>(document.WorkItem, ProblemPath.Join(path, "workItem"));
        PartyId? party = read.Id<PartyId>(document.Party, ProblemPath.Join(path, "party"));
        var codes = new List<string>();
        if (document.Codes is null)
        {
            read.Required(ProblemPath.Join(path, "codes"), "an array of code symbols");
        }
        else
        {
            for (int i = 0; i < document.Codes.Count; i++)
            {
                if (read.Text(document.Codes[i], ProblemPath.Index(ProblemPath.Join(path, "codes"), i)) is { } code)
                {
                    codes.Add(code);
                }
            }
        }

        return item is null || party is null || document.Codes is null || codes.Count != document.Codes.Count
            ? null
            : read.Construct(path, () => new Assignment(item.Value, party.Value, codes));
    }
}
