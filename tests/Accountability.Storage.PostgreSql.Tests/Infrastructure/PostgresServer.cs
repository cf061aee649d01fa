namespace Accountability.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against: the connection string in <c>ACCOUNTABILITY_POSTGRES</c>. Without it the
/// tests are skipped with <see cref="SkipReason"/>, unless <c>ACCOUNTABILITY_REQUIRE_POSTGRES=1</c> (as in CI), where
/// they fail instead.
/// </summary>
internal static class PostgresServer
{
    public const string ConnectionVariable = "ACCOUNTABILITY_POSTGRES";
    public const string RequireVariable = "ACCOUNTABILITY_REQUIRE_POSTGRES";

    public const string HowToRun =
        "No PostgreSQL server for these tests (ACCOUNTABILITY_POSTGRES is not set), so they were SKIPPED. To run them: "
        + "eval \"$(bash eng/postgres.sh start)\" && dotnet test tests/Accountability.Storage.PostgreSql.Tests -c Release; "
        + "then bash eng/postgres.sh stop. (CI sets ACCOUNTABILITY_REQUIRE_POSTGRES=1 and never skips them.)";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the tests are skipped, or <see langword="null"/> when they run (a server is given, or one is required).</summary>
    public static string? SkipReason => ConnectionString is null && !Required ? HowToRun : null;

    /// <summary>The connection string; throws when none is given (only reached when the server is required).</summary>
    public static string Require() => ConnectionString
        ?? throw new InvalidOperationException($"{RequireVariable}=1 but {ConnectionVariable} is not set: start a server with eval \"$(bash eng/postgres.sh start)\".");
}
