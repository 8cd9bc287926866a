using System.Diagnostics.CodeAnalysis;

namespace Workflows.Activities;

/// <summary>The activity types definitions may name, by class name.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byName = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ActivityDescriptor> All => _byName.Values;

    public ActivityRegistry Add<T>() where T : Activity => Add(typeof(T));

    public ActivityRegistry Add(Type type)
    {
        if (!typeof(Activity).IsAssignableFrom(type) || type.IsAbstract)
            throw new ArgumentException($"{type.Name} is not a concrete activity.", nameof(type));
        var descriptor = new ActivityDescriptor(type);
        if (_byName.TryGetValue(descriptor.TypeName, out var existing) && existing.Type != type)
            throw new InvalidOperationException($"Two activity types are named '{descriptor.TypeName}'.");
        _byName[descriptor.TypeName] = descriptor;
        return this;
    }

    /// <summary>Registers every concrete activity in the assembly that holds <typeparamref name="TMarker"/>.</summary>
    public ActivityRegistry AddFromAssemblyOf<TMarker>()
    {
        foreach (var type in typeof(TMarker).Assembly.GetTypes().Where(t => typeof(Activity).IsAssignableFrom(t) && !t.IsAbstract && t.IsPublic))
            Add(type);
        return this;
    }

    public bool TryGet(string typeName, [NotNullWhen(true)] out ActivityDescriptor? descriptor) =>
        _byName.TryGetValue(typeName, out descriptor);
}
