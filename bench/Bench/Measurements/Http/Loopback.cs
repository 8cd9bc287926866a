using System.Net;
using System.Net.Sockets;

namespace Bench.Measurements.Http;

public static class Loopback
{
    /// <summary>A loopback port free at the moment of asking.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
