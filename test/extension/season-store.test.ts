import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check';
import type { Decision } from '../../src/core/review';
import { snapshotOf } from '../../src/core/snapshot';
import { createSeasonStore, type HistoryEntry, type StorageArea } from '../../src/extension/season-store';
import { loadDocument } from '../helpers';

/** storage.local as the browser keeps it: values go through structured cloning (here JSON). */
function memoryArea(): StorageArea & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    async get(keys) {
      const wanted = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, JSON.parse(items.get(k)!)]));
    },
    async set(values) { for (const [k, v] of Object.entries(values)) items.set(k, JSON.stringify(v)); },
    async remove(keys) { for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k); },
  };
}

function entryOf(page: string): HistoryEntry {
  const url = `http://127.0.0.1/${page}`;
  const a = checkDocument(loadDocument('corpus', page), url);
  return { agency: a.meta.agency!, year: a.meta.year!, url, title: a.meta.title, checkedAt: '2026-12-02T10:00:00.000Z', snapshot: snapshotOf(a, url) };
}

const decision = (fingerprint: string, over: Partial<Decision> = {}): Decision => ({
  fingerprint, verdict: 'confirmed', comment: '已电话告知', ruleId: 'table-balance', severity: 'error', message: 'm',
  agency: '平潭综合实验区管理委员会', year: 2020, url: 'http://127.0.0.1/a.html', decidedAt: '2026-12-02T10:00:00.000Z', ...over,
});

describe('the season store', () => {
  it('keeps a real report by body and year and gives it back as the next year\'s previous', async () => {
    const store = createSeasonStore(memoryArea());
    const last = entryOf('pingtan-2020-page.html');
    await store.remember(last);
    expect(await store.report(last.agency, last.year)).toEqual(last);
    // the body as matched across years: spaces do not count
    expect(await store.report(` ${last.agency.slice(0, 2)} ${last.agency.slice(2)}`, last.year)).toEqual(last);
    expect(await store.report(last.agency, last.year + 1)).toBeNull();
    await store.forget(last.agency, last.year);
    expect(await store.report(last.agency, last.year)).toBeNull();
  });

  it('keeps decisions by fingerprint, and lists one body-year\'s', async () => {
    const store = createSeasonStore(memoryArea());
    await store.decide(decision('a'));
    await store.decide(decision('b', { verdict: 'ignored', year: 2021 }));
    expect([...(await store.decisions(['a', 'b', 'c'])).keys()].sort()).toEqual(['a', 'b']);
    expect((await store.decisionsOf('平潭综合实验区 管理委员会', 2020)).map((d) => d.fingerprint)).toEqual(['a']);
    await store.undecide('a');
    expect((await store.decisions(['a'])).size).toBe(0);
  });

  it('exports everything as one JSON file and imports it into an empty store as it was', async () => {
    const store = createSeasonStore(memoryArea());
    await store.remember(entryOf('pingtan-2020-page.html'));
    await store.remember(entryOf('pingtan-2021-page.html'));
    await store.decide(decision('a'));
    const file = JSON.parse(JSON.stringify(await store.exportAll(new Date('2026-12-02T00:00:00Z'))));
    expect(file).toMatchObject({ app: 'nianbao-lint', version: 1, exportedAt: '2026-12-02T00:00:00.000Z' });
    const before = await store.all();
    await store.clear();
    expect((await store.all()).history).toEqual([]);
    expect(await store.importAll(file)).toEqual({ history: 2, decisions: 1 });
    const after = await store.all();
    expect(after.history).toEqual(before.history);
    expect(after.decisions).toEqual(before.decisions);
    expect(after.bytes).toBeGreaterThan(1000);
  });

  it('refuses a file that is not its export, whole, and skips stored entries it cannot read', async () => {
    const area = memoryArea();
    const store = createSeasonStore(area);
    await expect(store.importAll({ app: 'other' })).rejects.toThrow('不是年报校验导出的文件');
    await expect(store.importAll({ app: 'nianbao-lint', version: 1, exportedAt: 'x', history: [{ agency: 1 }], decisions: [] })).rejects.toThrow();
    expect(area.items.size).toBe(0);
    await area.set({ 'h:x|2020': { broken: true }, 'd:y': { verdict: 'maybe' }, other: 1 });
    expect(await store.all()).toMatchObject({ history: [], decisions: [] });
    await store.clear();
    expect([...area.items.keys()]).toEqual(['other']); // what is not the store's is left alone
  });
});
