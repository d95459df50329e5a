using GovProcurement.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace GovProcurement.Portal.Accounts;

/// <summary>
/// While a circuit is open it listens for security-stamp changes (<see cref="AccountSessions.StampChanged"/>)
/// and has its user re-checked at once. Only circuits listen: a static page's request was checked
/// by its cookie already and ends on its own.
/// </summary>
public sealed class SessionEndCircuitHandler(AccountSessions sessions, AuthenticationStateProvider authentication) : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        sessions.StampChanged += OnStampChanged;
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => sessions.StampChanged -= OnStampChanged;

    /// <summary>Raised on the thread that changed the stamp: the re-check runs off it.</summary>
    private void OnStampChanged(string userId)
    {
        if (authentication is PortalRevalidatingAuthenticationStateProvider circuitUser)
        {
            _ = circuitUser.RecheckAsync(userId);
        }
    }
}
