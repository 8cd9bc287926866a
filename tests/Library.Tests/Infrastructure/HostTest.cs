using System.Net;

namespace Library.Tests.Infrastructure;

/// <summary>A test class whose every test gets a service of its own: a fresh database, storage folder and mail server.</summary>
public abstract class HostTest : IAsyncLifetime
{
    protected LibraryHost Host { get; private set; } = null!;
    protected HttpClient Client => Host.Client;

    public virtual Task InitializeAsync()
    {
        Host = LibraryHost.Start();
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Asserts the call is refused with a problem mentioning every fragment, and that nothing changed.</summary>
    protected Task RefusedWithoutChange(Func<Task<HttpResponseMessage>> call, HttpStatusCode status, params string[] mentions) =>
        Host.RefusedWithoutChangeAsync(call, status, mentions);
}
