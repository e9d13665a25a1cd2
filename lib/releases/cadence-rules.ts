// The UMD release cadence (reference document, "Software versioning scheme"), per product:
//   revision at most every two weeks, minor at most monthly, major at most yearly (emergency: any time),
//   each compared with the product's previous release of the same type, by submission time;
//   within one UMD major release a component may only be updated up to a minor release: its major
//   version never changes there, and a MAJOR release of it goes into the next UMD major release.
// A violation blocks submission unless overridden with a reason. Pure: the caller loads the history.
import type { ReleaseType } from '@/lib/generated/prisma/enums';
import { formatDate } from '@/lib/format';
import { releaseRef } from './release-format';

export interface CadenceCandidate {
  component: string;
  type: ReleaseType;
  umdMajor: string;
  productVersion: string;
  submittedAt: Date;
}

export interface PreviousRelease {
  number: number;
  /** Under an embargo the submitter may not see: it still counts, but the message never names it. */
  hidden?: boolean;
  type: ReleaseType;
  umdMajor: string;
  productVersion: string;
  submittedAt: Date;
  /** Every item was rejected: the release never shipped, so it constrains nothing (a fix follows in days). */
  rejected: boolean;
}

export type CadenceRule = 'INTERVAL' | 'MAJOR_VERSION_IN_UMD_MAJOR' | 'MAJOR_RELEASE_IN_UMD_MAJOR';

export interface CadenceViolation {
  rule: CadenceRule;
  /** The form field the message belongs next to. */
  field: 'type' | 'productVersion';
  message: string;
  previousNumber: number;
}

const INTERVALS: Partial<Record<ReleaseType, { months?: number; days?: number; wording: string }>> = {
  REVISION: { days: 14, wording: 'at most once every two weeks' },
  MINOR: { months: 1, wording: 'at most once a month' },
  MAJOR: { months: 12, wording: 'at most once a year' },
};

/** `date` plus whole calendar months (UTC), clamped to the last day of a shorter month. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The first number of a version string (`1.8.0-1` -> 1, `v2.3` -> 2), or null if it has none. */
export function majorVersionOf(version: string): number | null {
  const match = /^\D*?(\d+)/.exec(version.trim());
  return match ? Number(match[1]) : null;
}

function nextAllowed(type: ReleaseType, previous: Date): Date | null {
  const interval = INTERVALS[type];
  if (!interval) return null;
  return interval.months ? addMonths(previous, interval.months) : new Date(previous.getTime() + interval.days! * 86_400_000);
}

/** How a message names an earlier release: its ticket and version, or nothing a non-reader could learn from. */
function named(release: PreviousRelease): string {
  return release.hidden ? 'a release under embargo' : `${releaseRef(release.number)}, version ${release.productVersion}`;
}

export function checkCadence(candidate: CadenceCandidate, history: readonly PreviousRelease[]): CadenceViolation[] {
  const shipped = history.filter((release) => !release.rejected && release.submittedAt <= candidate.submittedAt);
  const violations: CadenceViolation[] = [];
  const typeName = candidate.type.toLowerCase();

  const lastOfType = shipped
    .filter((release) => release.type === candidate.type)
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
  const allowedFrom = lastOfType ? nextAllowed(candidate.type, lastOfType.submittedAt) : null;
  if (lastOfType && allowedFrom && candidate.submittedAt < allowedFrom) {
    violations.push({
      rule: 'INTERVAL',
      field: 'type',
      previousNumber: lastOfType.number,
      message:
        `The last ${typeName} release of ${candidate.component} (${named(lastOfType)}) ` +
        `was submitted on ${formatDate(lastOfType.submittedAt)}; ${typeName} releases come ${INTERVALS[candidate.type]!.wording}, ` +
        `so the next one is due from ${formatDate(allowedFrom)}.`,
    });
  }

  const sameUmdMajor = shipped
    .filter((release) => release.umdMajor === candidate.umdMajor)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const baseline = sameUmdMajor[0];
  if (baseline && candidate.type === 'MAJOR') {
    violations.push({
      rule: 'MAJOR_RELEASE_IN_UMD_MAJOR',
      field: 'type',
      previousNumber: baseline.number,
      message:
        `${candidate.umdMajor} already contains ${candidate.component} (${named(baseline)}): ` +
        `within a UMD major release a component may only be updated up to a minor release; a major release goes into the next UMD major release.`,
    });
  }
  const candidateMajor = majorVersionOf(candidate.productVersion);
  const other = sameUmdMajor.find((release) => {
    const major = majorVersionOf(release.productVersion);
    return major !== null && candidateMajor !== null && major !== candidateMajor;
  });
  if (other) {
    violations.push({
      rule: 'MAJOR_VERSION_IN_UMD_MAJOR',
      field: 'productVersion',
      previousNumber: other.number,
      message:
        (other.hidden
          ? `${candidate.umdMajor} ships ${candidate.component} in another major version (${named(other)}); `
          : `${candidate.umdMajor} ships ${candidate.component} ${majorVersionOf(other.productVersion)}.x (${named(other)}); `) +
        `version ${candidate.productVersion} changes the major version, which only a new UMD major release may do.`,
    });
  }
  return violations;
}
