import { describe, expect, it } from 'vitest';
import { type EvidenceReport, evidenceSummary } from './evidence-summary';

const report = (teamName: string, extra: Partial<EvidenceReport> = {}): EvidenceReport => ({
  teamName,
  recommendation: 'ACCEPT',
  installedVersion: '1.8.0-1',
  ranOnOs: 'SL5',
  ranOnArch: 'x86_64',
  releaseNotesCorrect: true,
  jobsPerDay: 1200,
  transfersPerDay: null,
  vos: 'atlas',
  testsPerformed: 'Submitted\n500 jobs.',
  rejectAnswer: null,
  testedItemIds: [],
  ...extra,
});

describe('evidenceSummary', () => {
  it('puts every report, the test-plan coverage and the findings into the summary', () => {
    const text = evidenceSummary({
      title: 'gLite CREAM 1.8.0-1 SL5 x86_64',
      reports: [report('ea-A', { testedItemIds: ['submit'] }), report('ea-B', { recommendation: 'REJECT', releaseNotesCorrect: false, rejectAnswer: 'Fixed in the packaging.' })],
      testPlan: [
        { id: 'submit', title: 'Submit a job through the CE', mandatory: true },
        { id: 'list', title: 'List a directory via SRM', mandatory: false },
      ],
      findings: [{ title: 'Log rotation', severity: 'MINOR', open: true }, { title: 'Typo', severity: 'INFO', open: false }],
    });
    expect(text).toContain('Reports (2):');
    expect(text).toContain('- ea-A: recommends ACCEPT (installed 1.8.0-1, on SL5 x86_64, 1200 jobs/day, VOs atlas, release notes correct). Tests: Submitted 500 jobs.');
    expect(text).toContain('release notes NOT correct');
    expect(text).toContain("Manager's answer to the REJECT: Fixed in the packaging.");
    expect(text).toContain('- Submit a job through the CE (mandatory): ea-A');
    expect(text).toContain('- List a directory via SRM: not run');
    expect(text).toContain('Findings: 2 logged, 1 open (Log rotation [minor]).');
  });

  it('says when there is nothing', () => {
    const text = evidenceSummary({ title: 'x', reports: [], testPlan: [], findings: [] });
    expect(text).toContain('No team report was received.');
    expect(text).toContain('No finding was logged.');
    expect(text).not.toContain('Test plan');
  });
});
