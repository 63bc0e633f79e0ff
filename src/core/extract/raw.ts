/** What reading the DOM yields: plain data plus opaque handles to the elements. */

export interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  /** the element the cell came from (a `<td>` in a page; opaque to the core) */
  handle: unknown;
}

export interface RawRow {
  /** index of the row group (thead/tbody/tfoot): rowspans do not cross groups */
  group: number;
  cells: RawCell[];
  handle: unknown;
}

export interface RawTable {
  rows: RawRow[];
  handle: unknown;
}

export interface RawBlock {
  /**
   * 'heading' for h1–h6, 'text' for other text blocks, 'image' for an <img> in the article
   * (text: its alt), 'attachment' for a link to a PDF/DOC/WPS/OFD/XLS file (text: link text).
   */
  kind: 'heading' | 'text' | 'image' | 'attachment';
  text: string;
  /** for images and attachments: the src or href */
  href?: string;
  handle: unknown;
}

export interface RawPage {
  url: string;
  title: string;
  /** <meta name=…> values that matter: ArticleTitle, PubDate, ColumnName, … */
  metaTags: Record<string, string>;
  /** tables in document order; nested tables appear as their own entries */
  tables: RawTable[];
  /** the article's text blocks in document order, outside tables */
  blocks: RawBlock[];
}
