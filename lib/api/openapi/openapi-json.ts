// The documented shape of GET /api/v1/openapi.json itself: an OpenAPI 3.1 document whose every
// operation names a summary, an operationId, its parameters and its responses. The operations' own
// bodies and answers are JSON Schemas (checked one by one by test/api/openapi-responses.test.ts).
import { z } from 'zod';

const jsonSchema = z.record(z.string(), z.unknown());

const operation = z.looseObject({
  summary: z.string(),
  operationId: z.string(),
  parameters: z.array(z.looseObject({ name: z.string(), in: z.enum(['path', 'query', 'header']) })),
  requestBody: z.looseObject({ content: z.record(z.string(), z.strictObject({ schema: jsonSchema })) }).optional(),
  security: z.array(z.record(z.string(), z.array(z.string()))),
  responses: z.record(z.string(), z.looseObject({ description: z.string() })),
});

export const ZOpenApiJson = z.strictObject({
  openapi: z.literal('3.1.0'),
  info: z.strictObject({ title: z.string(), version: z.string(), description: z.string() }),
  servers: z.array(z.strictObject({ url: z.url() })),
  paths: z.record(z.string().startsWith('/api/v1/'), z.partialRecord(z.enum(['get', 'post', 'put', 'patch', 'delete']), operation)),
  components: z.strictObject({
    securitySchemes: z.record(z.string(), z.looseObject({ type: z.string() })),
    schemas: z.record(z.string(), jsonSchema),
  }),
});
