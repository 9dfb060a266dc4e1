import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, Input, Row, Select, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from './AnswerInput';
import { CustomFieldModal } from './CustomFieldModal';
import { FormPreview } from './FormPreview';
import {
  CATALOGUE_KEYS, MAX_FIELDS, catalogueField, customField, freeCustomKey, hasPhoneOrEmail, moveField,
  type BuilderField,
} from './formFields';
import { CHOICE_TYPES } from './types';

interface Props {
  fields: BuilderField[];
  onChange: (fields: BuilderField[]) => void;
  /** the server's messages per row (a 400 on PUT /form), and for the whole form */
  rowErrors: Record<number, string[]>;
  formErrors: string[];
  disabled?: boolean;
  campaignName?: string;
  description?: string;
}

/**
 * Step 2 of the wizard: standard fields from the catalogue, custom fields, required toggles, order (up/down), and
 * beside them the live preview of the form as a visitor sees it.
 */
export function FormBuilder({ fields, onChange, rowErrors, formErrors, disabled, campaignName, description }: Props) {
  const { t } = useTranslation('campaigns');
  const [adding, setAdding] = useState(false);
  const used = new Set(fields.map((f) => f.key));
  const full = fields.length >= MAX_FIELDS;
  const update = (index: number, change: Partial<BuilderField>) =>
    onChange(fields.map((f, i) => (i === index ? { ...f, ...change } : f)));

  return (
    <Row gutter={16}>
      <Col xs={24} lg={6}>
        <Card size="small" title={t('builder.catalogue')} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('builder.catalogueHint')}</Typography.Text>}>
          <Space wrap>
            {CATALOGUE_KEYS.map((key) => (
              <Button
                key={key}
                size="small"
                icon={<PlusOutlined />}
                disabled={disabled || used.has(key) || full}
                onClick={() => onChange([...fields, catalogueField(key)])}
                data-testid={`catalogue-${key}`}
              >
                {t(`catalogue.${key}`)}
              </Button>
            ))}
          </Space>
        </Card>
        <Card size="small" title={t('builder.custom')} style={{ marginTop: 16 }}>
          <Button block icon={<PlusOutlined />} disabled={disabled || full} onClick={() => setAdding(true)}>{t('builder.addCustom')}</Button>
          {full && <Typography.Text type="secondary">{t('builder.tooMany')}</Typography.Text>}
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('builder.fields', { count: fields.length })}>
          {!hasPhoneOrEmail(fields) && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('builder.phoneOrEmail')} />}
          {formErrors.map((m) => <Alert key={m} type="error" showIcon style={{ marginBottom: 12 }} message={m} />)}
          {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('builder.empty')} />}
          <Space direction="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <FieldRow
                key={field.uid}
                field={field}
                errors={rowErrors[index]}
                first={index === 0}
                last={index === fields.length - 1}
                disabled={disabled}
                onChange={(change) => update(index, change)}
                onMove={(delta) => onChange(moveField(fields, index, delta))}
                onRemove={() => onChange(fields.filter((_, i) => i !== index))}
              />
            ))}
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <FormPreview name={campaignName} description={description} fields={fields.map((f) => ({ ...f, label: f.label || fieldLabel(t, f) }))} />
      </Col>
      <CustomFieldModal
        open={adding}
        takenKeys={[...used]}
        suggestedKey={freeCustomKey(fields)}
        onCancel={() => setAdding(false)}
        onAdd={(values) => {
          onChange([...fields, customField(values)]);
          setAdding(false);
        }}
      />
    </Row>
  );
}

function FieldRow({ field, errors, first, last, disabled, onChange, onMove, onRemove }: {
  field: BuilderField;
  errors?: string[];
  first: boolean;
  last: boolean;
  disabled?: boolean;
  onChange: (change: Partial<BuilderField>) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const name = fieldLabel(t, field);
  return (
    <Card
      size="small"
      data-testid="builder-field"
      style={errors?.length ? { borderColor: '#ff4d4f' } : undefined}
      title={
        <Space size={4}>
          <span>{name}</span>
          <Tag>{field.catalogue ? t('builder.standard') : t(`fieldType.${field.type}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{field.key}</Typography.Text>
        </Space>
      }
      extra={
        <Space size={2}>
          <Switch
            size="small"
            checked={field.required}
            disabled={disabled}
            onChange={(required) => onChange({ required })}
            aria-label={`${t('builder.required')} ${name}`}
          />
          <Typography.Text style={{ fontSize: 12, marginRight: 4 }}>{t('builder.required')}</Typography.Text>
          <Tooltip title={t('builder.moveUp')}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={disabled || first} onClick={() => onMove(-1)} aria-label={`${t('builder.moveUp')} ${name}`} />
          </Tooltip>
          <Tooltip title={t('builder.moveDown')}>
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={disabled || last} onClick={() => onMove(1)} aria-label={`${t('builder.moveDown')} ${name}`} />
          </Tooltip>
          <Tooltip title={t('builder.remove')}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={disabled} onClick={onRemove} aria-label={`${t('builder.remove')} ${name}`} />
          </Tooltip>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={6}>
        <Input
          size="small"
          prefix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('builder.label')}</Typography.Text>}
          value={field.label}
          disabled={disabled}
          maxLength={100}
          placeholder={field.catalogue ? t('builder.labelDefault', { label: t(`catalogue.${field.key}`) }) : undefined}
          onChange={(e) => onChange({ label: e.target.value })}
          aria-label={`${t('builder.label')} ${field.key}`}
        />
        {CHOICE_TYPES.includes(field.type) && (
          <Select
            size="small"
            mode="tags"
            open={false}
            suffixIcon={null}
            style={{ width: '100%' }}
            value={field.options}
            disabled={disabled}
            placeholder={t('builder.optionsHint')}
            tokenSeparators={[',', '，']}
            onChange={(options: string[]) => onChange({ options })}
            aria-label={`${t('builder.options')} ${field.key}`}
          />
        )}
        {errors?.map((m) => <Typography.Text key={m} type="danger" role="alert">{m}</Typography.Text>)}
      </Space>
    </Card>
  );
}
