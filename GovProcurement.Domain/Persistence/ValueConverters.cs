using GovProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GovProcurement.Domain.Persistence;

/// <summary>Stores times as UTC and reads them back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

internal sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    v => v == null ? null : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
    v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));

/// <summary>Stores <see cref="Money"/> as its integer number of fen.</summary>
internal sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Fen, fen => new Money(fen));
