// The rows of the Messages table (/outbox) on a wide screen: one per message (the empty-state row has no
// message to open, so it never counts). Each row's message opens from its `summary`; the body is its `pre`.
import type { Page } from '@playwright/test';

export const messageRows = (page: Page) => page.getByRole('table', { name: 'Messages' }).locator('tbody > tr').filter({ has: page.locator('summary') });
