using Microsoft.Extensions.Time.Testing;
using System.Net;

namespace Library.Tests.Infrastructure;

/// <summary>A test class whose every test gets a service of its own: a fresh database, storage folder and mail server.</summary>
/// <param name="clock">The service's clock, for tests that move it instead of waiting; the real one when null.</param>
public abstract class HostTest(FakeTimeProvider? clock = null) : IAsyncLifetime
{
    protected LibraryHost Host { get; set; } = null!;
    protected HttpClient Client => Host.Client;
    protected FakeTimeProvider Clock => clock ?? throw new InvalidOperationException("This test's host runs on the real clock.");

    public virtual Task InitializeAsync()
    {
        Host = LibraryHost.Start(clock: clock);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Asserts the call is refused with a problem mentioning every fragment, and that nothing changed.</summary>
    protected Task RefusedWithoutChange(Func<Task<HttpResponseMessage>> call, HttpStatusCode status, params string[] mentions) =>
        Host.RefusedWithoutChangeAsync(call, status, mentions);
}
