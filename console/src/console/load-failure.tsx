/**
 * What a page shows when the one resource it reads did not load: "not found" (the API's 404, or 400 for an
 * address that names nothing) with a way back to its list, or the error as the server said it.
 */
import { Alert, Result } from 'antd';
import { Link } from 'react-router';
import { ProblemError } from '../http/client';
import { useMessages } from '../i18n/console';

export function LoadFailure({
  error,
  notFound,
  back,
}: {
  error: Error;
  notFound: { title: string; detail: string };
  back: { to: string; label: string };
}) {
  const messages = useMessages();
  const missing = error instanceof ProblemError && (error.status === 404 || error.status === 400);
  return missing ? (
    <Result
      status="404"
      title={<h2 style={{ fontSize: 24, margin: 0 }}>{notFound.title}</h2>}
      subTitle={notFound.detail}
      extra={<Link to={back.to}>{back.label}</Link>}
    />
  ) : (
    <Alert type="error" showIcon title={messages.common.errorTitle} description={error.message} />
  );
}
