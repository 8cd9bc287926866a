using System.Text.Json.Serialization;

namespace Library.Lending;

/// <summary>Which kind of child workflow a lending request started.</summary>
public enum LinkedRequestKind
{
    [JsonStringEnumMemberName("Move request")] Move,
    [JsonStringEnumMemberName("Digitization request")] Digitization,
}
