using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Library.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>
/// The digitization profile rules (Alma: Configuring Digitization, Digitization Workflow Rules List), in evaluation order. The
/// <see cref="ProfileRule.DefaultName">Default Digitization Rule</see> is always there and always last: its
/// outputs and description can be edited, but it cannot be deleted, disabled, renamed or given conditions.
/// </summary>
public static class ProfileRuleEndpoints
{
    public static IEndpointRouteBuilder MapProfileRules(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/profile-rules").WithTags("Profile rules");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{id:int}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/", Create).Needs(StaffPolicies.Administration).Validate<ProfileRuleBody>();
        group.MapPut("/{id:int}", Update).Needs(StaffPolicies.Administration).Validate<ProfileRuleBody>().Refuses(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:int}", Delete).Needs(StaffPolicies.Administration).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/try", Try).Needs(StaffPolicies.Staff).Validate<RuleTryBody>();
        return app;
    }

    private static async Task<Ok<List<ProfileRuleView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok(ProfileRuleMatcher.InEvaluationOrder(await db.ProfileRules.AsNoTracking().ToListAsync(ct))
            .Select(ProfileRuleView.Of).ToList());

    private static async Task<Results<Ok<ProfileRuleView>, ProblemHttpResult>> Get(int id, LibraryDbContext db, CancellationToken ct) =>
        await db.ProfileRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } rule
            ? TypedResults.Ok(ProfileRuleView.Of(rule))
            : UnknownRule(id);

    /// <summary>"Try a request": which rule would route a sample request, and the path it would take. Nothing is stored.</summary>
    private static async Task<Ok<RuleTryResult>> Try(RuleTryBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var evaluated = ProfileRuleMatcher.Evaluate(await db.ProfileRules.AsNoTracking().ToListAsync(ct), body.ToFacts()).ToList();
        var match = evaluated.Last(e => e.Matched).Rule;
        return TypedResults.Ok(new RuleTryResult(RuleTryMatch.Of(match), evaluated.Select(RuleTryEvaluation.Of).ToList(), RequestPath.Of(match.Outputs)));
    }

    /// <summary>Adds a rule at its <c>order</c> (the rules from there move down one), or last before the default rule.</summary>
    private static async Task<Results<Created<ProfileRuleView>, ProblemHttpResult>> Create(ProfileRuleBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var rules = await db.ProfileRules.ToListAsync(ct);
        if (NameTaken(rules, body.Name, except: null) is { } taken) return taken;

        var rule = new ProfileRule
        {
            Name = body.Name,
            Description = body.Description ?? "",
            Enabled = body.Enabled ?? true,
            Conditions = body.ToConditions(),
            Outputs = body.ToOutputs(),
        };
        db.ProfileRules.Add(rule);
        ProfileRuleOrdering.Place(rules.Append(rule), rule, body.Order ?? int.MaxValue);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/profile-rules/{rule.Id}", ProfileRuleView.Of(rule));
    }

    /// <summary>Replaces a rule; a new <c>order</c> moves it there. Omitted <c>order</c> and <c>enabled</c> stay as they were.</summary>
    private static async Task<Results<Ok<ProfileRuleView>, ProblemHttpResult>> Update(int id, ProfileRuleBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var rules = await db.ProfileRules.ToListAsync(ct);
        var rule = rules.SingleOrDefault(r => r.Id == id);
        if (rule is null) return UnknownRule(id);
        if (NameTaken(rules, body.Name, except: rule) is { } taken) return taken;

        var conditions = body.ToConditions();
        if (rule.IsDefault)
        {
            if (body.Enabled == false)
                return ApiProblems.Invalid("enabled",
                    $"The {rule.Name} cannot be disabled: it routes every request that no other rule matches.");
            if (conditions.Count > 0)
                return ApiProblems.Invalid("conditions",
                    $"The {rule.Name} matches every request, so it has no conditions; add a rule with these conditions instead.");
            if (body.Name != rule.Name)
                return ApiProblems.Invalid("name", $"The {rule.Name} keeps its name.");
        }

        rule.Name = body.Name;
        rule.Description = body.Description ?? "";
        rule.Enabled = rule.IsDefault || (body.Enabled ?? rule.Enabled);
        rule.Conditions = conditions;
        rule.Outputs = body.ToOutputs();
        ProfileRuleOrdering.Place(rules, rule, body.Order ?? rule.Order);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProfileRuleView.Of(rule));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, LibraryDbContext db, CancellationToken ct)
    {
        var rules = await db.ProfileRules.ToListAsync(ct);
        var rule = rules.SingleOrDefault(r => r.Id == id);
        if (rule is null) return UnknownRule(id);
        if (rule.IsDefault)
            return ApiProblems.Conflict(
                $"The {rule.Name} cannot be deleted: it routes every request that no other rule matches. Edit its outputs instead.");

        db.ProfileRules.Remove(rule);
        ProfileRuleOrdering.Renumber(rules.Where(r => r != rule));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? NameTaken(IEnumerable<ProfileRule> rules, string name, ProfileRule? except) =>
        rules.FirstOrDefault(r => r != except && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) is { } other
            ? ApiProblems.Invalid("name", $"The name '{name}' is already used by profile rule {other.Id}; rule names are unique.")
            : null;

    private static ProblemHttpResult UnknownRule(int id) => ApiProblems.NotFound($"No profile rule {id}.");
}
