using System.Globalization;
using System.Text;
using NodaTime;

namespace Accountability.Responsibility;

/// <summary>One person holding one code on a work item, directly or through a role or team.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResolvedAssignment
{
    internal ResolvedAssignment(Party person, Party assigned, ResponsibilityCode code)
    {
        Person = person;
        Assigned = assigned;
        Code = code;
    }

    /// <summary>The person who holds the code.</summary>
    public Party Person { get; }

    /// <summary>The party named in the matrix cell: the person themself, or the role or team they hold the code through.</summary>
    public Party Assigned { get; }

    /// <summary>The role or team through which the person holds the code; <see langword="null"/> when assigned directly.</summary>
    public Party? Via => Assigned.Kind == PartyKind.Person ? null : Assigned;

    /// <summary>The code held.</summary>
    public ResponsibilityCode Code { get; }

    /// <summary>Returns <c>Li Wei (li-wei) as Regional manager East (rm-east)</c>, or just the person when direct.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Via is Party via ? Person + " as " + via : Person.ToString();
}

/// <summary>
/// Who answers for a work item on a date: the one Accountable person, and the Responsible, Consulted and Informed
/// people, each with the role or team through which they hold their code.
/// </summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.WhoAnswersFor"/>.</remarks>
public sealed class AccountabilityAnswer
{
    internal AccountabilityAnswer(WorkItem item, LocalDate on, int matrixVersion, List<ResolvedAssignment> all, Problem[] notes)
    {
        WorkItem = item;
        On = on;
        MatrixVersion = matrixVersion;
        All = all;
        Accountable = all.Single(r => r.Code.Involvement == Involvement.Accountable);
        Responsible = Of(all, Involvement.Responsible);
        Consulted = Of(all, Involvement.Consulted);
        Informed = Of(all, Involvement.Informed);
        Others = [.. all.Where(r => r.Code.Involvement is not (Involvement.Accountable or Involvement.Responsible or Involvement.Consulted or Involvement.Informed))];
        Notes = notes;
    }

    /// <summary>The work item asked about.</summary>
    public WorkItem WorkItem { get; }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The version of the matrix that answered.</summary>
    public int MatrixVersion { get; }

    /// <summary>The one person who answers for the item.</summary>
    public ResolvedAssignment Accountable { get; }

    /// <summary>The people who do the work (Responsible, or the scheme's equivalent such as DACI's Driver).</summary>
    public IReadOnlyList<ResolvedAssignment> Responsible { get; }

    /// <summary>The people consulted.</summary>
    public IReadOnlyList<ResolvedAssignment> Consulted { get; }

    /// <summary>The people informed.</summary>
    public IReadOnlyList<ResolvedAssignment> Informed { get; }

    /// <summary>The people holding the scheme's other codes (Support, Verifier, Signatory, an integrator's own).</summary>
    public IReadOnlyList<ResolvedAssignment> Others { get; }

    /// <summary>Everyone, in column order and then in the scheme's code order.</summary>
    public IReadOnlyList<ResolvedAssignment> All { get; }

    /// <summary>Warnings and information the checks reported about the item (errors prevent an answer).</summary>
    public IReadOnlyList<Problem> Notes { get; }

    /// <summary>Explains the answer in a few lines, one per code.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{WorkItem} on {Tenure.Iso(On)} (matrix v{MatrixVersion})");
        foreach (IGrouping<ResponsibilityCode, ResolvedAssignment> group in All.GroupBy(r => r.Code).OrderBy(g => g.Key.Involvement))
        {
            text.AppendLine().Append("  ").Append(group.Key.Name).Append(": ").AppendJoin("; ", group);
        }

        foreach (Problem note in Notes)
        {
            text.AppendLine().Append("  note: ").Append(note.Message);
        }

        return text.ToString();
    }

    private static ResolvedAssignment[] Of(List<ResolvedAssignment> all, Involvement involvement) =>
        [.. all.Where(r => r.Code.Involvement == involvement)];
}

