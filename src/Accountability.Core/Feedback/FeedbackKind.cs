namespace Accountability.Feedback;

/// <summary>
/// What kind of feedback a record is: recognition, improvement, coaching, an upward suggestion, or a kind the
/// integrator names.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by <see cref="Name"/> (ordinal).</remarks>
public sealed class FeedbackKind : IEquatable<FeedbackKind>
{
    private FeedbackKind(string name) => Name = name;

    /// <summary>Feedback recognising good work.</summary>
    public static FeedbackKind Recognition { get; } = new(RecordKinds.Recognition);

    /// <summary>Feedback on something to improve.</summary>
    public static FeedbackKind Improvement { get; } = new(RecordKinds.Improvement);

    /// <summary>Coaching: advice on how to improve.</summary>
    public static FeedbackKind Coaching { get; } = new(RecordKinds.Coaching);

    /// <summary>Upward feedback: a suggestion about a team, role or work item, routed to whoever is accountable for it.</summary>
    public static FeedbackKind UpwardSuggestion { get; } = new(RecordKinds.UpwardSuggestion);

    /// <summary>The kind's name, the record's <see cref="AccountabilityRecord.Kind"/>.</summary>
    public string Name { get; }

    /// <summary>Tells whether this is one of the four kinds the library knows.</summary>
    public bool IsBuiltIn => Name is RecordKinds.Recognition or RecordKinds.Improvement or RecordKinds.Coaching or RecordKinds.UpwardSuggestion;

    /// <summary>A kind the integrator defines, such as <c>peer-praise</c>; a built-in name gives the built-in kind.</summary>
    /// <param name="name">The kind's name: an identifier (see <see cref="Identifier"/>) that is not in <see cref="RecordKinds.IsReserved"/>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid identifier.</exception>
    /// <exception cref="AccountabilityException"><paramref name="name"/> is the kind of a record other than feedback (<c>reserved-kind</c>).</exception>
    public static FeedbackKind Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Identifier.IsValid(name, out string? reason))
        {
            throw new ArgumentException($"'{name}' is not a valid feedback kind: {reason}", nameof(name));
        }

        if (RecordKinds.IsReserved(name))
        {
            throw new AccountabilityException([new Problem(
                "kind",
                FeedbackProblemCodes.ReservedKind,
                $"'{name}' is the kind of another record; choose another name for the feedback kind.",
                ProblemSeverity.Error,
                name)]);
        }

        return name switch
        {
            RecordKinds.Recognition => Recognition,
            RecordKinds.Improvement => Improvement,
            RecordKinds.Coaching => Coaching,
            RecordKinds.UpwardSuggestion => UpwardSuggestion,
            _ => new FeedbackKind(name),
        };
    }

    /// <inheritdoc/>
    public bool Equals(FeedbackKind? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeedbackKind);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns the kind's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
