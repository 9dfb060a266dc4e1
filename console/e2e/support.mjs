// What every browser test of the console shares: where the console is, API set-up with a password-grant token,
// Chromium (Debian's, through playwright-core; no browser download), signing in on Keycloak's page, and named steps.
// Env: CRM_CONSOLE_URL (default http://127.0.0.1:8080), CRM_E2E_PASSWORD (demo), CHROMIUM (/usr/bin/chromium),
// CRM_E2E_SCREENSHOTS (default ../docs/screenshots), CRM_E2E_TIMEOUT_MS (60000).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BASE = (process.env.CRM_CONSOLE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const PASSWORD = process.env.CRM_E2E_PASSWORD ?? 'demo';
export const SHOTS = resolve(process.env.CRM_E2E_SCREENSHOTS ?? resolve(here, '../../docs/screenshots'));
const TIMEOUT = Number(process.env.CRM_E2E_TIMEOUT_MS ?? 60000);

/** A password-grant token (client crm-cli) for setting up data through the API. */
export async function token(username) {
  const config = await (await fetch(`${BASE}/console-config.json`)).json();
  const response = await fetch(`${config.keycloakUrl}/realms/${config.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'crm-cli', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status}`);
  return (await response.json()).access_token;
}

/**
 * Calls the gateway's API as `username`; answers the parsed JSON body (or null), and throws unless the status is
 * the one expected (default: any 2xx).
 */
export async function api(username, method, path, body, expectedStatus) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token(username)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const ok = expectedStatus === undefined ? response.ok : response.status === expectedStatus;
  if (!ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Signs `username` in on Keycloak's login page after opening `path`, and waits until the console shows `path`. */
export async function signIn(page, username, path) {
  await page.goto(`${BASE}${path}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${BASE}${path}`);
}

/**
 * Confirms an AntD confirmation dialog (Modal.confirm): clicks its OK button once the opening zoom is over, and once
 * more if the dialog is still there a few seconds later — on a loaded machine a click during the animation is lost
 * (the CI run of 2026-12-01 left a publish confirmation open with no request sent). A second click is harmless: the
 * button is loading while the action runs, and the dialog closes when it ends.
 */
export async function confirmDialog(page) {
  const settled = page.locator('.ant-modal-confirm:not([class*="ant-zoom"])');
  const ok = settled.getByRole('button', { name: /确\s*定|OK/ });
  await ok.click();
  const closed = page.locator('.ant-modal-confirm').waitFor({ state: 'detached', timeout: 5000 });
  if (await closed.then(() => false, () => true)) {
    await ok.click({ timeout: 5000 }).catch(() => {});
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
  }
}

/**
 * Picks `option` from an AntD Select: clicks `opener` (the select, or its combobox) and then the option in the open
 * list. On a loaded machine a click can be lost while a dialog still zooms in (the CI run of 2026-12-02: the
 * field-type list of the custom-field dialog never opened), so the list is opened again if it has not shown in 5 s.
 */
export async function pickOption(page, opener, option, { force = false } = {}) {
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option });
  for (let attempt = 1; ; attempt++) {
    await opener.click({ force });
    const shown = await item.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (shown || attempt === 3) break;
  }
  await item.click();
}

/** An AntD dialog showing `text`, once its opening zoom is over (a click during the animation can be lost). */
export function settledDialog(page, text) {
  return page.locator('.ant-modal:not([class*="ant-zoom"])').filter({ hasText: text });
}

/** What every open page showed when a scenario failed: failed-<scenario>-<n>.png beside the screenshots. */
async function shootEveryPage(browser, title) {
  const name = title.split(':')[0].replace(/[^a-z0-9]+/gi, '-');
  const pages = browser.contexts().flatMap((c) => c.pages());
  for (const [i, page] of pages.entries()) {
    const path = `${SHOTS}/failed-${name}-${i + 1}.png`;
    await page.screenshot({ path, fullPage: true }).then(() => console.log(`  screenshot of the failure: ${path}`), () => {});
  }
}

/**
 * Runs one browser scenario: `body({ browser, page, step, shot })` in a fresh Chinese-locale context. Each step is
 * printed with its time; the process exits 1 at the first failing step.
 */
export async function scenario(title, body) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const steps = [];
  const step = async (name, fn) => {
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
  };
  mkdirSync(SHOTS, { recursive: true });
  const shot = (page, name, options = {}) => page.screenshot({ path: `${SHOTS}/${name}.png`, ...options });
  let failed = false;
  console.log(`${title} (console at ${BASE})`);
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    // A script error in the console is printed, so a blank page in a failure screenshot has its cause beside it.
    context.on('page', (p) => p.on('pageerror', (error) => console.log(`  page error: ${error.message}`)));
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await body({ browser, context, page, step, shot });
  } catch (error) {
    failed = true;
    if (!steps.some((s) => !s.ok)) console.log(`  ✗ set-up: ${error?.stack ?? error}`);
    await shootEveryPage(browser, title);
  } finally {
    await browser.close();
  }
  const passed = steps.filter((s) => s.ok).length;
  console.log(`${passed} passed, ${steps.length - passed} failed`);
  process.exit(failed ? 1 : 0);
}
