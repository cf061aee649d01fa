using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>Maps scorecard definitions to and from their document shape.</summary>
internal static class ScorecardDocuments
{
    public static ScorecardDocument ToDocument(Scorecard scorecard) => new()
    {
        SchemaVersion = AccountabilityJson.SchemaVersion,
        Kind = AccountabilityJson.ScorecardKind,
        Id = scorecard.Id.Value,
        Name = scorecard.Name,
        WeightMode = scorecard.WeightMode.ToString(),
        MissingValues = scorecard.MissingValues.ToString(),
        Criteria = [.. scorecard.Criteria.Select(ToDocument)],
        Bands = scorecard.Bands is { } bands ? [.. bands.Bands.Select(b => (BandDocument?)new BandDocument { Name = b.Name, MinimumScore = b.MinimumScore })] : null,
        Gates = scorecard.Gates.Count == 0 ? null : [.. scorecard.Gates.Select(g => (GateDocument?)new GateDocument
        {
            Criterion = g.Criterion.Value,
            MinimumScore = g.MinimumScore,
            Effect = g.Effect.ToString(),
            Cap = g.Cap,
            Band = g.BandName,
        })],
        Combination = scorecard.Combination?.Text,
    };

    private static CriterionDocument? ToDocument(ScorecardCriterion entry)
    {
        PerformanceCriterion c = entry.Criterion;
        return new CriterionDocument
        {
            Id = c.Id.Value,
            Name = c.Name,
            Weight = entry.Weight,
            Direction = c.Direction.ToString(),
            Unit = c.MeasurementUnit is null ? c.Unit : null,
            MeasurementUnit = c.MeasurementUnit is { } unit ? Units.ToDocument(unit) : null,
            WorkItem = c.WorkItem?.Value,
            Description = c.Description,
            PerSubject = entry.PerSubject.Count == 0 ? null : [.. entry.PerSubject],
            Scoring = ScoringDocuments.ToDocument(c.Scoring),
        };
    }

