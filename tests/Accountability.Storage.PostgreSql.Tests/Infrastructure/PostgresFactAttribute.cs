namespace Accountability.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>A test that needs the PostgreSQL server: skipped at discovery, saying how to run it, when there is none.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
