// The JSON API lets a client name the stack (slug or name) and the product (name) instead of ids;
// this turns those names into the ids the intake form sends. Unknown names are field errors.
import 'server-only';
import { db } from '@/lib/db/client';
import { ValidationError } from '@/lib/errors';
import { equalsIgnoringCase } from '@/lib/db/like';

export async function resolveApiRefs(body: unknown): Promise<Record<string, unknown>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ValidationError('Send a JSON object.');
  const input = { ...(body as Record<string, unknown>) };
  if (!input.stackId && typeof input.stack === 'string') {
    const stack = await db.stack.findFirst({
      where: { OR: [{ slug: input.stack }, { name: equalsIgnoringCase(input.stack) }] },
      select: { id: true },
    });
    if (!stack) throw new ValidationError('Please correct the highlighted fields.', { stack: [`Unknown stack "${input.stack}".`] });
    input.stackId = stack.id;
  }
  if (!input.componentId && typeof input.product === 'string' && typeof input.stackId === 'string') {
    const component = await db.component.findFirst({ where: { stackId: input.stackId, name: input.product }, select: { id: true } });
    if (!component) throw new ValidationError('Please correct the highlighted fields.', { product: [`Unknown product "${input.product}" in this stack.`] });
    input.componentId = component.id;
  }
  delete input.stack;
  delete input.product;
  return input;
}
