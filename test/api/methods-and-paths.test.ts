// Every route under app/api/v1 answers every method: its own, or a JSON 405 naming the allowed ones in
// Allow (never Next's empty 405); a path no route matches is a JSON 404 (never the HTML page).
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as unknownPath, DELETE as unknownPathDelete } from '@/app/api/v1/[...path]/route';
import { isMethodRefusal } from '@/lib/api/method-not-allowed';

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES = import.meta.glob<Record<string, Handler | unknown>>('/app/api/v1/**/route.ts', { eager: true });
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

const request = (method: string, path = '/api/v1/x') => new NextRequest(`http://localhost${path}`, { method });
const context = { params: Promise.resolve({}) };

describe('methods of every /api/v1 route', () => {
  it('finds the routes', () => {
    expect(Object.keys(ROUTES).length).toBeGreaterThan(20);
  });

  for (const [file, module] of Object.entries(ROUTES)) {
    if (file.includes('[...path]')) continue;
    it(`${file}: every method is exported, and the ones it does not implement are a JSON 405 with Allow`, async () => {
      const answers = await Promise.all(
        METHODS.map(async (method) => {
          const handler = module[method];
          expect(typeof handler, `${file} exports ${method}`).toBe('function');
          // Only the refusals are called: they answer before touching the request (no database, no auth).
          return isMethodRefusal(handler) ? { method, response: await (handler as Handler)(request(method), context) } : { method, response: null };
        }),
      );
      const implemented = answers.filter((answer) => !answer.response).map((answer) => answer.method);
      expect(implemented.length).toBeGreaterThan(0);
      for (const { response } of answers) {
        if (!response) continue;
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe([...implemented, ...(implemented.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', '));
        expect(await response.json()).toEqual({ error: 'method_not_allowed', message: `This endpoint accepts ${response.headers.get('allow')}.` });
      }
    });
  }
});

describe('unknown /api/v1 paths', () => {
  it('answer a JSON 404 naming the path, whatever the method', async () => {
    for (const handler of [unknownPath, unknownPathDelete]) {
      const response = await handler(request('GET', '/api/v1/rolouts/7'));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining('No endpoint /api/v1/rolouts/7') });
    }
  });
});
