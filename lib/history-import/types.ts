// The normalised records of a history import, whatever the file format. `origin` says where each
// record came from ("line 7" of a CSV file, "release #3" of a JSON file) for error messages.

export type Outcome = 'ACCEPT' | 'REJECT';

export interface ImportParticipation {
  origin: string;
  team: string;
  status: 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'VOLUNTEERED' | 'WITHDRAWN';
  invitedAt: Date;
  repliedAt?: Date;
  exposureStart?: Date;
  exposureEnd?: Date;
  reportSubmittedAt?: Date;
  recommendation?: Outcome;
  releaseNotesCorrect?: boolean;
  testsPerformed?: string;
}

export interface ImportRollout {
  origin: string;
  /** "<OS> <arch>", e.g. "SL5 x86_64". */
  platform: string;
  outcome?: Outcome;
  createdAt: Date;
  resolvedAt?: Date;
  manager?: string;
  document?: string;
  participations: ImportParticipation[];
}

export interface ImportRelease {
  origin: string;
  stack: string;
  component: string;
  umdMajor: string;
  version: string;
  type: 'EMERGENCY' | 'REVISION' | 'MINOR' | 'MAJOR';
  submittedAt: Date;
  productionAt?: Date;
  skipJustification?: string;
  /** Platforms released without a staged rollout (the rollouts' platforms are added to these). */
  platforms: string[];
  rollouts: ImportRollout[];
}

export interface ImportCounts {
  created: Record<ImportEntity, number>;
  updated: Record<ImportEntity, number>;
  unchanged: Record<ImportEntity, number>;
}

export const IMPORT_ENTITIES = ['release', 'releaseItem', 'rollout', 'document', 'participation', 'report'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export function emptyCounts(): ImportCounts {
  const zero = () => Object.fromEntries(IMPORT_ENTITIES.map((entity) => [entity, 0])) as Record<ImportEntity, number>;
  return { created: zero(), updated: zero(), unchanged: zero() };
}

/** The natural key of a release: stack, component, UMD major release and version. */
export function releaseKey(release: Pick<ImportRelease, 'stack' | 'component' | 'umdMajor' | 'version'>): string {
  return `${release.stack}/${release.component} ${release.umdMajor} ${release.version}`;
}
