using System.Globalization;
using Accountability.Criteria;
using Accountability.Goals;
using NodaTime;

namespace Accountability.Scoring;

/// <summary>
/// Links criteria of a scorecard to goals (by a metric the integrator names and recognises) and fills an
/// <see cref="ActualsTable"/> from a goal tree and an actuals ledger: each subject's own target for the scoring
/// period, with where it came from, and their actual from the ledger.
/// </summary>
/// <remarks>
/// <para>
/// For each linked criterion and subject, the target is the sum of the subject's goals of that metric whose periods lie
/// within the scoring period, taking a goal's sub-periods only when the goal itself does not lie within it (a quarter of
/// an annual goal split by month is the three months' targets; a whole year is the annual goal). Rates take the
/// day-weighted mean of their goals' targets. The actual is the sum of the ledger's entries on the subject's goals of
/// that metric dated within the period (shared credit is already split into one entry per goal); rates take the
/// measure-weighted mean.
/// </para>
/// <para>
/// Everything the bridge cannot settle is reported, never guessed: a subject with no goal within the period (the
/// target stays missing, so the scorecard's <see cref="MissingValuePolicy"/> decides); a goal within the period whose
/// owner is not among the subjects; a subject whose goals cover only part of the period (an owner who left, or a
/// successor who joined, mid-period: scored against the re-decomposed targets, or not applicable, see
/// <see cref="PartialPeriodHandling"/>). A goal whose unit differs from its criterion's is an error naming both.
/// </para>
/// <para>Immutable and thread-safe; the cost is linear in goals, ledger entries and subjects.</para>
/// </remarks>
public sealed class GoalBinding
{
    private readonly GoalLink[] _links;
    private readonly Dictionary<CriterionId, string> _metrics;

    private GoalBinding(Scorecard scorecard, GoalLink[] links, PartialPeriodHandling partial)
    {
        Scorecard = scorecard;
        _links = links;
        PartialPeriod = partial;
        _metrics = links.ToDictionary(l => l.Criterion, l => l.Metric);
    }

    /// <summary>The scorecard whose table is filled.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>What a subject whose goals cover only part of the period gets.</summary>
    public PartialPeriodHandling PartialPeriod { get; }

    /// <summary>The metrics linked, by criterion.</summary>
    public IReadOnlyDictionary<CriterionId, string> Metrics => _metrics;

