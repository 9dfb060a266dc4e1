import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';
import { isApiError } from '../api/problem';

/** An API error in plain words (by its code), with its trace id for support. */
export function ErrorAlert({ error, action, style }: { error: unknown; action?: React.ReactNode; style?: React.CSSProperties }) {
  const { t } = useTranslation();
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
