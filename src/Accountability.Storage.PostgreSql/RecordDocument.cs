using Accountability.Feedback;

namespace Accountability.Storage.PostgreSql;

/// <summary>A record's stored document: the core's JSON document of the record, written before it is placed.</summary>
internal static class RecordDocument
{
    public static string Write(AccountabilityRecord record) => throw new NotSupportedException("Record documents are not available yet.");

    public static AccountabilityRecord Read(string json) => throw new NotSupportedException("Record documents are not available yet.");
}
