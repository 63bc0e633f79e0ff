/** PDF and DOCX inputs of one check: the type by signature, the same JSON as the core, one line for a file that cannot be read. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/cli/read-report-file';
import { checkPage } from '../../src/core/check';
import { fixturePath } from '../helpers';
import { buildCli, cli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
const PDF = fixturePath('binary', 'huaian-shi-zhengfu-2024.pdf');
const DOCX = fixturePath('binary', 'generated', 'test-city-2025.libreoffice.docx');

async function coreJson(path: string) {
  const file = await readReportFile(new Uint8Array(readFileSync(path)), `file://${path}`);
  return checkPage(file.page, file.detection).json;
}

let server: Server;
let base = '';
beforeAll(async () => {
  buildCli();
  server = createServer((req, res) => {
    if (req.url === '/report.pdf') { res.setHeader('content-type', 'application/pdf'); res.end(readFileSync(PDF)); return; }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

describe('check and extract on PDF and DOCX files', () => {
  it('a PDF: the JSON the core gives, exit 0 (no error in 淮安市人民政府 2024)', async () => {
    const r = await cli(['check', PDF, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(await coreJson(PDF));
    expect(JSON.parse(r.out).tables.requests.rows.carriedOver.total).toBe(34);
  });

  it('a DOCX, and a PDF named .html: decided by signature', async () => {
    const docx = await cli(['check', DOCX, '--json']);
    expect(JSON.parse(docx.out)).toEqual(await coreJson(DOCX));
    const renamed = join(tmp, 'report.html');
    copyFileSync(PDF, renamed);
    const r = await cli(['check', renamed]);
    expect(r.out).toContain('机关：淮安市人民政府 · 年度：2024');
  });

  it('a URL that serves a PDF is checked as a PDF', async () => {
    const r = await cli(['check', `${base}/report.pdf`, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).meta.agency).toBe('淮安市人民政府');
  });

  it('extract on a PDF gives the official layout', async () => {
    const r = await cli(['extract', PDF, '--format', 'tsv']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('二、上年结转政府信息公开申请数量\t\t\t34\t0\t0\t0\t0\t0\t34');
  });

  it.each([
    ['a password-protected PDF', fixturePath('binary', 'generated', 'password.pdf'), /password-protected PDF/],
    ['a scan', fixturePath('binary', 'generated', 'scan.pdf'), /no text layer: a scan/],
  ])('%s: one line, exit 2', async (_name, path, pattern) => {
    const r = await cli(['check', path]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(pattern);
  });

  it('a legacy Word file: asked to save it as PDF or DOCX, exit 2', async () => {
    const doc = join(tmp, 'report.doc');
    writeFileSync(doc, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    const r = await cli(['check', doc]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/请另存为 PDF 或 DOCX 后再检查/);
  });
});
