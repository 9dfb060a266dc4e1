import { Button, Card, Empty, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AnswerFormItem } from './AnswerInput';
import type { FormField } from './types';

/**
 * The sign-up form as a visitor will see it on the promotion link (the public page shows the campaign's name,
 * description and the fields in this order), live while the form is being built.
 */
export function FormPreview({ name, description, fields }: { name?: string; description?: string; fields: FormField[] }) {
  const { t } = useTranslation('campaigns');
  return (
    <Card size="small" title={t('builder.preview')} data-testid="form-preview" styles={{ body: { background: '#fafafa' } }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('builder.previewHint')}</Typography.Paragraph>
      <div style={{ maxWidth: 420, margin: '0 auto', background: '#fff', padding: 16, borderRadius: 8, boxShadow: '0 1px 4px rgba(0,0,0,0.08)' }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>{name?.trim() || t('builder.untitled')}</Typography.Title>
        {description && <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>{description}</Typography.Paragraph>}
        {fields.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('builder.empty')} />
        ) : (
          <Form layout="vertical" name="form-preview" disabled={false}>
            {fields.map((field, i) => <AnswerFormItem key={`${i}-${field.key}`} field={field} t={t} />)}
            <Button type="primary" block htmlType="button">{t('builder.submit')}</Button>
          </Form>
        )}
      </div>
    </Card>
  );
}
