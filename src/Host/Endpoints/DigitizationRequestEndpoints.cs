using Library.Host.Problems;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Host.Validation;
using Library.Persistence;
using Library.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

public static class DigitizationRequestEndpoints
{
    public const string WorkflowId = "digitization";
    public const string DefaultDepartment = "DIGI_DEPT_INST";

    public static IEndpointRouteBuilder MapDigitizationRequests(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/digitization-requests").WithTags("Digitization requests")
            .MapPost("/", Create).Validate<CreateDigitizationRequest>();
        return app;
    }

    /// <summary>Records the request and starts its workflow in one transaction.</summary>
    private static async Task<Created<RequestView>> Create(
        CreateDigitizationRequest? body, LibraryDbContext db, WorkflowRuntime runtime, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new DigitizationRequest
        {
            Id = Guid.CreateVersion7(),
            Requester = new Requester { Id = body.Requester!.Id!, Email = body.Requester.Email!, UserGroup = body.Requester.UserGroup! },
            Item = new RequestedItem
            {
                Barcode = body.Item!.Barcode!, Title = body.Item.Title!, Library = body.Item.Library!,
                Location = body.Item.Location!, MaterialType = body.Item.MaterialType,
            },
            Scope = body.Scope == "partial" ? RequestScope.Partial : RequestScope.Full,
            Part = body.Part is null ? null : new RequestedPart { Title = body.Part.Title, Author = body.Part.Author, Pages = body.Part.Pages },
            Department = body.Department ?? DefaultDepartment,
            Note = body.Note,
            Status = RequestStatus.PickupFromShelf,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.DigitizationRequests.Add(request);

        var input = new JsonObject
        {
            ["requestId"] = request.Id.ToString(),
            ["barcode"] = request.Item.Barcode,
            ["department"] = request.Department,
        };
        await runtime.StartAsync(WorkflowId, input, request.Id.ToString(), ActingAccount.Of(http), ct);

        var view = await RequestView.LoadAsync(db, request.Id, ct);
        return TypedResults.Created($"/api/requests/{request.Id}", view);
    }
}
