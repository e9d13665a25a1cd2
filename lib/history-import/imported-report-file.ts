// The stored file of a report brought in by the history import: the original document is not part of
// the import, so a short text file says what is known and where the record came from.
import { createHash } from 'node:crypto';

export function importedReportFile(input: { team: string; title: string; recommendation: string; submittedAt: Date }) {
  const text = [
    'STAGED ROLLOUT REPORT (imported from history)',
    '',
    `Rollout: ${input.title}`,
    `EA team: ${input.team}`,
    `Submitted: ${input.submittedAt.toISOString()}`,
    `Recommendation: ${input.recommendation}`,
    '',
    'The original report file was not part of the import.',
    '',
  ].join('\n');
  const content = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
  return { contentType: 'text/plain; charset=utf-8', size: content.byteLength, content, sha256: createHash('sha256').update(content).digest('hex') };
}
