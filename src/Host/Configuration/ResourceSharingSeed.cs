using System.Text.Json;
using FluentValidation;
using Library.Host.Contracts;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Configuration;

/// <summary>
/// Fills the resource-sharing configuration on first run from <c>seed-data/resource-sharing.json</c>, or the file
/// <c>Library:ResourceSharingPath</c> names: the lending workflow profiles, the partners, and the lending reason lists,
/// each into its table when that is empty. First run means no lending reason yet: the rejection list cannot be
/// emptied, so a later start changes nothing and what staff edit stays. Entries are checked with the API's validators;
/// a file that fails stops start-up naming the entry.
/// </summary>
public static class ResourceSharingSeed
{
    private sealed record ReasonLists(List<string>? Rejection, List<string>? InternalRejection, List<string>? Cancellation);

    private sealed record SeedFile(List<LendingWorkflowProfileBody>? WorkflowProfiles, List<PartnerBody>? Partners, ReasonLists? LendingReasons);

    public static async Task SeedResourceSharingAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        if (await db.LendingReasons.AnyAsync(ct)) return;
        var path = configuration["Library:ResourceSharingPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "seed-data", "resource-sharing.json");
        try
        {
            var file = Read(path);
            var profiles = file.WorkflowProfiles ?? [];
            var partners = file.Partners ?? [];
            var reasons = file.LendingReasons ?? new ReasonLists(null, null, null);
            Check(scope.ServiceProvider, path, profiles, "workflowProfiles", p => p.Code);
            Check(scope.ServiceProvider, path, partners, "partners", p => p.Code);
            if (reasons.Rejection is not { Count: > 0 })
                throw new InvalidSeedException($"Seed file '{Path.GetFileName(path)}': lendingReasons.rejection must list at least one reason.");

            if (!await db.LendingWorkflowProfiles.AnyAsync(ct))
                db.LendingWorkflowProfiles.AddRange(profiles.Select(body =>
                {
                    var profile = new LendingWorkflowProfile { Code = body.Code!, Name = body.Name };
                    body.ApplyTo(profile);
                    return profile;
                }));
            if (!await db.Partners.AnyAsync(ct))
            {
                var known = profiles.Select(p => p.Code).ToHashSet();
                db.Partners.AddRange(partners.Select((body, i) =>
                {
                    if (!known.Contains(body.WorkflowProfile))
                        throw new InvalidSeedException($"Seed file '{Path.GetFileName(path)}': partners[{i}] names workflow profile '{body.WorkflowProfile}', which the file does not define.");
                    var partner = new ResourceSharingPartner { Code = body.Code!, Name = body.Name, WorkflowProfile = body.WorkflowProfile, Language = PartnerBody.DefaultLanguage };
                    body.ApplyTo(partner);
                    return partner;
                }));
            }
            await db.ReplaceReasonsAsync(LendingReasonList.Rejection, reasons.Rejection, ct);
            await db.ReplaceReasonsAsync(LendingReasonList.InternalRejection, reasons.InternalRejection ?? [], ct);
            await db.ReplaceReasonsAsync(LendingReasonList.Cancellation, reasons.Cancellation ?? [], ct);
            logger.LogInformation("Seeded resource sharing from {File}: {Profiles} workflow profiles, {Partners} partners, {Reasons} rejection reasons",
                Path.GetFileName(path), profiles.Count, partners.Count, reasons.Rejection.Count);
        }
        catch (InvalidSeedException e)
        {
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            throw;
        }
    }

    private static SeedFile Read(string path)
    {
        if (!File.Exists(path))
            throw new InvalidSeedException($"Seed file '{path}' does not exist; set Library:ResourceSharingPath to the resource-sharing setup file.");
        try
        {
            return JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(path), JsonSerializerOptions.Web)
                   ?? throw new InvalidSeedException($"Seed file '{Path.GetFileName(path)}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidSeedException($"Seed file '{Path.GetFileName(path)}' cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Each entry passes the API's validator and has a code.</summary>
    private static void Check<T>(IServiceProvider services, string path, List<T> entries, string name, Func<T, string?> codeOf)
    {
        var validator = services.GetRequiredService<IValidator<T>>();
        for (var i = 0; i < entries.Count; i++)
        {
            var result = validator.Validate(entries[i]);
            var code = codeOf(entries[i]);
            if (!result.IsValid || code is null)
                throw new InvalidSeedException($"Seed file '{Path.GetFileName(path)}': {name}[{i}] is invalid: " +
                    (code is null ? "code: 'code' is required." : string.Join(" ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"))));
        }
    }
}
