// End-to-end test of the console's leads area in Debian's Chromium (playwright-core; no browser download).
// Needs a running platform whose gateway serves the console (deploy/crm up), e.g.
//   CRM_CONSOLE_URL=http://127.0.0.1:8080 npm run e2e
// Env: CRM_CONSOLE_URL (default http://127.0.0.1:8080), CRM_E2E_USER / CRM_E2E_PASSWORD (acme-sales1 / demo),
// CRM_E2E_CAPTURER (acme-marketing: puts a fresh lead in the pool), CHROMIUM (default /usr/bin/chromium),
// CRM_E2E_SCREENSHOTS (default ../docs/screenshots).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BASE = (process.env.CRM_CONSOLE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const USER = process.env.CRM_E2E_USER ?? 'acme-sales1';
const PASSWORD = process.env.CRM_E2E_PASSWORD ?? 'demo';
const CAPTURER = process.env.CRM_E2E_CAPTURER ?? 'acme-marketing';
const SHOTS = resolve(process.env.CRM_E2E_SCREENSHOTS ?? resolve(here, '../../docs/screenshots'));
const TIMEOUT = Number(process.env.CRM_E2E_TIMEOUT_MS ?? 60000);

/** A password-grant token (client crm-cli) for setting up data through the API. */
async function token(username) {
  const config = await (await fetch(`${BASE}/console-config.json`)).json();
  const response = await fetch(`${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'crm-cli', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status}`);
  return (await response.json()).access_token;
}

/** A fresh lead in the pool (captured by marketing), so the salesperson has one to claim. */
async function poolLead() {
  const stamp = Date.now();
  const response = await fetch(`${BASE}/api/v1/leads?allowDuplicate=true`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await token(CAPTURER)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: `E2E Lead ${stamp}`, company: `E2E Company ${stamp}`, phone: `139${String(stamp).slice(-8)}`,
      source: 'TRADE_SHOW', city: 'Shanghai', notes: 'Created by the console end-to-end test',
    }),
  });
  if (response.status !== 201) throw new Error(`creating the pool lead: ${response.status} ${await response.text()}`);
  return response.json();
}

const steps = [];
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    steps.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    steps.push({ name, ok: false });
    console.log(`  ✗ ${name}: ${error?.message ?? error}`);
    throw error;
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  mkdirSync(SHOTS, { recursive: true });
  const lead = await poolLead();
  console.log(`console at ${BASE}, user ${USER}, pool lead ${lead.id}`);

  await step('signs in through Keycloak (authorization code + PKCE) and opens the lead pool', async () => {
    await page.goto(`${BASE}/leads?tab=pool`);
    await page.locator('#username').fill(USER);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await page.waitForURL(`${BASE}/leads?tab=pool`);
    await page.getByText(lead.name).waitFor();
    await page.getByTestId('user-menu').getByText('(acme)').waitFor();
    await page.screenshot({ path: `${SHOTS}/leads-list.png` });
  });

  await step('finds the lead by keyword and claims it', async () => {
    await page.getByPlaceholder('姓名、公司、电话或邮箱').fill(lead.name);
    await page.getByPlaceholder('姓名、公司、电话或邮箱').press('Enter');
    await page.locator('.ant-table-row').filter({ hasText: lead.name }).waitFor();
    await page.getByRole('link', { name: lead.name }).click();
    await page.waitForURL(`${BASE}/leads/${lead.id}`);
    await page.getByRole('button', { name: /领\s*取/ }).click();
    await page.getByText('已分配').first().waitFor();
  });

  await step('adds a follow-up, which shows on the timeline', async () => {
    await page.getByLabel('内容').fill('Called the customer: interested in a demo next week.');
    await page.getByRole('button', { name: '添加跟进' }).click();
    await page.getByTestId('follow-up').filter({ hasText: 'interested in a demo' }).waitFor();
    await page.getByText('跟进中').first().waitFor();
  });

  await step('converts it into a customer and links the customer', async () => {
    await page.getByRole('button', { name: '转化为客户' }).click();
    await page.getByRole('dialog').filter({ hasText: '客户名称' }).locator('.ant-btn-primary').click();
    await page.getByRole('link', { name: /查看客户/ }).waitFor();
    await page.getByText('已转化').first().waitFor();
    await page.getByRole('tab', { name: '变更历史' }).click();
    await page.getByTestId('history-entry').filter({ hasText: '转化为客户' }).waitFor();
    await page.getByRole('tab', { name: '跟进记录' }).click();
    await page.screenshot({ path: `${SHOTS}/lead-detail.png`, fullPage: true });
  });
} catch {
  failed = true;
} finally {
  await browser.close();
}
const passed = steps.filter((s) => s.ok).length;
console.log(`${passed} passed, ${steps.length - passed} failed`);
process.exit(failed ? 1 : 0);
