using FluentValidation;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Organizations;

/// <summary>An organisation's contact: a person, a phone a caller can dial, an address; the contact page shows these at the fields.</summary>
public sealed class ContactDetailsValidator : AbstractValidator<ContactDetails>
{
    public static ContactDetailsValidator Instance { get; } = new();

    public ContactDetailsValidator()
    {
        RuleFor(c => c.Person).RequiredText(OrganizationContact.PersonMaxLength, "联系人", "The contact person");
        RuleFor(c => c.Phone).RequiredText(OrganizationContact.PhoneMaxLength, "联系电话", "The phone number")
            .Must(phone => OrganizationContact.PhonePattern().IsMatch(phone!.Trim())).When(c => c.Phone?.Trim() is { Length: > 0 and <= OrganizationContact.PhoneMaxLength }, ApplyConditionTo.CurrentValidator)
            .WithText(OrganizationContact.PhoneRule);
        RuleFor(c => c.Address).RequiredText(OrganizationContact.AddressMaxLength, "联系地址", "The address");
    }
}
