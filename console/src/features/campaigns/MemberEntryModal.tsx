import { useEffect, useState } from 'react';
import { App, Form, Modal, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { AnswerFormItem, toAnswers } from './AnswerInput';
import { campaignsApi } from './api';
import { localizedFieldErrors } from './errors';
import type { CampaignForm, Member } from './types';

/**
 * Offline entry of one member (a business card, a sign-up sheet) with the campaign's current form. A refused answer
 * (400 INVALID_ANSWERS, `answers.<key>`) turns its field red and keeps everything typed.
 */
export function MemberEntryModal({ campaignId, open, onClose, onSaved }: {
  campaignId: string;
  open: boolean;
  onClose: () => void;
  onSaved: (member: Member) => void;
}) {
  const { t } = useTranslation('campaigns');
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [campaignForm, setCampaignForm] = useState<CampaignForm>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    let current = true;
    campaignsApi.form(campaignId).then((f) => current && setCampaignForm(f)).catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, [open, campaignId]);

  const submit = async () => {
    if (!campaignForm) return;
    const values = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      const member = await campaignsApi.addMember(campaignId, toAnswers(values, campaignForm.fields));
      message.success(member.submissions > 1 ? t('members.merged') : t('members.added'));
      form.resetFields();
      onSaved(member);
    } catch (e) {
      const keys = campaignForm.fields.map((f) => f.key);
      const map = Object.fromEntries(keys.map((k) => [`answers.${k}`, k]));
      const unmatched = applyFieldErrors(form, localizedFieldErrors(e, t), { fields: keys, map });
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('entry.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common:action.save')}
      confirmLoading={saving}
      forceRender
      destroyOnHidden={false}
    >
      <Typography.Paragraph type="secondary">{t('entry.hint')}</Typography.Paragraph>
      <ErrorAlert error={error} style={{ marginBottom: 16 }} />
      {!campaignForm ? (!error && <Skeleton active />) : (
        <Form form={form} layout="vertical" name="member-entry">
          {campaignForm.fields.map((field) => <AnswerFormItem key={field.key} field={field} t={t} />)}
        </Form>
      )}
    </Modal>
  );
}
