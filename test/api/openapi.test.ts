// The OpenAPI description against the code: every route under app/api/v1 (and every method it
// implements) is documented, nothing documented is missing a route, and each documented body is the
// JSON Schema of the very zod schema the route parses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET as openApiRoute } from '@/app/api/v1/openapi.json/route';
import { isMethodRefusal } from '@/lib/api/method-not-allowed';
import { bodyJsonSchema, buildOpenApi } from '@/lib/api/openapi/build-openapi';
import { OPERATIONS } from '@/lib/api/openapi/operations';
import { API_TRANSITIONS } from '@/lib/rollout/api-transitions';

const ROUTES = import.meta.glob<Record<string, unknown>>('/app/api/v1/**/route.ts', { eager: true });
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const ROOT = path.resolve(__dirname, '../..');

/** /app/api/v1/teams/[name]/route.ts -> /api/v1/teams/{name} */
const templateOf = (file: string) => file.replace(/^\/app/, '').replace(/\/route\.ts$/, '').replace(/\[(\w+)\]/g, '{$1}');
/** The route file an OpenAPI path is served by (a rollout step by the {transition} route). */
const fileOf = (openApiPath: string) => {
  const step = /^\/api\/v1\/rollouts\/\{number\}\/([a-z-]+)$/.exec(openApiPath);
  const routePath = step && step[1] !== 'report' && step[1] !== 'summary' ? '/api/v1/rollouts/{number}/{transition}' : openApiPath;
  return `/app${routePath.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
};

describe('OpenAPI description', () => {
  it('is served as OpenAPI 3.1 JSON', async () => {
    const response = await openApiRoute();
    const document = await response.json();
    expect(document).toMatchObject({ openapi: '3.1.0', paths: expect.any(Object), components: { schemas: { Error: expect.any(Object) } } });
    expect(document.paths['/api/v1/teams/{name}/contacts'].post.requestBody.content['application/json'].schema.required).toEqual(['email']);
  });

  it('answers the same document on every request, the one the code describes now', async () => {
    const first = await openApiRoute();
    const second = await openApiRoute();
    expect(first.headers.get('content-type')).toBe('application/json');
    const text = await second.text();
    expect(await first.text()).toBe(text);
    expect(JSON.parse(text)).toEqual(buildOpenApi());
  });

  it('documents every route and method under app/api/v1, and nothing else', async () => {
    const document = await (await openApiRoute()).json();
    const documented = new Set(OPERATIONS.map((operation) => `${operation.method} ${operation.path}`));
    const served = new Set<string>();
    for (const [file, module] of Object.entries(ROUTES)) {
      if (file.includes('[...path]')) continue;
      for (const method of METHODS) {
        const handler = module[method.toUpperCase()];
        if (typeof handler !== 'function' || isMethodRefusal(handler)) continue;
        if (templateOf(file) === '/api/v1/rollouts/{number}/{transition}') {
          for (const step of Object.keys(API_TRANSITIONS)) served.add(`${method} /api/v1/rollouts/{number}/${step}`);
        } else {
          served.add(`${method} ${templateOf(file)}`);
        }
      }
    }
    expect([...served].filter((operation) => !documented.has(operation)), 'routes missing from the description').toEqual([]);
    expect([...documented].filter((operation) => !served.has(operation)), 'documented operations without a route').toEqual([]);
    for (const operation of OPERATIONS) expect(document.paths[operation.path][operation.method], `${operation.method} ${operation.path}`).toBeDefined();
  });

  it('documents, for each body, the schema the route parses', async () => {
    const document = await (await openApiRoute()).json();
    for (const operation of OPERATIONS.filter((candidate) => candidate.body)) {
      const body = operation.body!;
      const content = document.paths[operation.path][operation.method].requestBody.content[body.type ?? 'application/json'];
      expect(content.schema, `${operation.method} ${operation.path}`).toEqual(bodyJsonSchema(operation));
      const source = readFileSync(path.join(ROOT, body.parsedIn ?? fileOf(operation.path)), 'utf8');
      expect(source, `${body.parsedIn ?? fileOf(operation.path)} parses ${body.parsedAs}`).toMatch(new RegExp(`(parseInput|safeParseUntrusted)\\(${body.parsedAs.replace('.', '\\.')},`));
      const step = /\/rollouts\/\{number\}\/([a-z-]+)$/.exec(operation.path)?.[1];
      if (step && API_TRANSITIONS[step]) expect(body.schema).toBe(API_TRANSITIONS[step].schema);
    }
  });
});
