namespace Accountability.Storage.Sqlite;

/// <summary>Settings of a <see cref="SqliteAccountabilityStore"/>.</summary>
/// <remarks>Immutable once made and thread-safe.</remarks>
public sealed class SqliteStoreOptions
{
    /// <summary>The settings used when none are given.</summary>
    public static SqliteStoreOptions Default { get; } = new();

    /// <summary>
    /// How long a write waits for another writer (another connection or process) to finish before it fails; 30 seconds by
    /// default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than one hour.</exception>
    public TimeSpan BusyTimeout
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, TimeSpan.FromHours(1));
            field = value;
        }
    } = TimeSpan.FromSeconds(30);
}
