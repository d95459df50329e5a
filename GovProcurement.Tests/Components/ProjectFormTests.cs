using Bunit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>The evaluation and offline outcome forms run the use case's validator and show its messages at the fields.</summary>
public sealed class ProjectFormTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Store.Get<Microsoft.Extensions.Options.IOptions<InputLimits>>());
        Services.AddSingleton(Store.Get<BidOpening>());
        Services.AddSingleton(Store.Get<ProjectEvaluation>());
        Services.AddSingleton(Store.Get<OfflineOutcome>());
    }

    [Fact]
    public async Task A_score_beyond_the_technical_part_and_a_failed_bid_without_a_reason_are_shown_at_their_fields_and_nothing_is_evaluated()
    {
        var projectId = await Stages.ReachAsync(Stage.PanelDrawn);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var panel = (await Store.Get<PanelDrawing>().CurrentAsync(projectId, agency))!;
        var changed = 0;
        var form = Render<EvaluationForm>(p => p.Add(x => x.Detail, Detail(projectId, agency)).Add(x => x.Actor, agency).Add(x => x.Panel, panel).Add(x => x.OnChanged, () => changed++));
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]")));

        form.FindAll("input[type=checkbox]")[0].Change(false); // the first bid fails, its reason left empty
        var scores = form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]");
        foreach (var score in scores)
        {
            score.Change("60");
        }

        form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]")[^1].Change("100.5"); // a qualified bid's cell
        form.Find("[data-testid=finish-evaluation]").Click();

        form.WaitForAssertion(() => Assert.Contains("技术（商务）得分应在", form.Markup));
        Assert.Contains("请填写不合格理由", form.Markup);
        Assert.Equal(2, form.FindAll(".mud-input-helper-text.mud-input-error").Count); // one field each
        Assert.Equal(0, changed);
        await using var db = Store.Db();
        Assert.Equal(ProjectStatus.Opened, await db.Projects.Where(p => p.Id == projectId).Select(p => p.Status).SingleAsync());
        Assert.False(await db.LotResults.AnyAsync(r => r.ProjectId == projectId));
    }

    [Fact]
    public async Task Until_every_score_is_given_the_evaluation_says_how_many_are_missing_and_cannot_be_finished_then_it_finishes()
    {
        var projectId = await Stages.ReachAsync(Stage.PanelDrawn);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var panel = (await Store.Get<PanelDrawing>().CurrentAsync(projectId, agency))!;
        var changed = 0;
        var form = Render<EvaluationForm>(p => p.Add(x => x.Detail, Detail(projectId, agency)).Add(x => x.Actor, agency).Add(x => x.Panel, panel).Add(x => x.OnChanged, () => changed++));
        form.WaitForAssertion(() => Assert.NotEmpty(form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]")));
        var cells = form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]").Count;

        Assert.Equal($"还有 {cells} 个评分未填写。", form.Find("[data-testid=scores-missing]").TextContent.Trim());
        Assert.True(form.Find("[data-testid=finish-evaluation]").HasAttribute("disabled"));
        form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]")[0].Change("50");
        Assert.Equal($"还有 {cells - 1} 个评分未填写。", form.Find("[data-testid=scores-missing]").TextContent.Trim());

        for (var i = 1; i < cells; i++)
        {
            form.FindAll("[data-testid=score-input] input, input[data-testid=score-input]")[i].Change("50");
        }

        Assert.Empty(form.FindAll("[data-testid=scores-missing]"));
        Assert.False(form.Find("[data-testid=finish-evaluation]").HasAttribute("disabled"));
        form.Find("[data-testid=finish-evaluation]").Click();

        form.WaitForAssertion(() => Assert.Equal(1, changed));
        await using var db = Store.Db();
        Assert.True(await db.LotResults.AnyAsync(r => r.ProjectId == projectId));
    }

    [Fact]
    public async Task A_malformed_credit_code_a_repeated_rank_and_missing_records_are_shown_at_their_fields_and_nothing_is_recorded()
    {
        var projectId = await Stages.ReachAsync(Stage.DeadlinePassed);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var changed = 0;
        var form = Render<OfflineOutcomeForm>(p => p.Add(x => x.Detail, Detail(projectId, agency)).Add(x => x.Actor, agency).Add(x => x.OnChanged, () => changed++));

        form.FindAll("button").Single(b => b.TextContent.Contains("添加一行")).Click();
        var codes = form.FindAll("input").Where(i => i.GetAttribute("maxlength") == "18").ToList();
        codes[0].Change(ProjectScenario.MicroSupplier);
        codes[1].Change("9144070");
        form.FindAll("button").Single(b => b.TextContent.Contains("保存")).Click();

        form.WaitForAssertion(() => Assert.Contains("统一社会信用代码应为 18 位", form.Markup));
        Assert.Contains("请上传经签字的开标记录和评审报告扫描件", form.Markup);
        Assert.Contains("报价必须大于零", form.Markup);
        Assert.Equal(0, changed);
        await using var db = Store.Db();
        Assert.False(await db.Projects.Where(p => p.Id == projectId).Select(p => p.Offline).SingleAsync());
        Assert.False(await db.LotResults.AnyAsync(r => r.ProjectId == projectId));
    }

    [Fact]
    public async Task A_complete_offline_ranking_with_its_signed_records_is_recorded_and_the_page_told()
    {
        await using (var db = Store.Db())
        {
            await db.ETradingRollouts.Where(r => r.RegionCode == "440700").ExecuteDeleteAsync();
            db.ETradingRollouts.Add(new ETradingRollout("440700", RolloutScope.Region, new DateOnly(2027, 1, 1), "测试：江门市本级尚未上线"));
            await db.SaveChangesAsync();
        }

        var scenario = new ProjectScenario(Store.Services);
        var projectId = await scenario.PreparedProjectAsync();
        Time.SetUtcNow((await scenario.AnnounceAsync(projectId)).AddHours(2));
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var changed = 0;
        Render<MudBlazor.MudSnackbarProvider>();
        var form = Render<OfflineOutcomeForm>(p => p.Add(x => x.Detail, Detail(projectId, agency)).Add(x => x.Actor, agency).Add(x => x.OnChanged, () => changed++));
        string[] codes = [ProjectScenario.MicroSupplier, ProjectScenario.SmallSupplier];
        form.FindAll("button").Single(b => b.TextContent.Contains("添加一行")).Click();
        for (var i = 0; i < codes.Length; i++)
        {
            form.FindAll("input").Where(x => x.GetAttribute("maxlength") == "18").ElementAt(i).Change(codes[i]);
            Field(form, "报价（元）", i).Change((1_400_000 + i * 20_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(["1", "2"], form.FindAll(".mud-input-control").Where(c => c.QuerySelector("label")?.TextContent.Trim() == "排名").Select(c => c.QuerySelector("input")!.GetAttribute("value")));
        var picker = form.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>();
        await picker.ChooseFilesAsync(InputFileContent.CreateFromText("%PDF-1.4 signed", "开标记录及评审报告.pdf", contentType: "application/pdf"));
        form.WaitForAssertion(() => Assert.Contains("开标记录及评审报告.pdf", form.Markup));

        await form.InvokeAsync(() => form.FindAll("button").Single(b => b.TextContent.Contains("保存线下评审结果")).Click());

        form.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.Empty(form.FindAll(".mud-input-error"));
        await using var check = Store.Db();
        Assert.True(await check.Projects.Where(p => p.Id == projectId).Select(p => p.Offline).SingleAsync());
        var result = await check.LotResults.SingleAsync(r => r.ProjectId == projectId);
        Assert.Null(result.FailReason);
        Assert.Equal(2, result.Ranking.Count);
        Assert.Contains("开标记录及评审报告.pdf", Detail(projectId, agency).SignedRecords.Select(f => f.Name));
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<OfflineOutcomeForm> form, string label, int row) =>
        form.FindAll(".mud-input-control").Where(c => c.QuerySelector("label")?.TextContent.Trim() == label).ElementAt(row).QuerySelector("input")!;

    private ProjectDetail Detail(Guid projectId, Actor actor) => Store.Get<ProjectQueries>().GetAsync(projectId, actor).GetAwaiter().GetResult()!;
}
