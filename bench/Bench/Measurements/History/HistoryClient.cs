using System.Net.Http.Headers;
using Bench.Measurements.Http;

namespace Bench.Measurements.History;

/// <summary>An HTTP client of the service, signed in as its administrator.</summary>
public static class HistoryClient
{
    public static async Task<HttpClient> ForAsync(ServiceProcess service) => new()
    {
        BaseAddress = service.Address,
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", await service.SignInAsync()) },
    };
}
