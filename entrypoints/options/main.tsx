import { browser } from 'wxt/browser';
import { GOV_ORIGINS } from '../../src/page/gov-origins';
import { mountHistory } from './History';

// permissions.request needs a user gesture in an extension page: this checkbox is that gesture.
const box = document.getElementById('auto') as HTMLInputElement;
const state = document.getElementById('state')!;

/** The box shows the permission as the browser holds it, never just the click. */
async function show(): Promise<void> {
  box.checked = await browser.permissions.contains({ origins: GOV_ORIGINS });
  state.textContent = box.checked ? '已开启自动检测。' : '未开启自动检测。';
}

box.addEventListener('change', () => {
  const wanted = box.checked;
  box.checked = !wanted; // until the browser answers (a refused or dismissed prompt changes nothing)
  const change = wanted
    ? browser.permissions.request({ origins: GOV_ORIGINS })
    : browser.permissions.remove({ origins: GOV_ORIGINS });
  void change.catch(() => false).finally(show);
});
browser.permissions.onAdded.addListener(() => void show());
browser.permissions.onRemoved.addListener(() => void show());
void show();

mountHistory(document.getElementById('history')!);
