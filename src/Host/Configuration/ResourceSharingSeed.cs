using Library.Host.Contracts;
using Library.Languages;
using Library.Persistence;
using Library.ResourceSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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

    public static async Task SeedResourceSharingAsync(this IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var institutionLanguage = scope.ServiceProvider.GetRequiredService<IOptions<LetterSettings>>().Value.InstitutionLanguage();
        if (await db.LendingReasons.AnyAsync(ct)) return;
        var path = configuration["Library:ResourceSharingPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "seed-data", "resource-sharing.json");
        try
        {
            var seed = SeedDocument.Open(path, "Library:ResourceSharingPath", scope.ServiceProvider);
            var profiles = Entries<LendingWorkflowProfileBody>(seed, "workflowProfiles", "workflow profile", p => p.Code);
            var partners = Entries<PartnerBody>(seed, "partners", "partner", p => p.Code);
            seed.Unique(profiles.Select(p => p.Code!), "workflow profile code", StringComparer.Ordinal);
            seed.Unique(partners.Select(p => p.Code!), "partner code", StringComparer.Ordinal);
            var reasons = seed.Read<ReasonLists>(seed["lendingReasons"], "lendingReasons", "lendingReasons") ?? new ReasonLists(null, null, null);
            if (reasons.Rejection is not { Count: > 0 })
                throw seed.Invalid("lendingReasons", "rejection", "must list at least one reason.");

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
                        throw seed.Invalid($"partner '{body.Code}' (partners[{i}])", "workflowProfile", $"'{body.WorkflowProfile}' is not a workflow profile of the file.");
                    var partner = new ResourceSharingPartner { Code = body.Code!, Name = body.Name, WorkflowProfile = body.WorkflowProfile, Language = institutionLanguage.Code() };
                    body.ApplyTo(partner);
                    return partner;
                }));
            }
            await db.ReplaceReasonsAsync(LendingReasonList.Rejection, reasons.Rejection, ct);
            await db.ReplaceReasonsAsync(LendingReasonList.InternalRejection, reasons.InternalRejection ?? [], ct);
            await db.ReplaceReasonsAsync(LendingReasonList.Cancellation, reasons.Cancellation ?? [], ct);
            logger.LogInformation("Seeded resource sharing from {File}: {Profiles} workflow profiles, {Partners} partners, {Reasons} rejection reasons",
                seed.File, profiles.Count, partners.Count, reasons.Rejection.Count);
        }
        catch (InvalidSeedException e)
        {
            logger.LogCritical("Cannot start: {Reason}", e.Message);
            throw;
        }
    }

    /// <summary>The entries of list <paramref name="list"/>, each checked and carrying the code the API takes from the path.</summary>
    private static List<T> Entries<T>(SeedDocument seed, string list, string what, Func<T, string?> code) =>
        seed.Array(list).Select((node, i) =>
        {
            var where = $"{what} {SeedDocument.Named(node, "code", i)} ({list}[{i}])";
            var body = seed.Checked<T>(node, where);
            return code(body) is null ? throw seed.Invalid(where, "code", "'code' is required.") : body;
        }).ToList();
}
