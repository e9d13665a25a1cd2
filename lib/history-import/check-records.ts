// Rules across fields and records that the schemas cannot see, the same for JSON and CSV: duplicates
// of a natural key, dates in order, outcomes with their resolution, reports with a recommendation.
import type { ImportRelease } from './types';
import { releaseKey } from './types';

export function checkRecords(releases: readonly ImportRelease[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const release of releases) {
    const key = releaseKey(release);
    const first = seen.get(key);
    if (first) problems.push(`${release.origin}: the same release as ${first} (stack, component, umdMajor and version identify a release).`);
    else seen.set(key, release.origin);

    if (release.skipJustification) {
      if (release.type !== 'EMERGENCY') problems.push(`${release.origin}: only an EMERGENCY release may skip staged rollout (skipJustification).`);
      if (release.rollouts.length) problems.push(`${release.origin}: a release that skipped staged rollout has no rollouts.`);
      if (!release.productionAt) problems.push(`${release.origin}: a release that skipped staged rollout needs productionAt.`);
    }
    if (!release.rollouts.length && !release.productionAt) {
      problems.push(`${release.origin}: records neither a rollout nor a productionAt date; there is nothing to import.`);
    }
    const rolloutPlatforms = new Set(release.rollouts.map((rollout) => rollout.platform));
    if (!release.productionAt && release.platforms.some((platform) => !rolloutPlatforms.has(platform))) {
      problems.push(`${release.origin}: platforms released without staged rollout need the release's productionAt.`);
    }
    if (release.productionAt && release.productionAt < release.submittedAt) problems.push(`${release.origin}: productionAt is before submittedAt.`);

    const platforms = new Set<string>();
    for (const rollout of release.rollouts) {
      if (platforms.has(rollout.platform)) problems.push(`${rollout.origin}: a second rollout of the same release on ${rollout.platform}.`);
      platforms.add(rollout.platform);
      if (!!rollout.outcome !== !!rollout.resolvedAt) problems.push(`${rollout.origin}: outcome and resolvedAt go together (a resolved rollout has both).`);
      if (rollout.resolvedAt && rollout.resolvedAt < rollout.createdAt) problems.push(`${rollout.origin}: resolvedAt is before createdAt.`);
      if (rollout.createdAt < release.submittedAt) problems.push(`${rollout.origin}: the rollout was created before the release was submitted.`);

      const teams = new Set<string>();
      for (const p of rollout.participations) {
        if (teams.has(p.team)) problems.push(`${p.origin}: the team appears twice in this rollout.`);
        teams.add(p.team);
        if (p.repliedAt && p.repliedAt < p.invitedAt) problems.push(`${p.origin}: repliedAt is before invitedAt.`);
        if (p.status === 'INVITED' && p.repliedAt) problems.push(`${p.origin}: status INVITED means no reply yet, but repliedAt is set.`);
        if (p.exposureEnd && !p.exposureStart) problems.push(`${p.origin}: exposureEnd without exposureStart.`);
        if (p.exposureStart && p.exposureEnd && p.exposureEnd < p.exposureStart) problems.push(`${p.origin}: exposureEnd is before exposureStart.`);
        if (!!p.reportSubmittedAt !== !!p.recommendation) problems.push(`${p.origin}: reportSubmittedAt and recommendation go together (a report has both).`);
        if (p.reportSubmittedAt && p.status !== 'ACCEPTED' && p.status !== 'VOLUNTEERED') {
          problems.push(`${p.origin}: only a team that ACCEPTED or VOLUNTEERED reports, but its status is ${p.status}.`);
        }
      }
    }
  }
  return problems;
}
