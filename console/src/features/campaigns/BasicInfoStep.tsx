import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch, Alert } from 'antd';
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useAuth } from '../../auth/AuthProvider';
import { decimalText, isMoneyText } from './money';
import { typeLabel, useCampaignTypes } from './hooks';
import { editableFields } from './permissions';
import { CAMPAIGN_MODES, TARGET_OBJECTS, type Campaign, type CampaignInput } from './types';

/** The wizard's first step as the form holds it (dates as a range, money as typed text). */
export interface BasicValues {
  name: string;
  type: string;
  mode: Campaign['mode'];
  period: [Dayjs, Dayjs];
  ownerId?: string;
  budget: string;
  currency: string;
  actualCost?: string;
  expectedLeads?: number | null;
  expectedRevenue?: string;
  targetObject: Campaign['targetObject'];
  description?: string;
  autoSync: boolean;
}

/** The names the server's field errors may carry, and where they go (start and end are one range). */
export const BASIC_FIELDS = ['name', 'type', 'mode', 'period', 'ownerId', 'budget', 'currency', 'actualCost', 'expectedLeads', 'expectedRevenue', 'targetObject', 'description', 'autoSync'];
export const BASIC_FIELD_MAP: Record<string, string> = { startAt: 'period', endAt: 'period' };

const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD'];

/** A new campaign: starting now (so sign-ups open at once), for thirty days, online, into the lead pool. */
export function newCampaignValues(): Partial<BasicValues> {
  const start = dayjs().startOf('minute');
  return { mode: 'ONLINE', period: [start, start.add(30, 'day').endOf('day').startOf('minute')], currency: 'CNY', targetObject: 'LEAD', autoSync: false };
}

export function valuesOf(c: Campaign): BasicValues {
  return {
    name: c.name, type: c.type, mode: c.mode, period: [dayjs(c.startAt), dayjs(c.endAt)], ownerId: c.ownerId ?? undefined,
    budget: decimalText(c.budget) ?? '', currency: c.currency, actualCost: decimalText(c.actualCost),
    expectedLeads: c.expectedLeads ?? undefined, expectedRevenue: decimalText(c.expectedRevenue), targetObject: c.targetObject,
    description: c.description ?? undefined, autoSync: c.autoSync,
  };
}

/** The request body: money goes as the typed decimal string (read exactly as a decimal by the service). */
export function inputOf(v: BasicValues, version?: number): CampaignInput {
  const money = (s?: string) => (s?.trim() ? s.trim() : undefined);
  return {
    name: v.name.trim(), type: v.type, mode: v.mode, startAt: v.period[0].toISOString(), endAt: v.period[1].toISOString(),
    ownerId: v.ownerId || undefined, budget: v.budget.trim(), currency: v.currency.trim().toUpperCase(),
    actualCost: money(v.actualCost), expectedLeads: v.expectedLeads ?? undefined, expectedRevenue: money(v.expectedRevenue),
    targetObject: v.targetObject, description: v.description?.trim() || undefined, autoSync: v.autoSync, version,
  };
}

/** Step 1: name, type, online/offline, period, owner, budget and cost with currency, target pool, description. */
export function BasicInfoStep({ form, campaign }: { form: FormInstance<BasicValues>; campaign?: Campaign }) {
  const { t } = useTranslation('campaigns');
  const { user } = useAuth();
  const types = useCampaignTypes();
  const editable = editableFields(campaign?.status);
  const locked = editable !== 'all';
  const costOnly = editable === 'costOnly';
  const moneyRule = (required: boolean): Rule[] => [
    ...(required ? [{ required: true, message: t('fieldError.NotBlank') }] : []),
    { validator: (_, v?: string) => (!v?.trim() || isMoneyText(v) ? Promise.resolve() : Promise.reject(new Error(t('fieldError.MoneyFormat')))) },
  ];
  // a campaign may keep a type that was deactivated since; new choices are the active ones
  const typeOptions = types
    .filter((ty) => ty.active || ty.code === campaign?.type)
    .map((ty) => ({ value: ty.code, label: typeLabel(t, types, ty.code) }));
  const ownerOptions = [
    { value: user.id, label: t('owner.me', { name: user.name || user.username }) },
    ...(campaign?.ownerId && campaign.ownerId !== user.id ? [{ value: campaign.ownerId, label: t('owner.current', { id: campaign.ownerId.slice(0, 8) }) }] : []),
  ];

  return (
    <Form form={form} layout="vertical" name="campaign-basic" initialValues={campaign ? valuesOf(campaign) : newCampaignValues()}>
      {costOnly && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('hint.costOnly')} />}
      {editable === 'published' && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('hint.published')} />}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: t('fieldError.NotBlank') }, { max: 200, message: t('fieldError.Size') }]}>
            <Input disabled={costOnly} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="type" label={t('field.type')} rules={[{ required: true, message: t('fieldError.NotBlank') }]}>
            <Select disabled={costOnly} options={typeOptions} showSearch optionFilterProp="label" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="mode" label={t('field.mode')} rules={[{ required: true }]}>
            <Radio.Group disabled={locked} optionType="button" options={CAMPAIGN_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="period"
            label={t('field.period')}
            rules={[
              { required: true, message: t('fieldError.NotBlank') },
              { validator: (_, v?: [Dayjs, Dayjs]) => (!v || v[1].isAfter(v[0]) ? Promise.resolve() : Promise.reject(new Error(t('fieldError.EndAfterStart')))) },
            ]}
          >
            <DatePicker.RangePicker disabled={costOnly} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} placeholder={[t('field.startAt'), t('field.endAt')]} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ownerId" label={t('field.owner')} extra={t('hint.owner')}>
            <Select allowClear disabled={costOnly} options={ownerOptions} placeholder={t('owner.me', { name: user.name || user.username })} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="budget" label={t('field.budget')} rules={moneyRule(true)}>
            <Input disabled={costOnly} inputMode="decimal" placeholder={t('placeholder.money')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="currency" label={t('field.currency')} rules={[{ required: true, message: t('fieldError.NotBlank') }, { pattern: /^[A-Za-z]{3}$/, message: t('fieldError.Currency') }]}>
            <Select disabled={costOnly} showSearch options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="actualCost" label={t('field.actualCost')} rules={moneyRule(false)} extra={t('hint.actualCost')}>
            <Input inputMode="decimal" placeholder={t('placeholder.money')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="expectedRevenue" label={t('field.expectedRevenue')} rules={moneyRule(false)}>
            <Input disabled={costOnly} inputMode="decimal" placeholder={t('placeholder.money')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="expectedLeads" label={t('field.expectedLeads')}>
            <InputNumber disabled={costOnly} min={0} max={100_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="targetObject" label={t('field.targetObject')} rules={[{ required: true }]}>
            <Radio.Group disabled={locked} optionType="button" options={TARGET_OBJECTS.map((o) => ({ value: o, label: t(`target.${o}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="autoSync" label={t('field.autoSync')} valuePropName="checked" extra={t('hint.autoSync')}>
            <Switch disabled={costOnly} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={t('field.description')} rules={[{ max: 5000, message: t('fieldError.Size') }]}>
            <Input.TextArea rows={4} showCount maxLength={5000} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
