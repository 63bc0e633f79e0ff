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
  /** 'heading' for h1–h6 and strong/centered title lines, 'text' otherwise */
  kind: 'heading' | 'text';
  text: string;
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
