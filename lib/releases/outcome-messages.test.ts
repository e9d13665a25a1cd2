import { describe, expect, it } from 'vitest';
import { appUrl } from '@/lib/notify/enqueue-message';
import { outcomeMessage, productionMessage, verificationRejectedMessage } from './outcome-messages';

const context = {
  releaseNumber: 12,
  umdMajor: 'UMD-1',
  stack: 'gLite',
  component: 'CREAM',
  version: '1.17.0-1',
  os: 'sl6',
  arch: 'x86_64',
  documentNumber: 75,
  rolloutNumber: 81,
  knownIssues: '',
};

describe('outcome messages', () => {
  it('tells the provider why a staged rollout rejected the release, from the summary', () => {
    const text = outcomeMessage({ ...context, outcome: 'REJECT', summary: 'Jobs stay in REALLY-RUNNING after a restart.' }).text;
    expect(text).toContain('outcome REJECT');
    expect(text).toContain('Summary of the staged rollout (why this outcome):\nJobs stay in REALLY-RUNNING after a restart.');
  });

  it('links the staged rollout document wherever it is cited', () => {
    const link = appUrl('/rollouts/81#reports-title');
    expect(productionMessage({ ...context, outcome: 'ACCEPT' }).text).toContain(`Staged rollout document: #75 (summary and Early Adopter reports): ${link}`);
    expect(outcomeMessage({ ...context, outcome: 'ACCEPT' }).text).toContain(link);
  });

  it('gives the reason and the report of a rejection in verification', () => {
    const message = verificationRejectedMessage(context, 'No man pages.', 'https://docs.example.org/v/1');
    expect(message.subject).toMatch(/\] UMD-1 CREAM 1\.17\.0-1 sl6 x86_64: rejected in verification$/);
    expect(message.text).toContain('Reason:\nNo man pages.');
    expect(message.text).toContain('Verification report: https://docs.example.org/v/1');
    expect(verificationRejectedMessage(context, 'No man pages.', null).text).toContain('Verification report: none given');
  });
});
