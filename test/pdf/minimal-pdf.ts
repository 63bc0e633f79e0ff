/**
 * A minimal PDF writer for tests that need many pages: Helvetica text and stroked lines, one
 * uncompressed content stream a page, a correct cross-reference table.
 */

/** A page's drawing: text at (x, y) from the top left, and lines, in points on A4. */
export interface MinimalPage {
  texts: { x: number; y: number; text: string; size?: number }[];
  lines: { x0: number; y0: number; x1: number; y1: number }[];
}

const HEIGHT = 842;
const escapePdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function contentStream(page: MinimalPage): string {
  const lines = page.lines.map((l) => `${l.x0} ${HEIGHT - l.y0} m ${l.x1} ${HEIGHT - l.y1} l S`).join('\n');
  const texts = page.texts.map((t) => `BT /F1 ${t.size ?? 10} Tf ${t.x} ${HEIGHT - t.y} Td (${escapePdf(t.text)}) Tj ET`).join('\n');
  return `0.5 w\n${lines}\n${texts}\n`;
}

export function minimalPdf(pages: readonly MinimalPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((page, i) => {
    const stream = contentStream(page);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    add(`<< /Length ${stream.length} >>\nstream\n${stream}endstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
