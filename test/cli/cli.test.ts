/** The CLI as users run it: the built bin in a child process; exit codes, output, bad input. */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportJsonSchema } from '../../src/core/model/schema';
import { checkFixture, fixturePath } from '../helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'nianbao-lint.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], { cwd: ROOT });
});

/** Runs the bin without blocking this process (the tests' HTTP server must keep answering). */
function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 40_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out, err });
    });
  });
}

describe('nianbao-lint check', async () => {
  it('prints findings grouped by table with counts, exit 1 when there is an error', async () => {
    const r = await cli('check', fixturePath('seeds', '002_27ba472c7186d65d.html'));
    const findings = checkFixture('seeds', '002_27ba472c7186d65d.html').findings;
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(r.code).toBe(1);
    expect(r.out).toContain(`错误 ${count('error')} · 警告 ${count('warning')} · 提示 ${count('info')}`);
    expect(r.out).toMatch(/表三 收到和处理政府信息公开申请情况\n {2}✖ 错误 requests-balance/);
    expect(r.err).toBe('');
  });

  it('puts the most probable wrong cells first, with the values that fix them', async () => {
    const r = await cli('check', fixturePath('seeds', '002_27ba472c7186d65d.html'));
    expect(r.out).toContain('\n最可能的错误\n  ✖ 错误 suspect-cell  （七）总计·自然人 空白、（七）总计·其他 空白、（七）总计·总计 空白；若分别为 1、11、12，表三的 6 个等式全部成立\n'
      + '      改为：（七）总计·自然人 = 1、（七）总计·其他 = 11、（七）总计·总计 = 12\n');
    expect(r.out.indexOf('最可能的错误')).toBeLessThan(r.out.indexOf('表三 收到和处理'));
  });

  it('--json carries messageId on every finding and the fix of the suspect', async () => {
    const r = await cli('check', fixturePath('seeds', '002_27ba472c7186d65d.html'), '--json');
    const json = ReportJsonSchema.parse(JSON.parse(r.out));
    expect(json.findings.every((f) => f.messageId.length > 0)).toBe(true);
    expect(json.findings[0]).toMatchObject({ ruleId: 'suspect-cell', messageId: 'unique', fix: [
      { cell: { table: 'requests', row: 'total', column: 'naturalPerson' }, value: 1 },
      { cell: { table: 'requests', row: 'total', column: 'otherOrg' }, value: 11 },
      { cell: { table: 'requests', row: 'total', column: 'total' }, value: 12 },
    ] });
  });

  it('says on one line why a page is not a report', async () => {
    const page = join(tmp, 'list.html');
    writeFileSync(page, '<html><head><title>政府信息公开年报</title></head><body><ul><li><a href="/a.html">2024年度报告</a></li></ul></body></html>');
    const r = await cli('check', page);
    expect(r.code).toBe(0);
    expect(r.out).toBe('不是政府信息公开工作年度报告：没有找到表三（收到和处理政府信息公开申请情况）、表二、表四等统计表；标题像年度报告，但也没有报告正文或附件，可能是年报列表或通知\n');
  });

  it('exits 0 when there is no error', async () => {
    const r = await cli('check', fixturePath('corpus', 'test-city-2025-clean.html'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有发现问题');
  });

  it('--json prints exactly the contract', async () => {
    const r = await cli('check', fixturePath('corpus', 'pingtan-2024-article.html'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(ReportJsonSchema.parse(json)).toEqual(json);
    expect(json.tables.requests.rows.newReceived.total).toBe(218);
  });

  it('--json on a page that is not a report: detected false, no tables, no findings', async () => {
    const page = join(tmp, 'home.html');
    writeFileSync(page, '<html><head><title>某市人民政府门户网站</title></head><body><p>欢迎访问</p><table><tr><td>新闻</td></tr></table></body></html>');
    const r = await cli('check', page, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ detected: false, tables: {}, findings: [] });
  });

  it('decodes a GBK page by its declared charset', async () => {
    const utf8 = readFileSync(fixturePath('corpus', 'test-city-2025-clean.html'), 'utf8').replace('<meta charset="utf-8">', '<meta charset="gbk">');
    const gbk = new Uint8Array(Buffer.from(new TextEncoder().encode('')));
    // Node has no GBK encoder: build the bytes with the decoder's inverse over the page's characters.
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi += 1) for (let lo = 0x40; lo <= 0xfe; lo += 1) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
    const bytes: number[] = [...gbk];
    for (const ch of utf8) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f]));
    const page = join(tmp, 'gbk.html');
    writeFileSync(page, Uint8Array.from(bytes));
    const r = await cli('check', page, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).meta.title).toBe('测试市2025年政府信息公开工作年度报告');
  });
});

describe('help and version', async () => {
  it.each(['--help', '-h', 'help'])('%s prints the usage and exits 0', async (flag) => {
    const r = await cli(flag);
    expect(r.code).toBe(0);
    expect(r.out).toContain('nianbao-lint check <file.html|url>');
    expect(r.out).toContain('Exit codes');
    expect(r.err).toBe('');
  });
  it('--version prints the package version', async () => {
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });
  it('--help wins over a command', async () => {
    expect((await cli('check', '--help')).out).toContain('用法 usage');
  });
});

