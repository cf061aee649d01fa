namespace Accountability.Storage.PostgreSql;

/// <summary>The stable codes of the problems the PostgreSQL store reports (see <see cref="Problem.Code"/>).</summary>
/// <remarks>Lower-case kebab-case, part of the public contract: they do not change between versions.</remarks>
public static class PostgreSqlStorageProblemCodes
{
    /// <summary>
    /// The schema was written by a newer version of this package (its <c>schema_version</c> table names a version this
    /// one does not know); the store refuses to use it and changes nothing.
    /// </summary>
    public const string SchemaTooNew = "schema-too-new";

    /// <summary>The schema holds tables but no <c>schema_version</c> table: it was not made by this store, which leaves it alone.</summary>
    public const string SchemaNotOwned = "schema-not-owned";

    /// <summary>A stored document could not be read back (changed by hand, or by a program other than this store).</summary>
    public const string DocumentUnreadable = "document-unreadable";
}