    /// <summary>Starts a binding for <paramref name="scorecard"/> with no links.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static GoalBinding For(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return new GoalBinding(scorecard, [], PartialPeriodHandling.Score);
    }

    /// <summary>
    /// Links a criterion to the goals of a metric: their targets become each subject's own <paramref name="reference"/>
    /// value (declared per subject in the scorecard) and the ledger's entries on them each subject's actual.
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="metric">The metric's name, for reports (such as <c>sales</c>).</param>
    /// <param name="isOfMetric">Tells whether a goal measures the metric (such as by its work item or its id's prefix).</param>
    /// <param name="reference">The per-subject reference value the goals' targets fill; <c>target</c> by default.</param>
    /// <returns>A new binding with the link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isOfMetric"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="metric"/> or <paramref name="reference"/> is empty.</exception>
    /// <exception cref="AccountabilityException">The scorecard has no such criterion, does not declare <paramref name="reference"/> per subject for it, or the criterion is already linked.</exception>
    public GoalBinding Link(CriterionId criterion, string metric, Func<Goal, bool> isOfMetric, string reference = "target")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metric);
        ArgumentNullException.ThrowIfNull(isOfMetric);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        int column = Scorecard.Columns.IndexOf(criterion, "links");
        if (!Scorecard.Layout.TryGet(column, reference, out int referenceColumn))
        {
            throw new AccountabilityException([new Problem(
                ProblemPath.Join(ProblemPath.Key("links", criterion.Value), "reference"),
                ScoringProblemCodes.UnknownReference,
                ActualsTable.UnknownReferenceMessage(Scorecard, criterion, reference) + " Declare it per subject to fill it from goals.",
                ProblemSeverity.Error,
                reference)]);
        }

        if (Array.Exists(_links, l => l.Criterion == criterion))
        {
            throw new AccountabilityException([new Problem(
                ProblemPath.Key("links", criterion.Value),
                ScoringProblemCodes.DuplicateCriterion,
                $"The criterion '{criterion}' is already linked to goals.",
                ProblemSeverity.Error,
                criterion.Value)]);
        }

        return new GoalBinding(Scorecard, [.. _links, new GoalLink(criterion, metric, isOfMetric, column, referenceColumn, reference)], PartialPeriod);
    }

    /// <summary>Sets what a subject whose goals cover only part of the period gets (<see cref="PartialPeriodHandling.Score"/> by default).</summary>
    /// <param name="handling">The handling.</param>
    /// <returns>A new binding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="handling"/> is not defined.</exception>
    public GoalBinding WhenPartialPeriod(PartialPeriodHandling handling)
    {
        if (!Enum.IsDefined(handling))
        {
            throw new ArgumentOutOfRangeException(nameof(handling), handling, "Unknown partial-period handling.");
        }

        return new GoalBinding(Scorecard, _links, handling);
    }

    /// <summary>Creates a table for <paramref name="subjects"/> and fills the linked criteria from the goals and the ledger.</summary>
    /// <param name="tree">The goal tree.</param>
    /// <param name="ledger">The actuals ledger.</param>
    /// <param name="period">The scoring period (dates inclusive).</param>
    /// <param name="subjects">The subjects, one row each.</param>
    /// <returns>The table and what was reported.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A subject id is default or repeated.</exception>
    /// <exception cref="AccountabilityException">A goal's unit differs from its criterion's (both are named).</exception>
    public GoalBindingResult Fill(GoalTree tree, ActualsLedger ledger, DateInterval period, IEnumerable<PartyId> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ActualsTable table = Scorecard.CreateTable(subjects);
        return new GoalBindingResult(table, Fill(table, tree, ledger, period));
    }

    /// <summary>Fills the linked criteria of an existing table (its other cells are left as they are).</summary>
    /// <param name="table">A table created by the scorecard.</param>
    /// <param name="tree">The goal tree.</param>
    /// <param name="ledger">The actuals ledger.</param>
    /// <param name="period">The scoring period (dates inclusive).</param>
    /// <returns>What was reported: warnings, in link, subject and goal order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> belongs to another scorecard.</exception>
    /// <exception cref="AccountabilityException">A goal's unit differs from its criterion's (both are named).</exception>
    public IReadOnlyList<Problem> Fill(ActualsTable table, GoalTree tree, ActualsLedger ledger, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(period);
        if (!ReferenceEquals(table.Scorecard, Scorecard))
        {
            throw new ArgumentException($"The table was created by scorecard '{table.Scorecard.Name}', not '{Scorecard.Name}'.", nameof(table));
        }

        var rows = new Dictionary<PartyId, int>(table.Subjects.Count);
        for (int row = 0; row < table.Subjects.Count; row++)
        {
            rows.Add(table.Subjects[row], row);
        }

        var notes = new ProblemCollector();
        var errors = new ProblemCollector();
        foreach (GoalLink link in _links)
        {
            new GoalFill(this, link, table, tree, ledger, period, rows, notes, errors).Run();
        }

        errors.ThrowIfErrors();
        return notes.ToArray();
    }

    /// <summary>One criterion's link to a metric's goals.</summary>
    internal sealed record GoalLink(CriterionId Criterion, string Metric, Func<Goal, bool> IsOfMetric, int Column, int ReferenceColumn, string Reference);

    /// <summary>Filling one link: select each subject's goals in the period, sum targets and actuals, report the rest.</summary>
    private sealed class GoalFill(
        GoalBinding binding,
        GoalLink link,
        ActualsTable table,
        GoalTree tree,
        ActualsLedger ledger,
        DateInterval period,
        Dictionary<PartyId, int> rows,
        ProblemCollector notes,
        ProblemCollector errors)
    {
        private readonly IReadOnlyList<Goal> _goals = tree.Goals;
        private readonly ScorecardCriterion _entry = binding.Scorecard.Criteria[link.Column];
        private int[]? _next;
        private Func<int, string>? _write;

        public void Run()
        {
            int n = _goals.Count;
            int subjects = table.Subjects.Count;
            var linked = new bool[n];
            for (int g = 0; g < n; g++)
            {
                try
                {
                    linked[g] = link.IsOfMetric(_goals[g]);
                }
                catch (Exception ex) when (PluginFault.IsPluginFault(ex))
                {
                    // The integrator's predicate is a plug-in: whatever it throws ends as the library's fault report.
                    throw PluginFault.Report(
                        "goal metric",
                        link.Metric,
                        ProblemPath.Key("links", link.Criterion.Value),
                        ScoringProblemCodes.MetricFault,
                        $"telling whether goal '{_goals[g].Name}' ({_goals[g].Id}) is of the metric",
                        ex);
                }
            }

            CheckUnits(linked);
            if (errors.HasErrors)
            {
                return;
            }

            // Per subject: the goals taken (as a chain through Next), their target, and the dates they cover.
            var first = new int[subjects];
            Array.Fill(first, -1);
            var next = new int[n];
            var target = new decimal[subjects];
            var days = new decimal[subjects];
            var start = new LocalDate?[subjects];
            var end = new LocalDate?[subjects];
            var spanning = new int[subjects];
            Array.Fill(spanning, -1);
            var unscored = new List<int>();
            bool rate = false;

            // Pre-order walk from the roots: a goal is taken when it is of the metric, lies within the period, and no
            // goal above it of the same owner was taken (its sub-periods are then already counted).
            int[][] children = tree.ChildIndices;
            int[] parents = tree.ParentIndices;
            var covered = new bool[n];
            var taken = new bool[n];
            var stack = new Stack<int>();
            for (int g = n - 1; g >= 0; g--)
            {
                if (parents[g] < 0)
                {
                    stack.Push(g);
                }
            }

            while (stack.Count > 0)
            {
                int g = stack.Pop();
                Goal goal = _goals[g];
                int parent = parents[g];
                covered[g] = parent >= 0 && (taken[parent] || covered[parent]) && _goals[parent].Owner == goal.Owner;
                if (linked[g] && !covered[g])
                {
                    bool within = ReportingPeriod.Covers(period, goal.Period);
                    if (within)
                    {
                        taken[g] = true;
                        rate |= goal.Target.Unit.IsRate;
                        if (rows.TryGetValue(goal.Owner, out int row))
                        {
                            Take(g, row, first, next, target, days, start, end);
                        }
                        else
                        {
                            unscored.Add(g);
                        }
                    }
                    else if (Overlaps(goal.Period, period) && rows.TryGetValue(goal.Owner, out int row) && spanning[row] < 0)
                    {
                        spanning[row] = g;
                    }
                }

                int[] kids = children[g];
                for (int k = kids.Length - 1; k >= 0; k--)
                {
                    stack.Push(kids[k]);
                }
            }

            (decimal[] actual, decimal[] measure) = Actuals(linked);
            for (int row = 0; row < subjects; row++)
            {
                Settle(row, first[row], next, rate ? (days[row] == 0m ? 0m : target[row] / days[row]) : target[row], start[row], end[row], spanning[row], actual[row], measure[row], rate);
            }

            foreach (int g in unscored)
            {
                Goal goal = _goals[g];
                notes.Warning(
                    ProblemPath.Key("goals", goal.Id.Value),
                    ScoringProblemCodes.GoalOwnerNotScored,
                    $"The goal '{goal.Name}' ({goal.Id}) of '{link.Metric}' lies within {GoalPeriod(period)}, but its owner '{goal.Owner}' is not a subject of scorecard '{binding.Scorecard.Name}'; its target is not scored.",
                    goal.Owner.Value);
            }
        }

        private void Take(int g, int row, int[] first, int[] next, decimal[] target, decimal[] days, LocalDate?[] start, LocalDate?[] end)
        {
            Goal goal = _goals[g];
            next[g] = first[row];
            first[row] = g;
            if (goal.Target.Unit.IsRate)
            {
                decimal length = goal.Period.Length;
                target[row] += goal.Target.Value * length;
                days[row] += length;
            }
            else
            {
                target[row] += goal.Target.Value;
            }

            start[row] = start[row] is { } s && s <= goal.Period.Start ? s : goal.Period.Start;
            end[row] = end[row] is { } e && e >= goal.Period.End ? e : goal.Period.End;
        }

        private void Settle(int row, int taken, int[] next, decimal target, LocalDate? start, LocalDate? end, int spanning, decimal actual, decimal measure, bool rate)
        {
            PartyId subject = table.Subjects[row];
            string path = ProblemPath.Join(ProblemPath.Key("subjects", subject.Value), ProblemPath.Key("criteria", link.Criterion.Value));
            if (taken < 0)
            {
                string why = spanning >= 0
                    ? $"; their goal '{_goals[spanning].Name}' ({_goals[spanning].Id}, {GoalPeriod(_goals[spanning].Period)}) spans beyond it and has no sub-periods within it"
                    : string.Empty;
                notes.Warning(
                    path,
                    ScoringProblemCodes.NoGoalInPeriod,
                    $"'{subject}' has no goal of '{link.Metric}' within {GoalPeriod(period)}{why}; their {link.Reference} stays missing and scorecard '{binding.Scorecard.Name}' applies its missing-value policy.",
                    subject.Value);
                return;
            }

            if (rate && measure == 0m)
            {
                // A rate with nothing measured has no value; the actual stays missing.
            }
            else
            {
                table.Set(row, link.Column, rate ? actual / measure : actual);
            }

            table.SetReference(row, link.ReferenceColumn, target, Source(taken, next));
            if (start > period.Start || end < period.End)
            {
                bool notApplicable = binding.PartialPeriod == PartialPeriodHandling.NotApplicable;
                string covered = GoalPeriod(new DateInterval(start!.Value, end!.Value));
                notes.Warning(
                    path,
                    ScoringProblemCodes.PartialPeriod,
                    $"The goals of '{subject}' for '{link.Metric}' cover only {covered} of {GoalPeriod(period)} (an owner who left or joined mid-period, with re-decomposed targets); " +
                    (notApplicable ? "the criterion is marked not applicable." : "they are scored against those goals."),
                    covered);
                if (notApplicable)
                {
                    table.SetNotApplicable(row, link.Column, $"goals cover only {covered} of {GoalPeriod(period)}");
                }
            }
        }

        // "goal ana (2026), decomposed from north"; "goals ana/2026-01 + ana/2026-02 + ana/2026-03, decomposed from ana (2026)".
        // The text is written only when read; the goal named is the one taken, or the common parent of several.
        private ReferenceSource Source(int taken, int[] next)
        {
            _next = next;
            if (next[taken] < 0)
            {
                return new ReferenceSource(_goals[taken].Id, _write ??= SourceText, taken);
            }

            int parent = CommonParent(taken, next);
            return new ReferenceSource(parent >= 0 ? _goals[parent].Id : (GoalId?)null, _write ??= SourceText, taken);
        }

        private int CommonParent(int taken, int[] next)
        {
            int parent = tree.ParentIndices[taken];
            for (int g = taken; g >= 0 && parent >= 0; g = next[g])
            {
                if (tree.ParentIndices[g] != parent)
                {
                    parent = -1;
                }
            }

            return parent;
        }

        private string SourceText(int taken)
        {
            int[] next = _next!;
            Goal goal = _goals[taken];
            if (next[taken] < 0)
            {
                string from = tree.ParentIndices[taken] is >= 0 and int p ? $", decomposed from {_goals[p].Name}" : string.Empty;
                return $"goal {goal.Name}{from}";
            }

            var names = new List<string>();
            for (int g = taken; g >= 0; g = next[g])
            {
                names.Add(_goals[g].Name);
            }

            names.Reverse();
            int parent = CommonParent(taken, next);
            string decomposed = parent >= 0 ? $", decomposed from {_goals[parent].Name}" : string.Empty;
            return $"goals {string.Join(" + ", names)}{decomposed}";
        }

        // Each subject's actual: the ledger's entries on their goals of the metric, dated within the period.
        private (decimal[] Actual, decimal[] Measure) Actuals(bool[] linked)
        {
            int subjects = table.Subjects.Count;
            var actual = new decimal[subjects];
            var measure = new decimal[subjects];
            var rowOf = new int[_goals.Count];
            for (int g = 0; g < rowOf.Length; g++)
            {
                rowOf[g] = linked[g] && rows.TryGetValue(_goals[g].Owner, out int row) ? row : -1;
            }

            foreach (ActualEntry entry in ledger.Snapshot)
            {
                if (!period.Contains(entry.Date) || !tree.TryIndexOf(entry.Goal, out int g) || rowOf[g] < 0)
                {
                    continue;
                }

                int r = rowOf[g];
                if (_goals[g].Target.Unit.IsRate)
                {
                    actual[r] += entry.Value * entry.Measure;
                    measure[r] += entry.Measure;
                }
                else
                {
                    actual[r] += entry.Value;
                    measure[r] += 1m;
                }
            }

            return (actual, measure);
        }

        // A goal's unit must be the criterion's: a EUR goal is not scored against a USD criterion.
        private void CheckUnits(bool[] linked)
        {
            PerformanceCriterion criterion = _entry.Criterion;
            var reported = new HashSet<MeasurementUnit>();
            for (int g = 0; g < linked.Length; g++)
            {
                if (!linked[g])
                {
                    continue;
                }

                Goal goal = _goals[g];
                MeasurementUnit unit = goal.Target.Unit;
                bool same = criterion.MeasurementUnit is { } measured ? measured.Equals(unit) : criterion.Unit == unit.Name;
                if (same || !reported.Add(unit))
                {
                    continue;
                }

                bool money = unit.Kind == MeasurementKind.Money && criterion.MeasurementUnit?.Kind == MeasurementKind.Money;
                string criterionUnit = criterion.MeasurementUnit is { } m ? Describe(m) : (criterion.Unit.Length == 0 ? "no unit" : criterion.Unit);
                errors.Error(
                    ProblemPath.Join(ProblemPath.Key("links", link.Criterion.Value), ProblemPath.Key("goals", goal.Id.Value)),
                    money ? KernelProblemCodes.CurrencyMismatch : KernelProblemCodes.UnitMismatch,
                    $"The goal '{goal.Name}' ({goal.Id}) of '{link.Metric}' is in {Describe(unit)}, but criterion '{criterion.Name}' ({criterion.Id}) is measured in {criterionUnit}.",
                    unit);
            }
        }

        // "USD" for money (the currency says it all), otherwise the unit's own description.
        private static string Describe(MeasurementUnit unit) => unit.Kind == MeasurementKind.Money ? unit.Name : unit.ToString();

        private static bool Overlaps(DateInterval a, DateInterval b) => a.Start <= b.End && b.Start <= a.End;

        private static string GoalPeriod(DateInterval p) =>
            string.Create(CultureInfo.InvariantCulture, $"{p.Start:yyyy-MM-dd}..{p.End:yyyy-MM-dd}");
    }
}
