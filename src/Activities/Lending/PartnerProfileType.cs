using System.Text.Json.Serialization;

namespace Library.Lending;

public enum PartnerProfileType
{
    [JsonStringEnumMemberName("Email")] Email,
    [JsonStringEnumMemberName("ISO")] ISO,
}
