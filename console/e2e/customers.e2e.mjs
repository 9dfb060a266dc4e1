// The customers area in a real browser: a salesperson signs in on Keycloak's page, finds a customer they own in
// "my customers" (created through the API first), adds a contact and marks it primary, adds a follow-up and sees it
// on the customer's timeline; then an admin sees the exact recycling date of that customer and, on the offboarding
// page, what the salesperson holds (nothing is handed over: the platform is shared). Needs a running platform whose gateway serves the console (deploy/crm up); see
// support.mjs for the environment it reads. Env: CRM_E2E_USER (acme-sales1).
import { BASE, api, pickOption, scenario, settledDialog, signIn } from './support.mjs';

const USER = process.env.CRM_E2E_USER ?? 'acme-sales1';
const ADMIN = process.env.CRM_E2E_ADMIN ?? 'acme-admin';

/** A fresh customer owned by the salesperson (a salesperson's new customer is theirs), with a first contact. */
async function ownedCustomer() {
  const stamp = Date.now();
  const customer = await api(USER, 'POST', '/api/v1/customers?allowDuplicate=true', {
    kind: 'ORGANIZATION', name: `E2E 客户 ${stamp}`, industry: 'Retail', level: 'A', source: 'TRADE_SHOW',
    phone: `021-${String(stamp).slice(-8)}`, address: 'Shanghai', tags: ['e2e'],
    remarks: 'Created by the console end-to-end test',
  }, 201);
  await api(USER, 'POST', `/api/v1/customers/${customer.id}/contacts`, { name: 'Zhang Wei', title: 'Purchasing manager', phone: '13800000001' }, 201);
  return customer;
}

await scenario('customers: a salesperson keeps contacts and follows up a customer they own', async ({ browser, page, step, shot }) => {
  const customer = await ownedCustomer();
  const contactName = `Li Na ${String(Date.now()).slice(-4)}`;
  console.log(`  customer ${customer.id}, user ${USER}`);

  await step('signs in through Keycloak and finds the customer in "my customers"', async () => {
    await signIn(page, USER, '/customers');
    await page.getByRole('tab', { name: '我的客户' }).waitFor();
    await page.getByPlaceholder('客户名称或电话').fill(customer.name);
    await page.getByPlaceholder('客户名称或电话').press('Enter');
    await page.locator('.ant-table-row').filter({ hasText: customer.name }).waitFor();
    await shot(page, 'customers-list');
  });

  await step('opens the customer (a deep link /customers/{id})', async () => {
    await page.getByRole('link', { name: customer.name }).click();
    await page.waitForURL(`${BASE}/customers/${customer.id}`);
    await page.getByTestId('customer-name').filter({ hasText: customer.name }).waitFor();
    await page.getByText('Zhang Wei').first().waitFor();
  });

  await step('adds a contact and marks it primary', async () => {
    await page.getByRole('tab', { name: /联系人/ }).click();
    await page.getByRole('button', { name: '添加联系人' }).click();
    const dialog = settledDialog(page, '添加联系人');
    await dialog.getByLabel('姓名').fill(contactName);
    await dialog.getByLabel('职位').fill('CEO');
    await dialog.getByLabel('电话').fill('13900000002');
    await dialog.locator('.ant-btn-primary').click();
    const row = page.getByTestId('contact-row').filter({ hasText: contactName });
    await row.waitFor();
    await row.getByRole('button', { name: '设为首要' }).click();
    await page.locator('[data-testid="contact-row"][data-primary="true"]').filter({ hasText: contactName }).waitFor();
    await page.locator('[data-testid="contact-row"][data-primary="false"]').filter({ hasText: 'Zhang Wei' }).waitFor();
  });

  await step('adds a follow-up with the next date, and sees it on the timeline', async () => {
    await page.getByRole('tab', { name: '跟进记录' }).click();
    const form = page.locator('form#customer-follow-up');
    await pickOption(page, form.locator('.ant-select-selector').first(), '拜访');
    await form.getByLabel('下次跟进').click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-in-view').last().click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    await form.getByLabel('内容').fill('Visited the buyer: a quote for 200 seats is expected next week.');
    await page.getByRole('button', { name: '添加跟进' }).click();
    await page.getByText('已添加跟进').waitFor();
    await page.getByTestId('follow-up').filter({ hasText: 'a quote for 200 seats' }).waitFor();
    await page.getByRole('tab', { name: '时间线' }).click();
    await page.getByTestId('timeline-entry').filter({ hasText: 'a quote for 200 seats' }).waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: '拜访' }).first().waitFor();
    await shot(page, 'customer-detail', { fullPage: true });
  });

  await step('an admin sees when the customer falls back to the pool, by the rules', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await signIn(admin, ADMIN, `/customers/${customer.id}`);
    await admin.getByTestId('customer-name').filter({ hasText: customer.name }).waitFor();
    await admin.getByTestId('recycle-notice').filter({ hasText: /退回公海（还剩 \d+ 天）/ }).waitFor();
    await admin.getByRole('button', { name: /转\s*移/ }).waitFor();
    await shot(admin, 'customers-recycling');

    await admin.getByRole('menuitem', { name: '设置' }).click(); // the settings submenu
    await admin.getByRole('menuitem', { name: '离职交接' }).click();
    await admin.waitForURL(`${BASE}/customers/offboarding`);
    await pickOption(admin, admin.getByRole('combobox', { name: '离职销售员' }), USER);
    // they hold this customer among others: the list is theirs, paged, and counted
    await admin.locator('.ant-table-row').first().waitFor();
    await admin.locator('.ant-statistic').filter({ hasText: '客户' }).filter({ hasText: /[1-9]/ }).first().waitFor();
    await admin.getByRole('button', { name: '确认交接' }).waitFor();
    await shot(admin, 'customers-offboarding', { fullPage: true });
    await admin.context().close();
  });
});
