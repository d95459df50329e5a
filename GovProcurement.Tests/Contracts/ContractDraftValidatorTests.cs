using GovProcurement.Domain.Contracts;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Contracts;

/// <summary>The draft form's field checks name the field they refuse, so the page shows each at its input.</summary>
public sealed class ContractDraftValidatorTests
{
    [Fact]
    public void A_complete_draft_passes() => Assert.True(ContractDraftValidator.Instance.Validate(Draft()).IsValid);

    [Fact]
    public void Each_breach_is_reported_at_its_field()
    {
        var draft = Draft(place: " ") with
        {
            SupplierBank = new BankAccount("", "12AB"),
            Items = [new ContractItem("", "台", 0, GovProcurement.Domain.Common.Money.Zero)],
            Instalments = [new ContractInstalment(5000, PaymentCondition.OnDelivery)],
            PerformanceTo = new DateOnly(2026, 9, 30),
        };

        var fields = ContractDraftValidator.Instance.Validate(draft).Errors.Select(e => e.PropertyName).Distinct().Order().ToArray();

        Assert.Equal(["Instalments", "Items[0].Name", "Items[0].Quantity", "Items[0].UnitPrice", "PerformancePlace", "PerformanceTo", "SupplierBank.AccountNumber", "SupplierBank.BankName"], fields);
    }
}
