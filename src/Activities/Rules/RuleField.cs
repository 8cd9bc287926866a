using System.Text.Json.Serialization;

namespace Library.Rules;

/// <summary>The request field a condition tests (Alma: Configuring Digitization, the rule editor's input parameters).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleField>))]
public enum RuleField
{
    [JsonStringEnumMemberName("userGroup")] UserGroup,
    [JsonStringEnumMemberName("library")] Library,
    [JsonStringEnumMemberName("location")] Location,
    [JsonStringEnumMemberName("materialType")] MaterialType,

    /// <summary>Closed: <c>full</c> or <c>partial</c>.</summary>
    [JsonStringEnumMemberName("scope")] Scope,

    /// <summary>Closed: <c>patron</c> or <c>staff</c>.</summary>
    [JsonStringEnumMemberName("requesterType")] RequesterType,
}
