import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/ErrorAlert';
import { dealsApi } from '../api';
import { usePipelineSettings } from '../hooks';
import type { LossReason, Stage } from '../types';

/**
 * An admin's pipeline settings: the open stages (rename, reorder, re-weight; codes stay) and the loss reasons
 * (labels of the built-in ones, the tenant's own). Each list is saved as a whole.
 */
export function PipelineSettingsPage() {
  const { reload } = usePipelineSettings();
  const [stages, setStages] = useState<Stage[]>();
  const [reasons, setReasons] = useState<LossReason[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    // the tenant's own names as stored (the board shows default names in the user's language)
    dealsApi.pipelineSettings().then((s) => {
      setStages(s.stages.filter((st) => st.open));
      setReasons(s.lossReasons);
    }).catch(setError);
  }, []);
  if (error) return <ErrorAlert error={error} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {stages && <StagesCard initial={stages} onSaved={reload} />}
      {reasons && <LossReasonsCard initial={reasons} onSaved={reload} />}
    </Space>
  );
}

function StagesCard({ initial, onSaved }: { initial: Stage[]; onSaved: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [stages, setStages] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const update = (i: number, patch: Partial<Stage>) => setStages((s) => s.map((st, j) => (j === i ? { ...st, ...patch } : st)));
  const swap = (i: number, j: number) =>
    setStages((s) => {
      const next = [...s];
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await dealsApi.saveStages(stages.map(({ code, name, probability }) => ({ code, name: name.trim(), probability })));
      setStages(saved.stages.filter((s) => s.open));
      message.success(t('settings.saved'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('settings.stages')} extra={<Button type="primary" loading={saving} onClick={() => void save()}>{t('settings.saveStages')}</Button>}>
      <Typography.Paragraph type="secondary">{t('settings.stagesHint')}</Typography.Paragraph>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Table<Stage>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={stages}
        columns={[
          { title: t('settings.code'), dataIndex: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
          { title: t('settings.name'), dataIndex: 'name', render: (v: string, _s, i) => <Input value={v} maxLength={100} onChange={(e) => update(i, { name: e.target.value })} aria-label={t('settings.name')} /> },
          { title: t('settings.probability'), dataIndex: 'probability', render: (v: number, _s, i) => <InputNumber min={0} max={100} precision={0} value={v} onChange={(p) => update(i, { probability: p ?? 0 })} /> },
          {
            title: '',
            key: 'order',
            render: (_: unknown, _s, i) => (
              <Space>
                <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => swap(i, i - 1)} aria-label={t('settings.up')} />
                <Button size="small" icon={<ArrowDownOutlined />} disabled={i === stages.length - 1} onClick={() => swap(i, i + 1)} aria-label={t('settings.down')} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function LossReasonsCard({ initial, onSaved }: { initial: LossReason[]; onSaved: () => void }) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reasons: LossReason[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return; // invalid fields show their messages; nothing is sent
    const { reasons } = values;
    setSaving(true);
    setError(undefined);
    try {
      const saved = await dealsApi.saveLossReasons(reasons.map((r) => ({ code: r.code.trim(), label: r.label.trim() })));
      form.setFieldsValue({ reasons: saved.lossReasons });
      message.success(t('settings.saved'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t('settings.lossReasons')} extra={<Button type="primary" loading={saving} onClick={() => void save()}>{t('settings.saveReasons')}</Button>}>
      <Typography.Paragraph type="secondary">{t('settings.reasonsHint')}</Typography.Paragraph>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} name="loss-reasons" initialValues={{ reasons: initial }}>
        <Form.List name="reasons">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => {
                const builtIn = form.getFieldValue(['reasons', field.name, 'builtIn']) as boolean | undefined;
                return (
                  <Space key={field.key} align="start" style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'code']} rules={[{ required: true }, { pattern: /^[A-Z][A-Z0-9_]{1,31}$/, message: t('settings.reasonsHint') }]}>
                      <Input disabled={builtIn} style={{ width: 180 }} aria-label={t('settings.code')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'label']} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
                      <Input style={{ width: 260 }} aria-label={t('settings.name')} />
                    </Form.Item>
                    {builtIn ? <Tag>{t('settings.builtIn')}</Tag> : <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('plan.remove')} />}
                  </Space>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add({ code: '', label: '', builtIn: false })}>{t('settings.addReason')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
