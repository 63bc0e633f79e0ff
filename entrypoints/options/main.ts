import { browser } from 'wxt/browser';
import { GOV_ORIGINS } from '../../src/page/gov-origins';

// permissions.request needs a user gesture in an extension page: this checkbox is that gesture.
const box = document.getElementById('auto') as HTMLInputElement;
const state = document.getElementById('state')!;

async function show(): Promise<void> {
  box.checked = await browser.permissions.contains({ origins: GOV_ORIGINS });
  state.textContent = box.checked ? '已开启自动检测。' : '未开启自动检测。';
}

box.addEventListener('change', () => {
  const change = box.checked
    ? browser.permissions.request({ origins: GOV_ORIGINS })
    : browser.permissions.remove({ origins: GOV_ORIGINS });
  void change.finally(show);
});
void show();
