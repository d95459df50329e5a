using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Plans;

/// <summary>The plan workflow validates every content it stores with the plan form's validator, and keeps the item bound.</summary>
public sealed class PlanDraftValidationTests : IAsyncLifetime
{
    private TestStore store = default!;

    public async Task InitializeAsync() => store = await TestStore.CreateAsync(demoData: true);

    public async Task DisposeAsync() => await store.DisposeAsync();

    private PlanWorkflow Workflow => store.Get<PlanWorkflow>();

    private async Task<Actor> OperatorAsync()
    {
        await using var db = store.Db();
        var user = await db.Users.SingleAsync(u => u.UserName == ProjectScenario.Operator);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync();
        return new Actor(user.UserName!, user.OrganizationId, roles.ToHashSet());
    }

    private static PlanForm Form(string title, params PlanItemDraft[] items) => new(title, new DateOnly(2027, 3, 1), null, items, null, null);

    private static PlanItemDraft Line(string code = "A02010104", decimal quantity = 1) => new(code, "台式计算机", quantity, "台", Money.FromYuan(1000m), null);

    [Fact]
    public async Task A_save_out_of_bounds_names_the_fields_and_changes_nothing()
    {
        var op = await OperatorAsync();
        var planId = await Workflow.CreateDraftAsync(op);
        var version = await Workflow.SaveDraftAsync(planId, 0, Form("已保存的标题", Line()), op);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Workflow.SaveDraftAsync(planId, version, Form(new string('长', ProcurementPlan.TitleMaxLength + 1), Line(), Line("A02", -1)), op));

        Assert.Equal(["Title", "Items[1].CatalogueCode", "Items[1].Quantity"], refused.Errors.Select(e => e.PropertyName));
        await using var db = store.Db();
        var plan = await db.Plans.Include(p => p.Items).SingleAsync(p => p.Id == planId);
        Assert.Equal(("已保存的标题", 1, version), (plan.Title, plan.Items.Count, plan.Version));
    }

    [Fact]
    public async Task A_new_draft_with_content_out_of_bounds_is_not_created()
    {
        var op = await OperatorAsync();
        await using var before = store.Db();
        var count = await before.Plans.CountAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Workflow.CreateDraftAsync(op, Form("未知品目", Line("Z99")), default));

        Assert.Equal("Items[0].CatalogueCode", Assert.Single(refused.Errors).PropertyName);
        await using var after = store.Db();
        Assert.Equal(count, await after.Plans.CountAsync());
    }

    [Fact]
    public async Task More_items_than_the_bound_are_still_refused_by_the_bound_naming_it()
    {
        var op = await OperatorAsync();
        var max = new InputLimits().PlanItems;

        var refused = await Assert.ThrowsAsync<DomainException>(() => Workflow.CreateDraftAsync(op, Form("超出品目上限", Enumerable.Repeat(Line(), max + 1).ToArray()), default));

        Assert.Contains($"品目最多 {max} 个", refused.Text.Zh, StringComparison.Ordinal);
    }
}
