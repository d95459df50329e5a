using System.Text.RegularExpressions;
using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Organizations;

/// <summary>
/// How to reach an organisation about its procurement: the contact person, phone and address that
/// announcements print under 联系方式 (财办库〔2020〕50号's formats ask for the purchaser's and the
/// agency's name, address and contact). Entered once per organisation by its own users.
/// </summary>
public sealed partial class OrganizationContact : VersionedEntity
{
    /// <summary>A person's name: Chinese names are 2–4 characters; room for a title or a second name.</summary>
    public const int PersonMaxLength = 50;

    /// <summary>A mobile number (11 digits) or a landline with area code and extension, with separators.</summary>
    public const int PhoneMaxLength = 20;

    /// <summary>A postal address down to the room, as printed in a notice.</summary>
    public const int AddressMaxLength = 200;

    private OrganizationContact()
    {
        Person = Phone = Address = UpdatedBy = "";
    }

    internal OrganizationContact(Guid organizationId, ContactDetails details, string updatedBy, DateTime updatedUtc)
        : this()
    {
        OrganizationId = organizationId;
        Change(details, updatedBy, updatedUtc);
    }

    public Guid OrganizationId { get; private set; }

    public string Person { get; private set; }

    public string Phone { get; private set; }

    public string Address { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public ContactDetails Details => new(Person, Phone, Address);

    internal void Change(ContactDetails details, string updatedBy, DateTime updatedUtc)
    {
        var valid = Validate(details);
        Person = valid.Person;
        Phone = valid.Phone;
        Address = valid.Address;
        UpdatedBy = updatedBy;
        UpdatedUtc = updatedUtc;
    }

    /// <summary>The details trimmed and checked; refuses a missing, overlong or malformed value with a message in both languages.</summary>
    public static ContactDetails Validate(ContactDetails details)
    {
        var person = Texts.Required(details.Person, PersonMaxLength, "联系人", "The contact person");
        var phone = Texts.Required(details.Phone, PhoneMaxLength, "联系电话", "The phone number");
        if (!PhonePattern().IsMatch(phone))
        {
            throw new DomainException(PhoneRule);
        }

        var address = Texts.Required(details.Address, AddressMaxLength, "联系地址", "The address");
        return new ContactDetails(person, phone, address);
    }

    /// <summary>
    /// A mainland mobile number (1 + 10 digits, 《电信网编号计划》) or a landline: area code 0 + 2–3
    /// digits, a 7–8 digit local number, an optional extension.
    /// </summary>
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")]
    internal static partial Regex PhonePattern();

    internal static readonly Bilingual PhoneRule = new(
        "联系电话应为 11 位手机号码，或带区号的固定电话（如 0750-3201234，可加分机号 -801）。",
        "Give an 11-digit mobile number or a landline with its area code (e.g. 0750-3201234, extension -801 allowed).");
}

/// <summary>The contact an organisation gives: person, phone and address.</summary>
public sealed record ContactDetails(string Person, string Phone, string Address);
