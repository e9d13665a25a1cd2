import { describe, expect, it } from 'vitest';
import { describeEvent } from './timeline-text';

describe('describeEvent', () => {
  it('says who replied, how, and whether late', () => {
    expect(describeEvent('rollout.accept', { team: 'ea-PT-LIP-Lisbon', channel: 'email', late: true, line: 'accept PT-LIP-Lisbon' })).toEqual({
      title: 'ea-PT-LIP-Lisbon accepted by e-mail (late)',
      body: 'accept PT-LIP-Lisbon',
      tone: 'success',
    });
    expect(describeEvent('rollout.decline', { team: 'ea-IT-INFN-T1', channel: 'app' })?.title).toBe('ea-IT-INFN-T1 declined');
  });

  it('describes the resolution with the override reason and known issues', () => {
    const text = describeEvent('rollout.resolve', { outcome: 'ACCEPT', document: 12, outcomeReason: 'fixed', overriddenFindings: ['x recommends REJECT'], knownIssues: 'restart' });
    expect(text?.title).toBe('Resolved: outcome ACCEPT, document #12');
    expect(text?.body).toBe('Accepted despite: x recommends REJECT. Reason: fixed\nKnown issues: restart');
    const override = describeEvent('rollout.resolve', { outcome: 'ACCEPT', document: 13, outcomeReason: 'urgent fix', overriddenRules: ['Exposure not completed: ea-A (running).'] });
    expect(override?.body).toBe('Accepted with override of: Exposure not completed: ea-A (running).. Reason: urgent fix');
  });

  it('shows the reason of an exposure changed outside the policy', () => {
    expect(describeEvent('rollout.exposureEnd', { team: 'ea-A', exposureEnd: '2026-12-08T09:00:00.000Z', outsidePolicy: 'shorter than 5 days', exposureReason: 'Provider asked.' })?.body).toBe(
      'Outside the policy (shorter than 5 days). Reason: Provider asked.',
    );
    expect(describeEvent('rollout.exposureEnd', { team: 'ea-A', exposureEnd: '2026-12-08T09:00:00.000Z', outsidePolicy: null, exposureReason: null })?.body).toBeUndefined();
  });

  it('tells the auto-accept steps and a test-clock round in words', () => {
    expect(describeEvent('rollout.autoAcceptNotice', { acceptAt: '2026-12-08T09:00:00.000Z' })?.title).toBe(
      'Auto-accept notice: every readiness rule holds; accepted automatically at 08 Dec 2026, 09:00 UTC unless something changes',
    );
    expect(describeEvent('rollout.autoAcceptCancel', { why: 'a finding was logged during the notice period.' })).toEqual({
      title: 'Auto-accept notice cancelled',
      body: 'Why: a finding was logged during the notice period.',
      tone: 'warning',
    });
    expect(describeEvent('rollout.stalled', { missing: ['0 of 1 reports.'] })?.body).toBe('0 of 1 reports.');
    expect(describeEvent('readiness.testClockRound', { at: '2026-12-10T09:00:00.000Z' })?.title).toContain('(test clock)');
  });

  it('links a helpdesk finding, hides events shown elsewhere, and never hides an unknown action', () => {
    expect(describeEvent('rollout.finding', { team: 'ea-A-B', title: 'Leak', url: 'https://ggus.eu/?mode=ticket_info&ticket_id=1' })?.href).toBe('https://ggus.eu/?mode=ticket_info&ticket_id=1');
    expect(describeEvent('rollout.comment', {})).toBeNull();
    expect(describeEvent('rollout.invite', {})).toBeNull();
    expect(describeEvent('something.new', null)).toEqual({ title: 'something: new', tone: 'neutral' });
  });

  it('tells the seeded history’s steps in words, never by their codes', () => {
    expect(describeEvent('participation.invite', { team: 'ea-PT-LIP-Lisbon' })?.title).toBe('Invited ea-PT-LIP-Lisbon');
    expect(describeEvent('participation.reply', { team: 'ea-PT-LIP-Lisbon', status: 'ACCEPTED' })?.title).toBe('ea-PT-LIP-Lisbon accepted');
    expect(describeEvent('participation.reply', { team: 'ea-IT-INFN-T1', status: 'DECLINED' })).toMatchObject({ title: 'ea-IT-INFN-T1 declined', tone: 'warning' });
    expect(describeEvent('report.upload', { team: 'ea-A-B', fileName: 'r.txt', recommendation: 'REJECT' })).toMatchObject({ title: 'ea-A-B uploaded its report r.txt: recommends REJECT', tone: 'danger' });
    expect(describeEvent('rollout.betaRemoved', { team: 'ea-A-B' })?.title).toBe('ea-A-B removed the beta flag');
  });
});

describe('describeEvent dates', () => {
  it('shows dates in the reader’s time zone', () => {
    expect(describeEvent('rollout.exposureEnd', { team: 'ea-A-B', exposureEnd: '2011-05-09T09:00:00.000Z' }, 'Europe/Lisbon')?.title).toBe(
      'Exposure of ea-A-B now ends 09 May 2011, 10:00 Europe/Lisbon',
    );
  });
});
