using Library.Host.Problems;
using Library.Persistence;
using Library.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Files;

/// <summary>
/// The total a request's attachments may weigh (<see cref="StorageOptions.MaxRequestBytes"/>): an upload that would pass
/// it is refused before the file is written. Two uploads at the same moment may each fit alone and pass it together;
/// the limit is there to keep a request's files reasonable, not to be exact to the byte.
/// </summary>
public static class RequestFileLimit
{
    public static async Task<ProblemHttpResult?> RefusalAsync(LibraryDbContext db, StorageOptions options, Guid requestId, IFormFile file, CancellationToken ct)
    {
        if (options.MaxRequestBytes is not { } limit) return null;
        var total = await db.Attachments.Where(a => a.RequestId == requestId).SumAsync(a => a.Size, ct);
        return total + file.Length <= limit
            ? null
            : ApiProblems.TooLarge(
                $"Request {requestId}'s attachments total {Size(total)}; '{file.FileName}' ({Size(file.Length)}) would pass the limit of " +
                $"{Size(limit)} a request's attachments may weigh together (Storage:MaxRequestBytes). Delete or replace an attachment first.");
    }

    private static string Size(long bytes) => $"{bytes / 1048576.0:0.0} MB ({bytes:N0} bytes)";
}
