// The JSON form of the import file: { "releases": [ { ...release, "platforms": [...], "rollouts": [
// { ...rollout, "participations": [ {...} ] } ] } ] }. Records are named "release #n (key)".
import { safeParseUntrusted } from '@/lib/validation/safe-parse';
import { ImportError, issueLines } from './import-errors';
import { jsonFile, jsonRelease } from './schemas';
import { type ImportRelease, releaseKey } from './types';

export function parseJsonRecords(text: string): ImportRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError([`file: not valid JSON (${(error as Error).message}).`]);
  }
  const file = safeParseUntrusted(jsonFile, data);
  if (!file.success) throw new ImportError(issueLines('file', file.error.issues));

  const problems: string[] = [];
  const releases: ImportRelease[] = [];
  file.data.releases.forEach((raw, index) => {
    const parsed = safeParseUntrusted(jsonRelease, raw);
    const label = (() => {
      const r = raw as Partial<Record<'stack' | 'component' | 'umdMajor' | 'version', unknown>> | null;
      const key = r && [r.stack, r.component, r.umdMajor, r.version].every((v) => typeof v === 'string') ? releaseKey(r as never) : null;
      return `release #${index + 1}${key ? ` (${key})` : ''}`;
    })();
    if (!parsed.success) {
      problems.push(...issueLines(label, parsed.error.issues));
      return;
    }
    const { rollouts, ...release } = parsed.data;
    releases.push({
      ...release,
      origin: label,
      rollouts: rollouts.map(({ participations, ...rollout }) => {
        const rolloutOrigin = `${label}, rollout ${rollout.platform}`;
        return {
          ...rollout,
          origin: rolloutOrigin,
          participations: participations.map((participation) => ({ ...participation, origin: `${rolloutOrigin}, team ${participation.team}` })),
        };
      }),
    });
  });
  if (problems.length) throw new ImportError(problems);
  return releases;
}
