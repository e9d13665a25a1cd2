// What every refusal must carry: a reason a person can read (JSON `message` on the API, text elsewhere).
import { expect } from 'vitest';

export async function expectReason(response: Response, where: string): Promise<void> {
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (type.includes('json')) {
    const json = JSON.parse(text) as { message?: unknown };
    expect(typeof json.message === 'string' && json.message.length > 0, `${where}: JSON reason`).toBe(true);
  } else {
    expect(text.trim().length, `${where}: a reason in the body`).toBeGreaterThan(0);
  }
}
