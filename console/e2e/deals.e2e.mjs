// The deals area in a real browser. Set up through the API: a customer of acme-sales1 with an open opportunity
// (for the board) and a second opportunity won, its contract submitted and approved by the admin, a payment plan
// of two installments and a payment recorded by the salesperson. Then the salesperson drags the open opportunity
// to the next stage on the kanban board, and finance signs in, confirms the payment on the contract's page, sees it
// confirmed with the collected total updated, and finds the receivable and the aging report updated.
// Env (besides support.mjs'): CRM_E2E_SALES (acme-sales1), CRM_E2E_ADMIN (acme-admin), CRM_E2E_FINANCE (acme-finance).
import { api, scenario, signIn } from './support.mjs';

const SALES = process.env.CRM_E2E_SALES ?? 'acme-sales1';
const ADMIN = process.env.CRM_E2E_ADMIN ?? 'acme-admin';
const FINANCE = process.env.CRM_E2E_FINANCE ?? 'acme-finance';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Retries while a read model catches up (deal-service learns customers, billing learns contracts, by events). */
async function eventually(what, fn, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > until) throw new Error(`${what}: ${error.message}`);
      await sleep(300);
    }
  }
}

async function setUp() {
  const stamp = Date.now();
  const customer = await api(SALES, 'POST', '/api/v1/customers?allowDuplicate=true', {
    kind: 'ORGANIZATION', name: `E2E Deals Customer ${stamp}`, industry: 'Retail',
  }, 201);
  const openDeal = await eventually('deal-service knows the customer', () =>
    api(SALES, 'POST', '/api/v1/opportunities', {
      customerId: customer.id, name: `E2E Board ${stamp}`, amount: '88000.00', currency: 'CNY', stage: 'QUALIFICATION',
      expectedCloseDate: new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10),
    }, 201));
  const wonDeal = await api(SALES, 'POST', '/api/v1/opportunities', {
    customerId: customer.id, name: `E2E Won ${stamp}`, currency: 'CNY',
    lines: [{ productName: 'CRM licence', quantity: '10', unitPrice: '1200.00', discount: '10' }],
  }, 201);
  await api(SALES, 'POST', `/api/v1/opportunities/${wonDeal.id}/stage`, { stage: 'WON' }, 200);
  const contract = await api(SALES, 'POST', '/api/v1/contracts', {
    opportunityId: wonDeal.id, signedAt: new Date().toISOString().slice(0, 10),
  }, 201);
  await api(SALES, 'POST', `/api/v1/contracts/${contract.id}/submit`, {}, 200);
  await api(ADMIN, 'POST', `/api/v1/contracts/${contract.id}/approve`, { comment: 'Approved by the e2e test' }, 200);
  const plan = await eventually('billing knows the approved contract', async () => {
    const p = await api(SALES, 'GET', `/api/v1/contracts/${contract.id}/payment-plan`, undefined, 200);
    if (p.contractStatus !== 'ACTIVE') throw new Error(`contract ${p.contractStatus}`);
    return p;
  });
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 60 * 864e5).toISOString().slice(0, 10);
  await api(SALES, 'PUT', `/api/v1/contracts/${contract.id}/payment-plan`, {
    version: plan.version,
    installments: [{ dueDate: today, amount: '6000.00', note: 'Deposit' }, { dueDate: later, amount: '4800.00', note: 'Balance' }],
  }, 200);
  const payment = await api(SALES, 'POST', '/api/v1/payments', {
    contractId: contract.id, amount: '6000.00', currency: 'CNY', receivedAt: today, method: 'BANK_TRANSFER', reference: `E2E-${stamp}`,
  }, 201);
  return { customer, openDeal, contract, payment };
}

