// The texts of the messages the rollout transitions queue (pure). The outbox worker adds the
// [staged-rollout #N] tag, the thread headers and the ticket link (lib/notify/compose-mail.ts); the
// subjects carry the tag too, so a reply keyed on the subject works however the mail was sent.
import { ticketTag } from '@/lib/notify/links';

export interface RolloutRef {
  number: number;
  title: string;
  url: string;
}

const subject = (rollout: RolloutRef, text: string) => `${ticketTag(rollout.number)} ${text}`;

export function assignedMessage(rollout: RolloutRef, manager: { name: string }, by: string, stackName: string) {
  return {
    subject: subject(rollout, `Assigned to you: ${rollout.title}`),
    text: [
      `Dear ${manager.name},`,
      '',
      `${by} assigned the staged rollout "${rollout.title}" to you as Staged Rollout Manager of ${stackName}. Its status is now Open.`,
      '',
      'Next step: select the Early Adopter teams and send them the notification (the app proposes the teams',
      'committed to this component and platform, with their current load).',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function invitationSubject(rollout: RolloutRef): string {
  return subject(rollout, `Invitation: ${rollout.title}`);
}

export function volunteersMessage(rollout: RolloutRef, facts: { stackName: string; component: string; version: string; platform: string; repoUrl: string }, manager: string, note: string) {
  return {
    subject: subject(rollout, `Volunteers wanted: ${rollout.title}`),
    text: [
      `Dear Early Adopters of ${facts.stackName},`,
      '',
      `no invited team could take the staged rollout of ${facts.component} ${facts.version} on ${facts.platform}.`,
      'Is there a team that can install it, expose it to production for 5 to 7 days and report back?',
      ...(note ? ['', note] : []),
      '',
      `Staged-rollout repository: ${facts.repoUrl || '(see the ticket)'}`,
      `To volunteer, open the ticket and press "Volunteer" for your team: ${rollout.url}`,
      '',
      manager,
    ].join('\n'),
  };
}

export function teamRepliedMessage(rollout: RolloutRef, teamName: string, answer: 'accept' | 'decline' | 'volunteer', channel: string) {
  const verb = answer === 'accept' ? 'accepted' : answer === 'decline' ? 'declined' : 'volunteered for';
  return {
    subject: subject(rollout, `${teamName} ${verb} the staged rollout`),
    text: `${teamName} ${verb} "${rollout.title}" (${channel}).\n\nTicket: ${rollout.url}`,
  };
}

export function teamWithdrewMessage(rollout: RolloutRef, teamName: string, by: string, reason: string) {
  return {
    subject: subject(rollout, `${teamName} withdrew from the staged rollout`),
    text: [
      `${by} withdrew ${teamName} from "${rollout.title}".`,
      '',
      `Reason: ${reason}`,
      '',
      'If the rollout now lacks a team, invite another one or call for volunteers from the ticket.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function reportReceivedMessage(rollout: RolloutRef, teamName: string, fileName: string, recommendation: 'ACCEPT' | 'REJECT') {
  return {
    subject: subject(rollout, `Report from ${teamName}: ${recommendation}`),
    text: `${teamName} uploaded its staged-rollout report ${fileName}, recommending ${recommendation}.\n\nTicket: ${rollout.url}`,
  };
}

export function betaReminderMessage(rollout: RolloutRef, teamName: string, outcome: 'ACCEPT' | 'REJECT') {
  return {
    subject: subject(rollout, `Remove the beta flag: ${rollout.title}`),
    text: [
      `Dear ${teamName},`,
      '',
      `the staged rollout "${rollout.title}" is resolved (outcome ${outcome}). Your service still carries the "beta"`,
      'flag set for this rollout. Please remove it from the service in GOCDB now, and record that in the ticket',
      '(uncheck "beta flag set" on your row), so that your site’s availability and reliability are counted normally again.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function invitationClosedMessage(rollout: RolloutRef, teamName: string, outcome: 'ACCEPT' | 'REJECT') {
  return {
    subject: subject(rollout, `Invitation closed: ${rollout.title}`),
    text: [
      `Dear ${teamName},`,
      '',
      `the staged rollout "${rollout.title}" was resolved (outcome ${outcome}) before your team answered its invitation.`,
      'The invitation is closed: nothing more is expected from your team for this rollout, and it leaves your calendar feed.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}

export function heldMessage(rollout: RolloutRef, cause: string) {
  return {
    subject: subject(rollout, `HELD: ${rollout.title}`),
    text: [
      `The staged rollout "${rollout.title}" is on hold: ${cause}`,
      '',
      'While it is held nothing can accept it or move its release to production. It leaves the hold when the',
      'finding is closed or downgraded with a reason, or when the manager answers the REJECT recommendation.',
      'REJECT remains possible at any time.',
      '',
      `Ticket: ${rollout.url}`,
    ].join('\n'),
  };
}
