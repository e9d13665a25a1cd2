// GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API, generated from the routes' own
// zod schemas (lib/api/openapi). Public, like the README that points to it.
import { buildOpenApi } from '@/lib/api/openapi/build-openapi';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';

// The document depends only on the code and APP_URL, both fixed while the process runs: it is built once.
// Building it converts every route's zod schemas to JSON Schema (about 20 ms for 280 KB), which on every
// request made this public route one of the slowest answers of the server.
let body: string | undefined;

export async function GET(): Promise<Response> {
  body ??= JSON.stringify(buildOpenApi());
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
