// The redundancy target ("a minimum of two Early Adopter teams per component"), stored in the Setting
// table under 'coverage.target' as a plain JSON number. Reading it never fails: a missing or
// malformed row means the default.
import 'server-only';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/transaction';
import { DEFAULT_COVERAGE_TARGET } from './compute-coverage';
import { MAX_TARGET, MIN_TARGET } from './schemas';

export const COVERAGE_TARGET_KEY = 'coverage.target';

export interface CoverageTargetSetting {
  target: number;
  /** Setting.version, or 0 while the default is in force (no row yet). */
  version: number;
  updatedAt: Date | null;
}

export function parseTargetValue(raw: unknown): number {
  // Accept { value: n } too: an older writer may have wrapped the number.
  const value = typeof raw === 'object' && raw !== null && 'value' in raw ? (raw as { value: unknown }).value : raw;
  const target = Number(value);
  return Number.isInteger(target) && target >= MIN_TARGET && target <= MAX_TARGET ? target : DEFAULT_COVERAGE_TARGET;
}

export async function getCoverageTarget(tx: Tx = db): Promise<CoverageTargetSetting> {
  const row = await tx.setting.findUnique({ where: { key: COVERAGE_TARGET_KEY } });
  if (!row) return { target: DEFAULT_COVERAGE_TARGET, version: 0, updatedAt: null };
  return { target: parseTargetValue(row.value), version: row.version, updatedAt: row.updatedAt };
}
