using Npgsql;

namespace Accountability.Storage.PostgreSql;

/// <summary>Builds the store's connection pool: Npgsql with its NodaTime plugin.</summary>
internal static class StorageDataSource
{
    public static NpgsqlDataSource Build(string connectionString)
    {
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The connection string is not valid for Npgsql: {e.Message}", nameof(connectionString), e);
        }

        builder.UseNodaTime();
        return builder.Build();
    }
}
