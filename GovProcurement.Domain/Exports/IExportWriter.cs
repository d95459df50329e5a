namespace GovProcurement.Domain.Exports;

/// <summary>Writes the workbook of a stored export job for its owner; returns the rows written.</summary>
public interface IExportWriter
{
    Task<long> WriteAsync(ExportJob job, Stream output, IProgress<long> progress, CancellationToken ct);
}
