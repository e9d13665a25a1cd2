// Report uploads at and past the one limit (10 MB, lib/rollout/report-file.ts), in the browser and over
// the API, against the production server: exactly the limit is accepted; one byte more, 11 MB and 50 MB
// are refused with "The file is larger than 10 MB." next to the file field (nothing typed is lost) and as
// a 413 from the API. Uses the demo rollout of ARC-CE 6.21.1, whose teams are in their exposure period.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { signInAs } from './support/sign-in';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const LIMIT = 10 * 1024 * 1024;
const SIZES = { 'limit + 1 byte': LIMIT + 1, '11 MB': 11 * 1024 * 1024, '50 MB': 50 * 1024 * 1024 };
const MESSAGE = 'The file is larger than 10 MB.';
const SLOW = { timeout: 30_000 };

const memberOf = (team: string) => `member@${team.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}.demo.local`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-uploads-'));
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A text report of `size` bytes on disk under `name` (Playwright passes large files by path). */
function reportFile(name: string, size: number): string {
  const file = path.join(dir, `${size}`, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.alloc(size, 'a'));
  return file;
}

interface Target {
  number: number;
  teams: string[];
}

/** The open ARC-CE rollout and its teams that are exposed and have no report yet. */
async function findTarget(browser: Browser): Promise<Target> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, 'coordinator@demo.local', '/');
  const api = page.context().request;
  const list = (await (await api.get('/api/v1/rollouts?q=ARC-CE&status=OPEN')).json()) as { data: { number: number; productVersion: string }[] };
  const number = list.data.find((item) => item.productVersion === '6.21.1-1')!.number;
  const detail = (await (await api.get(`/api/v1/rollouts/${number}`)).json()) as { participations: { team: string; status: string; exposureStart: string | null }[] };
  const teams = detail.participations.filter((p) => p.status === 'ACCEPTED' && p.exposureStart).map((p) => p.team);
  await page.context().close();
  return { number, teams };
}

let target: Target;
test.beforeAll(async ({ browser }) => {
  target = await findTarget(browser);
  expect(target.teams.length).toBeGreaterThanOrEqual(2);
});

async function fillReportFields(page: Page, team: string) {
  const form = page.getByRole('form', { name: `Report of ${team}` });
  await form.getByRole('radio', { name: 'Yes' }).check();
  await form.getByLabel('Tests performed').fill('Ran 300 jobs through the CE; accounting records checked.');
  await form.getByLabel('Jobs per day').fill('1200');
  await form.getByLabel('VOs configured').fill('atlas, ops');
  await form.getByRole('radio', { name: 'ACCEPT' }).check();
  return form;
}

test('browser: over the limit the form says so next to the file and keeps every field; exactly the limit is uploaded', async ({ browser }) => {
  const team = target.teams[0]!;
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, memberOf(team), `/rollouts/${target.number}`);
  const form = await fillReportFields(page, team);
  const expected = (await form.getByTestId('expected-report-name').textContent())!.trim().replace(/\.odt$/, '.txt');
  const fileInput = form.getByLabel(/^Report file/);

  for (const [what, size] of Object.entries(SIZES)) {
    await fileInput.setInputFiles(reportFile(expected, size));
    await expect(fileInput, what).toHaveAccessibleDescription(MESSAGE);
    await form.getByRole('button', { name: 'Upload report' }).click();
    // Not sent: the page stays, the message stays next to the file field, nothing typed is lost.
    await expect(form.getByText(MESSAGE), what).toBeVisible();
    await expect(form.getByLabel('Tests performed'), what).toHaveValue('Ran 300 jobs through the CE; accounting records checked.');
    await expect(form.getByLabel('Jobs per day'), what).toHaveValue('1200');
    await expect(form.getByLabel('VOs configured'), what).toHaveValue('atlas, ops');
    await expect(form.getByRole('radio', { name: 'ACCEPT' }), what).toBeChecked();
    await expect(page.getByText('This page could not be shown')).toHaveCount(0);
  }

  await fileInput.setInputFiles(reportFile(expected, LIMIT));
  await expect(form.getByText(MESSAGE)).toHaveCount(0);
  await form.getByRole('button', { name: 'Upload report' }).click();
  await expect(page.locator(`tr[data-team="${team}"]`)).toContainText(expected, SLOW);
  await page.context().close();
});

async function memberToken(browser: Browser, email: string): Promise<string> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, '/account');
  const form = page.getByRole('form', { name: 'Create an API token' });
  await form.getByLabel('Token name').fill('e2e uploads');
  await form.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByLabel('Your new token').inputValue();
  await page.context().close();
  return token;
}

async function upload(request: APIRequestContext, token: string, team: string, name: string, size: number) {
  const response = await request.post(`/api/v1/rollouts/${target.number}/report`, {
    headers: { authorization: `Bearer ${token}` },
    multipart: {
      team,
      releaseNotesCorrect: 'yes',
      testsPerformed: 'Ran the functional tests.',
      recommendation: 'ACCEPT',
      file: { name, mimeType: 'text/plain', buffer: Buffer.alloc(size, 'a') },
    },
  });
  return { status: response.status(), body: (await response.json()) as { message?: string; ok?: boolean } };
}

test('API: exactly the limit is accepted; one byte more, 11 MB and 50 MB are a 413 with the same message', async ({ browser, request }) => {
  const team = target.teams[1]!;
  const token = await memberToken(browser, memberOf(team));
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, memberOf(team), `/rollouts/${target.number}`);
  const expected = (await page.getByRole('form', { name: `Report of ${team}` }).getByTestId('expected-report-name').textContent())!.trim().replace(/\.odt$/, '.txt');
  await page.context().close();

  for (const [what, size] of Object.entries(SIZES)) {
    const refused = await upload(request, token, team, expected, size);
    expect(refused.status, what).toBe(413);
    expect(refused.body.message, what).toBe(MESSAGE);
  }
  const accepted = await upload(request, token, team, expected, LIMIT);
  expect(accepted.status, accepted.body.message).toBe(200);
  expect(accepted.body.ok).toBe(true);
});
