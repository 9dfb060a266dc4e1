import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Skeleton, Space, Steps } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/errors';
import { isApiError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { campaignsApi } from './api';
import { BASIC_FIELDS, BASIC_FIELD_MAP, BasicInfoStep, inputOf, type BasicValues } from './BasicInfoStep';
import { campaignErrorMessage, localizedFieldErrors } from './errors';
import { FormBuilder } from './FormBuilder';
import { builderErrors, defaultFields, fromForm, hasPhoneOrEmail, toRequest, type BuilderField, type CatalogueKey } from './formFields';
import { campaignActions } from './permissions';
import { useAuth } from '../../auth/AuthProvider';
import type { Campaign } from './types';

/** The wizard of a campaign being edited: the campaign and its current form (none yet: the default fields). */
function useEditedCampaign(id: string | undefined) {
  const [campaign, setCampaign] = useState<Campaign>();
  const [fields, setFields] = useState<BuilderField[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!id) {
      setFields(defaultFields());
      return;
    }
    let current = true;
    campaignsApi.get(id)
      .then(async (c) => {
        const form = c.formVersion ? await campaignsApi.form(id).catch(() => undefined) : undefined;
        if (!current) return;
        setCampaign(c);
        setFields(form ? fromForm(form.fields) : defaultFields());
      })
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, [id]);
  return { campaign, fields, setFields, error };
}

/**
 * The two-step wizard (antd Steps) for a new campaign and for an edit: basic information, then the sign-up form
 * with its live preview. Both steps stay mounted, so nothing typed is lost when moving between them; on save the
 * campaign is written first (POST, or PUT with its version), then the form (PUT /form). A 400 puts each message on
 * its field and opens the step that field is on.
 */
export function CampaignWizardPage() {
  const { id } = useParams();
  const { t } = useTranslation('campaigns');
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const loaded = useEditedCampaign(id);

  if (loaded.error) {
    return <ErrorAlert error={loaded.error} action={<Button onClick={() => navigate('/campaigns')}>{t('common:action.back')}</Button>} />;
  }
  if (!loaded.fields || (id && !loaded.campaign)) return <Skeleton active />;
  return (
    <Wizard
      key={id ?? 'new'}
      campaign={loaded.campaign}
      initialFields={loaded.fields}
      formEditable={!loaded.campaign || campaignActions(user, loaded.campaign).editForm}
      onSaved={(c) => {
        message.success(t('wizard.saved'));
        navigate(`/campaigns/${c.id}`);
      }}
      onCancel={() => navigate(loaded.campaign ? `/campaigns/${loaded.campaign.id}` : '/campaigns')}
    />
  );
}

function Wizard({ campaign, initialFields, formEditable, onSaved, onCancel }: {
  campaign?: Campaign;
  initialFields: BuilderField[];
  formEditable: boolean;
  onSaved: (campaign: Campaign) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const [form] = Form.useForm<BasicValues>();
  const [step, setStep] = useState(0);
  const [fields, setFields] = useState(initialFields);
  const [rowErrors, setRowErrors] = useState<Record<number, string[]>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [basicError, setBasicError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  // the campaign as last saved: after a POST whose form was refused, the next save is a PUT of this one
  const [saved, setSaved] = useState<Campaign | undefined>(campaign);
  const name = Form.useWatch('name', form);
  const description = Form.useWatch('description', form);

  const changeFields = (next: BuilderField[]) => {
    setFields(next);
    setRowErrors({});
    setFormErrors([]);
  };

  const next = async () => {
    try {
      await form.validateFields();
      setBasicError(undefined);
      setStep(1);
    } catch {
      setBasicError(t('wizard.basicHasErrors'));
    }
  };

  const saveCampaign = async (values: BasicValues): Promise<Campaign | undefined> => {
    try {
      const c = saved
        ? await campaignsApi.update(saved.id, inputOf(values, saved.version))
        : await campaignsApi.create(inputOf(values));
      setSaved(c);
      return c;
    } catch (e) {
      const localized = localizedFieldErrors(e, t);
      const unmatched = applyFieldErrors(form, localized, { fields: BASIC_FIELDS, map: BASIC_FIELD_MAP });
      if (isApiError(e) && e.fieldErrors.length > 0 && unmatched.length < e.fieldErrors.length) {
        // a field of step 1 was refused: show it there, red, with the builder kept as it is
        setStep(0);
        setBasicError(t('wizard.basicHasErrors'));
      }
      setError(unmatched.length || !isApiError(e) || e.fieldErrors.length === 0 ? e : undefined);
      return undefined;
    }
  };

  const saveForm = async (c: Campaign): Promise<boolean> => {
    try {
      await campaignsApi.saveForm(c.id, toRequest(fields, (key: CatalogueKey) => t(`catalogue.${key}`)));
      return true;
    } catch (e) {
      const localized = localizedFieldErrors(e, t);
      if (isApiError(localized) && localized.fieldErrors.length) {
        const { byRow, form: whole } = builderErrors(localized.fieldErrors);
        setRowErrors(byRow);
        setFormErrors(whole);
        setError(undefined);
      } else {
        setError(e);
      }
      setStep(1);
      return false;
    }
  };

  const save = async () => {
    let values: BasicValues;
    try {
      values = await form.validateFields();
    } catch {
      setStep(0);
      setBasicError(t('wizard.basicHasErrors'));
      return;
    }
    if (formEditable && !hasPhoneOrEmail(fields)) {
      setStep(1);
      setFormErrors([t('builder.phoneOrEmail')]);
      return;
    }
    setSaving(true);
    setError(undefined);
    setBasicError(undefined);
    try {
      const c = await saveCampaign(values);
      if (!c) return;
      if (formEditable && !(await saveForm(c))) return;
      onSaved(c);
    } finally {
      setSaving(false);
    }
  };

  const formNotSaved = saved && !campaign && (Object.keys(rowErrors).length > 0 || formErrors.length > 0);

  return (
    <Card title={campaign ? t('wizard.editTitle', { name: campaign.name }) : t('wizard.createTitle')}>
      <Steps
        current={step}
        onChange={(s) => (s === 1 ? void next() : setStep(0))}
        items={[{ title: t('wizard.stepBasic') }, { title: t('wizard.stepForm') }]}
        style={{ maxWidth: 560, margin: '0 auto 24px' }}
      />
      {error ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {basicError && step === 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={basicError} />}
      {formNotSaved && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('wizard.savedCampaignNotForm')} />}
      {isApiError(error) && error.problem.reason === 'CAMPAIGN_NOT_EDITABLE' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={campaignErrorMessage(error, t)} />
      )}
      <div style={{ display: step === 0 ? 'block' : 'none' }} data-testid="wizard-step-basic">
        <BasicInfoStep form={form} campaign={campaign} />
      </div>
      <div style={{ display: step === 1 ? 'block' : 'none' }} data-testid="wizard-step-form">
        {!formEditable && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('wizard.formLocked')} />}
        <FormBuilder
          fields={fields}
          onChange={changeFields}
          rowErrors={rowErrors}
          formErrors={formErrors}
          disabled={!formEditable}
          campaignName={name}
          description={description}
        />
      </div>
      <Space style={{ marginTop: 24, width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>{t('common:action.cancel')}</Button>
        {step === 1 && <Button onClick={() => setStep(0)}>{t('wizard.prev')}</Button>}
        {step === 0 && <Button type="primary" onClick={() => void next()}>{t('wizard.next')}</Button>}
        {step === 1 && <Button type="primary" loading={saving} onClick={() => void save()}>{t('wizard.save')}</Button>}
      </Space>
    </Card>
  );
}
