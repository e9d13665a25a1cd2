// The summary a rollout's evidence suggests (issue #14): one paragraph per team report (recommendation,
// version installed and where, load, VOs, the tests they described), the test-plan coverage and the
// findings. It pre-fills the manager's summary form and is the summary of an automatic ACCEPT. Pure.
export interface EvidenceReport {
  teamName: string;
  recommendation: string;
  installedVersion: string;
  ranOnOs: string;
  ranOnArch: string;
  releaseNotesCorrect: boolean;
  jobsPerDay: number | null;
  transfersPerDay: number | null;
  vos: string;
  testsPerformed: string;
  rejectAnswer: string | null;
  testedItemIds: string[];
}

export interface EvidenceInput {
  title: string;
  reports: EvidenceReport[];
  testPlan: { id: string; title: string; mandatory: boolean }[];
  findings: { title: string; severity: string; open: boolean }[];
}

function reportLine(report: EvidenceReport): string {
  const where = [report.ranOnOs, report.ranOnArch].filter(Boolean).join(' ');
  const facts = [
    report.installedVersion ? `installed ${report.installedVersion}` : null,
    where ? `on ${where}` : null,
    report.jobsPerDay !== null ? `${report.jobsPerDay} jobs/day` : null,
    report.transfersPerDay !== null ? `${report.transfersPerDay} transfers/day` : null,
    report.vos ? `VOs ${report.vos}` : null,
    `release notes ${report.releaseNotesCorrect ? 'correct' : 'NOT correct'}`,
  ].filter(Boolean);
  const answer = report.rejectAnswer ? ` Manager's answer to the REJECT: ${report.rejectAnswer}` : '';
  return `- ${report.teamName}: recommends ${report.recommendation} (${facts.join(', ')}). Tests: ${report.testsPerformed.replace(/\s+/g, ' ').trim()}${answer}`;
}

export function evidenceSummary(input: EvidenceInput): string {
  const lines = [`Staged rollout of ${input.title}.`, ''];
  if (input.reports.length === 0) lines.push('No team report was received.');
  else lines.push(`Reports (${input.reports.length}):`, ...input.reports.map(reportLine));
  if (input.testPlan.length > 0) {
    lines.push('', 'Test plan coverage:');
    for (const item of input.testPlan) {
      const ran = input.reports.filter((report) => report.testedItemIds.includes(item.id)).map((report) => report.teamName);
      lines.push(`- ${item.title}${item.mandatory ? ' (mandatory)' : ''}: ${ran.length ? ran.join(', ') : 'not run'}`);
    }
  }
  const open = input.findings.filter((finding) => finding.open);
  lines.push('', input.findings.length === 0 ? 'No finding was logged.' : `Findings: ${input.findings.length} logged, ${open.length} open${open.length ? ` (${open.map((f) => `${f.title} [${f.severity.toLowerCase()}]`).join('; ')})` : ''}.`);
  return lines.join('\n');
}

/** The rows a rollout loads (page detail, or the auto-accept's own query) as the summary's input. */
export interface EvidenceRows {
  title: string;
  participations: { team: { name: string }; report: (Omit<EvidenceReport, 'teamName' | 'testedItemIds'> & { testedItems: { testPlanItemId: string }[] }) | null }[];
  findings: { title: string; severity: string; open: boolean }[];
  releaseItem: { release: { component: { testPlan: EvidenceInput['testPlan'] } } };
}

export function evidenceOf(rows: EvidenceRows): EvidenceInput {
  return {
    title: rows.title,
    reports: rows.participations.flatMap(({ team, report }) =>
      report ? [{ ...report, teamName: team.name, testedItemIds: report.testedItems.map((item) => item.testPlanItemId) }] : [],
    ),
    testPlan: rows.releaseItem.release.component.testPlan,
    findings: rows.findings,
  };
}

/** What a rollout must load for evidenceOf (besides its title and findings). */
export const EVIDENCE_REPORT_SELECT = {
  recommendation: true,
  installedVersion: true,
  ranOnOs: true,
  ranOnArch: true,
  releaseNotesCorrect: true,
  jobsPerDay: true,
  transfersPerDay: true,
  vos: true,
  testsPerformed: true,
  rejectAnswer: true,
  testedItems: { select: { testPlanItemId: true } },
} as const;
