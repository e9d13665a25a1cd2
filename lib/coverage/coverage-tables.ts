// The tables every coverage view is computed from (catalogue, platforms, commitments, teams and the
// redundancy target setting): the cached views declare them as their cache tags
// (lib/cache/table-tags.test.ts checks each declares what it really reads).
import type { TableName } from '@/lib/cache/table-tags';

export const COVERAGE_TABLES: readonly TableName[] = ['Component', 'ComponentPlatform', 'Stack', 'TechnologyProvider', 'Platform', 'Commitment', 'Team', 'Setting'];