    public static Scorecard FromDocument(ScorecardDocument document, ScoringRuleRegistry rules)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.ScorecardKind);
        ScorecardId? id = read.Id<ScorecardId>(document.Id, "$.id");
        string? name = read.Text(document.Name, "$.name");
        WeightMode weightMode = read.Enum<WeightMode>(document.WeightMode, "$.weightMode", required: false) ?? WeightMode.Percent;
        MissingValuePolicy? missing = read.Enum<MissingValuePolicy>(document.MissingValues, "$.missingValues", required: false);

        var criteria = new List<(PerformanceCriterion Criterion, decimal Weight, string[] PerSubject)>();
        if (document.Criteria is null)
        {
            read.Required("$.criteria", "an array of criteria");
        }
        else
        {
            for (int i = 0; i < document.Criteria.Count; i++)
            {
                string path = ProblemPath.Index("$.criteria", i);
                if (Criterion(document.Criteria[i], path, read) is { } criterion)
                {
                    criteria.Add(criterion);
                }
            }
        }

        RatingBands? bands = document.Bands is null ? null : Bands(document.Bands, read);
        var gates = new List<ScorecardGate>();
        for (int i = 0; i < (document.Gates?.Count ?? 0); i++)
        {
            if (Gate(document.Gates![i], ProblemPath.Index("$.gates", i), read) is { } gate)
            {
                gates.Add(gate);
            }
        }

        problems.ThrowIfErrors();
        ScorecardBuilder builder = Scorecard.CreateBuilder(id!.Value, name!);
        if (weightMode == WeightMode.Relative)
        {
            builder.UseRelativeWeights();
        }

        if (missing is { } policy)
        {
            builder.WithMissingValues(policy);
        }

        foreach ((PerformanceCriterion criterion, decimal weight, string[] perSubject) in criteria)
        {
            builder.Add(criterion, weight, perSubject);
        }

        if (bands is not null)
        {
            builder.WithBands(bands);
        }

        foreach (ScorecardGate gate in gates)
        {
            builder.WithGate(gate);
        }

        if (document.Combination is { } combination)
        {
            builder.CombineWith(combination);
        }

        IReadOnlyList<Problem> found = builder.Validate(rules);
        if (found.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new AccountabilityException(found.Select(DocumentFields.InDocument));
        }

        return builder.Build(rules);
    }

    private static (PerformanceCriterion, decimal, string[])? Criterion(CriterionDocument? document, string path, DocumentFields read)
    {
        if (document is null)
        {
            read.Required(path, "a criterion object");
            return null;
        }

        CriterionId? id = read.Id<CriterionId>(document.Id, ProblemPath.Join(path, "id"));
        string? name = read.Text(document.Name, ProblemPath.Join(path, "name"));
        decimal? weight = read.Value(document.Weight, ProblemPath.Join(path, "weight"));
        CriterionDirection? direction = read.Enum<CriterionDirection>(document.Direction, ProblemPath.Join(path, "direction"), required: true);
        WorkItemId? workItem = document.WorkItem is null ? null : read.Id<WorkItemId>(document.WorkItem, ProblemPath.Join(path, "workItem"));
        MeasurementUnit? unit = null;
        if (document.MeasurementUnit is not null && document.Unit is not null)
        {
            read.NotAllowed(ProblemPath.Join(path, "unit"), "give either 'unit' (free text) or 'measurementUnit' (typed), not both");
        }
        else if (document.MeasurementUnit is { } typed)
        {
            unit = Units.FromDocument(typed, ProblemPath.Join(path, "measurementUnit"), read);
        }
        else if (document.Unit is null)
        {
            read.Required(ProblemPath.Join(path, "unit"), "the unit's text (or a typed 'measurementUnit')");
        }

        string[] perSubject = [];
        if (document.PerSubject is { } names)
        {
            perSubject = new string[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                perSubject[i] = read.Text(names[i], ProblemPath.Index(ProblemPath.Join(path, "perSubject"), i)) ?? string.Empty;
            }
        }

        ScoringMethod? scoring = null;
        if (document.Scoring is null)
        {
            read.Required(ProblemPath.Join(path, "scoring"), "the scoring rule and its settings");
        }
        else
        {
            scoring = ScoringDocuments.FromDocument(document.Scoring, ProblemPath.Join(path, "scoring"), read);
        }
        if (id is null || name is null || weight is null || direction is null || scoring is null || read.Failed)
        {
            return null;
        }

        return read.Construct(path, () => unit is null
            ? new PerformanceCriterion(id.Value, name, document.Unit!, direction.Value, scoring, workItem, document.Description)
            : new PerformanceCriterion(id.Value, name, unit, direction.Value, scoring, workItem, document.Description)) is { } criterion
            ? (criterion, weight.Value, perSubject)
            : null;
    }

    private static RatingBands? Bands(List<BandDocument?> documents, DocumentFields read)
    {
        var bands = new List<(string Name, decimal? MinimumScore)>(documents.Count);
        for (int i = 0; i < documents.Count; i++)
        {
            string path = ProblemPath.Index("$.bands", i);
            if (documents[i] is not { } band)
            {
                read.Required(path, "a band object");
                continue;
            }

            if (read.Text(band.Name, ProblemPath.Join(path, "name")) is { } name)
            {
                bands.Add((name, band.MinimumScore));
            }
        }

        return read.Failed ? null : read.Construct("$.bands", () => RatingBands.Create(bands));
    }

    private static ScorecardGate? Gate(GateDocument? document, string path, DocumentFields read)
    {
        if (document is null)
        {
            read.Required(path, "a gate object");
            return null;
        }

        CriterionId? criterion = read.Id<CriterionId>(document.Criterion, ProblemPath.Join(path, "criterion"));
        decimal? minimum = read.Value(document.MinimumScore, ProblemPath.Join(path, "minimumScore"));
        GateEffect? effect = read.Enum<GateEffect>(document.Effect, ProblemPath.Join(path, "effect"), required: true);
        if (criterion is null || minimum is null || effect is null)
        {
            return null;
        }

        if (effect == GateEffect.CapScore)
        {
            read.Absent(document.Band, ProblemPath.Join(path, "band"), "a gate that caps the score takes 'cap', not 'band'");
            decimal? cap = read.Value(document.Cap, ProblemPath.Join(path, "cap"));
            return cap is null ? null : read.Construct(path, () => ScorecardGate.CapWhenBelow(criterion.Value, minimum.Value, cap.Value));
        }

        read.Absent(document.Cap, ProblemPath.Join(path, "cap"), "a gate that forces a band takes 'band', not 'cap'");
        string? band = read.Text(document.Band, ProblemPath.Join(path, "band"));
        return band is null ? null : read.Construct(path, () => ScorecardGate.ForceBandWhenBelow(criterion.Value, minimum.Value, band));
    }
}
