/** What the four identity rules share: the failing identities and the data of their messages. */
import type { ExtractedCell } from '../../extract/tables';
import { identitiesOf, partsSum, residual, totalsSum, type Identity, type IdentityKind } from '../../identities';
import type { CellRef } from '../../model/schema';
import { formatNumber, refOf, type CheckInput } from './rule';

export const failingIdentities = (input: CheckInput, kind: IdentityKind): Identity[] =>
  identitiesOf(input.extraction).filter((identity) => identity.kind === kind && residual(identity) !== 0);

/** Every operand, parts then totals: the full list stays in the finding even when the message is short. */
export const identityRefs = (identity: Identity): CellRef[] => [...identity.parts, ...identity.totals].map(refOf);

/**
 * The sums, their difference, and the parts that are not zero by their short names
 * ("（一）予以公开 60、（四）1.不掌握 49") instead of a sum of nineteen terms, most of them 0.
 */
export function identityData(identity: Identity, partName?: (cell: ExtractedCell) => string): Record<string, string> {
  const nonZero = identity.parts.filter((c) => (c.value ?? 0) !== 0);
  return {
    sum: formatNumber(partsSum(identity)),
    // a lone total left blank says so: "≠ （七）总计 空白" reads truer than "≠ 0"
    total: identity.totals.length === 1 && identity.totals[0]!.kind === 'blank' ? '空白' : formatNumber(totalsSum(identity)),
    diff: formatNumber(Math.abs(residual(identity))),
    terms: !partName ? '' : nonZero.length === 0 ? '各项均为 0 或空白'
      : `非零项：${nonZero.map((c) => `${partName(c)} ${formatNumber(c.value!)}`).join('、')}`,
  };
}
