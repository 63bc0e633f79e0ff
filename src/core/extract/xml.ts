/**
 * A small XML reader for the parts of an Office file: elements with their qualified names
 * ("w:tc"), attributes and text, entities decoded. Office XML is machine-written and
 * well-formed; this reader needs no DOM (the core runs where there is none) and behaves the same
 * everywhere (linkedom, for one, gives an XML element's localName with its prefix).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlFormatError extends Error {}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decode = (text: string): string =>
  text.includes('&') ? text.replace(ENTITY, (_, hex, dec, name) => (name ? NAMED[name]! : String.fromCodePoint(hex ? Number.parseInt(hex, 16) : Number(dec)))) : text;

/** The document element of an XML text; throws XmlFormatError on mismatched or missing tags. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, closing, opening, attributes, selfClosing, text] = m;
    const parent = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (stack.length > 1) parent.children.push(decode(text));
    } else if (cdata !== undefined) parent.children.push(cdata);
    else if (closing !== undefined) {
      if (parent.name !== closing || stack.length === 1) throw new XmlFormatError(`unexpected </${closing}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (attributes ?? '').matchAll(ATTRIBUTE)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      const element: XmlElement = { name: opening, attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new XmlFormatError(`<${stack[stack.length - 1]!.name}> is not closed`);
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new XmlFormatError('no document element');
  return element;
}

export const childElements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
