using System.ComponentModel.DataAnnotations;
using GovProcurement.Domain.Common;

namespace GovProcurement.Portal.Accounts;

// DataAnnotations attributes carry one fixed message; these carry both languages and answer in the
// user's (the request's UI culture), as Bilingual does everywhere else. The static account pages
// validate with them because they render without the interactive localizer's help.

/// <summary>A required field, its message in the user's language.</summary>
public sealed class RequiredInBothAttribute(string zh, string en) : RequiredAttribute
{
    public override string FormatErrorMessage(string name) => new Bilingual(zh, en).ToString();
}

/// <summary>A bounded text, its message in the user's language.</summary>
public sealed class LengthInBothAttribute(int maximumLength, string zh, string en) : StringLengthAttribute(maximumLength)
{
    public override string FormatErrorMessage(string name) => new Bilingual(zh, en).ToString();
}

/// <summary>A field that must repeat another, its message in the user's language.</summary>
public sealed class SameAsInBothAttribute(string otherProperty, string zh, string en) : CompareAttribute(otherProperty)
{
    public override string FormatErrorMessage(string name) => new Bilingual(zh, en).ToString();
}
