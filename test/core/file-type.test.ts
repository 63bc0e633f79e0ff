import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from '../../src/core/extract/file-type';
import { readZipEntry, zipEntries, ZipFormatError } from '../../src/core/extract/zip';
import { fixturePath } from '../helpers';
import { makeZip } from './zip-builder';

const bytes = (text: string) => new TextEncoder().encode(text);
const binary = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...bytes(p)] : p)));

describe('sniffFileType', () => {
  it('tells files by their signature, not their name', () => {
    expect(sniffFileType(new Uint8Array(readFileSync(fixturePath('binary', 'huaian-hongze-qu-2023.pdf'))))).toBe('pdf');
    expect(sniffFileType(new Uint8Array(readFileSync(fixturePath('binary', 'template-2021-format.docx'))))).toBe('docx');
    expect(sniffFileType(new Uint8Array(readFileSync(fixturePath('seeds', '002_27ba472c7186d65d.html'))))).toBe('html');
  });

  it('finds a PDF header after junk bytes, as readers allow', () => {
    expect(sniffFileType(binary([0, 1, 2, 3], '\r\n%PDF-1.4\n'))).toBe('pdf');
    expect(sniffFileType(binary('%PDF'))).toBe('unknown'); // no version dash: not a header
  });

  it('takes only a ZIP holding word/document.xml for a DOCX', () => {
    expect(sniffFileType(makeZip({ 'word/document.xml': '<w:document/>' }))).toBe('docx');
    expect(sniffFileType(makeZip({ 'xl/workbook.xml': '<workbook/>' }))).toBe('unknown');
  });

  it('says an OLE compound file is a legacy Word or WPS file', () => {
    expect(sniffFileType(binary([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'rest of a .doc'))).toBe('legacy-word');
  });

  it('reads a page with a BOM as HTML, and plain text or nothing as unknown', () => {
    expect(sniffFileType(binary([0xef, 0xbb, 0xbf], '  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffFileType(bytes('政府信息公开工作年度报告'))).toBe('unknown');
    expect(sniffFileType(new Uint8Array(0))).toBe('unknown');
  });
});

describe('zip', () => {
  const docx = new Uint8Array(readFileSync(fixturePath('binary', 'template-2021-format.docx')));

  it('lists the central directory and inflates an entry', async () => {
    const entries = zipEntries(docx);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    const document = entries.find((e) => e.name === 'word/document.xml')!;
    const inflated = await readZipEntry(docx, document, 10_000_000);
    expect(inflated.length).toBe(document.size);
    expect(new TextDecoder().decode(inflated.subarray(0, 5))).toBe('<?xml');
  });

  it('reads stored entries as they are', async () => {
    const zip = makeZip({ 'a.txt': '年报' }, { deflate: false });
    expect(new TextDecoder().decode(await readZipEntry(zip, zipEntries(zip)[0]!, 100))).toBe('年报');
  });

  it('refuses an entry larger than allowed (a ZIP bomb) and a truncated file', async () => {
    const zip = makeZip({ 'big.xml': 'x'.repeat(100_000) });
    await expect(readZipEntry(zip, zipEntries(zip)[0]!, 1000)).rejects.toThrow(ZipFormatError);
    expect(() => zipEntries(docx.subarray(0, docx.length - 40))).toThrow(ZipFormatError);
  });
});
