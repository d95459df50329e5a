using GovProcurement.Tests.Support;
using Bunit;
using GovProcurement.Domain.Common;
using GovProcurement.Portal.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The two file inputs: each refuses a file above its bound with the bound in the message (and hands nothing on),
/// and hands a file within it on whole.
/// </summary>
public sealed class FileInputsTests : BunitContext, IAsyncLifetime
{
    private const long MiB = 1024 * 1024;

    public FileInputsTests()
    {
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(Options.Create(new InputLimits { FileBytes = 2 * MiB, ImportFileBytes = 1 * MiB }));
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
    }

    [Fact]
    public async Task The_picker_hands_on_each_picked_file_whole_with_its_type()
    {
        IReadOnlyList<FilePicker.PickedFile>? picked = null;
        var picker = Render<FilePicker>(p => p.Add(x => x.Label, "上传签字扫描件").Add(x => x.MaxFiles, 2).Add(x => x.OnFiles, files => picked = files));
        Assert.Equal("上传签字扫描件", picker.Find("button").TextContent.Trim());

        await UploadAsync(picker, InputFileContent.CreateFromText("%PDF-1.4 record", "开标记录.pdf", contentType: "application/pdf"), InputFileContent.CreateFromBinary([1, 2, 3], "评审报告.zip"));

        picker.WaitForAssertion(() => Assert.NotNull(picked));
        var files = picked!;
        Assert.Equal(["开标记录.pdf", "评审报告.zip"], files.Select(f => f.Name));
        Assert.Equal("application/pdf", files[0].ContentType);
        Assert.Equal("%PDF-1.4 record"u8.ToArray(), files[0].Content);
        Assert.Equal([1, 2, 3], files[1].Content);
        Assert.Empty(picker.FindAll(".mud-alert"));
    }

    [Fact]
    public async Task The_picker_refuses_a_file_above_its_bound_naming_the_file_and_the_bound()
    {
        var calls = 0;
        var picker = Render<FilePicker>(p => p.Add(x => x.Label, "上传").Add(x => x.OnFiles, _ => calls++));

        await UploadAsync(picker, InputFileContent.CreateFromBinary(new byte[2 * MiB + 1], "大文件.pdf"));

        picker.WaitForAssertion(() => Assert.Equal("文件“大文件.pdf”超过 2 MB。", picker.Find(".mud-alert").TextContent.Trim()));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task The_picker_applies_its_own_bound_when_given_one()
    {
        var calls = 0;
        var picker = Render<FilePicker>(p => p.Add(x => x.Label, "上传营业执照").Add(x => x.MaxBytes, MiB / 2).Add(x => x.OnFiles, _ => calls++));

        await UploadAsync(picker, InputFileContent.CreateFromBinary(new byte[MiB], "营业执照.pdf"));

        picker.WaitForAssertion(() => Assert.Equal("文件“营业执照.pdf”超过 0.5 MB。", picker.Find(".mud-alert").TextContent.Trim()));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task The_excel_upload_links_its_template_and_hands_on_the_workbook_from_its_start()
    {
        byte[]? received = null;
        var upload = Render<ExcelUpload>(p => p.Add(x => x.TemplateHref, "/admin/import/template").Add(x => x.OnFile, stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            received = copy.ToArray();
        }));
        Assert.Equal("/admin/import/template", upload.FindAll("a").Single(a => a.TextContent.Trim() == "下载导入模板").GetAttribute("href"));
        Assert.Contains(upload.FindAll("button"), b => b.TextContent.Trim() == "选择 Excel 文件并导入");

        await UploadAsync(upload, InputFileContent.CreateFromBinary([80, 75, 3, 4, 9], "机构.xlsx"));

        upload.WaitForAssertion(() => Assert.Equal([80, 75, 3, 4, 9], received));
        Assert.Empty(upload.FindAll(".mud-alert"));
    }

    [Fact]
    public async Task The_excel_upload_refuses_a_workbook_above_the_import_bound()
    {
        var calls = 0;
        var upload = Render<ExcelUpload>(p => p.Add(x => x.TemplateHref, "/t").Add(x => x.OnFile, _ => calls++));

        await UploadAsync(upload, InputFileContent.CreateFromBinary(new byte[MiB + 1], "机构.xlsx"));

        upload.WaitForAssertion(() => Assert.Equal("文件超过 1 MB，请分批导入。", upload.Find(".mud-alert").TextContent.Trim()));
        Assert.Equal(0, calls);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private static async Task UploadAsync<T>(IRenderedComponent<T> component, params InputFileContent[] files) where T : class, Microsoft.AspNetCore.Components.IComponent
    {
        await component.FindComponent<InputFile>().ChooseFilesAsync(files);
    }
}
