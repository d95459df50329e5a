using GovProcurement.Domain.Calendar;
using System.Text.RegularExpressions;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Portal.Documents;
using UglyToad.PdfPig;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Contracts;

/// <summary>
/// Add-on contracts (补充合同, 政府采购法第四十九条) in memory: all add-ons of a 48,000 yuan original together up to
/// exactly 10% (4,800 yuan) and not one fen more, only from a signed original and never from an add-on.
/// </summary>
public sealed class ContractAddOnTests
{
    private static readonly DateOnly Award = new(2026, 9, 1);
    private static readonly DateOnly SignedDay = new(2026, 9, 10);

    private static ContractDraft Worth(decimal yuan) => Draft(unitPrice: yuan, quantity: 1);

    private static GovContract AddOn(GovContract original, decimal yuan, decimal earlier = 0m) =>
        GovContract.DraftAddOn(original, "增购同型号台式计算机", Worth(yuan), Terms(Award), Money.FromYuan(earlier), "operator", At(SignedDay.AddDays(20)));

    [Fact]
    public void An_add_on_of_exactly_ten_percent_is_drafted_with_the_same_parties_and_subject()
    {
        var original = Signed(Award, SignedDay);
        var addOn = AddOn(original, 4_800m);

        Assert.Equal(Money.FromYuan(4_800m), addOn.Amount);
        Assert.Equal((original.Id, original.Number, "增购同型号台式计算机"), (addOn.ParentId!.Value, addOn.ParentNumber, addOn.AddOnReason));
        Assert.Equal((original.SupplierId, original.PurchaserId, original.Title, original.Reference, original.ProjectId),
            (addOn.SupplierId, addOn.PurchaserId, addOn.Title, addOn.Reference, addOn.ProjectId));
        Assert.Equal(ContractStatus.Draft, addOn.Status);
        Assert.Equal(Money.FromYuan(4_800m), addOn.Ceiling);
        Assert.StartsWith($"政府采购补充合同 {addOn.Number}\r\n原合同：{original.Number}".Replace("\r\n", Environment.NewLine), ContractText.Of(addOn));
    }

    [Fact]
    public void One_fen_over_ten_percent_is_refused_with_the_cap_the_figure_and_the_article()
    {
        var original = Signed(Award, SignedDay);
        var thrown = Assert.Throws<DomainException>(() => AddOn(original, 4_800.01m));

        Assert.Contains("4,800.01", thrown.Message);
        Assert.Contains("10%", thrown.Message);
        Assert.Contains("4,800.00", thrown.Message);
        Assert.Contains("第四十九条", thrown.Message);
    }

    [Fact]
    public void The_add_ons_count_together_against_the_cap()
    {
        var original = Signed(Award, SignedDay);
        Assert.Equal(Money.FromYuan(1_800m), AddOn(original, 1_800m, earlier: 3_000m).Amount);

        var thrown = Assert.Throws<DomainException>(() => AddOn(original, 1_800.01m, earlier: 3_000m));
        Assert.Contains("4,800.01", thrown.Message);
        Assert.Contains("第四十九条", thrown.Message);
    }

    [Fact]
    public void An_add_on_is_drafted_only_from_a_signed_original_and_never_from_an_add_on()
    {
        var draft = Drafted(Award);
        Assert.Equal(GovContract.NotSignedYet.ToException().Message, Assert.Throws<DomainException>(() => AddOn(draft, 100m)).Message);
        Assert.Equal(GovContract.NotSignedYet, ContractSteps.For(draft, Operator).WhyNot(ContractAction.DraftAddOn));
        draft.Send();
        Assert.Throws<DomainException>(() => AddOn(draft, 100m));
        Assert.NotNull(ContractSteps.For(draft, Operator).WhyNot(ContractAction.DraftAddOn));

        var signed = Signed(Award, SignedDay);
        Assert.True(ContractSteps.For(signed, Operator).Allows(ContractAction.DraftAddOn));
        Assert.NotNull(ContractSteps.For(signed, SupplierUser).WhyNot(ContractAction.DraftAddOn));
        signed.Publish(null, At(SignedDay.AddDays(1)));
        Assert.True(ContractSteps.For(signed, Operator).Allows(ContractAction.DraftAddOn));
        signed.File("finance", At(SignedDay.AddDays(2)));
        Assert.True(ContractSteps.For(signed, Operator).Allows(ContractAction.DraftAddOn));

        var addOn = AddOn(signed, 100m);
        addOn.Send();
        addOn.Confirm(ContractParty.Purchaser, "operator", At(SignedDay.AddDays(21)));
        addOn.Confirm(ContractParty.Supplier, "supplier", At(SignedDay.AddDays(21)));
        Assert.Equal(ContractStatus.Signed, addOn.Status);
        Assert.Equal(GovContract.AddOnOfAddOn, ContractSteps.For(addOn, Operator).WhyNot(ContractAction.DraftAddOn));
        Assert.Throws<DomainException>(() => AddOn(addOn, 10m));
    }

    [Fact]
    public void A_reason_is_required()
    {
        var original = Signed(Award, SignedDay);
        Assert.Throws<DomainException>(() => GovContract.DraftAddOn(original, "  ", Worth(100m), Terms(Award), Money.Zero, "operator", At(SignedDay)));
        Assert.Throws<DomainException>(() => GovContract.DraftAddOn(original, new string('由', GovContract.ReasonMaxLength + 1), Worth(100m), Terms(Award), Money.Zero, "operator", At(SignedDay)));
    }

    [Fact]
    public void An_add_on_has_no_signing_period_of_its_own_but_is_announced_and_filed_in_time()
    {
        var addOn = AddOn(Signed(Award, SignedDay), 100m);
        Assert.Empty(ContractDeadlines.For(addOn, Terms(Award), WorkingDayCalendar.China));
        addOn.Send();
        addOn.Confirm(ContractParty.Purchaser, "operator", At(new DateOnly(2026, 11, 2)));
        addOn.Confirm(ContractParty.Supplier, "supplier", At(new DateOnly(2026, 11, 2)));
        var deadlines = ContractDeadlines.For(addOn, Terms(Award), WorkingDayCalendar.China);
        Assert.Equal([new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 11)], deadlines.Select(d => d.Due));
    }

    [Fact]
    public void The_add_on_pdf_names_its_original()
    {
        var original = Signed(Award, SignedDay);
        var addOn = AddOn(original, 4_800m);
        using var document = PdfDocument.Open(ContractPdfs.Contract(addOn, "https://gp.example.gov.cn"));
        var text = Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s+", "");

        Assert.Contains("政府采购补充合同", text);
        Assert.Contains($"原合同编号：{original.Number}", text);
        Assert.Contains("补充理由：增购同型号台式计算机", text);
        Assert.DoesNotContain("中标（成交）金额", text);
    }
}
