using GovProcurement.Portal.Exports;
using GovProcurement.Portal.Documents;
using GovProcurement.Domain;
using GovProcurement.Domain.Seeding;
using GovProcurement.Portal;
using GovProcurement.Portal.Accounts;
using GovProcurement.Portal.Api;
using Scalar.AspNetCore;
using GovProcurement.Portal.Components;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGovProcurementDomain(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPortal(builder.Configuration, builder.Environment);

var app = builder.Build();

// Refuse a bad configuration (the public address, say) before the store is migrated or seeded.
app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
await app.Services.InitializeStoreAsync();
app.UseSecurityBasics();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

// Pages get the portal's own not-found page; the API answers every error status with problem details.
// The page handler sits on the main pipeline: re-execution must route again, and a UseWhen branch
// has no routing of its own (a branch drops the application's route builder), so it re-ran
// nothing and left an empty body. API requests switch it off before their own handler.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"),
    api => api.Use(ApiStatusCodes.WithoutPageHandler).UseStatusCodePages().UseMiddleware<ApiBodyLimit>().UseMiddleware<ValidationProblems>());
app.UsePortalAssets(builder.Configuration);
app.UseRequestLocalization();
app.UseAuthentication();
app.UseMiddleware<ForcedPasswordChangeMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPortalEndpoints();
app.MapDocumentEndpoints();
app.MapExportEndpoints();
app.MapIntegrationApi();
app.MapReportApi();
app.MapMallApi();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(o => o.DisableDefaultFonts()).AllowAnonymous(); // no fonts from Scalar's CDN: the page policy allows none
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null); // the page policy carries frame-ancestors

app.Run();
