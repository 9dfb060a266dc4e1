// The dashboards in a real browser: a salesperson sees a lead whose follow-up is due today among their figures and
// opens it from there; an admin sees the team's figures per salesperson and the lead sources. Needs a running
// platform (deploy/crm up); see support.mjs for the environment it reads.
import { BASE, api, scenario, signIn } from './support.mjs';

const SALES = process.env.CRM_E2E_USER ?? 'acme-sales1';
const ADMIN = process.env.CRM_E2E_ADMIN ?? 'acme-admin';

/**
 * A lead of the salesperson whose next follow-up is due today: in five minutes while the day has ten left, else a
 * minute ago (an overdue one is listed as due too). An hour ahead, as it was, is tomorrow after 23:00 and failed CI.
 */
async function leadDueToday() {
  const stamp = Date.now();
  const lead = await api(SALES, 'POST', '/api/v1/leads?allowDuplicate=true', {
    name: `Due Today ${stamp}`, company: `Dashboard Co ${stamp}`, phone: `137${String(stamp).slice(-8)}`,
    source: 'REFERRAL',
  }, 201);
  const now = new Date();
  const lastMinute = new Date(now).setHours(23, 59, 0, 0);
  const next = lastMinute - now.getTime() > 600000 ? now.getTime() + 300000 : now.getTime() - 60000;
  await api(SALES, 'POST', `/api/v1/leads/${lead.id}/follow-ups`, {
    type: 'CALL', content: 'Asked to call back later today', occurredAt: new Date(now.getTime() - 120000).toISOString(),
    nextFollowUpAt: new Date(next).toISOString(),
  }, 201);
  return lead;
}

await scenario('dashboard: a salesperson\'s day and an admin\'s team', async ({ browser, page, step, shot }) => {
  const lead = await leadDueToday();
  console.log(`  lead due today ${lead.id}`);

  await step('a salesperson lands on their dashboard and sees the lead due today', async () => {
    await signIn(page, SALES, '/dashboard');
    const overview = page.getByTestId('sales-overview');
    await overview.getByText('今日待跟进').first().waitFor();
    await page.getByTestId('due-follow-ups').getByRole('link', { name: lead.name }).waitFor();
    await page.getByTestId('pipeline-chart').or(page.getByText('暂无商机')).first().waitFor();
    await shot(page, 'dashboard-sales', { fullPage: true });
  });

  await step('opens the lead from the due list', async () => {
    await page.getByTestId('due-follow-ups').getByRole('link', { name: lead.name }).click();
    await page.waitForURL(`${BASE}/leads/${lead.id}`);
    await page.getByText(lead.company).first().waitFor();
  });

  await step('an admin sees a row per salesperson with the salesperson\'s held leads, and the lead sources', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await signIn(admin, ADMIN, '/dashboard');
    const team = admin.getByTestId('team-performance');
    await team.getByRole('columnheader', { name: '持有线索' }).waitFor();
    await team.locator('.ant-table-row').first().waitFor();
    const rows = await team.locator('.ant-table-row').count();
    if (rows < 2) throw new Error(`expected a row per salesperson, saw ${rows}`);
    await admin.getByTestId('lead-sources').getByText(/线索总数|暂无线索来源数据/).waitFor();
    await team.getByText('本月').click();
    await team.locator('.ant-table-row').first().waitFor();
    await team.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await shot(admin, 'dashboard-admin', { fullPage: true });
  });
});
