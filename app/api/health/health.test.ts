// GET /api/health: 200 with the database kind and migration status on this run's database; 503 with
// a one-line reason (and no password) when the database cannot be reached.
import { afterEach, describe, expect, it } from 'vitest';
import { GET } from './route';

const saved = { DATABASE_URL: process.env.DATABASE_URL };
afterEach(() => {
  if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.DATABASE_URL;
});

describe('GET /api/health', () => {
  it('answers 200 with the database kind and no pending migration', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', migrations: { pending: [], upToDate: true } });
    expect(body.database).toBe(process.env.DATABASE_URL ? 'postgresql' : 'embedded (PGlite)');
  });

  it('answers 503 with the reason when the server is unreachable', async () => {
    process.env.DATABASE_URL = 'postgresql://ea:s3cret@127.0.0.1:1/early_adopters';
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'unavailable', database: 'postgresql', reason: expect.stringMatching(/ECONNREFUSED/) });
    expect(JSON.stringify(body)).not.toContain('s3cret');
  });

  it('answers 503 when DATABASE_URL is malformed', async () => {
    process.env.DATABASE_URL = 'mysql://nope';
    const response = await GET();
    expect(response.status).toBe(503);
    expect((await response.json()).reason).toMatch(/must start with postgresql/);
  });
});
