/**
 * The reviewer's decision on one finding: 确认 / 忽略 / 存疑 (press again to take it back) and an
 * optional comment, saved when the field is left or Enter is pressed.
 */
import { useState } from 'preact/hooks';
import { VERDICT_NAMES, VERDICTS, type Verdict } from '../core/review';
import type { FindingView } from './model';

export type OnDecide = (finding: FindingView, verdict: Verdict | null, comment: string) => void;

export function DecisionBar({ finding, onDecide }: { finding: FindingView; onDecide: OnDecide }) {
  const current = finding.decision;
  const [comment, setComment] = useState(current?.comment ?? '');
  const save = () => { if (current && comment !== current.comment) onDecide(finding, current.verdict, comment); };
  return (
    <div class="decision" data-testid="decision" data-verdict={current?.verdict ?? ''}>
      {VERDICTS.map((verdict) => (
        <button type="button" class={`verdict ${verdict}`} aria-pressed={current?.verdict === verdict} data-testid={`decide-${verdict}`}
          onClick={() => onDecide(finding, current?.verdict === verdict ? null : verdict, comment)}>{VERDICT_NAMES[verdict]}</button>
      ))}
      {current && (
        <input type="text" class="comment" data-testid="comment" placeholder="备注（可选）" maxLength={500} value={comment}
          onInput={(e) => setComment(e.currentTarget.value)} onBlur={save}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); save(); } }} />
      )}
    </div>
  );
}
