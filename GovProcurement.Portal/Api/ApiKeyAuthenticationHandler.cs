using System.Security.Claims;
using System.Text.Encodings.Web;
using GovProcurement.Domain.Integration;
using GovProcurement.Portal.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Api;

/// <summary>Authenticates integration calls by the organisation key in the <c>X-Api-Key</c> header.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KindClaim = "gp:organization_kind";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var presented))
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await keys.AuthenticateAsync(presented.ToString(), Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var actor = caller.ToActor();
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, actor.UserName),
            new(PortalClaims.OrganizationId, caller.OrganizationId.ToString()),
            new(KindClaim, caller.Kind.ToString()),
        };
        claims.AddRange(actor.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Results.Problem(
            title: "需要有效的 API 密钥 / A valid API key is required",
            detail: $"请在 {Header} 请求头中提供平台管理员签发的密钥。",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }
}
