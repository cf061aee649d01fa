namespace Accountability.Criteria;

/// <summary>
/// A measurable performance indicator (KPI): what is measured, in which unit, which way is better,
/// and how its actual value is scored. A scorecard gives it a weight.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PerformanceCriterion
{
    /// <summary>Creates a criterion whose unit is display text only.</summary>
    /// <param name="id">The criterion's identifier, unique within a scorecard.</param>
    /// <param name="name">A name for people, such as "Sales amount".</param>
    /// <param name="unit">The unit of the actual value as text for people, such as "%", "days"; may be empty for a pure number. Use the <see cref="Accountability.MeasurementUnit"/> overload for a typed unit (money in a currency).</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="scoring">How the actual value becomes a score.</param>
    /// <param name="workItem">The work item this criterion measures, so a responsibility matrix can say who answers for it.</param>
    /// <param name="description">An optional longer description.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="unit"/> or <paramref name="scoring"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, or <paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public PerformanceCriterion(
        CriterionId id,
        string name,
        string unit,
        CriterionDirection direction,
        ScoringMethod scoring,
        WorkItemId? workItem = null,
        string? description = null)
        : this(id, name, unit, null, direction, scoring, workItem, description)
    {
    }

    /// <summary>Creates a criterion with a typed unit, such as <c>MeasurementUnit.Money(Currency.USD)</c>.</summary>
    /// <param name="id">The criterion's identifier, unique within a scorecard.</param>
    /// <param name="name">A name for people, such as "Sales amount".</param>
    /// <param name="unit">The unit of the actual value. Scoring settings stated in another unit (a money target in another currency) are rejected when the scorecard is built.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="scoring">How the actual value becomes a score.</param>
    /// <param name="workItem">The work item this criterion measures, so a responsibility matrix can say who answers for it.</param>
    /// <param name="description">An optional longer description.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="unit"/> or <paramref name="scoring"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, or <paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public PerformanceCriterion(
        CriterionId id,
        string name,
        MeasurementUnit unit,
        CriterionDirection direction,
        ScoringMethod scoring,
        WorkItemId? workItem = null,
        string? description = null)
        : this(id, name, unit?.Name!, unit ?? throw new ArgumentNullException(nameof(unit)), direction, scoring, workItem, description)
    {
    }

    private PerformanceCriterion(
        CriterionId id,
        string name,
        string unit,
        MeasurementUnit? measurementUnit,
        CriterionDirection direction,
        ScoringMethod scoring,
        WorkItemId? workItem,
        string? description)
    {
        Identifier.ThrowIfDefault(id, "The criterion id cannot be default.", nameof(id));

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(scoring);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown criterion direction.");
        }

        if (workItem is { IsDefault: true })
        {
            throw new ArgumentException("The work item id cannot be default.", nameof(workItem));
        }

        Id = id;
        Name = name;
        Unit = unit;
        MeasurementUnit = measurementUnit;
        Direction = direction;
        Scoring = scoring;
        WorkItem = workItem;
        Description = description;
    }

    /// <summary>The criterion's identifier.</summary>
    public CriterionId Id { get; }

    /// <summary>A name for people.</summary>
    public string Name { get; }

    /// <summary>The unit of the actual value as text for people (the typed unit's name when one is declared).</summary>
    public string Unit { get; }

    /// <summary>The typed unit of the actual value, such as money in USD; <see langword="null"/> when only display text was given.</summary>
    public MeasurementUnit? MeasurementUnit { get; }

    /// <summary>Which way is better.</summary>
    public CriterionDirection Direction { get; }

    /// <summary>How the actual value becomes a score: the rule's name and its typed settings.</summary>
    public ScoringMethod Scoring { get; }

    /// <summary>The work item this criterion measures, if any.</summary>
    public WorkItemId? WorkItem { get; }

    /// <summary>An optional longer description.</summary>
    public string? Description { get; }

    /// <summary>Returns <c>name (id)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