describe('nianbao-lint extract', async () => {
  it('TSV in the official layout', async () => {
    const r = await cli('extract', fixturePath('corpus', 'test-city-2025-clean.html'), '--format', 'tsv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('一、本年新收政府信息公开申请数量\t\t\t13612\t252\t0\t45\t128\t32\t14069');
  });
  it('CSV with a BOM', async () => {
    const r = await cli('extract', fixturePath('corpus', 'test-city-2025-clean.html'), '--format=csv');
    expect(r.out.startsWith('\ufeff')).toBe(true);
  });
  it('JSON and Markdown', async () => {
    const json = JSON.parse((await cli('extract', fixturePath('corpus', 'test-city-2025-clean.html'), '--format', 'json')).out);
    expect(json.map((t: { id: string }) => t.id)).toEqual(['active', 'requests', 'review']);
    expect((await cli('extract', fixturePath('corpus', 'test-city-2025-clean.html'), '--format', 'md')).out).toContain('| 规章 | 3 | 5 | 74 |');
  });
});

describe('hostile page text', async () => {
  it('a page nested thousands deep is read without running out of stack', async () => {
    const deep = join(tmp, 'deep.html');
    writeFileSync(deep, `<html><body>${'<table><tr><td>'.repeat(5000)}x${'</td></tr></table>'.repeat(5000)}</body></html>`);
    const r = await cli('check', deep);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^不是政府信息公开工作年度报告：/);
  });
  it('page markup stays text in Markdown, formulas inert in CSV, control characters shown as �', async () => {
    const page = readFileSync(fixturePath('corpus', 'test-city-2025-clean.html'), 'utf8')
      .replace('<title>', '<title>\u001b]0;pwned\u0007')
      .replace('<tr><td>规章</td><td>3</td><td>5</td>', '<tr><td>规章</td><td>&lt;script&gt;x&lt;/script&gt;</td><td>=HYPERLINK("http://evil","y")</td>');
    const hostile = join(tmp, 'hostile.html');
    writeFileSync(hostile, page);
    const md = (await cli('extract', hostile, '--format', 'md')).out;
    expect(md).toContain('| 规章 | &lt;script&gt;x&lt;/script&gt; |');
    expect(md).not.toContain('<script>');
    expect((await cli('extract', hostile, '--format', 'csv')).out).toContain(`"'=HYPERLINK(""http://evil"",""y"")"`);
    const text = (await cli('check', hostile)).out;
    expect([text.includes('\u001b'), text.includes('\u0007'), text.includes('\ufffd]0;pwned\ufffd')]).toEqual([false, false, true]);
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', async () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/missing') { res.statusCode = 404; res.end('no'); return; }
      if (req.url === '/report') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(readFileSync(fixturePath('corpus', 'test-city-2025-clean.html'))); return; }
      if (req.url === '/slow') return; // never answers
      if (req.url === '/endless') { // no length, a body without end
        const chunk = Buffer.alloc(1024 * 1024, 0x61);
        const more = () => { while (res.write(chunk)); };
        res.on('drain', more);
        more();
        return;
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => { server.closeAllConnections(); server.close(); });

  const expectBadInput = async (pending: ReturnType<typeof cli>, pattern: RegExp) => {
    const r = await pending;
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^nianbao-lint: /);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at /);
  };

  it('a missing file', () => expectBadInput(cli('check', join(tmp, 'nope.html')), /ENOENT/));
  it('an empty file', async () => { writeFileSync(join(tmp, 'empty.html'), ''); await expectBadInput(cli('check', join(tmp, 'empty.html')), /empty/); });
  it('a binary file', async () => { writeFileSync(join(tmp, 'x.bin'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])); await expectBadInput(cli('check', join(tmp, 'x.bin')), /binary/); });
  it('a text file that is not HTML', async () => { writeFileSync(join(tmp, 'a.txt'), '只是一段文字'); await expectBadInput(cli('check', join(tmp, 'a.txt')), /not.*HTML|no HTML/); });
  it('a directory', () => expectBadInput(cli('check', tmp), /not a file/));
  it('an unknown command or option', async () => {
    await expectBadInput(cli('lint', 'x'), /unknown command/);
    await expectBadInput(cli('check', 'x', '--fast'), /unknown option/);
    await expectBadInput(cli('extract', fixturePath('corpus', 'test-city-2025-clean.html'), '--format', 'xls'), /--format/);
  });
  it('a URL that answers 404', () => expectBadInput(cli('check', `${base}/missing`), /HTTP 404/));
  it('a URL that never answers, within --timeout', async () => {
    const started = Date.now();
    await expectBadInput(cli('check', `${base}/slow`, '--timeout', '1'), /1 秒内没有响应 \(timed out\)/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
  it('an HTML file of 50 MB', async () => {
    const big = join(tmp, 'big.html');
    writeFileSync(big, `<html><body>${'<p>政府信息公开</p>'.repeat(50 * 1024 * 1024 / 24)}</body></html>`);
    await expectBadInput(cli('check', big), /input too large/);
  });
  it('a URL nobody listens on', () => expectBadInput(cli('check', 'http://127.0.0.1:9/x'), /无法访问|fetch failed/));
  it('a URL served over HTTP is checked like a file', async () => {
    const r = await cli('check', `${base}/report`, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).meta.agency).toBe('测试市');
  });
  it('a URL with no length and no end stops at the size limit', async () => {
    await expectBadInput(cli('check', `${base}/endless`, '--timeout', '30'), /超过 20 MB.*input too large/);
  });
  it('a malformed URL, with a trailing slash too: said at once, never a hang', async () => {
    await expectBadInput(cli('check', 'http://exa mple'), /无法访问/);
    await expectBadInput(cli('check', 'https://', '--timeout', '5'), /无法访问|网址无效/);
  });
  it('a ZIP that is no DOCX', async () => {
    writeFileSync(join(tmp, 'x.docx'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    await expectBadInput(cli('check', join(tmp, 'x.docx')), /ZIP.*不是可读的 DOCX/);
  });
  it('extract on a page without report tables', async () => {
    writeFileSync(join(tmp, 'plain.html'), '<html><body><p>hello</p></body></html>');
    await expectBadInput(cli('extract', join(tmp, 'plain.html')), /no report tables/);
  });
});
