// The in-memory plan of the demo data: plain values keyed by natural keys (team names, e-mails,
// component names, platform "OS ARCH"), turned into rows by write-reference.ts and write-releases.ts.
import type {
  FindingKind,
  FindingSeverity,
  Outcome,
  ParticipationStatus,
  ReleaseItemState,
  ReleaseType,
  RolloutStatus,
} from '@/lib/generated/prisma/enums';
import type { ComponentSeed, PlatformKey } from './data/components';

export interface PersonPlan {
  email: string;
  name: string;
  timeZone: string;
  createdAt: Date;
}

export interface TeamPlan {
  name: string; // ea-<NGI>-<Site>
  ngiCode: string;
  ngiName: string;
  siteName: string;
  institute: string;
  timeZone: string;
  createdAt: Date;
  description: string;
  /** member@<team>.demo.local, always first. */
  members: PersonPlan[];
  contacts: { email: string; name: string }[];
}

export interface CommitmentPlan {
  team: string;
  stack: string;
  component: string;
  platform: PlatformKey;
  createdAt: Date;
}

export interface World {
  teams: TeamPlan[];
  teamsByName: Map<string, TeamPlan>;
  components: ComponentSeed[];
  commitments: CommitmentPlan[];
  /** `${stack}/${component}` -> team names committed to it. */
  committedTeams: Map<string, Set<string>>;
}

export interface ReportPlan {
  fileName: string;
  text: string;
  releaseNotesCorrect: boolean;
  testsPerformed: string;
  jobsPerDay: number | null;
  transfersPerDay: number | null;
  vos: string;
  recommendation: Outcome;
  submittedBy: string; // e-mail
  submittedAt: Date;
}

export interface ParticipationPlan {
  team: string;
  status: ParticipationStatus;
  invitedAt: Date;
  replyDueAt: Date | null;
  repliedAt: Date | null;
  replyChannel: string | null;
  beta: boolean;
  betaSetAt: Date | null;
  betaRemovedAt: Date | null;
  installNotes: string;
  exposureStart: Date | null;
  exposureEnd: Date | null;
  report?: ReportPlan;
}

export interface FindingPlan {
  team: string | null;
  author: string | null; // e-mail
  kind: FindingKind;
  /** BLOCKER holds the rollout (lib/readiness); MAJOR when not given, as in the database. */
  severity?: FindingSeverity;
  title: string;
  body: string;
  externalId: string | null;
  url: string | null;
  open: boolean;
  createdAt: Date;
  closedAt: Date | null;
}

export interface CommentPlan {
  author: string | null; // e-mail
  body: string;
  createdAt: Date;
}

export interface DocumentPlan {
  description: string;
  summaryFileName: string;
  summary: string;
  createdAt: Date;
}

export interface RolloutPlan {
  title: string;
  status: RolloutStatus;
  owner: string | null; // e-mail
  outcome: Outcome | null;
  outcomeReason: string | null;
  knownIssues: string;
  notificationTemplate: string;
  volunteersCalledAt: Date | null;
  createdAt: Date;
  assignedAt: Date | null;
  resolvedAt: Date | null;
  participations: ParticipationPlan[];
  findings: FindingPlan[];
  comments: CommentPlan[];
  document?: DocumentPlan;
}

export interface ReleaseItemPlan {
  platform: PlatformKey;
  packages: string;
  state: ReleaseItemState;
  verificationReportUrl: string;
  verificationNote: string;
  stateChangedAt: Date;
  rollout?: RolloutPlan;
}

export interface ReleasePlan {
  stack: string; // slug
  component: string;
  umdMajor: string;
  productVersion: string;
  type: ReleaseType;
  security: boolean;
  releaseNotes: string;
  documentationUrl: string;
  installNotes: string;
  skipJustification: string | null;
  submittedBy: string | null; // e-mail
  submittedAt: Date;
  productionAt: Date | null;
  items: ReleaseItemPlan[];
  /** Write audit events for this release's story (present-day demo data only). */
  audit?: boolean;
}
