using Workflows.Activities;

namespace Library.Host.Contracts;

/// <summary>A registered activity type as the designer's palette shows it: what it does, its inputs and its outcomes.</summary>
public sealed record ActivityTypeView(string Type, string? Description, IReadOnlyList<ActivityInputView> Inputs, IReadOnlyList<string> Outcomes)
{
    public static ActivityTypeView Of(ActivityDescriptor descriptor) => new(
        descriptor.TypeName,
        descriptor.Description,
        descriptor.Inputs.Select(i => new ActivityInputView(i.Name, InputValueTypes.NameOf(i.ValueType), i.Required, i.Description)).ToList(),
        descriptor.Outcomes);
}
