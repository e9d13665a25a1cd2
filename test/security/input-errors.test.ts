// Database refusals of input values become 400s with a reason (not 500s), in the API and in actions;
// malformed percent-encoding in a path segment is used as it is.
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { actionError } from '@/lib/actions/action-result';
import { errorResponse } from '@/lib/api/route-handler';
import { db } from '@/lib/db/client';
import { databaseInputProblem } from '@/lib/http/database-input-error';
import { safeDecodeURIComponent } from '@/lib/http/safe-decode';
import { createUser } from '@/lib/seed/factories';
import { POST as inboundMail } from '@/app/api/v1/inbound-mail/route';
import { POST as submitRelease } from '@/app/api/v1/releases/route';
import { callRoute, tokenOf } from '../authz/call-route';

async function refusal(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse the value');
}

describe('database input refusals', () => {
  it('turns a NUL character and an oversized index key into 400s with a reason', async () => {
    const nul = await refusal(() => db.team.findUnique({ where: { name: 'ea-\u0000' } }));
    expect(databaseInputProblem(nul)).toMatch(/cannot store/);
    const response = errorResponse(nul);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid', message: expect.stringContaining('nothing was changed') });
    expect(actionError(nul)).toEqual({ ok: false, message: expect.stringContaining('cannot store') });

    const huge = await refusal(() => db.ngi.create({ data: { code: `X${'y'.repeat(3_000_000)}`, name: 'huge' } }));
    expect(errorResponse(huge).status).toBe(400);
    expect(await db.ngi.count({ where: { name: 'huge' } })).toBe(0);
  });

  it('leaves other errors alone (they stay logged 500s)', () => {
    expect(databaseInputProblem(new Error('boom'))).toBeNull();
    expect(databaseInputProblem({ code: 'P2002' })).toBeNull();
  });

  it('decodes percent-encoding when it can and keeps the text when it cannot', () => {
    expect(safeDecodeURIComponent('ea-PT-LIP%20Lisbon')).toBe('ea-PT-LIP Lisbon');
    expect(safeDecodeURIComponent('100%')).toBe('100%');
    expect(safeDecodeURIComponent('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('JSON shaped to break zod (an object-valued length under a length-checked string)', () => {
  it('is a 400 with a reason from the API, nothing written', async () => {
    const user = await createUser(db);
    const releases = await db.release.count();
    const response = await callRoute(submitRelease, '/api/v1/releases', {
      token: await tokenOf(user),
      body: { stackId: 'some-stack', componentId: 'some-component', umdMajor: { length: { toString: 'x' } }, productVersion: '1.0', type: 'MINOR', releaseNotes: 'n', packages: {} },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid', fieldErrors: { _form: [expect.stringContaining('unexpected type')] } });
    expect(await db.release.count()).toBe(releases);
  });
});

describe('inbound mail naming a ticket number beyond any rollout', () => {
  it('answers 404 with a reason, not a database error', async () => {
    vi.stubEnv('INBOUND_MAIL_SECRET', 'input-errors-secret');
    try {
      const mail = { from: 'someone@site.example', subject: 'Re: [staged-rollout #99999999999999999999999] CREAM', text: 'A comment.' };
      const response = await inboundMail(
        new NextRequest('http://localhost/api/v1/inbound-mail', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-inbound-mail-secret': 'input-errors-secret' },
          body: JSON.stringify(mail),
        }),
      );
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toMatch(/which rollout/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
