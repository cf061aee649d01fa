using System.Text;
using Accountability.Feedback;
using Accountability.Serialization;

namespace Accountability.Storage.PostgreSql;

/// <summary>A record's stored document: the core's compact JSON document of the record, written before it is placed.</summary>
internal static class RecordDocument
{
    public static string Write(AccountabilityRecord record) => Encoding.UTF8.GetString(AccountabilityJson.WriteUtf8(record));

    public static AccountabilityRecord Read(string json) => AccountabilityJson.ReadRecord(json);
}
