import { useEffect } from 'react';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { CUSTOM_KEY, isCatalogueKey } from './formFields';
import { CHOICE_TYPES, FIELD_TYPES, type FieldType } from './types';

export interface CustomFieldValues {
  label: string;
  key: string;
  type: FieldType;
  options?: string[];
  required?: boolean;
}

/** Adds a custom field: label, key (checked as the API does), type and, for choices, the options. */
export function CustomFieldModal({ open, takenKeys, suggestedKey, onCancel, onAdd }: {
  open: boolean;
  takenKeys: string[];
  suggestedKey: string;
  onCancel: () => void;
  onAdd: (values: CustomFieldValues) => void;
}) {
  const { t } = useTranslation('campaigns');
  const [form] = Form.useForm<CustomFieldValues>();
  const type = Form.useWatch('type', form);

  useEffect(() => {
    if (open) form.setFieldsValue({ label: '', key: suggestedKey, type: 'TEXT', options: [], required: false });
  }, [open, suggestedKey, form]);

  return (
    <Modal
      open={open}
      title={t('builder.addCustom')}
      onCancel={onCancel}
      okText={t('common:action.ok')}
      onOk={async () => {
        const values = await form.validateFields();
        onAdd({ ...values, label: values.label.trim(), key: values.key.trim() });
      }}
      forceRender
    >
      <Form form={form} layout="vertical" name="custom-field">
        <Form.Item name="label" label={t('builder.label')} rules={[{ required: true, whitespace: true, message: t('fieldError.NotBlank') }, { max: 100, message: t('fieldError.Size') }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('builder.key')}
          extra={t('builder.keyHint')}
          rules={[
            { required: true, message: t('fieldError.NotBlank') },
            { pattern: CUSTOM_KEY, message: t('fieldError.KeyPattern') },
            {
              validator: (_, v: string) =>
                v && (takenKeys.includes(v.trim()) || isCatalogueKey(v.trim()))
                  ? Promise.reject(new Error(t('builder.keyTaken')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="type" label={t('builder.type')}>
          <Select options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`fieldType.${ft}`) }))} />
        </Form.Item>
        {CHOICE_TYPES.includes(type) && (
          <Form.Item
            name="options"
            label={t('builder.options')}
            extra={t('builder.optionsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('fieldError.OptionsRequired') }, { type: 'array', max: 50, message: t('fieldError.TooManyOptions') }]}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} />
          </Form.Item>
        )}
        <Form.Item name="required" label={t('builder.required')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
