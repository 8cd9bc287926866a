namespace Library.Host.Validation;

/// <summary>
/// Marks a list's query parameter whose values are the names an enum has at the JSON edge, as
/// <see cref="FacetReader"/> reads them, so the OpenAPI document can list them.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class FacetAttribute(Type enumType) : Attribute
{
    public IReadOnlyList<string> Values { get; } =
        (IReadOnlyList<string>)typeof(EnumNames<>).MakeGenericType(enumType).GetProperty(nameof(EnumNames<DayOfWeek>.All))!.GetValue(null)!;
}
