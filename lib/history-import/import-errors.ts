// The one error of a history import that cannot proceed: every problem found, each naming its record.
import { ValidationError } from '@/lib/errors';

export class ImportError extends ValidationError {
  constructor(readonly problems: string[]) {
    super(`The import file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported.\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
}

/** zod issues as "<origin>: <path>: <message>" lines. */
export function issueLines(origin: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
    return `${origin}: ${path ? `${path}: ` : ''}${issue.message}`;
  });
}
