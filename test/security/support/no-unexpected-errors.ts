// Runs a fuzz property with console.error silenced, then fails if anything was logged as an
// "unexpected error" (what apiRoute and actionError log for a bug), naming what was logged.
import { expect, vi } from 'vitest';

export async function withoutUnexpectedErrors(run: () => Promise<void>): Promise<void> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await run();
  } finally {
    const unexpected = errors.mock.calls.filter((call) => String(call[0]).includes('unexpected error')).map((call) => String((call[1] as Error)?.message ?? call[1]).slice(-300));
    errors.mockRestore();
    expect(unexpected).toEqual([]);
  }
}
