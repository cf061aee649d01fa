namespace Accountability.Storage.Sqlite;

/// <summary>The stable codes of the problems the SQLite store reports when it cannot use a database file (see <see cref="Problem.Code"/>).</summary>
public static class SqliteProblemCodes
{
    /// <summary>The file is not a SQLite database (its first bytes are not SQLite's header).</summary>
    public const string NotADatabase = "not-a-database";

    /// <summary>The file is a SQLite database cut short: shorter than its header says, or shorter than a header.</summary>
    public const string Truncated = "database-truncated";

    /// <summary>SQLite found the database damaged (a malformed page, an unreadable schema).</summary>
    public const string Corrupt = "database-corrupt";

    /// <summary>The database cannot be created or written at that location: a read-only file, folder or file system, or a missing folder.</summary>
    public const string NotWritable = "database-not-writable";

    /// <summary>The database was written by a newer version of this package, whose schema this version does not know.</summary>
    public const string SchemaTooNew = "schema-too-new";

    /// <summary>Another writer held the database longer than <see cref="SqliteStoreOptions.BusyTimeout"/>; nothing was written.</summary>
    public const string Busy = "database-busy";

    /// <summary>The file is a SQLite database of another application: it has tables but not this package's schema table.</summary>
    public const string ForeignDatabase = "foreign-database";
}
