// Puts each mail of a rollout under the step that caused it (pure), so the timeline reads as a list of
// steps rather than one line per mail. A step and its mails are written in one transaction, a few
// milliseconds apart, and the outbox row has no link to its audit row: a mail belongs to the step
// nearest in time within CAUSE_WINDOW_MS (either side: some steps queue the mail before the audit row).
// Mails no step explains (reminders, the deadline scanner, imported history) are gathered into one
// entry per run of mails that follow each other within BATCH_WINDOW_MS.

export const CAUSE_WINDOW_MS = 5_000;
export const BATCH_WINDOW_MS = 60_000;

export interface TimelineMessage {
  id: string;
  at: Date;
  messageKind: string;
  subject: string;
  recipients: string[];
  status: string;
}

interface Step {
  kind: string;
  at: Date;
  messages: TimelineMessage[];
}

export interface MessageBatch {
  kind: 'messages';
  id: string;
  at: Date;
  messages: TimelineMessage[];
}

/** The steps, each with its mails, and the batches of mails no step explains; oldest first. */
export function groupMessages<S extends Step>(steps: S[], messages: TimelineMessage[]): (S | MessageBatch)[] {
  const sortedSteps = [...steps].sort((a, b) => a.at.getTime() - b.at.getTime());
  const batches: MessageBatch[] = [];
  for (const message of [...messages].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const cause = nearestStep(sortedSteps, message.at.getTime());
    if (cause) {
      cause.messages.push(message);
      continue;
    }
    const last = batches.at(-1);
    const lastAt = last?.messages.at(-1)?.at.getTime();
    if (last && lastAt !== undefined && message.at.getTime() - lastAt <= BATCH_WINDOW_MS) last.messages.push(message);
    else batches.push({ kind: 'messages', id: `messages-${message.id}`, at: message.at, messages: [message] });
  }
  return [...sortedSteps, ...batches].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === 'messages' ? 1 : 0) - (b.kind === 'messages' ? 1 : 0));
}

function nearestStep<S extends Step>(steps: S[], at: number): S | undefined {
  let best: S | undefined;
  let bestDistance = CAUSE_WINDOW_MS + 1;
  for (const step of steps) {
    const distance = Math.abs(step.at.getTime() - at);
    // Ties go to the later step: a step's own mails follow it.
    if (distance <= bestDistance) {
      best = step;
      bestDistance = distance;
    }
  }
  return bestDistance <= CAUSE_WINDOW_MS ? best : undefined;
}
