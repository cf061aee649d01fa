using System.Globalization;
using System.Text;

namespace Accountability.Responsibility;

/// <summary>
/// What a party may decide: a set of named decision rights, an authority level, or both. The same type
/// states what a <see cref="WorkItem"/> requires of the party that is Accountable for it.
/// </summary>
/// <remarks>
/// <para>
/// The authority model (权责对等, responsibility matches authority): a party <em>holds</em> an authority and
/// a work item <em>requires</em> one. The held authority covers the required one when it holds every
/// required right (names compare ordinally) and, if the requirement names a level, the holder declares
/// a level at least as high. A holder without a level never meets a level requirement. An empty
/// requirement (<see cref="None"/>) is met by everyone.
/// </para>
/// <para>
/// A person acts with their own authority plus the authority of every role and team they hold on the
/// date in question (<see cref="Union"/>: the rights are merged, the higher level wins). Immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class Authority : IEquatable<Authority>
{
    private static readonly string[] NoRights = [];

    private readonly string[] _rights;

    private Authority(string[] rights, int? level)
    {
        _rights = rights;
        Level = level;
    }

    /// <summary>No rights and no level: as a holding it covers nothing but <see cref="None"/>; as a requirement everyone meets it.</summary>
    public static Authority None { get; } = new(NoRights, null);

    /// <summary>The named decision rights, sorted ordinally, without duplicates.</summary>
    public IReadOnlyList<string> DecisionRights => _rights;

    /// <summary>The authority level, higher meaning more authority; <see langword="null"/> when none is declared.</summary>
    public int? Level { get; }

    /// <summary>Tells whether this authority has no rights and no level.</summary>
    public bool IsNone => _rights.Length == 0 && Level is null;

    /// <summary>Creates an authority with a level and, optionally, named rights.</summary>
    /// <param name="level">The authority level; zero or more.</param>
    /// <param name="decisionRights">Named decision rights; duplicates are merged.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="decisionRights"/> is null.</exception>
    /// <exception cref="ArgumentException">A right is null, empty or white space.</exception>
    public static Authority Of(int level, params string[] decisionRights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        return new Authority(NormaliseRights(decisionRights), level);
    }

    /// <summary>Creates an authority made only of named decision rights, with no level.</summary>
    /// <param name="decisionRights">Named decision rights; duplicates are merged.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decisionRights"/> is null.</exception>
    /// <exception cref="ArgumentException">A right is null, empty or white space.</exception>
    public static Authority Rights(params string[] decisionRights) => new(NormaliseRights(decisionRights), null);

    /// <summary>Creates an authority made of rights and an optional level (the general form, for data).</summary>
    /// <param name="decisionRights">Named decision rights; duplicates are merged.</param>
    /// <param name="level">The authority level, or <see langword="null"/> for none.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decisionRights"/> is null.</exception>
    /// <exception cref="ArgumentException">A right is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is negative.</exception>
    public static Authority Create(IEnumerable<string> decisionRights, int? level)
    {
        ArgumentNullException.ThrowIfNull(decisionRights);
        if (level is int l)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(l, nameof(level));
        }

        return new Authority(NormaliseRights([.. decisionRights]), level);
    }

    /// <summary>Merges two authorities: every right of either, and the higher level.</summary>
    /// <param name="other">The other authority.</param>
    /// <returns>The merged authority.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Authority Union(Authority other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsNone)
        {
            return this;
        }

        if (IsNone)
        {
            return other;
        }

        int? level = Level is null ? other.Level : other.Level is null ? Level : Math.Max(Level.Value, other.Level.Value);
        return new Authority(NormaliseRights([.. _rights, .. other._rights]), level);
    }

    /// <summary>Tells whether this authority (held) covers <paramref name="required"/>; see the type's remarks for the rule.</summary>
    /// <param name="required">What a work item requires.</param>
    /// <returns><see langword="true"/> when every required right is held and any required level is reached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="required"/> is null.</exception>
    public bool Covers(Authority required) => Shortfall(required) is null;

    /// <summary>Says what this authority (held) lacks to cover <paramref name="required"/>, or <see langword="null"/> when nothing is lacking.</summary>
    /// <param name="required">What a work item requires.</param>
    /// <returns>A phrase such as <c>the right 'approve-targets' and level 4 (has 2)</c>, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="required"/> is null.</exception>
    public string? Shortfall(Authority required)
    {
        ArgumentNullException.ThrowIfNull(required);
        var missing = required._rights.Where(r => Array.BinarySearch(_rights, r, StringComparer.Ordinal) < 0).ToList();
        bool levelShort = required.Level is int need && (Level is not int have || have < need);
        if (missing.Count == 0 && !levelShort)
        {
            return null;
        }

        var text = new StringBuilder();
        if (missing.Count > 0)
        {
            text.Append(missing.Count == 1 ? "the right " : "the rights ")
                .AppendJoin(", ", missing.Select(r => "'" + r + "'"));
        }

        if (levelShort)
        {
            if (text.Length > 0)
            {
                text.Append(" and ");
            }

            text.Append("level ").Append(required.Level!.Value.ToString(CultureInfo.InvariantCulture))
                .Append(Level is int h ? " (has " + h.ToString(CultureInfo.InvariantCulture) + ")" : " (has none)");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Authority? other) =>
        other is not null && Level == other.Level && _rights.AsSpan().SequenceEqual(other._rights);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Authority);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Level);
        foreach (string right in _rights)
        {
            hash.Add(right, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the authority as <c>level 3; approve-discount, set-targets</c>, or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (IsNone)
        {
            return "none";
        }

        string level = Level is int l ? "level " + l.ToString(CultureInfo.InvariantCulture) : string.Empty;
        string rights = string.Join(", ", _rights);
        return level.Length > 0 && rights.Length > 0 ? level + "; " + rights : level + rights;
    }

    private static string[] NormaliseRights(string[] rights)
    {
        ArgumentNullException.ThrowIfNull(rights, "decisionRights");
        foreach (string right in rights)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(right, "decisionRights");
        }

        string[] copy = [.. rights.Distinct(StringComparer.Ordinal)];
        Array.Sort(copy, StringComparer.Ordinal);
        return copy.Length == 0 ? NoRights : copy;
    }
}
