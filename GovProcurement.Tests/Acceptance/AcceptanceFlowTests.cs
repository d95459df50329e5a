using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Organizations;
using static GovProcurement.Tests.Acceptance.AcceptanceScenario;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Acceptance;

/// <summary>The acceptance in memory: deliveries against the items, the plan and its group, each item's check, both confirmations of the record, and a failed round.</summary>
public sealed class AcceptanceFlowTests
{
    [Fact]
    public void Deliveries_count_against_the_contract_and_the_last_one_gives_the_delivery_day()
    {
        var a = Opened();
        Deliver(a, new DateOnly(2026, 10, 12), 6, "第一批");
        Assert.Equal(4, Assert.Single(a.Progress()).Outstanding);
        Assert.Throws<DomainException>(() => a.CompleteDelivery());
        var over = Assert.Throws<DomainException>(() => Deliver(a, new DateOnly(2026, 10, 13), 5));
        Assert.Contains("尚未交付 4台", over.Message);

        Deliver(a, new DateOnly(2026, 10, 15), 4);
        a.CompleteDelivery();

        Assert.Equal(AcceptanceStatus.Delivered, a.Status);
        Assert.Equal(new DateOnly(2026, 10, 15), a.DeliveredOn);
        Assert.Equal(2, a.Deliveries.Count);
        Assert.Equal("第一批", a.Deliveries[0].Note);
    }

    [Fact]
    public void A_delivery_is_dated_between_the_signing_and_today()
    {
        var a = Opened();
        Assert.Throws<DomainException>(() => a.RecordDelivery(new DeliveryDraft(SignedOn.AddDays(-1), [new DeliveryLine(1, 1)], null), SignedOn, SignedOn, "operator", At(SignedOn)));
        Assert.Throws<DomainException>(() => a.RecordDelivery(new DeliveryDraft(SignedOn.AddDays(1), [new DeliveryLine(1, 1)], null), SignedOn, SignedOn, "operator", At(SignedOn)));
        Assert.Throws<DomainException>(() => a.RecordDelivery(new DeliveryDraft(SignedOn, [new DeliveryLine(2, 1)], null), SignedOn, SignedOn, "operator", At(SignedOn)));
        Assert.Throws<DomainException>(() => a.RecordDelivery(new DeliveryDraft(SignedOn, [new DeliveryLine(1, -1)], null), SignedOn, SignedOn, "operator", At(SignedOn)));

        a.RecordDelivery(new DeliveryDraft(SignedOn, [new DeliveryLine(1, 1)], null), SignedOn, SignedOn, "operator", At(SignedOn));
        Assert.Single(a.Deliveries);
    }

    [Fact]
    public void The_plan_needs_the_group_the_rules_ask_and_a_recipient_for_a_public_service()
    {
        var a = Opened();
        Deliver(a, new DateOnly(2026, 10, 15), 10);
        a.CompleteDelivery();

        Assert.Throws<DomainException>(() => a.Plan(Plan(new DateOnly(2026, 10, 14)), Rules));
        var small = Assert.Throws<DomainException>(() => a.Plan(new AcceptancePlanDraft(new DateOnly(2026, 10, 20), AcceptanceMethod.ByPurchaser, false, Group().Take(2).ToList()), Rules));
        Assert.Contains("至少 3 人", small.Message);
        Assert.Contains("财库〔2016〕205号", small.Message);
        var noRecipient = Assert.Throws<DomainException>(() => a.Plan(Plan(new DateOnly(2026, 10, 20)) with { PublicService = true }, Rules));
        Assert.Contains("服务对象代表", noRecipient.Message);
        Assert.Equal(AcceptanceStatus.Delivered, a.Status);

        a.Plan(Plan(new DateOnly(2026, 10, 15), publicService: true), Rules);
        Assert.Equal(AcceptanceStatus.Planned, a.Status);
        Assert.True(a.PublicService);
        Assert.Equal(3, a.Members.Count);
    }

    [Fact]
    public void The_result_checks_every_item_and_a_failure_gives_its_reasons()
    {
        var a = Opened();
        Deliver(a, new DateOnly(2026, 10, 15), 10);
        a.CompleteDelivery();
        a.Plan(Plan(new DateOnly(2026, 10, 20)), Rules);
        var on = new DateOnly(2026, 10, 20);

        Assert.Throws<DomainException>(() => a.Conclude(Passed(), on.AddDays(-1), "operator", At(on)));
        Assert.Throws<DomainException>(() => a.Conclude(new AcceptanceResultDraft([], true, null), on, "operator", At(on)));
        Assert.Throws<DomainException>(() => a.Conclude(new AcceptanceResultDraft([new ItemCheck(1, true, false, true, null)], false, "不合格"), on, "operator", At(on)));
        Assert.Throws<DomainException>(() => a.Conclude(new AcceptanceResultDraft([new ItemCheck(1, true, false, true, "无法开机")], true, null), on, "operator", At(on)));
        Assert.Throws<DomainException>(() => a.Conclude(new AcceptanceResultDraft([new ItemCheck(1, true, false, true, "无法开机")], false, null), on, "operator", At(on)));
        Assert.Equal(AcceptanceStatus.Planned, a.Status);

        a.Conclude(Failed(), on, "operator", At(on));
        Assert.Equal(AcceptanceStatus.Concluded, a.Status);
        Assert.False(a.ResultPassed);
        Assert.Equal("两台无法开机", Assert.Single(a.Checks).Note);
    }

