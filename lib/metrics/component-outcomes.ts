// M.SA1.ServiceValidation.1 (Table 1): releases Accepted / Rejected in staged rollout, or put in
// production with No test, per project quarter. A component release counts once however many platforms
// and teams tested it, and only once its staged rollout ENDED on every platform (no platform still in
// verification or in staged rollout): Rejected if any platform's rollout was rejected, else Accepted;
// its quarter is that of the last platform's resolution. No test = skipped staged rollout (emergency)
// or in production with no rollout at all, in the quarter it reached production. The metrics page
// states the same rule (COMPONENT_OUTCOME_RULE).
import type { Period } from './project-quarters';
import { quarterIndex } from './quarter-columns';
import { quarterLabel } from './project-quarters';
import type { ComponentOutcomeTable, OutcomeValue, ReleaseRow } from './types';

type Classified = { kind: 'accepted' | 'rejected' | 'noTest'; at: Date } | null;

export const COMPONENT_OUTCOME_RULE =
  'A component release counts once, in the quarter its last platform’s staged rollout ended, and only when no platform is still in verification or in staged rollout: Rejected if any platform was rejected, Accepted otherwise. No test: put in production without a staged rollout (emergency skip).';

export function classifyRelease(release: ReleaseRow): Classified {
  if (release.unfinished || release.rollouts.some((rollout) => !rollout.resolved)) return null;
  const decided = release.rollouts.filter(
    (rollout): rollout is { resolved: true; outcome: OutcomeValue; resolvedAt: Date } =>
      rollout.resolved && rollout.outcome !== null && rollout.resolvedAt !== null,
  );
  if (decided.length > 0) {
    const at = new Date(Math.max(...decided.map((rollout) => rollout.resolvedAt.getTime())));
    const rejected = decided.some((rollout) => rollout.outcome === 'REJECT');
    return { kind: rejected ? 'rejected' : 'accepted', at };
  }
  const untested = release.skippedRollout || (release.productionAt !== null && release.rollouts.length === 0);
  const at = release.productionAt ?? release.skippedAt;
  return untested && at ? { kind: 'noTest', at } : null;
}

export function computeComponentOutcomes(releases: readonly ReleaseRow[], period: Period): ComponentOutcomeTable {
  const rows = period.quarters.map((quarter) => ({
    quarter: quarter.key,
    label: quarterLabel(quarter, period),
    accepted: 0,
    rejected: 0,
    noTest: 0,
  }));
  let acceptedWithOverride = 0;
  for (const release of releases) {
    const classified = classifyRelease(release);
    if (!classified) continue;
    const index = quarterIndex(classified.at, period);
    if (index < 0) continue;
    rows[index]![classified.kind] += 1;
    if (classified.kind === 'accepted' && release.rollouts.some((rollout) => rollout.override)) acceptedWithOverride += 1;
  }
  const total = rows.reduce(
    (sum, row) => ({ accepted: sum.accepted + row.accepted, rejected: sum.rejected + row.rejected, noTest: sum.noTest + row.noTest }),
    { accepted: 0, rejected: 0, noTest: 0 },
  );
  return { rows, total, acceptedWithOverride };
}
