namespace ConflictAtlas.Server.Api;

/// <summary>Wraps a result so the browser saves it under a file name (Content-Disposition: attachment).</summary>
public sealed class AttachmentResult(IResult inner, string fileName) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return inner.ExecuteAsync(httpContext);
    }
}