    [Fact]
    public void Both_confirmations_record_who_when_and_the_digest_and_the_second_passes_the_acceptance()
    {
        var a = Concluded();
        var digest = a.Digest;
        a.Confirm(ContractParty.Supplier, "supplier", At(new DateOnly(2026, 10, 21)));
        Assert.Equal(AcceptanceStatus.Concluded, a.Status);
        Assert.Null(a.AcceptedOn);

        a.Confirm(ContractParty.Purchaser, "operator", At(new DateOnly(2026, 10, 22)));

        Assert.Equal(AcceptanceStatus.Passed, a.Status);
        Assert.Equal(new DateOnly(2026, 10, 22), a.AcceptedOn);
        Assert.Equal(new ContractConfirmation("supplier", At(new DateOnly(2026, 10, 21)), digest), a.ConfirmationOf(ContractParty.Supplier));
        Assert.Equal(new ContractConfirmation("operator", At(new DateOnly(2026, 10, 22)), digest), a.ConfirmationOf(ContractParty.Purchaser));
        Assert.Throws<DomainException>(() => a.Confirm(ContractParty.Supplier, "supplier", At(new DateOnly(2026, 10, 23))));
        Assert.Throws<DomainException>(() => Deliver(a, new DateOnly(2026, 10, 23), 1));
    }

    [Fact]
    public void A_changed_result_changes_the_digest_and_voids_the_confirmation_given()
    {
        var a = Concluded();
        var first = a.Digest;
        a.Confirm(ContractParty.Purchaser, "operator", At(new DateOnly(2026, 10, 21)));

        a.Conclude(Failed(), new DateOnly(2026, 10, 21), "operator", At(new DateOnly(2026, 10, 21)));

        Assert.NotEqual(first, a.Digest);
        Assert.Null(a.ConfirmationOf(ContractParty.Purchaser));
        Assert.Contains("验收结论：不合格", AcceptanceText.Of(a));
        Assert.Contains($"合同文本校验码：{a.ContractDigest}", AcceptanceText.Of(a));
    }

    [Fact]
    public void A_confirmed_failure_is_kept_and_the_supplier_delivers_again_for_a_new_round()
    {
        var a = Concluded(Failed());
        var digest = a.Digest;
        a.Confirm(ContractParty.Purchaser, "operator", At(new DateOnly(2026, 10, 21)));
        a.Confirm(ContractParty.Supplier, "supplier", At(new DateOnly(2026, 10, 21)));
        Assert.Equal(AcceptanceStatus.Failed, a.Status);
        Assert.Null(a.AcceptedOn);

        Deliver(a, new DateOnly(2026, 10, 28), 10, "更换后重新交付");

        Assert.Equal(AcceptanceStatus.Delivering, a.Status);
        Assert.Equal(2, a.Round);
        var past = Assert.Single(a.History);
        Assert.Equal((1, new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 21), digest), (past.Round, past.HeldOn, past.ConfirmedOn, past.Digest));
        Assert.Null(a.DeliveredOn);
        Assert.Empty(a.Checks);
        Assert.Null(a.ConfirmationOf(ContractParty.Purchaser));
        Assert.Equal(10, Assert.Single(a.Progress()).Delivered);

        a.CompleteDelivery();
        Assert.Equal(new DateOnly(2026, 10, 28), a.DeliveredOn);
    }

    [Fact]
    public void The_steps_give_each_party_its_own_and_refuse_the_rest_with_the_reason()
    {
        var a = Concluded();
        var purchaser = AcceptanceSteps.For(a, true, Operator);
        var supplier = AcceptanceSteps.For(a, true, SupplierUser);

        Assert.Equal(new[] { AcceptanceAction.RecordResult, AcceptanceAction.ConfirmAsPurchaser }, purchaser.Available);
        Assert.Equal(new[] { AcceptanceAction.ConfirmAsSupplier }, supplier.Available);
        Assert.Equal(RefusalGround.Role, supplier.WhyNot(AcceptanceAction.RecordDelivery)!.Ground);
        var other = new ActorStanding(new Actor("other", Guid.NewGuid(), new HashSet<string> { GovProcurement.Domain.Accounts.Roles.PurchaserOperator }), OrganizationKind.BudgetUnit, Region);
        Assert.Equal(RefusalGround.Jurisdiction, AcceptanceSteps.For(a, true, other).WhyNot(AcceptanceAction.ConfirmAsPurchaser)!.Ground);

        a.Confirm(ContractParty.Supplier, "supplier", At(new DateOnly(2026, 10, 21)));
        purchaser = AcceptanceSteps.For(a, true, Operator);
        Assert.Equal(new[] { AcceptanceAction.ConfirmAsPurchaser }, purchaser.Available);
        Assert.Equal("验收书已有一方确认，不能再修改验收结果。", purchaser.WhyNot(AcceptanceAction.RecordResult)!.Why.Zh);
        Assert.Equal("您已确认当前验收书。", AcceptanceSteps.For(a, true, SupplierUser).WhyNot(AcceptanceAction.ConfirmAsSupplier)!.Why.Zh);
    }

    [Fact]
    public void Nothing_is_recorded_against_an_unsigned_contract()
    {
        var unsigned = Drafted(new DateOnly(2026, 9, 1));
        var steps = AcceptanceSteps.For(ContractAcceptance.Open(unsigned, "operator", At(SignedOn)), false, Operator);

        Assert.Empty(steps.Available);
        Assert.Equal("合同签订后才能登记交付和验收。", steps.WhyNot(AcceptanceAction.RecordDelivery)!.Why.Zh);
    }
}
