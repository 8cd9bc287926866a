using System.Text.Json.Serialization;

namespace Library.Rules;

[JsonConverter(typeof(JsonStringEnumConverter<RuleOperator>))]
public enum RuleOperator
{
    [JsonStringEnumMemberName("equals")] EqualTo,
    [JsonStringEnumMemberName("notEquals")] NotEqualTo,
    [JsonStringEnumMemberName("in")] In,
    [JsonStringEnumMemberName("notIn")] NotIn,
}
