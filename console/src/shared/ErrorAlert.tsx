import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { isApiError } from '../api/problem';
import { useFeatureNamespace } from '../app/featureNamespace';

/** An API error in plain words (by its reason or code, as the open page's area words it), with its trace id. */
export function ErrorAlert({ error, action, style }: { error: unknown; action?: React.ReactNode; style?: React.CSSProperties }) {
  const namespace = useFeatureNamespace();
  const { t } = useTranslation(namespace ? [namespace, 'common'] : 'common', { nsMode: 'fallback' });
  if (!error) return null;
  const traceId = isApiError(error) ? error.problem.traceId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={style}
      message={errorMessage(error, t)}
      description={traceId ? t('error.traceId', { traceId }) : undefined}
      action={action}
    />
  );
}
