/** Node side of reading a page: bytes → text by the page's declared charset → a DOM. */
import { parseHTML } from 'linkedom';

/** The charset a page declares in its first bytes (<meta charset>, http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decode a page: a BOM wins, then the charset in the HTTP header, then the one the page declares;
 * GBK/GB2312 pages decode as GB18030 (a superset). Undeclared bytes that are not UTF-8 are tried
 * as GB18030, the usual encoding of older Chinese portals.
 */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  let charset = headerCharset ?? declaredCharset(bytes);
  if (charset && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(charset)) charset = 'gb18030';
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // an unknown label: fall through to detection
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * The attributes the reader looks at (readDom, detect): spans, links and images, metas, the
 * class and id of the content container. Every other one is dropped before parsing: pages pasted
 * from Word carry most of their bytes in style, width, align and lang attributes (the corpus
 * pages: 1.5 MB, of which 1.0 MB), and every attribute is a node to linkedom, with a WeakMap
 * entry of its own; dropping them makes the parse, the larger part of a check, about a quarter
 * faster. A tag's name, its closing slash and every character outside tags are kept as they are;
 * a tag this pattern does not read (an odd quote in an unquoted value) is left untouched.
 */
const READ_ATTRIBUTES = /^(?:rowspan|colspan|href|src|alt|name|property|content|class|id)$/i;
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)+)(\s*\/?>)/g;
const ATTRIBUTE = /\s+([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;

export function withReadAttributesOnly(html: string): string {
  return html.replace(TAG, (_tag, name: string, attributes: string, end: string) =>
    `<${name}${attributes.replace(ATTRIBUTE, (attribute, attributeName: string) => (READ_ATTRIBUTES.test(attributeName) ? attribute : ''))}${end}`);
}

/**
 * Word ends its paragraphs with an empty <o:p> (an eighth of the corpus pages' elements): inline,
 * inside the paragraph whose text it belongs to, so its tags go and its content stays. (Bare
 * spans, a third of the elements, cannot go the same way: a span's text directly under a div is
 * a block of its own to readDom, loose text is not.)
 */
const OFFICE_PARAGRAPH_MARK = /<\/?o:p\b[^>]*>/gi;

/** A DOM of the page, as the CLI reads it (linkedom; only the attributes read, no <o:p>). */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(withReadAttributesOnly(html).replace(OFFICE_PARAGRAPH_MARK, '')).document as unknown as Document;
}
