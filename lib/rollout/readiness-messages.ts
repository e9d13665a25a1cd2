// The mails of the readiness rules (issue #14): a REJECT recommendation answered, a rollout stalled,
// and the auto-accept notice, its cancellation and its resolution. Plain text, one function each.
import { ticketTag } from '@/lib/notify/links';
import type { RolloutRef } from './messages';

const subject = (rollout: RolloutRef, text: string) => `${ticketTag(rollout.number)} ${text}`;

export function rejectAnsweredMessage(rollout: RolloutRef, team: string, by: string, answer: string) {
  return {
    subject: subject(rollout, `REJECT recommendation answered: ${rollout.title}`),
    text: [
      `${by} answered the REJECT recommendation of ${team} on "${rollout.title}":`,
      '',
      answer,
      '',
      'The report no longer holds the rollout; it is not counted as evidence for ACCEPT either.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function stalledMessage(rollout: RolloutRef, missing: string[]) {
  return {
    subject: subject(rollout, `STALLED: ${rollout.title}`),
    text: [
      `The staged rollout "${rollout.title}" is stalled: the reply window and the exposure have passed without enough evidence.`,
      '',
      ...missing.map((line) => `- ${line}`),
      '',
      'Your choices:',
      '- call for volunteers on the stack’s mailing list;',
      '- extend: invite more teams, or move an exposure end;',
      '- reject the rollout with a reason.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function autoAcceptNoticeMessage(rollout: RolloutRef, acceptAt: string) {
  return {
    subject: subject(rollout, `Will be accepted automatically on ${acceptAt}: ${rollout.title}`),
    text: [
      `Every readiness rule of "${rollout.title}" is met and its stack accepts ready rollouts automatically.`,
      `Unless something changes, it will be resolved ACCEPT on ${acceptAt}, with a summary generated from the reports.`,
      '',
      'Any new finding, a report recommending REJECT, a hold or a change of the readiness policy before then',
      'cancels the automatic acceptance. The manager may also resolve it by hand at any time.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function autoAcceptCancelledMessage(rollout: RolloutRef, why: string) {
  return {
    subject: subject(rollout, `Automatic acceptance cancelled: ${rollout.title}`),
    text: [`The automatic acceptance of "${rollout.title}" is cancelled: ${why}`, '', 'A new notice period starts when every rule holds again.', '', `Ticket: ${rollout.url}`].join('\n'),
  };
}
