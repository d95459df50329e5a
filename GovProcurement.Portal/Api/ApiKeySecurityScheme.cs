using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GovProcurement.Portal.Api;

/// <summary>
/// Declares the X-Api-Key header in the OpenAPI document, so that Scalar (and generated clients)
/// know how to authenticate every /api/v1 call.
/// </summary>
internal sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer
{
    public const string Name = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "机构密钥，由平台管理员签发 / The organisation's key, issued by the platform administrator",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] });
        return Task.CompletedTask;
    }
}
