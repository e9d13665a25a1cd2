// How releases and their items are named on pages, in messages and in the API. Pure.
import type { ReleaseType } from '@/lib/generated/prisma/enums';

export const RELEASE_TYPES = ['EMERGENCY', 'REVISION', 'MINOR', 'MAJOR'] as const satisfies readonly ReleaseType[];

export const RELEASE_TYPE_LABELS: Record<ReleaseType, string> = {
  EMERGENCY: 'Emergency',
  REVISION: 'Revision',
  MINOR: 'Minor',
  MAJOR: 'Major',
};

/** The parent ticket's name, as in the RT queue: `sw-rel #12`. */
export function releaseRef(number: number): string {
  return `sw-rel #${number}`;
}

export function releasePath(number: number): string {
  return `/releases/${number}`;
}

/** A Product-Platform-Architecture's platform part: `SL5 x86_64`. */
export function platformLabel(platform: { os: string; arch: string }): string {
  return `${platform.os} ${platform.arch}`;
}

/** `EMI-1.0 SE-DPM_mysql 1.8.0-1 SL5 x86_64` (the rollout title without its prefix). */
export function ppaLabel(parts: { umdMajor: string; component: string; version: string; os: string; arch: string }): string {
  return [parts.umdMajor, parts.component, parts.version, parts.os, parts.arch].filter(Boolean).join(' ');
}

/** A package list as typed (lines, commas or spaces) to one package per line, duplicates dropped. */
export function normalizePackageList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((name) => name.trim()).filter(Boolean))];
}

export type ItemOutcome = 'ACCEPT' | 'REJECT' | 'SUPERSEDED' | 'NO_TEST' | 'VERIFICATION_REJECTED';

export const ITEM_OUTCOME_LABELS: Record<ItemOutcome, string> = {
  ACCEPT: 'Accepted',
  REJECT: 'Rejected in staged rollout',
  SUPERSEDED: 'Superseded by a newer version',
  NO_TEST: 'No test (staged rollout skipped)',
  VERIFICATION_REJECTED: 'Rejected in verification',
};

/** How a PPA ended, or null while it is still on its way. */
export function itemOutcome(item: { state: string; rollout: { outcome: 'ACCEPT' | 'REJECT' | 'SUPERSEDED' | null } | null }): ItemOutcome | null {
  if (item.rollout?.outcome) return item.rollout.outcome;
  if (item.state === 'VERIFICATION_REJECTED') return 'VERIFICATION_REJECTED';
  if (item.state === 'ROLLOUT_REJECTED') return 'REJECT';
  if ((item.state === 'PRODUCTION' || item.state === 'SKIPPED_ROLLOUT') && !item.rollout) return 'NO_TEST';
  if (item.state === 'PRODUCTION') return 'ACCEPT';
  return null;
}
