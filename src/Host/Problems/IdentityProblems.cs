using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Library.Host.Problems;

/// <summary>Identity's refusals (a password too short, a user name taken) as a 400 naming the field each is about.</summary>
public static class IdentityProblems
{
    public static ProblemHttpResult Of(IdentityResult result, string passwordField = "password")
    {
        var errors = result.Errors
            .GroupBy(e => FieldOf(e.Code, passwordField))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        return ApiProblems.Invalid(errors, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ when code.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ => "account",
    };
}
