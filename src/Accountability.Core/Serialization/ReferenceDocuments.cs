using Accountability.Scoring;

namespace Accountability.Serialization;

/// <summary>Maps a reference value (and its source) to and from its document shape, for actuals and results alike.</summary>
internal static class ReferenceDocuments
{
    public static ReferenceDocument ToDocument(ReferenceValue reference) =>
        new() { Value = reference.Value, Source = reference.Source?.Text, Goal = reference.Source?.Goal?.Value };

    /// <summary>Reads one reference value at <paramref name="where"/>, reporting what is missing or invalid.</summary>
    public static bool TryRead(ReferenceDocument? reference, string where, DocumentFields read, out decimal value, out ReferenceSource? source)
    {
        value = default;
        source = null;
        if (reference is null)
        {
            read.Required(where, "a reference value object with 'value'");
            return false;
        }

        decimal? found = read.Value(reference.Value, ProblemPath.Join(where, "value"));
        GoalId? goal = reference.Goal is null ? null : read.Id<GoalId>(reference.Goal, ProblemPath.Join(where, "goal"));
        if (reference.Goal is not null && reference.Source is null)
        {
            read.Required(ProblemPath.Join(where, "source"), "the source's text when a goal is named");
            return false;
        }

        if (found is null || (reference.Goal is not null && goal is null))
        {
            return false;
        }

        value = found.Value;
        if (reference.Source is { } text)
        {
            source = read.Construct(ProblemPath.Join(where, "source"), () => new ReferenceSource(text, goal));
            return source is not null;
        }

        return true;
    }
}
