// What proxy.ts does with a request before any route: the API and feeds get a 400/413 with a reason, a
// page address that is malformed goes to the "Not found" page, an oversized upload names the file limit.
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from './body-limit';
import { guardDecision } from './request-guard';

const request = (target: string, contentLength: string | null = null, contentType: string | null = null) => ({ target, contentLength, contentType });

describe('guardDecision', () => {
  it('refuses a malformed API or feed address with a 400 and the reason, and sends a page address to Not found', () => {
    expect(guardDecision(request('/api/v1/teams/%'))).toMatchObject({ kind: 'refuse', status: 400, json: true, message: expect.stringMatching(/malformed percent escape/) });
    expect(guardDecision(request('/feeds/teams/ea-x%00.ics'))).toMatchObject({ kind: 'refuse', status: 400, json: true });
    expect(guardDecision(request('/teams/%E0%A4%A'))).toMatchObject({ kind: 'not-found', reason: expect.stringMatching(/malformed/) });
  });

  it('refuses a declared body above the limit with a 413 (JSON on the API), and lets the limit itself through', () => {
    const over = String(MAX_REQUEST_BYTES + 1);
    expect(guardDecision(request('/api/v1/rollouts/1/report', over, 'multipart/form-data; boundary=x'))).toMatchObject({ kind: 'refuse', status: 413, json: true, error: 'too_large' });
    expect(guardDecision(request('/rollouts/1', over, 'text/plain'))).toMatchObject({ kind: 'refuse', status: 413, json: false });
    expect(guardDecision(request('/api/v1/rollouts/1/report', String(MAX_REQUEST_BYTES), 'multipart/form-data'))).toEqual({ kind: 'pass' });
    expect(guardDecision(request('/teams?q=caf%C3%A9'))).toEqual({ kind: 'pass' });
  });
});
