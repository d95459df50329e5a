using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Persistence;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Scale;
using GovProcurement.Portal.Workspaces;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;

namespace GovProcurement.Portal;

/// <summary>The portal's services and pipeline pieces, kept out of Program.cs.</summary>
public static class PortalServices
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en-US")];

    /// <summary>The Data Protection application name every instance shares (the default would be the content root).</summary>
    public const string DataProtectionApplicationName = "GovProcurement";

    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddTransient<MudBlazor.MudLocalizer, Localization.ChineseMudLocalizer>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // Chinese first whatever the browser asks for; the switch in the app bar sets the cookie.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // Pages carry real Chinese characters instead of &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // The key ring that protects the sign-in and antiforgery cookies lives in the store, under one
        // application name, so every instance on the store reads what another issued; one instance
        // needs no setup (the store is migrated at start). See SECURITY.md for the keys at rest.
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<GovProcurementDbContext>();
        services.AddMultiInstance(configuration);
        services.AddPortalIdentity(configuration);
        Documents.PublicAddressOptions.Register(services, configuration, environment);
        Security.ReverseProxyOptions.Register(services, configuration);
        Security.PublicFormRateLimit.Register(services, configuration);
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHealthChecks().AddDbContextCheck<GovProcurementDbContext>("database");
        services.AddScoped<CurrentWorkspace>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<PageAccess>();
        services.AddScoped<StepRunner>();
        services.AddScoped<MallCart>();
        services.AddSingleton<Exports.ExportFolder>();
        services.AddSingleton<Exports.ExportQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<Exports.ExportQueue>());
        services.AddSingleton<Content.PortalContent>();
        return services;
    }

    private static void AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var policy = configuration.GetSection(SecurityPolicy.Section).Get<SecurityPolicy>() ?? new SecurityPolicy();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<SignInFlow>();
        services.AddScoped<PasswordChangeFlow>();
        services.AddScoped<AuthenticationStateProvider, PortalRevalidatingAuthenticationStateProvider>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, SessionEndCircuitHandler>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Api.ApiKeyAuthenticationHandler>(Api.ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Api.ApiEndpoints.Policy, policy =>
            policy.AddAuthenticationSchemes(Api.ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddOpenApi(Api.ApiDocument.Configure);
        services.AddProblemDetails();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.Cookie.Name = "GovProcurement.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // HTTPS, or HTTPS forwarded by a trusted proxy
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnValidatePrincipal = SessionCookieValidation.ValidateAsync;
        });
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequiredLength = 1; // PasswordPolicyValidator applies SecurityPolicy's length

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = policy.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = policy.LockoutDuration;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovProcurementDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddDefaultTokenProviders();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = policy.Pbkdf2Iterations);
    }

    /// <summary>
    /// What runs first for every request: the proxy's forwarded scheme and client address (only from
    /// trusted proxies), then the security headers on whatever the response turns out to be; the
    /// Scalar page gets a policy made of its own inline scripts' hashes.
    /// </summary>
    public static void UseSecurityBasics(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseInstanceHeader();
        app.UseMiddleware<Security.SecurityHeadersMiddleware>();
        app.UseRateLimiter();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/scalar") && !Path.HasExtension(context.Request.Path.Value),
            scalar => scalar.UseMiddleware<Security.InlineScriptHashPolicyMiddleware>());
    }

    /// <summary>Serves the repository's wwwroot-assets folder (theme, fonts, guides) under /assets.</summary>
    public static IApplicationBuilder UsePortalAssets(this WebApplication app, IConfiguration configuration)
    {
        var root = AssetsRoot(configuration);
        return app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), RequestPath = "/assets" });
    }

    /// <summary>
    /// The folder of the portal's own assets: <c>Portal:AssetsPath</c> when set, else the copy the
    /// build places beside the binaries.
    /// </summary>
    public static string AssetsRoot(IConfiguration configuration) =>
        configuration["Portal:AssetsPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
}
