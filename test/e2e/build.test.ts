/**
 * Budgets on the built extension (npm test builds it first). The detector is the only script
 * that runs by itself on every *.gov.cn page (auto mode); the checker (core + panel) is injected
 * only on a report page or a toolbar click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './browser';

const gzipped = (file: string) => gzipSync(readFileSync(join(EXTENSION, file)), { level: 9 }).length;

describe('the built extension', () => {
  it('keeps the script that runs on every portal page within 25 kB gzip', () => {
    expect(gzipped('content-scripts/detector.js')).toBeLessThanOrEqual(25 * 1024);
  });

  // 44.3 kB before error localization, the suspect marks, the compact previews, the attachment
  // list, the extraction split and the history-* rules with report snapshots; 57.3 kB with the
  // tolerant labels and the text-active rule; 67.8 kB with the reviewer's season (the list page
  // check with its summary and XLSX writer, decisions, last year's comparison — the store itself,
  // with zod, lives in the background). What only some pages need is kept out of it (pdf.js).
  it('keeps the on-demand checker within 72 kB gzip (guards against growth)', () => {
    expect(gzipped('content-scripts/content.js')).toBeLessThanOrEqual(72 * 1024);
  });

  it('keeps pdf.js out of the HTML checker: the file reader is a script of its own, within 600 kB gzip', () => {
    const checker = readFileSync(join(EXTENSION, 'content-scripts/content.js'), 'utf8');
    expect(checker).not.toMatch(/pdfjsWorker|PDFDocumentProxy|getOperatorList/);
    const reader = readFileSync(join(EXTENSION, 'content-scripts/file-reader.js'), 'utf8');
    expect(reader).toMatch(/getOperatorList/);
    expect(gzipped('content-scripts/file-reader.js')).toBeLessThanOrEqual(600 * 1024);
  });

  it('ships no remote code and no static content script', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined(); // MV3's default forbids remote code
    const code = ['background.js', 'content-scripts/content.js', 'content-scripts/detector.js'].map((f) => readFileSync(join(EXTENSION, f), 'utf8')).join('\n');
    // (WXT's shadow-root helper has a fetch() for CSS given by URL, a path this extension never
    // takes; the end-to-end test watches the network for any request at all.)
    expect(code.match(/XMLHttpRequest|sendBeacon|new WebSocket|EventSource|importScripts\(|\beval\(|new Function\(/g)).toBeNull();
  });
});
