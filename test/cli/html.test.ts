/** The CLI's parse drops what nothing reads; what the reader reads must come out the same. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtmlDocument, withReadAttributesOnly } from '../../src/cli/html';
import { detect } from '../../src/core/extract/detect';
import { readDom } from '../../src/core/extract/read-dom';
import { fixturePath } from '../helpers';

describe('what the CLI drops before parsing', () => {
  it('keeps only the attributes the reader reads, in any quoting', () => {
    expect(withReadAttributesOnly(`<td width=43 rowspan="2" style='a:b>c' colspan=3 nowrap><p class="p" align=center>1</p></td>`))
      .toBe(`<td rowspan="2" colspan=3><p class="p">1</p></td>`);
    // an unquoted value takes the slash, as the HTML tokenizer reads it
    expect(withReadAttributesOnly('<a href="x.pdf" target=_blank>附件</a><img src=a.png alt="表" width=1/><br/>')).toBe('<a href="x.pdf">附件</a><img src=a.png alt="表"><br/>');
    expect(withReadAttributesOnly('3<4 件 and <b>x</b>')).toBe('3<4 件 and <b>x</b>');
  });

  const pages = ['corpus', 'seeds'].flatMap((dir) => readdirSync(fixturePath(dir)).filter((f) => f.endsWith('.html')).map((f) => [dir, f] as const));
  it.each(pages)('%s/%s: the tables, blocks, metas and detection read the same as from the page as it is', (dir, file) => {
    const html = decodeHtml(new Uint8Array(readFileSync(fixturePath(dir, file))));
    const whole = parseHTML(html).document as unknown as Document;
    const lean = parseHtmlDocument(html);
    const plain = (doc: Document) => {
      const page = readDom(doc, '');
      return {
        title: page.title, metaTags: page.metaTags,
        tables: page.tables.map((t) => t.rows.map((r) => [r.group, ...r.cells.map((c) => `${c.text}|${c.rowSpan}x${c.colSpan}`)])),
        blocks: page.blocks.map((b) => [b.kind, b.text, b.href ?? '']),
        detection: detect(doc, ''),
      };
    };
    expect(plain(lean)).toEqual(plain(whole));
  });
});
