// One operation of the API description: method, path, what it does, its parameters, body and response schemas.
// Plain server-rendered HTML: no script, nothing loaded from elsewhere.
type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: string[]; maximum?: number };
}

function parameterType(parameter: Parameter): string {
  const schema = parameter.schema ?? {};
  if (schema.enum) return schema.enum.join(' | ');
  return `${schema.type ?? 'string'}${schema.maximum ? ` ≤ ${schema.maximum}` : ''}`;
}

export function OperationCard({ method, path, operation }: { method: string; path: string; operation: Json }) {
  const parameters = (operation.parameters as Parameter[] | undefined) ?? [];
  const body = operation.requestBody as { content: Record<string, { schema: Json }> } | undefined;
  const [bodyType, bodySchema] = body ? Object.entries(body.content)[0]! : [];
  const responses = (operation.responses as Record<string, { content?: Record<string, { schema: Json }> }> | undefined) ?? {};
  const [status, success] = Object.entries(responses).find(([code]) => code.startsWith('2')) ?? [];
  const responseSchema = success?.content?.['application/json']?.schema;
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={id} className="flex flex-wrap items-baseline gap-2 font-mono text-sm">
        <span className="rounded bg-slate-800 px-2 py-0.5 text-xs font-semibold uppercase text-white">{method}</span>
        <span className="break-all">{path}</span>
      </h3>
      <p className="mt-2 text-sm text-slate-700">{String(operation.summary ?? '')}</p>
      {parameters.length > 0 && (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parameters of {method.toUpperCase()} {path}</caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="pr-3 font-medium">Parameter</th>
                <th scope="col" className="pr-3 font-medium">In</th>
                <th scope="col" className="font-medium">Values</th>
              </tr>
            </thead>
            <tbody>
              {parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`} className="border-t border-slate-100 align-top">
                  <td className="py-1 pr-3 font-mono">{parameter.name}{parameter.required ? ' *' : ''}</td>
                  <td className="py-1 pr-3">{parameter.in}</td>
                  <td className="py-1 break-words">{parameterType(parameter)}{parameter.description ? ` — ${parameter.description}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {bodySchema && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">Body ({bodyType})</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(bodySchema.schema, null, 2)}</pre>
        </details>
      )}
      {responseSchema && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">Response ({status}, application/json)</summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 text-xs">{JSON.stringify(responseSchema, null, 2)}</pre>
        </details>
      )}
    </section>
  );
}
