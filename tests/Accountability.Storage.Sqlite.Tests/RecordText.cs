using Accountability.Feedback;
using Accountability.Serialization;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>A record's full content as its JSON document (every field, stream and version), to compare a record read back with the one written.</summary>
internal static class RecordText
{
    public static string Of(AccountabilityRecord? record) => record is null ? "(none)" : AccountabilityJson.Write(record);
}
