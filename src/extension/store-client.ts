/**
 * The season store as the checker uses it: each call is a message to the background, which holds
 * the store (season-store.ts, with its zod schemas) over storage.local. The checker injected into
 * every report page stays small, and one place reads and writes the store.
 */
import type { Decision } from '../core/review';
import { toBackground, type StoreMethod } from './messages';
import type { HistoryEntry, SeasonStore } from './season-store';

/** The part of the store a check needs. */
export type CheckerStore = Pick<SeasonStore, StoreMethod>;

const call = (method: StoreMethod, ...args: unknown[]): Promise<unknown> => toBackground({ type: 'nianbao:store', method, args });

export const storeClient = (): CheckerStore => ({
  report: (agency, year) => call('report', agency, year) as Promise<HistoryEntry | null>,
  remember: (entry) => call('remember', entry) as Promise<void>,
  // a Map does not cross the message channel: it comes as its entries
  decisions: async (fingerprints) => new Map(await call('decisions', fingerprints) as [string, Decision][]),
  decisionsOf: (agency, year) => call('decisionsOf', agency, year) as Promise<Decision[]>,
  decide: (decision) => call('decide', decision) as Promise<void>,
  undecide: (fingerprint) => call('undecide', fingerprint) as Promise<void>,
});

/** The background's answer to a store message (a Map as its entries). */
export async function answerStoreCall(store: SeasonStore, method: StoreMethod, args: unknown[]): Promise<unknown> {
  const result = await (store[method] as (...a: unknown[]) => Promise<unknown>)(...args);
  return result instanceof Map ? [...result] : (result ?? null);
}
