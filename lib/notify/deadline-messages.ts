// The texts of reminders and escalations (pure). Replies keep working by mail: the team answers
// "accept <NGI>-<Site>" or "reject <NGI>-<Site>" to the tagged message, or in the app.
import { appUrl } from './enqueue-message';
import { type DeadlinePlan, formatLocal } from './deadlines';
import { rolloutPath } from './links';

export interface DeadlineMessageInput {
  step: 'reminder' | 'escalation';
  plan: DeadlinePlan;
  participation: { team: { name: string }; rollout: { number: number; title: string } };
  timeZone: string;
  now: Date;
}

export function deadlineMessage(input: DeadlineMessageInput): { kind: string; subject: string; text: string } {
  const { plan, participation, timeZone, step } = input;
  const team = participation.team.name;
  const siteId = team.replace(/^ea-/, '');
  const due = formatLocal(plan.dueAt, timeZone);
  const late = input.now >= plan.dueAt;
  const link = appUrl(rolloutPath(participation.rollout));
  const title = participation.rollout.title;
  if (plan.kind === 'reply' && step === 'reminder') {
    return {
      kind: 'reply.reminder',
      subject: `${late ? 'Overdue' : 'Reminder'}: ${team}, please reply to the invitation for ${title}`,
      text: [
        `Dear ${team} contacts,`,
        '',
        `your team was invited to take part in the staged rollout "${title}".`,
        late ? `The reply was due by ${due} and has not arrived yet.` : `Please reply by ${due}.`,
        '',
        `Reply to this message with one line: "accept ${siteId}" or "reject ${siteId}",`,
        `or answer in the app: ${link}`,
      ].join('\n'),
    };
  }
  if (plan.kind === 'reply') {
    return {
      kind: 'reply.escalation',
      subject: `No reply from ${team} for ${title}`,
      text: [
        `${team} has not replied to the invitation for "${title}".`,
        `The reply was due by ${due}; the team was reminded.`,
        '',
        `Consider inviting another team or calling for volunteers: ${link}`,
      ].join('\n'),
    };
  }
  if (step === 'reminder') {
    return {
      kind: 'report.reminder',
      subject: `Report due: ${team} for ${title}`,
      text: [
        `Dear ${team} contacts,`,
        '',
        `the exposure period of "${title}" at your site has ended.`,
        `Please upload your staged-rollout report by ${due}: ${link}`,
      ].join('\n'),
    };
  }
  return {
    kind: 'report.escalation',
    subject: `Report late: ${team} for ${title}`,
    text: [`${team} has not sent its report for "${title}".`, `It was due by ${due}; the team was reminded.`, '', `Ticket: ${link}`].join('\n'),
  };
}
