using System.Text.Json.Nodes;
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
    public static LibrarySetup Read(string path, IServiceProvider services)
    {
        var seed = SeedDocument.Open(path, "Library:SeedPath", services);
        var rules = ReadProfileRules(seed, seed.Array("profileRules"));
        var departments = seed.Array("departments").Select((node, i) =>
        {
            var where = $"department {SeedDocument.Named(node, "code", i)} (departments[{i}])";
            var code = seed.Read<string>(node?["code"], where, "code") ?? "";
            if (DepartmentBodyValidator.CodeProblem(code) is { } problem) throw seed.Invalid(where, "code", problem);
            var body = seed.Checked<DepartmentBody>(node, where);
            return new Department
            {
                Code = code, Name = body.Name, Description = body.Description ?? "", WorkTimeDays = body.WorkTimeDays, ServedLibraries = body.Libraries(),
            };
        }).ToList();
        var limits = seed.Array("patronLimits").Select((node, i) =>
        {
            var where = $"patron limit {SeedDocument.Named(node, "userGroup", i)} (patronLimits[{i}])";
            var group = seed.Read<string>(node?["userGroup"], where, "userGroup") ?? "";
            if (PatronLimitBodyValidator.UserGroupProblem(group) is { } problem) throw seed.Invalid(where, "userGroup", problem);
            return new PatronLimit { UserGroup = group, MaxDigitizationRequests = seed.Checked<PatronLimitBody>(node, where).MaxDigitizationRequests };
        }).ToList();
        var deliveryRules = seed.Array("documentDeliveryRules").Select((node, i) =>
        {
            var body = seed.Checked<DocumentDeliveryRuleBody>(node, $"document delivery rule {SeedDocument.Named(node, "name", i)} (documentDeliveryRules[{i}])");
            return new DocumentDeliveryRule { Name = body.Name, Description = body.Description ?? "", Enabled = body.Enabled ?? true, UserGroups = body.Groups() };
        }).ToList();

        seed.Unique(departments.Select(d => d.Code), "department code", StringComparer.Ordinal);
        seed.Unique(limits.Select(l => l.UserGroup), "patron limit user group", StringComparer.OrdinalIgnoreCase);
        seed.Unique(deliveryRules.Select(r => r.Name), "document delivery rule name", StringComparer.OrdinalIgnoreCase);
        return new LibrarySetup(rules, departments, limits, deliveryRules);
    }

    /// <summary>The rules in their file order, placed by their <c>order</c>; exactly one is the default rule.</summary>
    private static List<ProfileRule> ReadProfileRules(SeedDocument seed, IReadOnlyList<JsonNode?> nodes)
    {
        var rules = nodes.Select((node, i) =>
        {
            var where = $"profile rule {SeedDocument.Named(node, "name", i)} (profileRules[{i}])";
            var body = seed.Checked<ProfileRuleBody>(node, where);
            var rule = new ProfileRule
            {
                Name = body.Name,
                Description = body.Description ?? "",
                Enabled = body.Enabled ?? true,
                Order = body.Order ?? int.MaxValue,
                IsDefault = seed.Read<bool?>(node?["isDefault"], where, "isDefault") ?? false,
                Conditions = body.ToConditions(),
                Outputs = body.ToOutputs(),
            };
            if (rule.IsDefault && rule.Conditions.Count > 0)
                throw seed.Invalid(where, "conditions", "The default rule matches every request, so it has no conditions.");
            if (rule.IsDefault && !rule.Enabled)
                throw seed.Invalid(where, "enabled", "The default rule cannot be disabled.");
            return rule;
        }).ToList();

        var defaults = rules.Count(r => r.IsDefault);
        if (defaults != 1)
            throw new InvalidSeedException(
                $"Seed file '{seed.File}' has {defaults} profile rules with \"isDefault\": true; it needs exactly one, the {ProfileRule.DefaultName}.");
        seed.Unique(rules.Select(r => r.Name), "profile rule name", StringComparer.OrdinalIgnoreCase);

        // LINQ's sort is stable: rules of equal order keep their file order.
        var ordered = rules.Where(r => !r.IsDefault).OrderBy(r => r.Order).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Order = i + 1;
        rules.Single(r => r.IsDefault).Order = ordered.Count + 1;
        return rules;
    }
}
