// /api-docs: the OpenAPI description of /api/v1 (the same document as /api/v1/openapi.json) as a page,
// rendered on the server: no external script or stylesheet.
import type { Metadata } from 'next';
import { OperationCard } from '@/components/api-docs/operation-card';
import { PageHeader } from '@/components/ui/page-header';
import { buildOpenApi } from '@/lib/api/openapi/build-openapi';

export const metadata: Metadata = { title: 'API reference' };

export default function ApiDocsPage() {
  const document = buildOpenApi();
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  return (
    <div className="space-y-6">
      <PageHeader
        title="API reference"
        description="Every endpoint of /api/v1 with its parameters, body and response schemas. Send a personal token as Authorization: Bearer <token> (Account → API tokens)."
      />
      <p className="text-sm">
        Machine-readable: <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Lists answer{' '}
        <code>{'{ data, total, page, perPage }'}</code>; errors <code>{'{ error, message, fieldErrors? }'}</code>.
      </p>
      <div className="space-y-3">
        {operations.map(({ path, method, operation }) => (
          <OperationCard key={`${method} ${path}`} method={method} path={path} operation={operation} />
        ))}
      </div>
    </div>
  );
}
