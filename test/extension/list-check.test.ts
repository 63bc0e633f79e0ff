import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage } from '../../src/extension/list-check';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** "年报" in GBK, as many portals still serve their pages */
const NIANBAO_GBK = [0xc4, 0xea, 0xb1, 0xa8];

describe('a fetched page decoded as it declares', () => {
  it('takes the charset from the header first, then a <meta> near the top, else UTF-8', () => {
    const meta = new Uint8Array(ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    expect(declaredCharset('text/html; charset=GBK', meta)).toBe('GBK');
    expect(declaredCharset('text/html', meta)).toBe('gb2312');
    expect(declaredCharset(null, new Uint8Array(ascii('<meta charset="utf-8">')))).toBe('utf-8');
    expect(declaredCharset(null, new Uint8Array(ascii('<p>no declaration</p>')))).toBe('utf-8');
  });

  it('reads a GBK page as the browser would, and an unknown label as UTF-8', () => {
    const page = new Uint8Array([...ascii('<meta charset="gbk"><title>'), ...NIANBAO_GBK, ...ascii('</title>')]);
    expect(decodePage(page, null)).toContain('<title>年报</title>');
    expect(decodePage(new TextEncoder().encode('<title>年报</title>'), 'text/html; charset=no-such-charset')).toContain('年报');
  });
});
