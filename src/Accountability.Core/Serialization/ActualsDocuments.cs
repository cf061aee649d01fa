using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>Maps actuals to and from their document shape.</summary>
internal static class ActualsDocuments
{
    public static ActualsDocument ToDocument(ScorecardId scorecard, Actuals[] subjects)
    {
        var documents = new List<SubjectActualsDocument?>(subjects.Length);
        for (int i = 0; i < subjects.Length; i++)
        {
            Actuals actuals = subjects[i];
            var document = new SubjectActualsDocument { Subject = actuals.Subject.Value };
            foreach ((CriterionId criterion, ActualValue value) in actuals.Entries.OrderBy(e => e.Key))
            {
                switch (value.Kind)
                {
                    case ActualKind.Value:
                        (document.Values ??= new(StringComparer.Ordinal)).Add(criterion.Value, value.Value!.Value);
                        break;
                    case ActualKind.NotApplicable:
                        (document.NotApplicable ??= new(StringComparer.Ordinal)).Add(criterion.Value, value.Reason ?? string.Empty);
                        break;
                    default:
                        throw new AccountabilityException([new Problem(
                            ProblemPath.Key(ProblemPath.Join(ProblemPath.Index("subjects", i), "values"), criterion.Value),
                            SerializationProblemCodes.NotWritable,
                            $"The actual of '{criterion}' for '{actuals.Subject}' is a nested scorecard result, which has no document form; write the nested scorecard's own actuals instead.")]);
                }
            }

            foreach (ReferenceValue reference in actuals.References.OrderBy(r => r.Criterion).ThenBy(r => r.Name, StringComparer.Ordinal))
            {
                document.References ??= new(StringComparer.Ordinal);
                if (!document.References.TryGetValue(reference.Criterion.Value, out Dictionary<string, ReferenceDocument?>? named) || named is null)
                {
                    named = new(StringComparer.Ordinal);
                    document.References[reference.Criterion.Value] = named;
                }

                named[reference.Name] = ReferenceDocuments.ToDocument(reference);
            }

            documents.Add(document);
        }

        return new ActualsDocument { SchemaVersion = AccountabilityJson.SchemaVersion, Kind = AccountabilityJson.ActualsKind, Scorecard = scorecard.Value, Subjects = documents };
    }

    public static ActualsSet FromDocument(ActualsDocument document)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.ActualsKind);
        ScorecardId? scorecard = read.Id<ScorecardId>(document.Scorecard, "$.scorecard");
        var subjects = new List<Actuals>();
        var seen = new HashSet<PartyId>();
        if (document.Subjects is null)
        {
            read.Required("$.subjects", "an array of subjects");
        }
        else
        {
            for (int i = 0; i < document.Subjects.Count; i++)
            {
                string path = ProblemPath.Index("$.subjects", i);
                if (document.Subjects[i] is not { } subject)
                {
                    read.Required(path, "a subject object");
                    continue;
                }

                PartyId? party = read.Id<PartyId>(subject.Subject, ProblemPath.Join(path, "subject"));
                if (party is { } p && !seen.Add(p))
                {
                    problems.Error(ProblemPath.Join(path, "subject"), SerializationProblemCodes.ValueNotAllowed, $"The subject '{p}' appears twice; give each subject's actuals once.", p.Value);
                    continue;
                }

                if (party is not null && Subject(party.Value, subject, path, read) is { } actuals)
                {
                    subjects.Add(actuals);
                }
            }
        }

        problems.ThrowIfErrors();
        return new ActualsSet(scorecard!.Value, [.. subjects]);
    }

    private static Actuals? Subject(PartyId subject, SubjectActualsDocument document, string path, DocumentFields read)
    {
        ActualsBuilder builder = Actuals.For(subject);
        foreach ((string criterion, decimal value) in document.Values ?? [])
        {
            if (read.Id<CriterionId>(criterion, ProblemPath.Key(ProblemPath.Join(path, "values"), criterion)) is { } id)
            {
                read.Construct(path, () => builder.Value(id, value));
            }
        }

        foreach ((string criterion, string reason) in document.NotApplicable ?? [])
        {
            string at = ProblemPath.Key(ProblemPath.Join(path, "notApplicable"), criterion);
            if (read.Id<CriterionId>(criterion, at) is { } id)
            {
                if (document.Values?.ContainsKey(criterion) == true)
                {
                    read.NotAllowed(at, $"'{criterion}' has a value and is marked not applicable; give one or the other");
                    continue;
                }

                read.Construct(at, () => builder.NotApplicable(id, reason));
            }
        }

        foreach ((string criterion, Dictionary<string, ReferenceDocument?>? named) in document.References ?? [])
        {
            string at = ProblemPath.Key(ProblemPath.Join(path, "references"), criterion);
            if (read.Id<CriterionId>(criterion, at) is not { } id)
            {
                continue;
            }

            if (named is null)
            {
                read.Required(at, "an object of named reference values");
                continue;
            }

            foreach ((string name, ReferenceDocument? reference) in named)
            {
                string where = ProblemPath.Key(at, name);
                if (ReferenceDocuments.TryRead(reference, where, read, out decimal value, out ReferenceSource? source))
                {
                    read.Construct(where, () => builder.Reference(id, name, value, source));
                }
            }
        }

        return read.Failed ? null : read.Construct(path, builder.Build);
    }
}
