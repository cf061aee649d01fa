using System.Globalization;
using System.Text;
using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>
/// Writes the text of scorecard results: the explanation of a whole result (iteratively, so nesting of any depth
/// cannot overflow the stack), the sentence of one criterion and of one gate. Results carry only data; this is
/// called when their text is asked for.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ScorecardExplainer
{
    private const string NestedIndent = "      ";

    public static string Explain(ScorecardResult result, int decimals)
    {
        var text = new StringBuilder();

        // Depth-first, with an explicit stack: each frame is a result, its indent and the next criterion to write.
        var stack = new Stack<(ScorecardResult Result, string Indent, int Next)>();
        WriteHead(text, result, string.Empty, decimals);
        stack.Push((result, string.Empty, 0));
        while (stack.Count > 0)
        {
            (ScorecardResult current, string indent, int next) = stack.Pop();
            IReadOnlyList<CriterionResult> criteria = current.Criteria;
            if (next < criteria.Count)
            {
                CriterionResult criterion = criteria[next];
                text.Append(indent).Append("  - ").Append(Describe(criterion)).AppendLine();
                stack.Push((current, indent, next + 1));
                if (criterion.Source is { } source)
                {
                    string inner = indent + NestedIndent;
                    WriteHead(text, source, inner, decimals);
                    stack.Push((source, inner, 0));
                }

                continue;
            }

            foreach (GateOutcome gate in current.Gates)
            {
                text.Append(indent).Append("  gate: ").Append(Describe(gate)).AppendLine();
            }
        }

        return text.ToString();
    }

    public static string Describe(CriterionResult r)
    {
        PerformanceCriterion c = r.Criterion;
        var text = new StringBuilder();
        CultureInfo inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{c.Name} ({c.Id}): ");
        string weight = string.Create(inv, $"weight {r.Weight}{(r.WeightMode == WeightMode.Percent ? "%" : " part(s)")}");
        switch (r.Status)
        {
            case CriterionStatus.Scored:
                text.Append(inv, $"actual {Plain(r.Actual!.Value)}{(c.Unit.Length == 0 ? string.Empty : " " + c.Unit)}");
                if (r.Source is { } source)
                {
                    text.Append(inv, $" (overall score of scorecard '{source.ScorecardName}')");
                }

                text.Append(inv, $" scored {Rounding.Format(r.Score!.Value)} by {c.Scoring}");
                AppendOwn(text, r);
                text.Append(inv, $"; {weight}, counted {Rounding.Format(r.EffectiveWeight)}%, contributes {Rounding.Format(r.Contribution)}.");
                if (r.Entry.Scorer is FormulaScorer formula)
                {
                    decimal[] references = SubjectReferences(r);
                    text.Append(" Formula: ").Append(OneLine(formula.Explain(new ScoringContext(c, r.Actual.Value, default, references, 0, references.Length), r.FormulaReads))).Append('.');
                }

                break;
            case CriterionStatus.MissingScoredZero:
                text.Append(Missing(r)).Append(inv, $"; scored 0 under the score-zero policy; {weight}, counted {Rounding.Format(r.EffectiveWeight)}%, contributes 0.00.");
                break;
            case CriterionStatus.MissingExcluded:
                text.Append(Missing(r)).Append(inv, $"; left out under the exclude policy ({weight}); the other weights were re-normalised.");
                break;
            default:
                string reason = r.Reason is { } why ? $" ({why})" : string.Empty;
                text.Append(inv, $"not applicable{reason}; left out ({weight}); the other weights were re-normalised.");
                break;
        }

        return text.ToString();
    }

    // "missing", or, when the subject's own reference values were what was missing, which ones.
    private static string Missing(CriterionResult r)
    {
        if (r.MissingReferences.Count == 0)
        {
            return "missing";
        }

        string actual = r.Actual is { } a ? $"actual {Plain(a)}{(r.Criterion.Unit.Length == 0 ? string.Empty : " " + r.Criterion.Unit)} but " : string.Empty;
        return $"{actual}missing the subject's own {string.Join(", ", r.MissingReferences)}";
    }

    // "; own values: target 1,684,000.00 USD, goal ana (2026), decomposed from north; threshold 1,000,000.00 USD".
    // The reference values the subject was scored with, in slot order: the definition's, with the subject's own in place.
    private static decimal[] SubjectReferences(CriterionResult r)
    {
        decimal[] references = (decimal[])r.Entry.References.Clone();
        foreach (ReferenceValue own in r.References)
        {
            int slot = Array.IndexOf(r.Entry.ReferenceNames, own.Name);
            if (slot >= 0 && slot < references.Length)
            {
                references[slot] = own.Value;
            }
        }

        return references;
    }

    private static void AppendOwn(StringBuilder text, CriterionResult r)
    {
        if (r.References.Count == 0)
        {
            return;
        }

        text.Append("; own values: ");
        for (int k = 0; k < r.References.Count; k++)
        {
            ReferenceValue value = r.References[k];
            if (k > 0)
            {
                text.Append("; ");
            }

            text.Append(value.Name).Append(' ').Append(Reference(value.Value, r.Criterion));
            if (value.Source is { } source)
            {
                text.Append(", ").Append(source.Text);
            }
        }
    }

    // A reference value with digit grouping, at least the unit's decimal places, and every digit it has.
    private static string Reference(decimal value, PerformanceCriterion c)
    {
        int decimals = c.MeasurementUnit?.Decimals ?? 0;
        string format = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) + new string('#', 28 - decimals) : ".############################");
        string number = value.ToString(format, CultureInfo.InvariantCulture);
        string unit = c.MeasurementUnit?.Name ?? c.Unit;
        return unit.Length == 0 ? number : number + " " + unit;
    }

    public static string Describe(GateOutcome outcome)
    {
        ScorecardGate gate = outcome.Gate;
        CultureInfo inv = CultureInfo.InvariantCulture;
        string criterion = $"'{outcome.CriterionName}' ({gate.Criterion})";
        if (!outcome.Evaluated)
        {
            return $"not evaluated: {criterion} was left out ({gate}).";
        }

        decimal score = outcome.CriterionScore.GetValueOrDefault();
        if (!outcome.Triggered)
        {
            return string.Create(inv, $"passed: {criterion} scored {Rounding.Format(score)}, at least {gate.MinimumScore}.");
        }

        string effect;
        if (gate.Effect == GateEffect.CapScore)
        {
            decimal weighted = outcome.WeightedScore.GetValueOrDefault();
            effect = weighted > gate.Cap
                ? string.Create(inv, $"the overall score is capped at {gate.Cap} (weighted score {Rounding.Format(weighted)})")
                : string.Create(inv, $"the cap of {gate.Cap} changed nothing: the weighted score {Rounding.Format(weighted)} is not above it");
        }
        else
        {
            effect = $"the rating is '{gate.BandName}'{(outcome.BandForced ? string.Empty : " or lower")}";
        }

        return string.Create(inv, $"triggered: {criterion} scored {Rounding.Format(score)}, below {gate.MinimumScore}; {effect}.");
    }

    private static void WriteHead(StringBuilder text, ScorecardResult result, string indent, int decimals)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        text.Append(c, $"{indent}Scorecard '{result.ScorecardName}' ({result.ScorecardId}) for {result.Subject}: ");
        if (result.Score is { } score)
        {
            text.Append(Rounding.Format(score, decimals));
            if (result.Band is not null)
            {
                text.Append(c, $" -> {result.Band.Name}{(result.BandForcedByGate ? " (forced by a gate)" : string.Empty)}");
            }

            if (result.WeightedScore != result.Score && result.WeightedScore is { } weighted)
            {
                text.Append(c, $" (weighted score {Rounding.Format(weighted, decimals)} before gates)");
            }
        }
        else
        {
            text.Append("not rated: no criterion could be included");
        }

        text.AppendLine();
        if (result.Combination is { } combination)
        {
            text.Append(indent).Append("  combined by the formula ").Append(OneLine(combination)).AppendLine();
        }
    }

    /// <summary>The combination formula of a result with each score it read, as the formula's explanation.</summary>
    public static string? Combination(ScorecardResult result)
    {
        if (result.CompiledCombination is not { } formula)
        {
            return null;
        }

        IReadOnlyList<CriterionResult> criteria = result.Criteria;
        var inputs = new decimal?[criteria.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = criteria[i].IsIncluded ? criteria[i].Score : null;
        }

        return formula.Explain(inputs);
    }

    // "f = 95\n  actual = 95\n  target = 100" as "f = 95 (actual = 95, target = 100)".
    private static string OneLine(string explanation)
    {
        string[] lines = explanation.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 1 ? lines[0] : $"{lines[0]} ({string.Join(", ", lines.Skip(1))})";
    }

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
