using Bunit;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Components.Workspaces.Projects;
using GovProcurement.Tests.Projects;
using GovProcurement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovProcurement.Tests.Components;

/// <summary>
/// The opening record, the panel draw and the project's notices show what the domain answers for the actor:
/// the record only once opened and only to the parties, the draw offered only where the page allows it and the
/// panel hidden from suppliers.
/// </summary>
public sealed class ProjectRecordViewTests : ProjectComponentTest
{
    protected override void ArrangeServices()
    {
        Services.AddSingleton(Store.Get<BidOpening>());
        Services.AddSingleton(Store.Get<PanelDrawing>());
    }

    [Fact]
    public async Task The_opening_record_appears_once_the_bids_are_opened_and_only_to_a_bidder_or_a_party()
    {
        var projectId = await Stages.ReachAsync(Stage.DeadlinePassed);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var before = Render<OpeningRecordView>(p => p.Add(x => x.ProjectId, projectId).Add(x => x.Actor, agency));
        Assert.Empty(before.FindAll("table"));

        var opened = await Stages.ReachAsync(Stage.Opened);
        var record = Render<OpeningRecordView>(p => p.Add(x => x.ProjectId, opened).Add(x => x.Actor, agency));
        Assert.Equal("开标记录", record.Find("[role=region] h2").TextContent);
        Assert.Equal(record.Find("[role=region]").GetAttribute("aria-labelledby"), record.Find("h2").Id);
        Assert.Equal(["¥1,450,000.00", "¥1,480,000.00"], record.FindAll("[data-testid=opening-price]").Select(c => c.TextContent).Order());

        var bidder = await Stages.ActorAsync(Relation.RegisteredSupplier);
        Assert.Equal(2, Render<OpeningRecordView>(p => p.Add(x => x.ProjectId, opened).Add(x => x.Actor, bidder)).FindAll("tbody tr").Count);
        var outsider = await Stages.ActorAsync(Relation.UnregisteredSupplier);
        Assert.Empty(Render<OpeningRecordView>(p => p.Add(x => x.ProjectId, opened).Add(x => x.Actor, outsider)).FindAll("table"));
    }

    [Fact]
    public async Task The_draw_is_offered_at_the_rules_minimum_only_where_the_page_allows_it_and_clicking_it_draws_a_replayable_panel()
    {
        var projectId = await Stages.ReachAsync(Stage.Opened);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);

        var watching = Render<PanelDrawView>(p => p.Add(x => x.ProjectId, projectId).Add(x => x.Actor, agency));
        watching.WaitForAssertion(() => Assert.DoesNotContain("progress", watching.Markup, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(watching.FindAll("button"));

        var minimum = await Store.Get<PanelDrawing>().MinimumAsync(projectId, agency);
        var changed = 0;
        var drawing = Render<PanelDrawView>(p => p.Add(x => x.ProjectId, projectId).Add(x => x.Actor, agency).Add(x => x.CanDraw, true).Add(x => x.OnChanged, () => changed++));
        var draw = drawing.WaitForElement("[data-testid=draw-panel]");
        Assert.Equal("随机抽取评审专家", draw.TextContent.Trim());
        Assert.Equal(minimum.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture), drawing.Find("[data-testid=panel-size] input, input[data-testid=panel-size]").GetAttribute("value"));
        Assert.Contains(minimum.Citation, drawing.Markup, StringComparison.Ordinal);

        await draw.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        drawing.WaitForAssertion(() => Assert.Equal(minimum.Minimum, drawing.FindAll("[data-testid=panel-members] tbody tr").Count));
        Assert.Equal(1, changed);
        Assert.Equal("抽取记录可复现（含回避名单及其依据）", drawing.Find("[data-testid=panel-replays]").TextContent.Trim());
        Assert.Empty(drawing.FindAll("[data-testid=draw-panel]"));
        await using var db = Store.Db();
        Assert.Single(db.PanelDraws.Where(d => d.ProjectId == projectId));
    }

    [Fact]
    public async Task A_supplier_is_told_the_panel_is_not_public_and_sees_no_names()
    {
        var projectId = await Stages.ReachAsync(Stage.PanelDrawn);
        var agency = await Stages.ActorAsync(Relation.EntrustedAgency);
        var party = Render<PanelDrawView>(p => p.Add(x => x.ProjectId, projectId).Add(x => x.Actor, agency).Add(x => x.CanDraw, true));
        party.WaitForAssertion(() => Assert.Equal(3, party.FindAll("[data-testid=panel-members] tbody tr").Count));
        Assert.Empty(party.FindAll("[data-testid=draw-panel]"));

        var supplier = await Stages.ActorAsync(Relation.RegisteredSupplier);
        var refused = Render<PanelDrawView>(p => p.Add(x => x.ProjectId, projectId).Add(x => x.Actor, supplier).Add(x => x.CanDraw, true));
        refused.WaitForAssertion(() => Assert.Contains("评审专家名单在结果公告前不公开。", refused.Markup, StringComparison.Ordinal));
        Assert.Empty(refused.FindAll("table"));
        Assert.Empty(refused.FindAll("button"));
    }

    [Fact]
    public void The_notice_list_is_a_named_region_linking_each_notice_and_its_pdf_and_shows_nothing_without_notices()
    {
        Assert.Empty(Render<ProjectNoticeList>(p => p.Add(x => x.Notices, [])).Markup.Trim());

        var id = Guid.NewGuid();
        var list = Render<ProjectNoticeList>(p => p.Add(x => x.Notices, [new NoticeLink(id, "JM-2026-001", NoticeType.Result, "成交结果公告", DateTime.UtcNow)]));
        Assert.Equal("项目公告", list.Find("[role=region] h2").TextContent);
        Assert.Equal([$"/notices/{id}", $"/notices/{id}/pdf"], list.FindAll("li a").Select(a => a.GetAttribute("href")));
    }
}
