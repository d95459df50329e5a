using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Portal.Api;

/// <summary>A page of one status: <c>status</c> names a member of <typeparamref name="TStatus"/> (any case) when given, and the page's bounds of <see cref="PageQueryValidator"/>.</summary>
public sealed class StatusPageQueryValidator<TStatus> : AbstractValidator<StatusPageQuery> where TStatus : struct, Enum
{
    public static StatusPageQueryValidator<TStatus> Instance { get; } = new();

    public StatusPageQueryValidator()
    {
        RuleFor(q => q.Status).EnumName<StatusPageQuery, TStatus>();
        RuleFor(q => q.Skip).Must(PageQueryValidator.Skip).WithText(PageQueryValidator.SkipText);
        RuleFor(q => q.Take).Must(PageQueryValidator.Take).WithText(PageQueryValidator.TakeText);
    }

    /// <summary>The validated query: the status named, the first row and the page's size.</summary>
    public static (TStatus? Status, int Skip, int Take) Read(StatusPageQuery query)
    {
        Instance.ValidateAndThrow(query);
        return (FieldRules.ParseEnum<TStatus>(query.Status), query.Skip ?? 0, query.Take ?? PageQuery.DefaultTake);
    }
}

/// <summary>The OpenAPI document names a list's statuses: the <c>status</c> parameter's schema is the enumeration of <typeparamref name="TStatus"/>'s members.</summary>
internal static class StatusParameter
{
    public static RouteHandlerBuilder WithStatusesOf<TStatus>(this RouteHandlerBuilder endpoint) where TStatus : struct, Enum =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.Where(p => p.Name == "status") ?? [])
            {
                if (parameter.Schema is Microsoft.OpenApi.OpenApiSchema schema)
                {
                    schema.Enum = Enum.GetNames<TStatus>().Select(name => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(name)).ToList();
                }

                if (parameter is Microsoft.OpenApi.OpenApiParameter described)
                {
                    described.Description = "只列出此状态的记录（缺省为全部）/ Only the records of this status (all when omitted)";
                }
            }

            return Task.CompletedTask;
        });
}
