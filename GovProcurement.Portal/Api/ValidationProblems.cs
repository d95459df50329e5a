using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using GovProcurement.Domain.Common;

namespace GovProcurement.Portal.Api;

/// <summary>
/// The one place the API turns a validator's refusal into RFC 7807 <c>ValidationProblemDetails</c>:
/// 400, <c>errors</c> maps each field, named as the JSON contract names it (<c>items[0].amount</c>),
/// to its messages. A client that asks for a language (<c>Accept-Language: en</c> or <c>zh</c>) gets
/// that one; otherwise each message is given in Chinese, then English. Nothing was stored: the
/// validators run before the use case writes.
/// </summary>
public sealed class ValidationProblems(RequestDelegate next)
{
    public const string Title = "请求参数有误，未作任何保存 / The request is invalid; nothing was stored";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ValidationException e) when (!context.Response.HasStarted)
        {
            var language = AskedLanguage(context.Request);
            var errors = e.Errors
                .GroupBy(f => FieldName(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => Message(f, language)).Distinct().ToArray());
            await Results.ValidationProblem(errors, title: Title).ExecuteAsync(context);
        }
    }

    /// <summary>A validator's property path in the contract's camelCase: <c>Items[0].CatalogueCode</c> → <c>items[0].catalogueCode</c>.</summary>
    public static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static string Message(ValidationFailure failure, string? language)
    {
        var text = failure.Text();
        return language switch
        {
            "en" => text.En,
            "zh" => text.Zh,
            _ => $"{text.Zh} / {text.En}",
        };
    }

    /// <summary>The language the client prefers among the two the portal speaks, or null when it names neither.</summary>
    private static string? AskedLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is "en" or "zh");
}
