namespace Accountability.Scoring;

/// <summary>
/// Where a subject's own reference value came from, for the explanation: a text such as
/// <c>goal ana (2026), decomposed from north</c>, and the goal it was taken from, if any.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReferenceSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="text">Where the value came from, for people.</param>
    /// <param name="goal">The goal the value was taken from, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public ReferenceSource(string text, GoalId? goal = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        _text = text;
        Goal = goal is { IsDefault: true } ? null : goal;
    }

    // A source whose text is written only when read (the goal bridge makes one per subject, most never read).
    internal ReferenceSource(GoalId? goal, Func<int, string> write, int key)
    {
        Goal = goal;
        _write = write;
        _key = key;
    }

    private readonly Func<int, string>? _write;
    private readonly int _key;
    private string? _text;

    /// <summary>Where the value came from, for people.</summary>
    public string Text => _text ??= _write!(_key);

    /// <summary>The goal the value was taken from, if any.</summary>
    public GoalId? Goal { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
