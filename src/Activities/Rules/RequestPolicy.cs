using Library.Delivery;
using Library.Persistence;
using Library.Digitization;
using Microsoft.EntityFrameworkCore;

namespace Library.Rules;

/// <summary>
/// Decides whether a new digitization request may be placed, and which profile rule routes it: the department must
/// exist and serve the item's library, the requester's user group must be within its patron limit, and a rule that
/// delivers to the requester needs an electronic document delivery rule for their group (Alma: Configuring
/// Digitization, steps 2, 5–7).
/// </summary>
public sealed class RequestPolicy(LibraryDbContext db)
{
    public async Task<PolicyDecision> DecideAsync(RequestFacts facts, string requesterId, string departmentCode, CancellationToken ct)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Code == departmentCode, ct);
        if (department is null)
        {
            var known = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(ct);
            return new PolicyDecision.Refused(PolicyRefusal.UnknownDepartment,
                $"There is no digitization department with code '{departmentCode}'. " +
                (known.Count == 0 ? "No department is configured." : $"The departments are: {string.Join(", ", known)}."),
                "department");
        }
        if (!department.Serves(facts.Library))
            return new PolicyDecision.Refused(PolicyRefusal.DepartmentDoesNotServeLibrary,
                $"The department {department.Name} ({department.Code}) does not digitize items of library {facts.Library}; " +
                $"it serves {string.Join(", ", department.ServedLibraries)}.",
                "department");

        // The table is small, and user groups compare without regard to case, as everywhere in the rules.
        var limit = (await db.PatronLimits.AsNoTracking().ToListAsync(ct))
            .FirstOrDefault(l => string.Equals(l.UserGroup, facts.UserGroup, StringComparison.OrdinalIgnoreCase));
        if (limit is { ForbidsRequests: true })
            return new PolicyDecision.Refused(PolicyRefusal.GroupMayNotRequest,
                $"Patrons of user group {facts.UserGroup} may not place digitization requests: the group's limit is 0.",
                "requester.userGroup");
        if (limit?.MaxDigitizationRequests is { } max)
        {
            // Tracked: the placement counts the new request on this same row and version, so a concurrent placement that
            // read the same count loses at the commit (PatronLoad.Version) and is decided again.
            var open = (await db.PatronLoadOfAsync(requesterId, ct)).OpenRequests;
            if (open >= max)
                return new PolicyDecision.Refused(PolicyRefusal.PatronLimitReached,
                    $"Requester {requesterId} already has {open} open digitization {(open == 1 ? "request" : "requests")}, " +
                    $"the most a patron of user group {facts.UserGroup} may have at once ({max}); " +
                    "another can be placed once one is completed or cancelled.",
                    "requester.id");
        }

        var rules = await db.ProfileRules.AsNoTracking().ToListAsync(ct);
        var rule = ProfileRuleMatcher.Match(rules, facts);
        if (rule.Outputs.DeliversToRequester)
        {
            var deliveryRules = await db.DocumentDeliveryRules.AsNoTracking().Where(r => r.Enabled).ToListAsync(ct);
            if (!DocumentDeliveryRule.AnyGrants(deliveryRules, facts.UserGroup))
                return new PolicyDecision.Refused(PolicyRefusal.NoDocumentDelivery,
                    $"The profile rule '{rule.Name}' sends the digitized file to the requester {(rule.Outputs.Target == DigitizationTarget.DocumentDeliveryLink ? "as a download link" : "as an e-mail attachment")}, " +
                    $"but no enabled electronic document delivery rule lists user group {facts.UserGroup}.",
                    "requester.userGroup");
        }
        return new PolicyDecision.Allowed(rule, department);
    }
}
