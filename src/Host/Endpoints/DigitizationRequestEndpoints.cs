using System.Text.Json.Nodes;
using Library.Departments;
using Library.Host.Contracts;
using Library.Host.Validation;
using Library.Persistence;
using Library.Requests;
using Library.Rules;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

public static class DigitizationRequestEndpoints
{
    public const string WorkflowId = "digitization";

    public static IEndpointRouteBuilder MapDigitizationRequests(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/digitization-requests").WithTags("Digitization requests")
            .MapPost("/", Create).Validate<CreateDigitizationRequest>();
        return app;
    }

    /// <summary>
    /// Checks the request against the library's policy, records it with the profile rule that routes it, and starts
    /// its workflow, all in one transaction.
    /// </summary>
    private static async Task<Results<Created<RequestView>, ProblemHttpResult>> Create(
        CreateDigitizationRequest? body, LibraryDbContext db, RequestPolicy policy, WorkflowRuntime runtime, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var requester = new Requester
        {
            Id = body.Requester!.Id!, Email = body.Requester.Email!, UserGroup = body.Requester.UserGroup!,
            Type = body.Requester.Type == "staff" ? RequesterType.Staff : RequesterType.Patron,
        };
        var item = new RequestedItem
        {
            Barcode = body.Item!.Barcode!, Title = body.Item.Title!, Library = body.Item.Library!,
            Location = body.Item.Location!, MaterialType = body.Item.MaterialType,
        };
        var scope = body.Scope == "partial" ? RequestScope.Partial : RequestScope.Full;
        var departmentCode = body.Department ?? Department.InstitutionCode;

        var facts = new RequestFacts(requester.UserGroup, item.Library, item.Location, item.MaterialType, scope, requester.Type);
        var decision = await policy.DecideAsync(facts, requester.Id, departmentCode, ct);
        if (decision is PolicyDecision.Refused refused) return Refuse(refused);
        var (rule, department) = (PolicyDecision.Allowed)decision;

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new DigitizationRequest
        {
            Id = Guid.CreateVersion7(),
            Requester = requester,
            Item = item,
            Scope = scope,
            Part = body.Part is null ? null : new RequestedPart { Title = body.Part.Title, Author = body.Part.Author, Pages = body.Part.Pages },
            Department = department.Code,
            Note = body.Note,
            Status = RequestStatus.PickupFromShelf,
            Routing = new Routing
            {
                RuleId = rule.Id, RuleName = rule.Name, Target = rule.Outputs.Target, MaxAccessCount = rule.Outputs.MaxAccessCount,
                Approval = rule.Outputs.Approval, CopyrightClearance = rule.Outputs.CopyrightClearance,
                ApprovalManagement = rule.Outputs.ApprovalManagement, ApprovalReason = rule.Outputs.ApprovalReason,
            },
            ExpiresAt = department.WorkTimeDays is { } days ? now.AddDays(days) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.DigitizationRequests.Add(request);

        var input = new JsonObject
        {
            ["requestId"] = request.Id.ToString(),
            ["barcode"] = request.Item.Barcode,
            ["department"] = request.Department,
            ["needsApproval"] = request.Routing.NeedsApproval,
            ["approvalManagement"] = request.Routing.NeedsApproval ? request.Routing.ApprovalManagement?.ToString() : null,
        };
        await runtime.StartAsync(WorkflowId, input, request.Id.ToString(), ActingAccount.Of(http), ct);

        var view = await RequestView.LoadAsync(db, request.Id, ct);
        return TypedResults.Created($"/api/requests/{request.Id}", view);
    }

    /// <summary>A request naming a department that cannot take it is bad input; one the library's policy forbids is 403.</summary>
    private static ProblemHttpResult Refuse(PolicyDecision.Refused refused) => refused.Kind switch
    {
        PolicyRefusal.UnknownDepartment or PolicyRefusal.DepartmentDoesNotServeLibrary => ApiProblems.Invalid(refused.Field, refused.Reason),
        _ => TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Refused by library policy",
            extensions: new Dictionary<string, object?> { ["rule"] = refused.Kind.ToString(), ["field"] = refused.Field }),
    };
}
