using System.Text.Json.Nodes;

namespace Library.Tests.Accounts;

/// <summary>The accounts API as the tests call it.</summary>
public static class AccountApi
{
    public const string Password = "a long enough password";

    /// <summary>What the accounts' owners change <see cref="Password"/> to at their first sign-in.</summary>
    public const string ChangedPassword = Password + " changed";

    public static JsonObject NewAccount(string userName, string kind = "personal", string? endDate = null, params JsonObject[] roles) => new()
    {
        ["userName"] = userName,
        ["displayName"] = $"Staff {userName}",
        ["email"] = $"{userName}@library.example",
        ["kind"] = kind,
        ["password"] = Password,
        ["endDate"] = endDate,
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r).ToArray()),
    };

    public static JsonObject Role(string role, params string[] scope) =>
        scope.Length == 0 ? new JsonObject { ["role"] = role } : new JsonObject { ["role"] = role, ["scope"] = new JsonArray(scope.Select(s => (JsonNode)s!).ToArray()) };
}
