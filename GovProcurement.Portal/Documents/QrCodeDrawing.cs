using PdfSharp.Drawing;
using QRCoder;

namespace GovProcurement.Portal.Documents;

/// <summary>Draws a QR code as vector squares: QRCoder computes the modules, PDFsharp fills them.</summary>
internal static class QrCodeDrawing
{
    /// <summary>The module matrix of <paramref name="text"/> (error correction M), quiet zone included.</summary>
    public static bool[][] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    /// <summary>
    /// Fills the dark modules inside the square at (<paramref name="x"/>, <paramref name="y"/>).
    /// Each horizontal run of dark modules becomes one rectangle, all filled as one path so that
    /// viewers show no hairline seams between neighbours.
    /// </summary>
    public static void Draw(XGraphics graphics, XBrush brush, string text, double x, double y, double size)
    {
        var modules = Modules(text);
        var module = size / modules.Length;
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < modules.Length; row++)
        {
            var cells = modules[row];
            var column = 0;
            while (column < cells.Length)
            {
                if (!cells[column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < cells.Length && cells[column])
                {
                    column++;
                }
                path.AddRectangle(x + start * module, y + row * module, (column - start) * module, module);
            }
        }
        graphics.DrawPath(brush, path);
    }
}
