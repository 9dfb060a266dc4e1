// The campaigns area in a real browser (the scenario): marketing creates an ONLINE campaign with the
// two-step wizard and a sign-up form (a standard field, a custom field, a required toggle), publishes it; a visitor
// opens the public link in a page of their own (no login) and signs up; marketing runs 执行同步 and reads the report,
// finds the new lead in the lead pool, and sees the numbers in the campaign's data tab. Needs a running platform
// whose gateway serves the console (deploy/crm up); see support.mjs for the environment it reads.
// Env: CRM_E2E_MARKETING (acme-marketing).
import { BASE, api, confirmDialog, pickOption, scenario, settledDialog, signIn } from './support.mjs';

const USER = process.env.CRM_E2E_MARKETING ?? 'acme-marketing';

await scenario('campaigns: marketing builds, publishes and syncs a campaign; a visitor signs up', async ({ browser, page, step, shot }) => {
  const stamp = Date.now();
  const campaignName = `E2E 新品发布会 ${stamp}`;
  const visitor = `E2E 访客 ${stamp}`;
  const visitorPhone = `137${String(stamp).slice(-8)}`;
  let campaignId;
  let token;

  await step('signs in as marketing and fills in step 1 of the wizard (basic information)', async () => {
    await signIn(page, USER, '/campaigns/new');
    await page.getByText('基本信息').first().waitFor();
    await page.getByLabel('活动名称').fill(campaignName);
    await pickOption(page, page.getByLabel('活动类型'), '会议');
    await page.getByLabel('预算').fill('100000');
    await page.getByLabel('活动说明').fill('新品发布会：现场演示与报名（端到端测试）');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByTestId('form-preview').waitFor();
  });

  await step('builds the form: a standard field, a custom single choice, one required toggle, with the live preview', async () => {
    await page.getByTestId('catalogue-company').click();
    await page.getByTestId('builder-field').filter({ hasText: '公司' }).waitFor();
    await page.getByRole('button', { name: '添加自定义字段' }).click();
    const dialog = settledDialog(page, '字段标识');
    await dialog.getByLabel('显示名称').fill('感兴趣的产品');
    // force: the selected value covers the search input
    await pickOption(page, dialog.getByLabel('字段类型'), '单选', { force: true });
    const options = dialog.getByLabel('选项');
    await options.fill('CRM');
    await options.press('Enter');
    await options.fill('ERP');
    await options.press('Enter');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByTestId('builder-field').filter({ hasText: '感兴趣的产品' }).waitFor();
    await page.getByRole('switch', { name: '必填 公司' }).click();
    await page.getByTestId('form-preview').getByText('感兴趣的产品').waitFor();
    await page.getByTestId('form-preview').getByText(campaignName).waitFor();
    await shot(page, 'campaigns-wizard', { fullPage: true });
  });

  await step('saves the campaign (draft) and publishes it: the promotion link and QR code appear', async () => {
    await page.getByRole('button', { name: '保存活动' }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    campaignId = page.url().split('/').pop();
    await page.getByText('草稿').first().waitFor();
    await page.getByRole('button', { name: /发\s*布/ }).click();
    await confirmDialog(page);
    await page.getByText('已发布').first().waitFor();
    const url = await page.getByTestId('promotion-url').inputValue();
    token = url.split('/p/')[1];
    if (!token) throw new Error(`no token in ${url}`);
    await page.getByRole('img', { name: '推广二维码' }).waitFor();
    await shot(page, 'campaign-detail', { fullPage: true });
  });

  await step('a visitor opens the public link in a new page (no login) and signs up', async () => {
    const visitorContext = await browser.newContext({ locale: 'zh-CN' });
    const publicPage = await visitorContext.newPage();
    await publicPage.goto(`${BASE}/p/${token}`);
    await publicPage.getByText(campaignName).waitFor();
    await publicPage.locator('input[name="name"]').fill(visitor);
    await publicPage.locator('input[name="phone"]').fill(visitorPhone);
    await publicPage.locator('input[name="company"]').fill('E2E 访客公司');
    await publicPage.locator('input[type="radio"][value="CRM"]').check();
    await publicPage.getByRole('button').filter({ hasText: /提交/ }).click();
    await publicPage.getByText('提交成功，谢谢！').waitFor();
    await visitorContext.close();
  });

  await step('back in the console: the member is listed; 执行同步 shows its progress and then the report', async () => {
    await page.getByRole('tab', { name: '活动成员' }).click();
    await page.locator('.ant-table-row').filter({ hasText: visitor }).waitFor();
    await page.getByRole('button', { name: '执行同步' }).click();
    await page.getByRole('button', { name: '开始同步' }).click();
    const report = page.getByTestId('sync-report');
    await report.waitFor();
    await report.getByText('同步完成').waitFor();
    const created = await report.locator('.ant-statistic').filter({ hasText: '新建' }).locator('.ant-statistic-content-value').innerText();
    if (created.trim() !== '1') throw new Error(`synced ${created}, expected 1`);
    await shot(page, 'campaigns-sync-report');
    await page.getByRole('dialog').getByRole('button', { name: /返\s*回/ }).click();
    await page.locator('.ant-table-row').filter({ hasText: visitor }).filter({ hasText: '已同步' }).waitFor();
  });

  await step('the new lead is in the lead pool (searched by the submitted name)', async () => {
    await page.goto(`${BASE}/leads?tab=pool`);
    await page.getByPlaceholder('姓名、公司、电话或邮箱').fill(visitor);
    await page.getByPlaceholder('姓名、公司、电话或邮箱').press('Enter');
    await page.locator('.ant-table-row').filter({ hasText: visitor }).waitFor();
    // the lead names the campaign it came from
    const leads = await api(USER, 'GET', `/api/v1/leads?scope=pool&keyword=${encodeURIComponent(visitor)}`);
    if (!leads.items.some((l) => l.campaignId === campaignId)) throw new Error('the pool lead does not name the campaign');
  });

  await step("the campaign's data tab shows the visit, the member and the lead, and the ROI figures", async () => {
    // the lead count comes from lead-service's events: wait until the projection has it
    for (let i = 0; i < 30; i++) {
      const stats = await api(USER, 'GET', `/api/v1/campaigns/${campaignId}/stats`);
      if (stats.leads >= 1 && stats.members >= 1) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    await page.goto(`${BASE}/campaigns/${campaignId}?tab=data`);
    const data = page.getByTestId('campaign-data');
    await data.waitFor();
    const figure = (title) => data.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-title', { hasText: new RegExp(`^${title}$`) }) }).locator('.ant-statistic-content-value').first();
    for (const [title, expected] of [['成员', '1'], ['线索', '1'], ['已同步', '1']]) {
      const value = (await figure(title).innerText()).trim();
      if (value !== expected) throw new Error(`${title} ${value}, expected ${expected}`);
    }
    if (Number((await figure('浏览量').innerText()).replace(/,/g, '')) < 1) throw new Error('no page view counted');
    await page.getByTestId('campaign-roi').getByText('CNY').first().waitFor();
    await page.getByTestId('funnel-chart').locator('svg').first().waitFor();
    await page.getByTestId('daily-counts-chart').locator('svg').first().waitFor();
    await page.waitForTimeout(800); // the charts' entry animation
    await shot(page, 'campaign-data', { fullPage: true });
  });
});
