// The texts of the two messages a staged-rollout outcome sends: to the release's submitter (the
// parent ticket's requester) and, on acceptance, the production announcement. Pure.
import { appUrl } from '@/lib/notify/enqueue-message';
import { releasePath, releaseRef, ppaLabel } from './release-format';

export interface OutcomeContext {
  releaseNumber: number;
  umdMajor: string;
  stack: string;
  component: string;
  version: string;
  os: string;
  arch: string;
  outcome: 'ACCEPT' | 'REJECT';
  documentNumber: number | null;
  rolloutNumber: number | null;
  knownIssues: string;
  /** Set when a coordinator accepted a rollout that was not ready (readiness override). */
  overrideReason?: string | null;
  /** Set when an emergency release skipped staged rollout. */
  skipJustification?: string;
}

function documentLine(context: OutcomeContext): string {
  return context.documentNumber !== null
    ? `Staged rollout document: #${context.documentNumber} (summary and Early Adopter reports)`
    : 'Staged rollout document: none recorded';
}

function knownIssuesBlock(context: OutcomeContext): string {
  const issues = context.knownIssues.trim();
  return `Known issues and workarounds:\n${issues || 'none reported'}`;
}

export function outcomeMessage(context: OutcomeContext): { subject: string; text: string } {
  const what = ppaLabel(context);
  const verdict = context.outcome === 'ACCEPT' ? 'accepted for production' : 'rejected';
  const lines = [
    `The staged rollout of ${what} is finished: outcome ${context.outcome} (${verdict}).`,
    ...(context.overrideReason ? [`Accepted with override: the coordinator accepted it before every readiness rule was met. Reason: ${context.overrideReason}`] : []),
    '',
    documentLine(context),
    ...(context.rolloutNumber !== null ? [`Staged-rollout ticket: ${appUrl(`/rollouts/${context.rolloutNumber}`)}`] : []),
    `Release ticket ${releaseRef(context.releaseNumber)}: ${appUrl(releasePath(context.releaseNumber))}`,
    '',
    knownIssuesBlock(context),
  ];
  return { subject: `[${releaseRef(context.releaseNumber)}] ${what}: staged rollout ${context.outcome}`, text: lines.join('\n') };
}

export function productionMessage(context: OutcomeContext): { subject: string; text: string } {
  const platform = `${context.os} ${context.arch}`;
  const what = `${context.stack} ${context.component} ${context.version} for ${platform} (${context.umdMajor})`;
  const lines = [
    ...(context.skipJustification
      ? [`${what} is an emergency release, released to the production infrastructure WITHOUT staged rollout.`, `Justification: ${context.skipJustification}`]
      : [`${what} has passed staged rollout`, 'and is released to the production infrastructure.']),
    '',
    `Release notes: ${appUrl(releasePath(context.releaseNumber))}`,
    ...(context.skipJustification ? [] : [documentLine(context)]),
    '',
    knownIssuesBlock(context),
    '',
    'Problems found in production: please open a GGUS ticket (routed to DMSU).',
  ];
  return { subject: `[UMD ${context.umdMajor}] ${context.component} ${context.version} ${platform} released to production`, text: lines.join('\n') };
}
