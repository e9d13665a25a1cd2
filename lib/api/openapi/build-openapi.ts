// The OpenAPI 3.1 description of /api/v1, generated from OPERATIONS: bodies are the routes' own zod
// schemas as JSON Schema (zod 4's z.toJSONSchema, input side), queries the lists' table parameters.
import 'server-only';
import { z } from 'zod';
import { appUrl } from '@/lib/notify/enqueue-message';
import { ZApiError } from '../error-json';
import { OPERATIONS, type Operation } from './operations';

type Json = Record<string, unknown>;

/** The JSON Schema of what a route parses from its body (path-given keys left out). */
export function bodyJsonSchema(operation: Operation): Json | null {
  if (!operation.body) return null;
  const schema = z.toJSONSchema(operation.body.schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete schema.$schema;
  const omit = operation.body.omit ?? [];
  if (omit.length && schema.properties) {
    schema.properties = Object.fromEntries(Object.entries(schema.properties as Json).filter(([key]) => !omit.includes(key)));
    if (Array.isArray(schema.required)) schema.required = (schema.required as string[]).filter((key) => !omit.includes(key));
  }
  return schema;
}

/** A JSON Schema to embed in the document (which states the dialect once, for all). */
function withoutDialect(schema: Json): Json {
  delete schema.$schema;
  return schema;
}

/**
 * The JSON Schema of a 2xx answer: the operation's zod response schema (output side), inside the list
 * envelope for a list; a loose object (or envelope) where no schema is written yet.
 */
export function responseJsonSchema(operation: Operation): Json {
  const item = operation.response ? withoutDialect(z.toJSONSchema(operation.response, { io: 'output', unrepresentable: 'any' }) as Json) : null;
  if (!operation.list) return item ?? { type: 'object' };
  if (!item) return { $ref: '#/components/schemas/ListEnvelope' };
  return { ...LIST_ENVELOPE, properties: { ...LIST_ENVELOPE.properties, data: { type: 'array', items: item } } };
}

const LIST_ENVELOPE = {
  type: 'object',
  required: ['data', 'total', 'page', 'perPage'],
  additionalProperties: false,
  properties: { data: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' }, page: { type: 'integer' }, perPage: { type: 'integer' } },
};

const ERROR_SCHEMA = withoutDialect(z.toJSONSchema(ZApiError, { io: 'output' }) as Json);

const error = { $ref: '#/components/schemas/Error' };
const answer = (description: string) => ({ description, content: { 'application/json': { schema: error } } });

function parameters(operation: Operation): Json[] {
  const inPath = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
  const query: Json[] = Object.entries(operation.query ?? {}).map(([name, description]) => ({ name, in: 'query', description, schema: { type: 'string' } }));
  if (operation.list && operation.list !== 'whole') {
    const { sortable, maxPerPage, filters } = operation.list.describe();
    query.push(
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: maxPerPage } },
      { name: 'sort', in: 'query', schema: { type: 'string', enum: sortable } },
      { name: 'dir', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } },
      ...Object.entries(filters).map(([name, values]) => ({ name, in: 'query', schema: values ? { type: 'string', enum: values } : { type: 'string' } })),
    );
  }
  const headers = operation.method !== 'get' && operation.path.match(/\/(rollouts|releases|teams|ngis|providers|stacks|platforms|components|holidays)\/\{|\/coverage\/target$/) ? [{ name: 'If-Match', in: 'header', schema: { type: 'string' }, description: 'The ETag of the entity as last read: 412 if it changed since.' }] : [];
  return [...inPath, ...query, ...headers];
}

function success(operation: Operation): Json {
  if (operation.answers === 'none') return { 204: { description: 'Done.' } };
  if (operation.answers === 'file') return { 200: { description: 'A file download (Content-Disposition: attachment).' } };
  const json = { 'application/json': { schema: responseJsonSchema(operation) } };
  const ok = { description: operation.list ? 'One page of the list.' : 'The result.', content: json, ...(operation.etag ? { headers: { ETag: { schema: { type: 'string' } } } } : {}) };
  return {
    [operation.answers === 'created' ? 201 : 200]: ok,
    ...(operation.etag ? { 304: { description: 'Not modified (If-None-Match named the current ETag).' } } : {}),
  };
}

function operationObject(operation: Operation): Json {
  const body = bodyJsonSchema(operation);
  return {
    summary: operation.summary,
    operationId: `${operation.method}${operation.path.replace(/^\/api\/v1/, '').replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_all, next: string | undefined) => (next ?? '').toUpperCase())}`,
    parameters: parameters(operation),
    ...(body ? { requestBody: { required: true, content: { [operation.body?.type ?? 'application/json']: { schema: body } } } } : {}),
    security: operation.secret ? [{ inboundMailSecret: [] }] : operation.path.endsWith('/openapi.json') ? [] : [{ bearer: [] }, { session: [] }],
    responses: {
      ...success(operation),
      400: answer('Invalid input or query: `message`, and `fieldErrors` per parameter or field.'),
      401: answer('Not signed in, or an invalid token.'),
      403: answer('Not allowed for this user.'),
      404: answer('No such entity or path.'),
      405: answer('Method not allowed (see the Allow header).'),
      409: answer('Stale version or a step the state does not allow.'),
      ...(operation.method !== 'get' ? { 412: answer('If-Match names an older ETag.') } : {}),
    },
  };
}

export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const operation of OPERATIONS) paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  return {
    openapi: '3.1.0',
    info: { title: 'Early Adopters and staged rollout API', version: 'v1', description: 'See the README: one list envelope, strict queries, ETag/If-Match.' },
    servers: [{ url: appUrl('') }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (Account → API tokens).' },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
        inboundMailSecret: { type: 'apiKey', in: 'header', name: 'X-Inbound-Mail-Secret' },
      },
      schemas: {
        Error: ERROR_SCHEMA,
        ListEnvelope: LIST_ENVELOPE,
      },
    },
  };
}
