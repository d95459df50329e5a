using Bunit;
using Microsoft.AspNetCore.Components.Forms;

namespace GovProcurement.Tests.Support;

/// <summary>
/// Chooses files in a rendered <see cref="InputFile"/>, as a person picking them would.
/// bUnit's <c>UploadFiles</c> dispatches the change to the renderer itself and then blocks until the handler ends.
/// Called from inside the renderer's context (an outer <c>InvokeAsync</c>) that block holds the very context the
/// handler's continuations are posted to, and the test hangs whenever the handler does not finish synchronously.
/// It therefore runs on a pool thread, outside the renderer and the test framework's context, and is awaited.
/// </summary>
public static class FileUploads
{
    public static Task ChooseFilesAsync(this IRenderedComponent<InputFile> input, params InputFileContent[] files) =>
        Task.Run(() => input.UploadFiles(files));
}
