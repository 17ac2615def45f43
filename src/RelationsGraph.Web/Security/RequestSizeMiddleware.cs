using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using RelationsGraph.Web.Errors;

namespace RelationsGraph.Web.Security;

/// <summary>
/// Caps each request body: <see cref="SecurityOptions.MaxRequestBodyBytes"/>, or <see cref="SecurityOptions.MaxUploadBytes"/>
/// on endpoints marked <see cref="UploadAttribute"/>. A declared length past the cap is refused at once with 413;
/// a chunked body is cut by the server when it passes the cap (the exception handler answers 413 too).
/// </summary>
internal sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<UploadAttribute>() is null
            ? options.Value.MaxRequestBodyBytes
            : options.Value.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            return ProblemResponses.TooLargeAsync(context, limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
