/**
 * The one message protocol between the background, the detector, the checker (content script)
 * and the options page: every message is a member of `Message`, and what it is answered with
 * is typed by `Answers`. Nothing else is sent, and nothing leaves the browser.
 */
import { browser } from 'wxt/browser';

export type Message =
  /** background → checker: open or close the panel (answered with true) */
  | { type: 'nianbao:toggle' }
  /** checker → background: the page's error count, for the toolbar badge */
  | { type: 'nianbao:count'; detected: boolean; errors: number }
  /** detector → background: this page is a report, bring in the checker */
  | { type: 'nianbao:report-found' }
  /** checker → background: is the *.gov.cn permission granted? */
  | { type: 'nianbao:auto-detect-state' }
  /** checker → background: open the options page, where the permission is asked for */
  | { type: 'nianbao:auto-detect-options' }
  /** background → checkers: the permission was granted or removed */
  | { type: 'nianbao:auto-detect-changed'; granted: boolean }
  /** checker → background: inject the file reader (PDF and DOCX, with pdf.js) into this frame */
  | { type: 'nianbao:load-file-reader' }
  /** checker → background: a call of the season store (storage.local), which lives in the background */
  | { type: 'nianbao:store'; method: StoreMethod; args: unknown[] };

/** What the checker may ask of the season store. */
export const STORE_METHODS = ['report', 'remember', 'decisions', 'decisionsOf', 'decide', 'undecide'] as const;
export type StoreMethod = (typeof STORE_METHODS)[number];

interface Answers {
  'nianbao:toggle': true;
  'nianbao:auto-detect-state': boolean;
  'nianbao:store': unknown;
}

export type Answer<M extends Message> = M['type'] extends keyof Answers ? Answers[M['type']] : undefined;

export function isMessage(value: unknown): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('nianbao:');
}

export const toBackground = <M extends Message>(message: M): Promise<Answer<M>> => browser.runtime.sendMessage(message);

export const toTab = <M extends Message>(tabId: number, message: M): Promise<Answer<M>> => browser.tabs.sendMessage(tabId, message);
