using Microsoft.AspNetCore.Authorization;

namespace Library.Host.Authorization;

/// <summary>Access to /workflows/http/ as the workflow started there says (<see cref="HttpWorkflowAccessHandler"/>).</summary>
public sealed record HttpWorkflowRequirement : IAuthorizationRequirement;
