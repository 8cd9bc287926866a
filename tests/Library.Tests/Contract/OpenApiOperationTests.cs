using Microsoft.OpenApi;

namespace Library.Tests.Contract;

/// <summary>
/// What the handler signatures alone would not say: query parameters as clients write them with each facet's values,
/// a status answered with one of two bodies, and bodies the handlers read themselves.
/// </summary>
public sealed class OpenApiOperationTests(OpenApiHost fixture) : IClassFixture<OpenApiHost>
{
    private OpenApiOperation Operation(string path, HttpMethod method) => fixture.Document.Paths[path]!.Operations![method];

    private static IReadOnlyList<string> EnumOf(IOpenApiParameter parameter) =>
        parameter.Schema!.Enum!.Select(v => v!.GetValue<string>()).ToList();

    [Fact]
    public void Query_parameters_are_named_in_camel_case_and_a_facet_lists_its_values()
    {
        var parameters = Operation("/api/lending-requests", HttpMethod.Get).Parameters!.Where(p => p.In == ParameterLocation.Query).ToList();

        Assert.Equal(["status", "partner", "requestedFormat", "assignee", "created", "updated", "due", "alerts", "queue", "q", "page", "pageSize"], parameters.Select(p => p.Name));
        Assert.Contains("Will Supply", EnumOf(parameters[0]));
        Assert.Equal(["Physical", "Digital", "PhysicalNonReturnable"], EnumOf(parameters.Single(p => p.Name == "requestedFormat")));
        Assert.Contains("next-2-7-days", EnumOf(parameters.Single(p => p.Name == "due")));
        Assert.Null(parameters.Single(p => p.Name == "partner").Schema!.Enum);

        var requests = Operation("/api/requests", HttpMethod.Get).Parameters!.Where(p => p.In == ParameterLocation.Query).ToList();
        Assert.Equal(["status", "department", "barcode", "scope", "target", "q", "limit"], requests.Select(p => p.Name));
        Assert.Contains("Pickup From Shelf", EnumOf(requests[0]));
    }

    [Fact]
    public void The_scan_trigger_documents_both_requests_a_scan_can_move_on()
    {
        var ok = Operation("/api/scan-stations/{stationId}/scans", HttpMethod.Post).Responses!["200"].Content!["application/json"].Schema!;

        Assert.Equal(["DigitizationRequestView", "MoveRequestView"],
            ok.OneOf!.Select(s => ((OpenApiSchemaReference)s).Reference.Id).Order());
    }

    [Fact]
    public void A_body_read_by_its_handler_is_documented_and_says_whether_it_may_be_left_out()
    {
        var recall = Operation("/api/lending-requests/{id}/recall", HttpMethod.Post).RequestBody!;
        Assert.False(recall.Required);
        Assert.Equal("RecallBody", ((OpenApiSchemaReference)recall.Content!["application/json"].Schema!).Reference.Id);

        var checkIn = Operation("/api/lending-requests/{id}/check-in", HttpMethod.Post).RequestBody!;
        Assert.Equal((false, "ActionNotesBody"), (checkIn.Required, ((OpenApiSchemaReference)checkIn.Content!["application/json"].Schema!).Reference.Id));

        var publish = Operation("/api/workflow-definitions", HttpMethod.Post).RequestBody!;
        Assert.Equal((true, "WorkflowDefinition"), (publish.Required, ((OpenApiSchemaReference)publish.Content!["application/json"].Schema!).Reference.Id));

        var signal = Operation("/api/signals/{name}/{key}", HttpMethod.Post).RequestBody!;
        Assert.False(signal.Required);
    }

    [Fact]
    public void Form_fields_are_named_as_clients_send_them()
    {
        var form = Operation("/api/lending-requests/{id}/ship-digitally", HttpMethod.Post).RequestBody!.Content!["multipart/form-data"].Schema!;

        Assert.Equal(["file", "url", "termsOfUse", "completeRequest", "internalNote", "partnerNote"],
            form.AllOf!.SelectMany(part => part.Properties!.Keys));
    }
}
