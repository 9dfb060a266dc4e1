import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatTime } from '../../shared/format';
import { customersApi } from './api';
import { personName, useSalespeople } from './hooks';
import type { RecyclingRules } from './types';

type Values = Pick<RecyclingRules, 'enabled' | 'noFollowUpDays' | 'noDealDays' | 'warnDaysBefore' | 'exemptWithDeal'>;
const FIELDS = ['enabled', 'noFollowUpDays', 'noDealDays', 'warnDaysBefore', 'exemptWithDeal'];

/** The admin's recycling rules (回收规则) of the tenant: read, edit, save (the server checks the combination too). */
export function RecyclingRulesPage() {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const people = useSalespeople();
  const [form] = Form.useForm<Values>();
  const [rules, setRules] = useState<RecyclingRules>();
  const [loadError, setLoadError] = useState<unknown>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const enabled = Form.useWatch('enabled', form);

  useEffect(() => {
    // the form mounts with these as its initial values
    customersApi.recyclingRules().then(setRules).catch(setLoadError);
  }, []);

  const save = async (values: Values) => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await customersApi.saveRecyclingRules(values);
      setRules(saved);
      form.setFieldsValue(saved);
      message.success(t('rules.saved'));
    } catch (e) {
      const unmatched = applyFieldErrors(form, e, { fields: FIELDS });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  if (loadError) return <ErrorAlert error={loadError} />;
  const days = (name: keyof Values, max: number, min = 1) => (
    <Form.Item
      name={name}
      label={t(`rules.${name}`)}
      extra={t(`rules.help.${name}`)}
      rules={[{ required: true }, { type: 'number', min, max }]}
    >
      <InputNumber min={min} max={max} precision={0} suffix={t('rules.days')} style={{ width: 200 }} disabled={!enabled} />
    </Form.Item>
  );
  return (
    <Card title={t('rules.title')} style={{ maxWidth: 760 }}>
      {!rules ? (
        <Skeleton active />
      ) : (
        <>
          {rules.usingDefaults ? (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('rules.usingDefaults')} />
          ) : (
            rules.updatedAt && (
              <Typography.Paragraph type="secondary">
                {t('rules.updated', { by: personName(people, rules.updatedBy, t) ?? '-', at: formatTime(rules.updatedAt) })}
              </Typography.Paragraph>
            )
          )}
          <ErrorAlert error={error} style={{ marginBottom: 16 }} />
          <Form form={form} layout="vertical" name="recycling-rules" initialValues={rules} onFinish={(v) => void save(v)}>
            <Form.Item name="enabled" label={t('rules.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
            {days('noFollowUpDays', 3650)}
            {days('noDealDays', 3650)}
            <Form.Item
              name="warnDaysBefore"
              label={t('rules.warnDaysBefore')}
              extra={t('rules.help.warnDaysBefore')}
              dependencies={['noFollowUpDays', 'noDealDays']}
              rules={[
                { required: true },
                ({ getFieldValue }) => ({
                  // the server's rule: the warning comes before both rules are due
                  validator: (_, warn?: number) =>
                    warn === undefined || warn === null || warn < Math.min(getFieldValue('noFollowUpDays') ?? Infinity, getFieldValue('noDealDays') ?? Infinity)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('rules.warnTooLate'))),
                }),
              ]}
            >
              <InputNumber min={0} max={365} precision={0} suffix={t('rules.days')} style={{ width: 200 }} disabled={!enabled} />
            </Form.Item>
            <Form.Item name="exemptWithDeal" label={t('rules.exemptWithDeal')} extra={t('rules.help.exemptWithDeal')} valuePropName="checked">
              <Switch disabled={!enabled} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>{t('common:action.save')}</Button>
          </Form>
        </>
      )}
    </Card>
  );
}