await scenario('deals: a salesperson moves a deal on the board; finance confirms a payment', async ({ browser, page, step, shot }) => {
  const { openDeal, contract, payment } = await setUp();
  console.log(`  opportunity ${openDeal.id}, contract ${contract.number} (${contract.id}), payment ${payment.id}`);
  // Wide enough for every column: a drag that makes the board scroll under the pointer is lost.
  await page.setViewportSize({ width: 1920, height: 1080 });

  await step('the salesperson signs in and sees the opportunity on the kanban board with the column totals', async () => {
    await signIn(page, SALES, '/opportunities');
    const column = page.getByTestId('column-QUALIFICATION');
    await column.getByTestId('opportunity-card').filter({ hasText: openDeal.name }).waitFor();
    await page.getByTestId('column-NEEDS_ANALYSIS').getByText('需求分析').waitFor();
  });

  await step('drags the card to the next stage: it moves, and the server agrees', async () => {
    const card = page.getByTestId('column-QUALIFICATION').getByTestId('opportunity-card').filter({ hasText: openDeal.name });
    // Dropped on the column's head: its middle may lie below the fold once a column holds many cards.
    await card.dragTo(page.getByTestId('column-NEEDS_ANALYSIS'), { targetPosition: { x: 120, y: 24 } });
    await page.getByText('已推进到「需求分析」').waitFor();
    await page.getByTestId('column-NEEDS_ANALYSIS').getByTestId('opportunity-card').filter({ hasText: openDeal.name }).waitFor();
    const moved = await api(SALES, 'GET', `/api/v1/opportunities/${openDeal.id}`, undefined, 200);
    if (moved.stage !== 'NEEDS_ANALYSIS') throw new Error(`stage is ${moved.stage}`);
    await shot(page, 'deals-opportunities-kanban');
  });

  const financeContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const finance = await financeContext.newPage();
  finance.setDefaultTimeout(page.context()._options?.timeout ?? 60000);

  await step('finance signs in and opens the contract: the plan and the payment to confirm', async () => {
    await signIn(finance, FINANCE, `/contracts/${contract.id}`);
    await finance.getByTestId('contract-number').getByText(contract.number).waitFor();
    await finance.getByRole('cell', { name: 'Deposit' }).waitFor();
    await finance.getByTestId('plan-collected').getByText('¥0.00').waitFor();
    await finance.getByTestId('plan-recordedUnconfirmed').getByText('¥6,000.00').waitFor();
    await finance.locator('.ant-table-row').filter({ hasText: `E2E-` }).getByText('待确认').waitFor();
  });

  await step('confirms the payment: it shows confirmed and the collected total is updated', async () => {
    const row = finance.locator('.ant-table-row').filter({ hasText: 'E2E-' });
    await row.getByRole('button', { name: '确认到账' }).click();
    await finance.locator('.ant-popconfirm').getByRole('button', { name: '确认到账' }).click();
    await finance.getByText('回款已确认').waitFor();
    await row.getByText('已确认').waitFor();
    await finance.getByTestId('plan-collected').getByText('¥6,000.00').waitFor();
    await finance.getByTestId('plan-recordedUnconfirmed').getByText('¥0.00').waitFor();
    await finance.getByRole('row').filter({ hasText: 'Deposit' }).getByText('已回款').first().waitFor();
    const confirmed = await api(FINANCE, 'GET', `/api/v1/payments/${payment.id}`, undefined, 200);
    if (confirmed.status !== 'CONFIRMED') throw new Error(`payment is ${confirmed.status}`);
    await shot(finance, 'deals-contract-detail', { fullPage: true });
  });

  await step('finds the receivable updated: collected 6,000.00, outstanding 4,800.00', async () => {
    await finance.goto(finance.url().replace(/\/contracts\/.*/, '/receivables?tab=list'));
    await finance.getByRole('menuitem', { name: '应收' }).waitFor();
    const row = finance.locator('.ant-table-row').filter({ hasText: contract.number });
    await row.waitFor();
    await row.getByText('¥6,000.00').waitFor();
    await row.getByText('¥4,800.00').first().waitFor();
  });

  await step('opens the aging report: buckets as a table and a bar chart', async () => {
    await finance.getByRole('tab', { name: '账龄分析' }).click();
    await finance.getByRole('columnheader', { name: '逾期 1–30 天' }).waitFor();
    await finance.getByTestId('aging-table').locator('.ant-table-row').filter({ hasText: 'CNY' }).waitFor();
    await finance.locator('canvas').first().waitFor();
    await finance.waitForTimeout(800); // the chart's animation
    await shot(finance, 'deals-receivables-aging', { fullPage: true });
  });
  await financeContext.close();
});
