/**
 * The progress line of a batch on a terminal: count, rate, time left, the source being read.
 * Redrawn in place on stderr at most ten times a second; nothing at all when stderr is not a
 * terminal or with --quiet (a log file gets no control characters).
 */
import { displayWidth } from '../core/export/xlsx';

export interface ProgressState {
  done: number;
  total: number;
  /** ms since the run started */
  elapsed: number;
  current: string;
}

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The end of `text` that fits `width` columns, "…" first when cut (the file name is the end of a path). */
function tail(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let out = '';
  for (let i = chars.length - 1; i >= 0 && displayWidth(`…${chars[i]}${out}`) <= width; i -= 1) out = chars[i] + out;
  return `…${out}`;
}

/** "[████░░░░] 120/300 · 85.2 份/秒 · 剩余 0:02 · reports/b.html", fitted to the terminal's width. */
export function progressLine(state: ProgressState, columns: number): string {
  const { done, total, elapsed } = state;
  const rate = elapsed > 0 ? (done * 1000) / elapsed : 0;
  const left = rate > 0 ? clock((total - done) / rate) : '—';
  const barWidth = 20;
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  const head = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${done}/${total} · ${rate.toFixed(1)} 份/秒 · 剩余 ${left}`;
  const room = columns - 1 - displayWidth(head) - 3;
  return room >= 8 && state.current ? `${head} · ${tail(state.current, room)}` : head;
}

export interface Progress {
  update(state: ProgressState): void;
  /** clears the line, so what follows starts on a clean one */
  done(): void;
}

const NO_PROGRESS: Progress = { update: () => undefined, done: () => undefined };

export function progressOn(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return NO_PROGRESS;
  let last = 0;
  let shown = false;
  return {
    update(state) {
      const now = Date.now();
      if (now - last < 100 && state.done < state.total) return;
      last = now;
      shown = true;
      stream.write(`\r\u001b[2K${progressLine(state, stream.columns || 80)}`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
