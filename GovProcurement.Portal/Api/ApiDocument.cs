using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The OpenAPI document served at /openapi/v1.json describes the integration API alone: the
/// /api/v1 endpoints, relative to one server <c>/api/v1</c>, so the same document is served
/// whatever host a request came in by (the committed docs/openapi/v1.json, the lint and the
/// generated client all read it). The portal's own endpoints (sign-out, culture, downloads) stay out.
/// </summary>
internal static class ApiDocument
{
    public const string BasePath = "/api/v1";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description =>
            description.GroupName is null
            && ("/" + description.RelativePath).StartsWith(BasePath + "/", StringComparison.OrdinalIgnoreCase);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            NumbersAsNumbers(schema, context.JsonTypeInfo.Type);
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer<ApiKeySecurityScheme>();
        options.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// A number is documented as a number (the serializer would also read one from a string, which
    /// turns each into a number-or-string union no client generator types well); amounts in yuan
    /// are decimals, never doubles.
    /// </summary>
    private static void NumbersAsNumbers(OpenApiSchema schema, Type type)
    {
        if (schema.Type is { } kind && (kind & (JsonSchemaType.Number | JsonSchemaType.Integer)) != 0 && kind.HasFlag(JsonSchemaType.String))
        {
            schema.Type = kind & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying ? underlying == typeof(decimal) : type == typeof(decimal))
        {
            schema.Format = "decimal";
        }
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "广东政府采购平台集成接口 / GovProcurement integration API",
            Version = "v1",
            Description = "供预算系统及其他平台对接：路由预判、采购计划草稿与状态、部门预算载入、监管报表、电子卖场（商品、网上竞价、订单，按密钥所属机构的类别办理）、合同及询问、质疑、投诉的办理状态。每次调用在 X-Api-Key 请求头中携带平台管理员签发的机构密钥；出错时返回 RFC 7807 问题详情（字段错误为“字段 → 消息”）。 / "
                + "For the budget system and other platforms: routing preview, plan drafts and their status, budget lines, regulator reports, the e-mall (listings, online bidding, orders, as the kind of the key's organisation allows), contracts and where inquiries, challenges and complaints stand. Every call carries the organisation key the platform administrator issued in the X-Api-Key header; errors are RFC 7807 problem details (field errors as field → messages).",
            Contact = new OpenApiContact
            {
                Name = "云平台运维（技术支持）/ Platform operator (technical support), 400-183-2999",
            },
            License = new OpenApiLicense
            {
                // The repository carries no licence file: all rights reserved, named as SPDX names a licence of its own.
                Name = "专有，仅供持有平台密钥的机构调用 / Proprietary, for organisations holding a key the platform issued",
                Identifier = "LicenseRef-GovProcurement-Proprietary",
            },
        };
        document.Servers = [new OpenApiServer { Url = BasePath, Description = "本平台的集成接口 / This portal's integration API" }];

        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths[path[BasePath.Length..]] = item;
            foreach (var operation in item.Operations?.Values.AsEnumerable() ?? [])
            {
                // The group's 401 comes first otherwise: success, then the errors, by status.
                var responses = new OpenApiResponses();
                foreach (var (status, response) in operation.Responses?.OrderBy(r => r.Key, StringComparer.Ordinal).ToList() ?? [])
                {
                    responses[status] = response;
                }

                operation.Responses = responses;
            }
        }

        document.Paths = paths;
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Integration", Description = "路由预判、采购计划与部门预算 / Routing preview, plans and budget lines" },
            new() { Name = "Reports", Description = "财政部门的监管报表 / Finance departments' report workbooks" },
            new() { Name = "Mall", Description = "电子卖场：商品库、网上竞价需求与报价、订单 / E-mall: commodity library, online bidding requirements and quotes, orders" },
            new() { Name = "Contracts", Description = "政府采购合同：列表、详情、双方确认及期限 / Government procurement contracts: lists, details, confirmations and deadlines" },
            new() { Name = "Complaints", Description = "询问、质疑与投诉的办理状态及期限 / Where inquiries, challenges and complaints stand, and their periods" },
        };
    }
}
