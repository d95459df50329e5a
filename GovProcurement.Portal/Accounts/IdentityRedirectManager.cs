using Microsoft.AspNetCore.Components;

namespace GovProcurement.Portal.Accounts;

/// <summary>Redirects from the static account pages, refusing anything but local addresses.</summary>
public sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri)
    {
        navigationManager.NavigateTo(LocalUrls.IsLocal(uri) ? uri! : "/");
    }
}
