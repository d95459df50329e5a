using FluentValidation;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>
/// What a supplier's application says of it: a name, a size, the SME declaration signed when a smaller size
/// is newly declared, a contact person and a dialable phone.
/// </summary>
public sealed class SupplierDetailsValidator : AbstractValidator<SupplierDetails>
{
    /// <summary>The validator of a registration: nothing declared yet.</summary>
    public static SupplierDetailsValidator Registration { get; } = new(null);

    /// <param name="declaredScale">The size the supplier has already declared: keeping it needs no new declaration.</param>
    public SupplierDetailsValidator(EnterpriseScale? declaredScale)
    {
        RuleFor(d => d.Name).RequiredText(Organization.NameMaxLength, "供应商名称", "The supplier's name");
        RuleFor(d => d.Scale).Must(scale => scale is { } s && Enum.IsDefined(s))
            .WithText(new Bilingual("请选择企业规模：大型、中型、小型或微型。", "Choose the enterprise size: large, medium, small or micro."));
        RuleFor(d => d.DeclarationSigned).Equal(true)
            .When(d => d.Scale is { } scale && Enum.IsDefined(scale) && scale != declaredScale && SmeDeclaration.NeedsDeclaration(scale))
            .WithText((d, _) => SmeDeclaration.Unsigned(d.Scale!.Value));
        RuleFor(d => d.ContactPerson).RequiredText(SupplierApplication.ContactPersonMaxLength, "联系人", "The contact person");
        RuleFor(d => d.ContactPhone).Must(phone => ContactPhones.IsValid(phone, SupplierApplication.ContactPhoneMaxLength))
            .WithText(ContactPhones.Rule(SupplierApplication.ContactPhoneMaxLength));
    }
}
