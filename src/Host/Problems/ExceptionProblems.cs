using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Workflows.Runtime;

namespace Library.Host.Problems;

/// <summary>
/// Turns what escapes an endpoint into a problem body: unreadable requests (malformed JSON, missing body, wrong
/// media type) with the parser's own explanation, and faulted workflow steps naming the activity.
/// </summary>
public sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", Explain(bad)),
            ActivityFaultException fault => ResumeProblems.OfFault(fault),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        if (status >= 500) logger.LogError(exception, "Request failed");

        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Explain(BadHttpRequestException bad) =>
        bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
}
