using System.Text.Json;
using Library.Rules;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Library.Persistence;

/// <summary>
/// A rule's conditions in one JSON text column, written as the API writes them
/// (<c>[{"field":"userGroup","operator":"in","values":["Staff"]}]</c>); plain text, so any provider stores it.
/// </summary>
public static class RuleConditionsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<RuleCondition> conditions) => JsonSerializer.Serialize(conditions, Options);

    public static IReadOnlyList<RuleCondition> Read(string json) =>
        JsonSerializer.Deserialize<List<RuleCondition>>(json, Options) ?? [];

    public static readonly ValueConverter<IReadOnlyList<RuleCondition>, string> Converter =
        new(conditions => Write(conditions), json => Read(json));

    /// <summary>Records compare lists by reference, so changes are detected on the JSON text.</summary>
    public static readonly ValueComparer<IReadOnlyList<RuleCondition>> Comparer = new(
        (a, b) => Write(a!) == Write(b!),
        conditions => Write(conditions).GetHashCode(),
        conditions => Read(Write(conditions)));
}
