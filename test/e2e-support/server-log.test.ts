import { describe, expect, it } from 'vitest';
import { unstableRenderReports } from '@/e2e/support/server-log';

describe('unstableRenderReports', () => {
  it('finds Next’s reports of clock and random reads while rendering, and nothing else', () => {
    const log = [
      '[cache] 64 MB, invalidated by the database’s change notifications',
      'Error: Route "/rollouts/[number]": Next.js encountered the unstable value `new Date()` while prerendering.',
      'Route "/my-team" used `Date.now()` before accessing either uncached data (e.g. `fetch()`) or Request data.',
      'GET /teams 200 in 12ms',
    ].join('\n');
    expect(unstableRenderReports(log)).toEqual([expect.stringContaining('/rollouts/[number]'), expect.stringContaining('/my-team')]);
    expect(unstableRenderReports('[worker] sent 2 messages\n')).toEqual([]);
  });
});
