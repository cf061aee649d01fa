using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>
/// Maps scored results to and from their document shape. Nested results (scorecards of scorecards) are listed once
/// each in <c>nested</c>, children before parents, and referred to by index, so a document stays shallow however deep
/// the results nest.
/// </summary>
internal static class ResultDocuments
{
    public static ResultDocument ToDocument(ScorecardResult result)
    {
        var nested = new List<ScoredDocument?>();
        var indexes = new Dictionary<ScorecardResult, int>(ReferenceEqualityComparer.Instance);

        // Iterative post-order, so that the depth of nesting never becomes depth of recursion.
        var stack = new Stack<(ScorecardResult Result, bool ChildrenDone)>();
        foreach (CriterionResult criterion in result.Criteria)
        {
            if (criterion.Source is { } source)
            {
                stack.Push((source, false));
            }
        }

        while (stack.Count > 0)
        {
            (ScorecardResult current, bool childrenDone) = stack.Pop();
            if (indexes.ContainsKey(current))
            {
                continue;
            }

            if (!childrenDone)
            {
                stack.Push((current, true));
                foreach (CriterionResult criterion in current.Criteria)
                {
                    if (criterion.Source is { } source && !indexes.ContainsKey(source))
                    {
                        stack.Push((source, false));
                    }
                }

                continue;
            }

            indexes[current] = nested.Count;
            nested.Add(Scored(current, indexes, explain: false));
        }

        return new ResultDocument
        {
            SchemaVersion = AccountabilityJson.SchemaVersion,
            Kind = AccountabilityJson.ResultKind,
            Result = Scored(result, indexes, explain: true),
            Nested = nested.Count == 0 ? null : nested,
        };
    }

    private static ScoredDocument Scored(ScorecardResult result, Dictionary<ScorecardResult, int> indexes, bool explain) => new()
    {
        Scorecard = result.ScorecardId.Value,
        Subject = result.Subject.Value,
        Score = result.Score,
        WeightedScore = result.WeightedScore,
        Band = result.Band?.Name,
        BandForcedByGate = result.BandForcedByGate,
        Criteria = [.. result.Criteria.Select(c => (CriterionResultDocument?)new CriterionResultDocument
        {
            Criterion = c.CriterionId.Value,
            Status = c.Status.ToString(),
            Actual = c.Actual,
            Score = c.Score,
            EffectiveWeight = c.EffectiveWeight,
            Contribution = c.Contribution,
            Reason = c.Reason,
            References = c.References.Count == 0 ? null : c.References.ToDictionary(r => r.Name, r => (ReferenceDocument?)ReferenceDocuments.ToDocument(r), StringComparer.Ordinal),
            MissingReferences = c.MissingReferences.Count == 0 ? null : [.. c.MissingReferences],
            Nested = c.Source is { } source ? indexes[source] : null,
        })],
        Gates = result.Gates.Count == 0 ? null : [.. result.Gates.Select(g => (GateResultDocument?)new GateResultDocument
        {
            Criterion = g.Gate.Criterion.Value,
            Evaluated = g.Evaluated,
            Triggered = g.Triggered,
            CriterionScore = g.CriterionScore,
            WeightedScore = g.WeightedScore,
            BandForced = g.BandForced,
        })],
        Explanation = explain ? result.Explain() : null,
    };

    public static ScorecardResult FromDocument(ResultDocument document, IReadOnlyDictionary<ScorecardId, Scorecard> scorecards)
    {
        var problems = new ProblemCollector();
        var read = new DocumentFields(problems);
        read.Header(document.SchemaVersion, document.Kind, AccountabilityJson.ResultKind);
        problems.ThrowIfErrors();
        var built = new List<ScorecardResult?>();
        for (int i = 0; i < (document.Nested?.Count ?? 0); i++)
        {
            string path = ProblemPath.Index("$.nested", i);
            built.Add(document.Nested![i] is { } nested ? Result(nested, path, scorecards, built, read) : null);
            if (document.Nested[i] is null)
            {
                read.Required(path, "a result object");
            }
        }

        ScorecardResult? result = null;
        if (document.Result is null)
        {
            read.Required("$.result", "the scored result");
        }
        else
        {
            result = Result(document.Result, "$.result", scorecards, built, read);
        }

        problems.ThrowIfErrors();
        return result!;
    }

