using System.Text.Json.Serialization;

namespace Library.Moves;

/// <summary>
/// A move request proper, or the general hold request it turns into when a manual description is given
/// (Alma: Managing Resource Sharing Lending Requests, "Create Move Request").
/// </summary>
public enum MoveRequestType
{
    [JsonStringEnumMemberName("Move")] Move,
    [JsonStringEnumMemberName("General Hold")] GeneralHold,
}
