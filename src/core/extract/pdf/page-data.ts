/**
 * What a PDF reader hands to the core: per page, plain data in page coordinates (points, origin
 * at the top left, y growing downwards, as the page is seen at 100 %). Nothing here knows pdf.js.
 */

/** A rectangle in page coordinates, x0 ≤ x1 and y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of text as the PDF draws it: one font, one baseline. */
export interface PdfTextItem {
  text: string;
  /** left end of the baseline (for vertical text: the centre) */
  x: number;
  /** the baseline (for vertical text: the centre) */
  y: number;
  /** advance along the baseline */
  width: number;
  /** the glyph height (the font size as drawn) */
  fontSize: number;
  /** drawn top to bottom (a vertical font) or on a rotated baseline: x and y are its centre */
  vertical?: boolean;
}

/** A straight stroked segment (a side of a stroked rectangle is one too). */
export interface PdfSegment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** the stroke's width in page units */
  lineWidth: number;
}

export interface PdfPageData {
  /** 1-based page number */
  page: number;
  width: number;
  height: number;
  texts: PdfTextItem[];
  /** visible stroked straight segments */
  segments: PdfSegment[];
  /** the boxes of visible filled shapes (thin ones are rules, others backgrounds) */
  fills: Box[];
  /** where images are painted */
  images: Box[];
}

export interface PdfDocumentData {
  /** the document's Title metadata, or '' */
  title: string;
  pages: PdfPageData[];
}

/** A PDF cell's handle: the page (1-based) and where the cell is on it. */
export interface PdfCellHandle {
  page: number;
  box: Box;
}
