// The texts of the messages a release item's end sends: to the release's submitter (the parent
// ticket's requester: the Technology Provider) on a staged-rollout outcome or a rejection in
// verification and, on acceptance, the production announcement. Pure.
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
  /** The manager's summary of the staged rollout (the document's summary): the provider's "why" of a REJECT. */
  summary?: string;
  /** Set when a coordinator accepted a rollout that was not ready (readiness override). */
  overrideReason?: string | null;
  /** Set when an emergency release skipped staged rollout. */
  skipJustification?: string;
}

/** The document lives on its ticket's page ("Reports and document"): the line links there. */
function documentLine(context: OutcomeContext): string {
  if (context.documentNumber === null) return 'Staged rollout document: none recorded';
  const link = context.rolloutNumber !== null ? `: ${appUrl(`/rollouts/${context.rolloutNumber}#reports-title`)}` : '';
  return `Staged rollout document: #${context.documentNumber} (summary and Early Adopter reports)${link}`;
}

function summaryBlock(context: OutcomeContext): string[] {
  const summary = context.summary?.trim();
  return summary ? ['', 'Summary of the staged rollout (why this outcome):', summary] : [];
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
    ...(context.outcome === 'REJECT' ? summaryBlock(context) : []),
    '',
    knownIssuesBlock(context),
  ];
  return { subject: `[${releaseRef(context.releaseNumber)}] ${what}: staged rollout ${context.outcome}`, text: lines.join('\n') };
}

/** To the provider when verification (SA2) rejects one platform of the release: the reason and the report. */
export function verificationRejectedMessage(
  context: Pick<OutcomeContext, 'releaseNumber' | 'umdMajor' | 'stack' | 'component' | 'version' | 'os' | 'arch'>,
  reason: string,
  reportUrl: string | null,
): { subject: string; text: string } {
  const what = ppaLabel(context);
  const lines = [
    `${what} was rejected in verification; it will not enter staged rollout.`,
    '',
    'Reason:',
    reason,
    '',
    `Verification report: ${reportUrl ?? 'none given'}`,
    `Release ticket ${releaseRef(context.releaseNumber)}: ${appUrl(releasePath(context.releaseNumber))}`,
    '',
    'Submit a corrected release when it is ready.',
  ];
  return { subject: `[${releaseRef(context.releaseNumber)}] ${what}: rejected in verification`, text: lines.join('\n') };
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
