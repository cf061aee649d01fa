using System.Collections.Immutable;
using System.Globalization;
using Accountability.Goals;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Serialization;

/// <summary>
/// Maps goal trees and actuals ledgers to and from their document shapes. A goal tree is written as its goals, each
/// with its own target (so split and seasonal targets read back to the last decimal place without being split again)
/// and its period as two ISO dates; it is read back through <see cref="GoalTreeBuilder"/>, so every rule of the model
/// is checked, with the builder's problems placed in the document.
/// </summary>
internal static class GoalDocuments
{

    // ------------------------------------------------------------------ goal tree

    public static GoalTreeDocument ToDocument(GoalTree tree)
    {
        int[] parents = tree.ParentIndices;
        var goals = new List<GoalDocument?>(parents.Length);
        var units = new MeasurementUnit[parents.Length];
        var periods = new DateInterval[parents.Length];
        int i = 0;
        foreach (Goal goal in tree.Goals)
        {
            MeasurementUnit unit = goal.Target.Unit;
            units[i] = unit;
            periods[i] = goal.Period;
            int parent = parents[i];
            goals.Add(new GoalDocument
            {
                Id = goal.Id.Value,
                Name = string.Equals(goal.Name, goal.Id.Value, StringComparison.Ordinal) ? null : goal.Name,
                Owner = goal.Owner.Value,
                Parent = goal.ParentId?.Value,
                WorkItem = goal.WorkItem?.Value,
                Target = goal.Target.Value,

                // A child's unit is its parent's (the builder insists): written once, on the root. A period is
                // written where it differs from the parent's (parents come first in the tree's order).
                Unit = parent >= 0 && units[parent].Equals(unit) ? null : Units.ToDocument(unit),
                Period = parent >= 0 && periods[parent].Equals(goal.Period) ? null : new PeriodDocument { Start = DocumentTime.Date(goal.Period.Start), End = DocumentTime.Date(goal.Period.End) },
            });
            i++;
        }

        List<AcknowledgmentDocument?>? acknowledgments = null;
        foreach (TargetAcknowledgment ack in tree.Acknowledgments)
        {
            (acknowledgments ??= []).Add(new AcknowledgmentDocument
            {
                Goal = ack.Goal.Value,
                Owner = ack.Owner.Value,
                At = DocumentTime.Moment(ack.At),
                Target = ack.Target.Value,
                Comment = ack.Comment,
                Objection = ack.IsObjection ? true : null,
            });
        }

        return new GoalTreeDocument { SchemaVersion = AccountabilityJson.SchemaVersion, Kind = AccountabilityJson.GoalTreeKind, Goals = goals, Acknowledgments = acknowledgments };
    }

    public static GoalTree FromDocument(GoalTreeDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.GoalTreeKind);
        var builder = new GoalTreeBuilder();
        var indexById = new Dictionary<string, int>(document.Goals?.Count ?? 0, StringComparer.Ordinal);
        if (document.Goals is null)
        {
            read.Required("$.goals", "an array of goals");
        }
        else
        {
            var units = new MeasurementUnit?[document.Goals.Count];
            var periods = new DateInterval?[document.Goals.Count];
            for (int i = 0; i < document.Goals.Count; i++)
            {
                (units[i], periods[i]) = AddGoal(document.Goals[i], i, indexById, units, periods, builder, read, problems);
            }
        }

        // Acknowledgments are read before the tree is built, so that their problems are reported with the goals' own.
        List<Acknowledgment> acknowledgments = ReadAcknowledgments(document.Acknowledgments, read, problems);
        problems.ThrowIfErrors();
        GoalTree tree;
        try
        {
            tree = builder.Build();
        }
        catch (AccountabilityException ex)
        {
            throw new AccountabilityException([.. ex.Problems.Select(p => InGoals(p, indexById))], ex);
        }

