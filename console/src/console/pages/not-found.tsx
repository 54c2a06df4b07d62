import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useMessages } from '../../i18n/console';

export function NotFoundPage() {
  const messages = useMessages();
  return (
    <Result
      status="404"
      title={messages.common.notFound}
      extra={
        <Link to="/">
          <Button type="primary">{messages.common.backToInbox}</Button>
        </Link>
      }
    />
  );
}
