using GovProcurement.Domain.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GovProcurement.Portal.Api;

/// <summary>
/// Refuses an /api body larger than <see cref="InputLimits.ApiBodyBytes"/> with 413 and problem
/// details, before any endpoint reads it: by Content-Length without reading a byte, and a body sent
/// without a length (chunked) is read into memory only up to the bound. Kestrel's own per-request
/// limit is set to the same bound for a body with a length, so no later reader can go past it.
/// </summary>
internal sealed class ApiBodyLimit(RequestDelegate next, IOptions<InputLimits> limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var max = limits.Value.ApiBodyBytes;
        var request = context.Request;
        if (request.ContentLength > max)
        {
            await RefuseAsync(context, max);
            return;
        }

        if (request.ContentLength is not null && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = max;
        }
        else if (request.ContentLength is null && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
        {
            var buffered = new MemoryStream();
            var copied = await CopyAtMostAsync(request.Body, buffered, max + 1, context.RequestAborted);
            if (copied > max)
            {
                await RefuseAsync(context, max);
                return;
            }

            buffered.Position = 0;
            request.Body = buffered;
            request.ContentLength = copied;
        }

        await next(context);
    }

    private static async Task<long> CopyAtMostAsync(Stream from, Stream to, long atMost, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while (total < atMost && (read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, atMost - total)), ct)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }

        return total;
    }

    private static Task RefuseAsync(HttpContext context, long max)
    {
        var size = InputLimits.Megabytes(max);
        return Results.Problem(
            title: "请求体过大，未作任何保存 / The request body is too large; nothing was stored",
            detail: $"/api/v1 的请求体不超过 {size} MB（配置项 Limits:ApiBodyBytes），请分批提交。 / A request body under /api/v1 is at most {size} MB (setting Limits:ApiBodyBytes); send it in parts.",
            statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
    }
}
