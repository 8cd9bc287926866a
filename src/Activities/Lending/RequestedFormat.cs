using System.Text.Json.Serialization;

namespace Library.Lending;

public enum RequestedFormat
{
    [JsonStringEnumMemberName("Physical")] Physical,
    [JsonStringEnumMemberName("Digital")] Digital,
    [JsonStringEnumMemberName("PhysicalNonReturnable")] PhysicalNonReturnable,
}
