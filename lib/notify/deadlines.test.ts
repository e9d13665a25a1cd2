// Reminder and escalation times of reply and report deadlines, and "exactly once" given the outbox keys.
import { describe, expect, it } from 'vitest';
import { dueActions, MAIL_HORIZON_MS, replyDeadline, replyReminderAt, reportDeadline, reportDueAt } from './deadlines';

const utc = { timeZone: 'UTC' };

describe('reply deadline', () => {
  it('reminds when 4 working hours remain', () => {
    // invited Monday 10:00, due Tuesday 10:00: 1 h on Tuesday + 3 h on Monday -> Monday 14:00
    expect(replyReminderAt(new Date('2026-11-23T10:00:00Z'), new Date('2026-11-24T10:00:00Z'), utc).toISOString()).toBe('2026-11-23T14:00:00.000Z');
  });

  it('reminds at half time when the window is shorter than 4 working hours', () => {
    expect(replyReminderAt(new Date('2026-11-23T10:00:00Z'), new Date('2026-11-23T12:00:00Z'), utc).toISOString()).toBe('2026-11-23T11:00:00.000Z');
  });

  it('reminds on Friday afternoon for a Monday-morning deadline, in the team time zone', () => {
    const lisbon = { timeZone: 'Europe/Lisbon', holidays: new Set<string>() };
    // due Monday 2026-11-30 10:00 Lisbon (UTC+0): 1 h Monday + 3 h Friday -> Friday 14:00
    expect(replyReminderAt(new Date('2026-11-27T10:00:00Z'), new Date('2026-11-30T10:00:00Z'), lisbon).toISOString()).toBe('2026-11-27T14:00:00.000Z');
  });

  it('keys reminder and escalation on the participation and the deadline', () => {
    const plan = replyDeadline({ id: 'p1', invitedAt: new Date('2026-11-23T10:00:00Z'), replyDueAt: new Date('2026-11-24T10:00:00Z') }, utc);
    expect(plan.reminderKey).toBe('reply.reminder:p1:2026-11-24T10:00:00.000Z');
    expect(plan.escalationKey).toBe('reply.escalation:p1:2026-11-24T10:00:00.000Z');
  });
});

describe('report deadline', () => {
  it('falls due one working day after the exposure end, skipping the weekend and holidays', () => {
    expect(reportDueAt(new Date('2026-11-27T16:00:00Z'), utc).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(reportDueAt(new Date('2026-11-27T16:00:00Z'), { timeZone: 'UTC', holidays: new Set(['2026-11-30']) }).toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });

  it('reminds at the end of exposure', () => {
    const plan = reportDeadline({ id: 'p2', exposureEnd: new Date('2026-11-25T12:00:00Z') }, utc);
    expect(plan.reminderAt.toISOString()).toBe('2026-11-25T12:00:00.000Z');
    expect(plan.dueAt.toISOString()).toBe('2026-11-26T12:00:00.000Z');
  });
});

describe('dueActions', () => {
  const plan = replyDeadline({ id: 'p3', invitedAt: new Date('2026-11-23T10:00:00Z'), replyDueAt: new Date('2026-11-24T10:00:00Z') }, utc);

  it('does nothing before the reminder time', () => {
    expect(dueActions(plan, new Date('2026-11-23T13:59:00Z'), new Set())).toEqual({ remind: false, escalate: false });
  });

  it('reminds between reminder time and deadline, escalates after it', () => {
    expect(dueActions(plan, new Date('2026-11-23T15:00:00Z'), new Set())).toEqual({ remind: true, escalate: false });
    expect(dueActions(plan, new Date('2026-11-24T10:00:00Z'), new Set([plan.reminderKey]))).toEqual({ remind: false, escalate: true });
  });

  it('never repeats what is already queued', () => {
    expect(dueActions(plan, new Date('2026-11-25T10:00:00Z'), new Set([plan.reminderKey, plan.escalationKey]))).toEqual({ remind: false, escalate: false });
  });

  it('sends both when first seen after the deadline, but nothing for an ancient one', () => {
    expect(dueActions(plan, new Date('2026-11-24T12:00:00Z'), new Set())).toEqual({ remind: true, escalate: true });
    expect(dueActions(plan, new Date(plan.dueAt.getTime() + MAIL_HORIZON_MS + 1), new Set())).toEqual({ remind: false, escalate: false });
  });
});
