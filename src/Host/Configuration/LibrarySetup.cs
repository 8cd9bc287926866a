using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Library.Delivery;
using Library.Departments;
using Library.Host.Contracts;
using Library.Patrons;
using Library.Rules;

namespace Library.Host.Configuration;

/// <summary>The contents of a seed file, checked and turned into records.</summary>
public sealed record LibrarySetup(
    IReadOnlyList<ProfileRule> ProfileRules,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<PatronLimit> PatronLimits,
    IReadOnlyList<DocumentDeliveryRule> DocumentDeliveryRules)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LibrarySetup Read(string path, IServiceProvider services)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new InvalidSeedException($"Seed file '{path}' does not exist; set Library:SeedPath to the library setup file.");

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                   ?? throw new InvalidSeedException($"Seed file '{file}' is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidSeedException($"Seed file '{file}' is malformed JSON: {e.Message}", e);
        }

        var reader = new EntryReader(file, services);
        var rules = ReadProfileRules(reader, Array(root, file, "profileRules"));
        var departments = Array(root, file, "departments").Select((node, i) =>
        {
            var where = $"department {Named(node, "code", i)} (departments[{i}])";
            var code = reader.Read<string>(node?["code"], where, "code") ?? "";
            if (DepartmentBodyValidator.CodeProblem(code) is { } problem) throw reader.Invalid(where, "code", problem);
            var body = reader.Checked<DepartmentBody>(node, where);
            return new Department
            {
                Code = code, Name = body.Name, Description = body.Description ?? "", WorkTimeDays = body.WorkTimeDays, ServedLibraries = body.Libraries(),
            };
        }).ToList();
        var limits = Array(root, file, "patronLimits").Select((node, i) =>
        {
            var where = $"patron limit {Named(node, "userGroup", i)} (patronLimits[{i}])";
            var group = reader.Read<string>(node?["userGroup"], where, "userGroup") ?? "";
            if (PatronLimitBodyValidator.UserGroupProblem(group) is { } problem) throw reader.Invalid(where, "userGroup", problem);
            return new PatronLimit { UserGroup = group, MaxDigitizationRequests = reader.Checked<PatronLimitBody>(node, where).MaxDigitizationRequests };
        }).ToList();
        var deliveryRules = Array(root, file, "documentDeliveryRules").Select((node, i) =>
        {
            var body = reader.Checked<DocumentDeliveryRuleBody>(node, $"document delivery rule {Named(node, "name", i)} (documentDeliveryRules[{i}])");
            return new DocumentDeliveryRule { Name = body.Name, Description = body.Description ?? "", Enabled = body.Enabled ?? true, UserGroups = body.Groups() };
        }).ToList();

        Unique(file, departments.Select(d => d.Code), "department code", StringComparer.Ordinal);
        Unique(file, limits.Select(l => l.UserGroup), "patron limit user group", StringComparer.OrdinalIgnoreCase);
        Unique(file, deliveryRules.Select(r => r.Name), "document delivery rule name", StringComparer.OrdinalIgnoreCase);
        return new LibrarySetup(rules, departments, limits, deliveryRules);
    }

    /// <summary>The rules in their file order, placed by their <c>order</c>; exactly one is the default rule.</summary>
    private static List<ProfileRule> ReadProfileRules(EntryReader reader, IReadOnlyList<JsonNode?> nodes)
    {
        var rules = nodes.Select((node, i) =>
        {
            var where = $"profile rule {Named(node, "name", i)} (profileRules[{i}])";
            var body = reader.Checked<ProfileRuleBody>(node, where);
            var rule = new ProfileRule
            {
                Name = body.Name,
                Description = body.Description ?? "",
                Enabled = body.Enabled ?? true,
                Order = body.Order ?? int.MaxValue,
                IsDefault = reader.Read<bool?>(node?["isDefault"], where, "isDefault") ?? false,
                Conditions = body.ToConditions(),
                Outputs = body.ToOutputs(),
            };
            if (rule.IsDefault && rule.Conditions.Count > 0)
                throw reader.Invalid(where, "conditions", "The default rule matches every request, so it has no conditions.");
            if (rule.IsDefault && !rule.Enabled)
                throw reader.Invalid(where, "enabled", "The default rule cannot be disabled.");
            return rule;
        }).ToList();

        var defaults = rules.Count(r => r.IsDefault);
        if (defaults != 1)
            throw new InvalidSeedException(
                $"Seed file '{reader.File}' has {defaults} profile rules with \"isDefault\": true; it needs exactly one, the {ProfileRule.DefaultName}.");
        Unique(reader.File, rules.Select(r => r.Name), "profile rule name", StringComparer.OrdinalIgnoreCase);

        // LINQ's sort is stable: rules of equal order keep their file order.
        var ordered = rules.Where(r => !r.IsDefault).OrderBy(r => r.Order).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Order = i + 1;
        rules.Single(r => r.IsDefault).Order = ordered.Count + 1;
        return rules;
    }

    private static IReadOnlyList<JsonNode?> Array(JsonObject root, string file, string name) => root[name] switch
    {
        null => [],
        JsonArray array => array.ToList(),
        _ => throw new InvalidSeedException($"Seed file '{file}': \"{name}\" must be a list."),
    };

    private static string Named(JsonNode? node, string property, int index) =>
        node is JsonObject o && o[property] is JsonValue v && v.TryGetValue<string>(out var name) ? $"'{name}'" : $"#{index + 1}";

    private static void Unique(string file, IEnumerable<string> values, string what, StringComparer comparer)
    {
        if (values.GroupBy(v => v, comparer).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidSeedException($"Seed file '{file}': the {what} '{twice.Key}' appears more than once.");
    }

    /// <summary>Reads entries as the API reads bodies, and checks them with the API's validators.</summary>
    private sealed class EntryReader(string file, IServiceProvider services)
    {
        public string File => file;

        public T Checked<T>(JsonNode? node, string where)
        {
            if (node is not JsonObject) throw new InvalidSeedException($"Seed file '{file}': {where} is not a JSON object.");
            T body;
            try
            {
                body = node.Deserialize<T>(Json)!;
            }
            catch (JsonException e)
            {
                throw new InvalidSeedException($"Seed file '{file}': {where} cannot be read: {e.Message}", e);
            }
            var result = services.GetRequiredService<IValidator<T>>().Validate(body);
            if (!result.IsValid)
                throw new InvalidSeedException($"Seed file '{file}': {where} is invalid: " +
                                               string.Join(" ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
            return body;
        }

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
            new($"Seed file '{file}': {where} is invalid: {field}: {message}");
    }
}
