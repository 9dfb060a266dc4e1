// The leads area in a real browser: a salesperson signs in on Keycloak's page, opens the lead pool, finds a fresh
// lead by keyword, claims it, adds a follow-up and converts it into a customer. Needs a running platform whose
// gateway serves the console (deploy/crm up); see support.mjs for the environment it reads.
// Env: CRM_E2E_USER (acme-sales1), CRM_E2E_CAPTURER (acme-marketing: puts a fresh lead in the pool).
import { BASE, api, scenario, settledDialog, signIn } from './support.mjs';

const USER = process.env.CRM_E2E_USER ?? 'acme-sales1';
const CAPTURER = process.env.CRM_E2E_CAPTURER ?? 'acme-marketing';

/** A fresh lead in the pool (captured by marketing), so the salesperson has one to claim. */
function poolLead() {
  const stamp = Date.now();
  return api(CAPTURER, 'POST', '/api/v1/leads?allowDuplicate=true', {
    name: `E2E Lead ${stamp}`, company: `E2E Company ${stamp}`, phone: `139${String(stamp).slice(-8)}`,
    source: 'TRADE_SHOW', city: 'Shanghai', notes: 'Created by the console end-to-end test',
  }, 201);
}

await scenario('leads: a salesperson claims, follows up and converts a lead', async ({ page, step, shot }) => {
  const lead = await poolLead();
  console.log(`  pool lead ${lead.id}, user ${USER}`);

  await step('signs in through Keycloak (authorization code + PKCE) and opens the lead pool', async () => {
    await signIn(page, USER, '/leads?tab=pool');
    await page.getByText(lead.name).waitFor();
    await page.getByTestId('user-menu').getByText('(acme)').waitFor();
    await shot(page, 'leads-list');
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
    await settledDialog(page, '客户名称').locator('.ant-btn-primary').click();
    await page.getByRole('link', { name: /查看客户/ }).waitFor();
    await page.getByText('已转化').first().waitFor();
    await page.getByRole('tab', { name: '变更历史' }).click();
    await page.getByTestId('history-entry').filter({ hasText: '转化为客户' }).waitFor();
    await page.getByRole('tab', { name: '跟进记录' }).click();
    await shot(page, 'lead-detail', { fullPage: true });
  });
});
