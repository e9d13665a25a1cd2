import { describe, expect, it } from 'vitest';
import { groupMessages, type TimelineMessage } from './timeline-grouping';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, seconds));
const mail = (id: string, seconds: number): TimelineMessage => ({ id, at: at(seconds), messageKind: 'k', subject: id, recipients: ['a@b.c'], status: 'SENT' });
const step = (id: string, seconds: number) => ({ kind: 'event', id, at: at(seconds), messages: [] as TimelineMessage[] });

describe('groupMessages', () => {
  it('puts each mail under the step nearest in time, even when queued just before the audit row', () => {
    const steps = [step('assign', 0), step('invite', 30)];
    const grouped = groupMessages(steps, [mail('assigned', 0), mail('invitation-1', 29), mail('invitation-2', 31)]);
    expect(grouped.map((entry) => entry.id)).toEqual(['assign', 'invite']);
    expect(grouped.map((entry) => entry.messages.map((m) => m.id))).toEqual([['assigned'], ['invitation-1', 'invitation-2']]);
  });

  it('gathers mails no step explains into one entry per run, in time order', () => {
    const grouped = groupMessages([step('assign', 0)], [mail('reminder-1', 100), mail('reminder-2', 130), mail('late', 400)]);
    expect(grouped.map((entry) => [entry.kind, entry.messages.length])).toEqual([
      ['event', 0],
      ['messages', 2],
      ['messages', 1],
    ]);
  });
});
