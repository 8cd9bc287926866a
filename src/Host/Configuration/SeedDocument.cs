using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;

namespace Library.Host.Configuration;

/// <summary>
/// A seed file read as one JSON object, whose entries are read as the API reads bodies and checked with the API's
/// validators; every problem is an <see cref="InvalidSeedException"/> naming the file and the entry.
/// </summary>
public sealed class SeedDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly JsonObject _root;
    private readonly IServiceProvider _services;

    private SeedDocument(string file, JsonObject root, IServiceProvider services) => (File, _root, _services) = (file, root, services);

    /// <summary>The file's name, as messages give it.</summary>
    public string File { get; }

    /// <param name="setting">The configuration key that names another file, for the message when this one is missing.</param>
    public static SeedDocument Open(string path, string setting, IServiceProvider services)
    {
        var file = Path.GetFileName(path);
        if (!System.IO.File.Exists(path))
            throw new InvalidSeedException($"Seed file '{path}' does not exist; set {setting} to the file to seed from.");
        try
        {
            return JsonNode.Parse(System.IO.File.ReadAllText(path)) is JsonObject root
                ? new SeedDocument(file, root, services)
                : throw new InvalidSeedException($"Seed file '{file}' is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidSeedException($"Seed file '{file}' is malformed JSON: {e.Message}", e);
        }
    }

    /// <summary>The entries of the top-level list <paramref name="name"/>; none when the file leaves it out.</summary>
    public IReadOnlyList<JsonNode?> Array(string name) => _root[name] switch
    {
        null => [],
        JsonArray array => array.ToList(),
        _ => throw new InvalidSeedException($"Seed file '{File}': \"{name}\" must be a list."),
    };

    /// <summary>The top-level value <paramref name="name"/>; null when the file leaves it out.</summary>
    public JsonNode? this[string name] => _root[name];

    /// <summary>An entry read as the API body <typeparamref name="T"/> and passed through its validator.</summary>
    public T Checked<T>(JsonNode? node, string where)
    {
        if (node is not JsonObject) throw new InvalidSeedException($"Seed file '{File}': {where} is not a JSON object.");
        T body;
        try
        {
            body = node.Deserialize<T>(Json)!;
        }
        catch (JsonException e)
        {
            throw new InvalidSeedException($"Seed file '{File}': {where} cannot be read: {e.Message}", e);
        }
        var result = _services.GetRequiredService<IValidator<T>>().Validate(body);
        if (!result.IsValid)
            throw new InvalidSeedException($"Seed file '{File}': {where} is invalid: " +
                                           string.Join(" ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        return body;
    }

    /// <summary>One value of an entry that its body does not carry (a code, a key).</summary>
    public T? Read<T>(JsonNode? node, string where, string property)
    {
        try
        {
            return node is null ? default : node.Deserialize<T>(Json);
        }
        catch (JsonException e)
        {
            throw Invalid(where, property, $"cannot be read: {e.Message}");
        }
    }

    public InvalidSeedException Invalid(string where, string field, string message) =>
        new($"Seed file '{File}': {where} is invalid: {field}: {message}");

    /// <summary>How messages name entry <paramref name="index"/>: by its <paramref name="property"/> when it has one, else by its place.</summary>
    public static string Named(JsonNode? node, string property, int index) =>
        node is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var name) ? $"'{name}'" : $"#{index + 1}";

    /// <summary>Refuses the file when a value that names an entry appears twice.</summary>
    public void Unique(IEnumerable<string> values, string what, StringComparer comparer)
    {
        if (values.GroupBy(v => v, comparer).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidSeedException($"Seed file '{File}': the {what} '{twice.Key}' appears more than once.");
    }
}