        tree = Acknowledge(tree, acknowledgments, problems);
        problems.ThrowIfErrors();
        return tree;
    }

    /// <summary>
    /// Reads one goal and declares it to the builder; returns its unit and period (null when they could not be read),
    /// which its children listed after it take when they leave them out.
    /// </summary>
    private static (MeasurementUnit? Unit, DateInterval? Period) AddGoal(GoalDocument? goal, int i, Dictionary<string, int> indexById, MeasurementUnit?[] units, DateInterval?[] periods, GoalTreeBuilder builder, DocumentFields read, ProblemCollector problems)
    {
        string path = ProblemPath.Index("$.goals", i);
        if (goal is null)
        {
            read.Required(path, "a goal object");
            return (null, null);
        }

        GoalId? id = read.Id<GoalId>(goal.Id, ProblemPath.Join(path, "id"));
        if (id is { } known && !indexById.TryAdd(known.Value, i))
        {
            problems.Error(ProblemPath.Join(path, "id"), GoalProblemCodes.GoalDuplicateId, $"The goal identifier {known} is used more than once (first at $.goals[{indexById[known.Value].ToString(CultureInfo.InvariantCulture)}]).", known.Value);
            id = null;
        }

        PartyId? owner = read.Id<PartyId>(goal.Owner, ProblemPath.Join(path, "owner"));
        GoalId? parent = goal.Parent is null ? null : read.Id<GoalId>(goal.Parent, ProblemPath.Join(path, "parent"));
        WorkItemId? workItem = goal.WorkItem is null ? null : read.Id<WorkItemId>(goal.WorkItem, ProblemPath.Join(path, "workItem"));
        decimal? value = read.Value(goal.Target, ProblemPath.Join(path, "target"));

        // A unit or period left out is the parent's, when the parent is listed before; when the parent's own could not
        // be read, that is reported there.
        int parentAt = parent is { } p && indexById.TryGetValue(p.Value, out int at) && at < i ? at : -1;
        MeasurementUnit? unit;
        if (goal.Unit is not null)
        {
            unit = Units.FromDocument(goal.Unit, ProblemPath.Join(path, "unit"), read);
        }
        else if (parentAt >= 0)
        {
            unit = units[parentAt];
        }
        else
        {
            unit = null;
            read.Required(ProblemPath.Join(path, "unit"), goal.Parent is null ? "the unit of a root goal's target" : "the unit of the target, unless the parent goal is listed before this goal");
        }

        DateInterval? period;
        if (goal.Period is not null)
        {
            period = Period(goal.Period, ProblemPath.Join(path, "period"), read, problems);
        }
        else if (parentAt >= 0)
        {
            period = periods[parentAt];
        }
        else
        {
            period = null;
            read.Required(ProblemPath.Join(path, "period"), goal.Parent is null ? "the period of a root goal ('start' and 'end', inclusive)" : "the period ('start' and 'end', inclusive), unless the parent goal is listed before this goal");
        }

        Target? target = value is null || unit is null ? null : read.Construct(ProblemPath.Join(path, "target"), () => new Target(value.Value, unit));
        if (id is null || owner is null || target is null || period is null || (goal.Parent is not null && parent is null) || (goal.WorkItem is not null && workItem is null))
        {
            return (unit, period);
        }

        builder.Add(id.Value, owner.Value, target, period, parent, goal.Name, workItem);
        return (unit, period);
    }

    private static List<Acknowledgment> ReadAcknowledgments(List<AcknowledgmentDocument?>? documents, DocumentFields read, ProblemCollector problems)
    {
        var acknowledgments = new List<Acknowledgment>();
        var seen = new Dictionary<GoalId, int>();
        for (int i = 0; i < (documents?.Count ?? 0); i++)
        {
            string path = ProblemPath.Index("$.acknowledgments", i);
            if (documents![i] is not { } ack)
            {
                read.Required(path, "an acknowledgment object");
                continue;
            }

            GoalId? goal = read.Id<GoalId>(ack.Goal, ProblemPath.Join(path, "goal"));
            PartyId? owner = read.Id<PartyId>(ack.Owner, ProblemPath.Join(path, "owner"));
            Instant? at = When(ack.At, ProblemPath.Join(path, "at"), read, problems);
            decimal? value = read.Value(ack.Target, ProblemPath.Join(path, "target"));
            if (ack.Comment is { } comment && string.IsNullOrWhiteSpace(comment))
            {
                problems.Error(ProblemPath.Join(path, "comment"), SerializationProblemCodes.ValueNotAllowed, "The comment cannot be empty or white space; leave it out instead.", comment);
                continue;
            }

            if (goal is { } g && !seen.TryAdd(g, i))
            {
                problems.Error(ProblemPath.Join(path, "goal"), SerializationProblemCodes.ValueNotAllowed, $"The goal {g} is acknowledged twice (first at $.acknowledgments[{seen[g].ToString(CultureInfo.InvariantCulture)}]); a goal has one current acknowledgment.", g.Value);
                continue;
            }

            if (goal is not null && owner is not null && at is not null && value is not null)
            {
                acknowledgments.Add(new Acknowledgment(path, goal.Value, owner.Value, at.Value, value.Value, ack.Comment, ack.Objection ?? false));
            }
        }

        return acknowledgments;
    }

    private static GoalTree Acknowledge(GoalTree tree, List<Acknowledgment> acknowledgments, ProblemCollector problems)
    {
        List<TargetAcknowledgment>? earlier = null;
        foreach (Acknowledgment ack in acknowledgments)
        {
            if (!tree.TryGet(ack.Goal, out Goal? acknowledged))
            {
                problems.Error(ProblemPath.Join(ack.Path, "goal"), SerializationProblemCodes.ValueNotAllowed, $"There is no goal {ack.Goal} in the tree.", ack.Goal.Value);
                continue;
            }

            try
            {
                tree = tree.Acknowledge(ack.Goal, ack.Owner, ack.At, ack.Comment, ack.Objection);
            }
            catch (AccountabilityException ex)
            {
                foreach (Problem problem in ex.Problems)
                {
                    string member = problem.Path.EndsWith(".by", StringComparison.Ordinal) ? "owner" : "comment";
                    problems.Add(new Problem(ProblemPath.Join(ack.Path, member), problem.Code, problem.Message, problem.Severity, problem.AttemptedValue));
                }

                continue;
            }

            // An acknowledgment of an earlier target (the goal's target changed since, as by a departure) is kept as it was.
            if (ack.Target != acknowledged.Target.Value)
            {
                try
                {
                    (earlier ??= []).Add(new TargetAcknowledgment(ack.Goal, ack.Owner, ack.At, new Target(ack.Target, acknowledged.Target.Unit), ack.Comment, ack.Objection));
                }
                catch (ArgumentException ex)
                {
                    problems.Error(ProblemPath.Join(ack.Path, "target"), SerializationProblemCodes.ValueNotAllowed, Sentence(ex.Message), ack.Target);
                }
            }
        }

        if (earlier is null || problems.HasErrors)
        {
            return tree;
        }

        ImmutableDictionary<GoalId, TargetAcknowledgment> all = tree.Acknowledgments.ToImmutableDictionary(a => a.Goal);
        foreach (TargetAcknowledgment ack in earlier)
        {
            all = all.SetItem(ack.Goal, ack);
        }

        return new GoalTree(tree.Goals, all, [.. tree.Notes]);
    }

    private static string Sentence(string message)
    {
        int cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>Places a builder problem (<c>goals[east].period</c>) at its goal in the document (<c>$.goals[1].period</c>).</summary>
    private static Problem InGoals(Problem problem, Dictionary<string, int> indexById)
    {
        const string Prefix = "goals[";
        string path = problem.Path;
        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            string rest = path[Prefix.Length..];
            for (int end = rest.IndexOf(']', StringComparison.Ordinal); end >= 0; end = rest.IndexOf(']', end + 1))
            {
                if ((end + 1 == rest.Length || rest[end + 1] == '.') && indexById.TryGetValue(rest[..end], out int at))
                {
                    return new Problem(ProblemPath.Index("$.goals", at) + rest[(end + 1)..], problem.Code, problem.Message, problem.Severity, problem.AttemptedValue);
                }
            }
        }

        return DocumentFields.InDocument(problem);
    }

    private static DateInterval? Period(PeriodDocument period, string path, DocumentFields read, ProblemCollector problems) =>
        DocumentTime.Period(period, path, problems, read);

    private static LocalDate? Date(string? text, string path, DocumentFields read, ProblemCollector problems) =>
        DocumentTime.DateAt(text, path, problems, read, required: true);

    private static Instant? When(string? text, string path, DocumentFields read, ProblemCollector problems) =>
        DocumentTime.InstantAt(text, path, problems, read);

    // ------------------------------------------------------------------ actuals ledger

    public static LedgerDocument ToDocument(ActualsLedger ledger)
    {
        var entries = new List<LedgerEntryDocument?>(ledger.Entries.Count);
        foreach (ActualEntry entry in ledger.Entries)
        {
            entries.Add(new LedgerEntryDocument
            {
                Goal = entry.Goal.Value,
                Date = DocumentTime.Date(entry.Date),
                Value = entry.Value,

                // The usual measure (1, as recorded when none is given) is left out; any other, such as 1.0, is kept.
                Measure = entry.Measure == 1m && entry.Measure.Scale == 0 ? null : entry.Measure,
                Reference = entry.Reference,
            });
        }

        return new LedgerDocument { SchemaVersion = AccountabilityJson.SchemaVersion, Kind = AccountabilityJson.LedgerKind, Entries = entries };
    }

    public static ActualsLedger FromDocument(LedgerDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.LedgerKind);
        ActualsLedger ledger = ActualsLedger.Empty;
        if (document.Entries is null)
        {
            read.Required("$.entries", "an array of entries");
        }
        else
        {
            for (int i = 0; i < document.Entries.Count; i++)
            {
                string path = ProblemPath.Index("$.entries", i);
                if (document.Entries[i] is not { } entry)
                {
                    read.Required(path, "an entry object");
                    continue;
                }

                GoalId? goal = read.Id<GoalId>(entry.Goal, ProblemPath.Join(path, "goal"));
                LocalDate? date = Date(entry.Date, ProblemPath.Join(path, "date"), read, problems);
                decimal? value = read.Value(entry.Value, ProblemPath.Join(path, "value"));
                decimal measure = entry.Measure ?? 1m;
                if (measure <= 0m)
                {
                    problems.Error(ProblemPath.Join(path, "measure"), SerializationProblemCodes.ValueNotAllowed, string.Create(CultureInfo.InvariantCulture, $"The measure must be positive; it is {measure}."), measure);
                    continue;
                }

                if (goal is not null && date is not null && value is not null && !problems.HasErrors)
                {
                    ledger = ledger.Record(goal.Value, date.Value, value.Value, measure, entry.Reference);
                }
            }
        }

        problems.ThrowIfErrors();
        return ledger;
    }

    /// <summary>An acknowledgment as read, applied once the tree is built.</summary>
    private sealed record Acknowledgment(string Path, GoalId Goal, PartyId Owner, Instant At, decimal Target, string? Comment, bool Objection);
}
