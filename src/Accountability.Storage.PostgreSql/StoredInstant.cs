using NodaTime;

namespace Accountability.Storage.PostgreSql;

/// <summary>
/// An instant as two columns: PostgreSQL's <c>timestamptz</c> keeps microseconds, NodaTime keeps nanoseconds, so the
/// store keeps the instant floored to the microsecond and the nanoseconds left over (0 to 999). Compared as a pair they
/// order exactly as the instants do.
/// </summary>
internal readonly record struct StoredInstant(Instant Microseconds, short Nanoseconds)
{
    /// <summary>The earliest instant <c>timestamptz</c> can hold: 4714-11-24 BC (proleptic Gregorian), midnight UTC.</summary>
    public static readonly Instant Earliest = Instant.FromUtc(-4713, 11, 24, 0, 0);

    public static StoredInstant Of(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks(); // floored to 100 ns
        long microseconds = Math.DivRem(ticks, 10, out long rem) - (rem < 0 ? 1 : 0);
        Instant floor = Instant.FromUnixTimeTicks(microseconds * 10);
        return new StoredInstant(floor, (short)(instant - floor).ToInt64Nanoseconds());
    }

    /// <summary>The instant, moved into the range <c>timestamptz</c> holds (for query bounds).</summary>
    public static StoredInstant Clamped(Instant instant) => Of(instant < Earliest ? Earliest : instant);
}