/// <summary>One thing a party answers for: a code on a work item, held directly or through a role or team.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartyResponsibility
{
    internal PartyResponsibility(WorkItem item, ResponsibilityCode code, Party? via)
    {
        WorkItem = item;
        Code = code;
        Via = via;
    }

    /// <summary>The work item.</summary>
    public WorkItem WorkItem { get; }

    /// <summary>The code held.</summary>
    public ResponsibilityCode Code { get; }

    /// <summary>The role or team through which it is held; <see langword="null"/> when held directly.</summary>
    public Party? Via { get; }

    /// <summary>Returns <c>A on Set targets (set-targets) via Sales director (sales-director)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code.Symbol + " on " + WorkItem + (Via is Party via ? " via " + via : string.Empty);
}

/// <summary>Everything a party answers for on a date.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.ResponsibilitiesOf"/>.</remarks>
public sealed class PartyResponsibilities
{
    internal PartyResponsibilities(Party party, LocalDate on, PartyResponsibility[] entries)
    {
        Party = party;
        On = on;
        Entries = entries;
    }

    /// <summary>The party asked about.</summary>
    public Party Party { get; }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The responsibilities, in row order, direct ones first within a row.</summary>
    public IReadOnlyList<PartyResponsibility> Entries { get; }

    /// <summary>The distinct work items the party answers for, in row order.</summary>
    public IReadOnlyList<WorkItem> WorkItems => [.. Entries.Select(e => e.WorkItem).Distinct()];

    /// <summary>Returns a heading line and one line per responsibility.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Party + " on " + Tenure.Iso(On) + ":" + string.Concat(Entries.Select(e => Environment.NewLine + "  " + e));
}

/// <summary>How many work items one party answers for, per code.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WorkloadRow
{
    internal WorkloadRow(Party party, Dictionary<string, int> counts, int total)
    {
        Party = party;
        Counts = counts;
        Items = total;
    }

    /// <summary>The party.</summary>
    public Party Party { get; }

    /// <summary>Work items per code symbol; every code of the scheme is present, zero when unused.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>The distinct work items the party holds any code on.</summary>
    public int Items { get; }

    /// <summary>Returns the number of work items on which the party holds <paramref name="symbol"/>.</summary>
    /// <param name="symbol">A code's symbol.</param>
    /// <returns>The count; zero for a symbol the scheme does not have.</returns>
    public int CountOf(string symbol) => symbol is not null && Counts.TryGetValue(symbol, out int n) ? n : 0;
}

/// <summary>Workload per party on a date, as data; render it with <see cref="ResponsibilityTable"/>.</summary>
/// <remarks>Immutable and thread-safe. Made by <see cref="ResponsibilityMatrix.Workload"/>.</remarks>
public sealed class Workload
{
    internal Workload(LocalDate on, int matrixVersion, IReadOnlyList<ResponsibilityCode> codes, List<WorkloadRow> rows)
    {
        On = on;
        MatrixVersion = matrixVersion;
        Codes = codes;
        Rows = rows;
    }

    /// <summary>The date roles and teams were resolved on.</summary>
    public LocalDate On { get; }

    /// <summary>The version of the matrix counted.</summary>
    public int MatrixVersion { get; }

    /// <summary>The scheme's codes, the columns of the table.</summary>
    public IReadOnlyList<ResponsibilityCode> Codes { get; }

    /// <summary>One row per party, in the matrix's column order.</summary>
    public IReadOnlyList<WorkloadRow> Rows { get; }

    /// <summary>Returns the row of <paramref name="party"/>.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The row.</returns>
    /// <exception cref="AccountabilityException">The party is not in the matrix (<c>unknown-party</c>).</exception>
    public WorkloadRow For(PartyId party) =>
        Rows.FirstOrDefault(r => r.Party.Id == party) ?? throw ResponsibilityMatrix.UnknownParty("party", party);
}
