namespace Accountability.Scoring;

/// <summary>A subject's own reference value for one criterion (a target, a threshold, a rule's parameter), with where it came from.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReferenceValue
{
    internal ReferenceValue(CriterionId criterion, string name, decimal value, ReferenceSource? source)
    {
        Criterion = criterion;
        Name = name;
        Value = value;
        Source = source;
    }

    /// <summary>The criterion.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The reference value's name, such as <c>target</c>.</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>Where it came from, if said.</summary>
    public ReferenceSource? Source { get; }
}
