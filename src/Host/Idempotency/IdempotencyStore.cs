using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Idempotency;

/// <summary>
/// The keys in the database (<see cref="IdempotencyRecord"/>). The record's primary key (account, key) is what makes
/// one of two requests racing on a key run, on one host or across several: the database lets one insert through.
/// Each call has a context of its own, apart from the one the endpoint's unit of work uses.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    /// <summary>Bounds the tries when other requests keep taking the key in between; the last try's failure is thrown.</summary>
    private const int MaxAttempts = 5;

    /// <summary>
    /// Takes the key for <paramref name="request"/>, or says who has it: a first answer to give again, or a request
    /// still running. A record past its expiry counts as gone and is taken over.
    /// </summary>
    public async Task<KeyClaim> ClaimAsync(KeyedRequest request, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var claimId = Guid.CreateVersion7();
            // Looked up first, so that a repeat (the usual case of a taken key) costs no failed insert.
            var existing = await Of(db, request).AsNoTracking().SingleOrDefaultAsync(ct);
            if (existing is null)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Account = request.Account, Key = request.Key, ClaimId = claimId, Method = request.Method, Path = request.Path,
                    CreatedAt = now, ExpiresAt = now + options.Value.ClaimFor,
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                    return new KeyClaim.Taken(claimId);
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    continue; // another request inserted the key first: look again
                }
            }
            if (existing.ExpiresAt > now)
                return existing.StatusCode is null ? new KeyClaim.Running() : new KeyClaim.Answered(existing);

            // An answer not swept yet, or the claim of a request whose host stopped: the key is free again, unless
            // another request takes it over first.
            var taken = await Of(db, request).Where(r => r.ClaimId == existing.ClaimId).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.ClaimId, claimId).SetProperty(r => r.Method, request.Method).SetProperty(r => r.Path, request.Path)
                .SetProperty(r => r.BodyHash, (string?)null).SetProperty(r => r.StatusCode, (int?)null)
                .SetProperty(r => r.ContentType, (string?)null).SetProperty(r => r.Location, (string?)null)
                .SetProperty(r => r.Body, (byte[]?)null).SetProperty(r => r.CreatedAt, now)
                .SetProperty(r => r.ExpiresAt, now + options.Value.ClaimFor), ct);
            if (taken == 1) return new KeyClaim.Taken(claimId);
        }
    }

    /// <summary>Keeps the answer for repeats; nothing happens when the claim was lost meanwhile (it outlived its expiry).</summary>
    public async Task AnswerAsync(KeyedRequest request, KeyClaim.Taken claim, string bodyHash, RememberedAnswer answer)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var keepUntil = clock.GetUtcNow().UtcDateTime + options.Value.KeepFor;
        // Not cancelled with the request: a client that went away is the very one that will repeat it.
        await Of(db, request).Where(r => r.ClaimId == claim.ClaimId).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.BodyHash, bodyHash).SetProperty(r => r.StatusCode, answer.StatusCode)
            .SetProperty(r => r.ContentType, answer.ContentType).SetProperty(r => r.Location, answer.Location)
            .SetProperty(r => r.Body, answer.Body).SetProperty(r => r.ExpiresAt, keepUntil), CancellationToken.None);
    }

    /// <summary>Gives the key up, so that a repeat runs: the first request answered nothing worth repeating.</summary>
    public async Task ReleaseAsync(KeyedRequest request, KeyClaim.Taken claim)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        await Of(db, request).Where(r => r.ClaimId == claim.ClaimId).ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Deletes the records past their expiry; answers how many.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }

    private static IQueryable<IdempotencyRecord> Of(LibraryDbContext db, KeyedRequest request) =>
        db.IdempotencyRecords.Where(r => r.Account == request.Account && r.Key == request.Key);
}

/// <summary>A POST with a key: whose key, which key, and what it was sent on.</summary>
public sealed record KeyedRequest(string Account, string Key, string Method, string Path);

/// <summary>What a key's first request answered: what a repeat is answered.</summary>
public sealed record RememberedAnswer(int StatusCode, string? ContentType, string? Location, byte[] Body);

/// <summary>Who has a key: this request (<see cref="Taken"/>), a finished one (<see cref="Answered"/>) or a running one.</summary>
public abstract record KeyClaim
{
    public sealed record Taken(Guid ClaimId) : KeyClaim;
    public sealed record Answered(IdempotencyRecord Record) : KeyClaim;
    public sealed record Running : KeyClaim;
}