    private static ScorecardResult? Result(ScoredDocument d, string path, IReadOnlyDictionary<ScorecardId, Scorecard> scorecards, List<ScorecardResult?> built, DocumentFields read)
    {
        ScorecardId? id = read.Id<ScorecardId>(d.Scorecard, ProblemPath.Join(path, "scorecard"));
        PartyId? subject = read.Id<PartyId>(d.Subject, ProblemPath.Join(path, "subject"));
        if (id is null || subject is null)
        {
            return null;
        }

        if (!scorecards.TryGetValue(id.Value, out Scorecard? card))
        {
            read.NotAllowed(ProblemPath.Join(path, "scorecard"), $"the scorecard '{id}' was not given to read the result with");
            return null;
        }

        RatingBand? band = null;
        if (d.Band is { } bandName)
        {
            band = card.Bands?.FindByName(bandName);
            if (band is null)
            {
                read.NotAllowed(ProblemPath.Join(path, "band"), $"the scorecard '{id}' has no band '{bandName}'");
            }
        }

        List<CriterionResultDocument?> criteria = d.Criteria ?? [];
        if (criteria.Count != card.Criteria.Count)
        {
            read.NotAllowed(ProblemPath.Join(path, "criteria"), $"the scorecard '{id}' has {card.Criteria.Count} criteria; the result lists {criteria.Count}");
            return null;
        }

        var results = new CriterionResult[criteria.Count];
        for (int i = 0; i < criteria.Count; i++)
        {
            string at = ProblemPath.Index(ProblemPath.Join(path, "criteria"), i);
            ScorecardCriterion entry = card.Criteria[i];
            if (criteria[i] is not { } c)
            {
                read.Required(at, "a criterion result");
                continue;
            }

            if (!string.Equals(c.Criterion, entry.Criterion.Id.Value, StringComparison.Ordinal))
            {
                read.NotAllowed(ProblemPath.Join(at, "criterion"), $"criterion {i + 1} of the scorecard is '{entry.Criterion.Id}'");
                continue;
            }

            CriterionStatus? status = read.Enum<CriterionStatus>(c.Status, ProblemPath.Join(at, "status"), required: true);
            decimal? weight = read.Value(c.EffectiveWeight, ProblemPath.Join(at, "effectiveWeight"));
            decimal? contribution = read.Value(c.Contribution, ProblemPath.Join(at, "contribution"));
            ScorecardResult? source = null;
            if (c.Nested is { } n)
            {
                if (n < 0 || n >= built.Count || built[n] is null)
                {
                    read.NotAllowed(ProblemPath.Join(at, "nested"), $"there is no nested result {n} listed before it");
                }
                else
                {
                    source = built[n];
                }
            }

            var references = new List<ReferenceValue>();
            foreach ((string name, ReferenceDocument? reference) in c.References ?? [])
            {
                string where = ProblemPath.Key(ProblemPath.Join(at, "references"), name);
                if (ReferenceDocuments.TryRead(reference, where, read, out decimal value, out ReferenceSource? from))
                {
                    references.Add(new ReferenceValue(entry.Criterion.Id, name, value, from));
                }
            }

            if (status is null || weight is null || contribution is null)
            {
                continue;
            }

            results[i] = new CriterionResult(
                entry, card.WeightMode, status.Value, c.Actual, c.Score, weight.Value, contribution.Value, c.Reason, source,
                [.. references], c.MissingReferences is { } missing ? [.. missing.Select(m => m ?? string.Empty)] : null);
        }

        List<GateResultDocument?> gates = d.Gates ?? [];
        if (gates.Count != card.Gates.Count)
        {
            read.NotAllowed(ProblemPath.Join(path, "gates"), $"the scorecard '{id}' has {card.Gates.Count} gates; the result lists {gates.Count}");
            return null;
        }

        var outcomes = new GateOutcome[gates.Count];
        for (int i = 0; i < gates.Count; i++)
        {
            string at = ProblemPath.Index(ProblemPath.Join(path, "gates"), i);
            ScorecardGate gate = card.Gates[i];
            if (gates[i] is not { } g || g.Evaluated is null || g.Triggered is null || g.BandForced is null)
            {
                read.Required(at, "a gate outcome with 'evaluated', 'triggered' and 'bandForced'");
                continue;
            }

            string criterionName = card.Criteria.FirstOrDefault(e => e.Criterion.Id == gate.Criterion)?.Criterion.Name ?? gate.Criterion.Value;
            outcomes[i] = new GateOutcome(gate, criterionName, g.Evaluated.Value, g.Triggered.Value, g.CriterionScore, g.WeightedScore, g.BandForced.Value);
        }

        return read.Failed ? null : new ScorecardResult(card, subject.Value, d.WeightedScore, d.Score, band, d.BandForcedByGate ?? false, results, outcomes);
    }
}
