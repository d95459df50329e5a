namespace GovProcurement.Portal.Components.Shared;

/// <summary>
/// What an empty list says: what appears in it and when, and the next step, offered as a button
/// (a link or an action) only when <paramref name="MayAct"/>, which the caller takes from the domain
/// or the page authorisation.
/// </summary>
public sealed record EmptyList(string Message, string? ActionLabel = null, string? ActionHref = null, Func<Task>? Action = null, bool MayAct = false)
{
    public bool OffersAction => MayAct && ActionLabel is not null && (ActionHref is not null || Action is not null);
}
