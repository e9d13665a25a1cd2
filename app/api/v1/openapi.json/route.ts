// GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API, generated from the routes' own
// zod schemas (lib/api/openapi). Public, like the README that points to it.
import { NextResponse } from 'next/server';
import { buildOpenApi } from '@/lib/api/openapi/build-openapi';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';


export async function GET(): Promise<Response> {
  return NextResponse.json(buildOpenApi());
}

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed('GET');
