// The Document (DocDB record) of a rollout resolved SUPERSEDED (pure; used by the supersession and the demo
// seed): every resolved rollout has one. It gives no verdict: it says which version replaced this one and
// where the testing goes on, and lists the reports received, which stay as evidence for the new rollout.
import { documentDescription, summaryFileName } from '@/lib/rollout/naming';

export interface SupersededFacts {
  releaseItem: { platform: { os: string; arch: string }; release: { productVersion: string; stack: { name: string }; component: { name: string } } };
  participations: { team: { name: string }; report: { fileName: string; recommendation: string } | null }[];
  findings: unknown[];
}

/** The superseded rollout's Document: no verdict, the reports it had received, and where the testing went on. */
export function supersededDocument(older: SupersededFacts, nextNumber: number, newVersion: string) {
  const { platform, release } = older.releaseItem;
  const names = { stack: release.stack.name, component: release.component.name, version: release.productVersion, os: platform.os, arch: platform.arch };
  const description = documentDescription(names);
  const reports = older.participations.filter((p) => p.report).map((p) => `- ${p.team.name}: ${p.report!.fileName}, recommends ${p.report!.recommendation}`);
  const summary = [
    description,
    '',
    `Outcome: SUPERSEDED. Version ${newVersion} replaced ${release.productVersion} before an outcome was set; staged rollout goes on in rollout #${nextNumber}.`,
    '',
    reports.length ? `Reports received on ${release.productVersion} (evidence for rollout #${nextNumber}):` : `No report was received on ${release.productVersion}.`,
    ...reports,
    '',
    `Open findings carried over to rollout #${nextNumber}: ${older.findings.length}.`,
  ].join('\n');
  return { description, summaryFileName: summaryFileName({ ...names, ext: 'txt' }), summary };
}
