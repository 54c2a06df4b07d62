/** The frame of every form on a year's page: its title, the server's refusal as written, send and cancel. */
import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ProblemError } from '../../http/client';
import { useMessages } from '../../i18n/console';

export function YearModal({
  title,
  sending,
  error,
  onOk,
  onCancel,
  children,
}: {
  title: string;
  sending: boolean;
  error: Error | null;
  onOk(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const messages = useMessages();
  const f = messages.years.form;
  const refused = error instanceof ProblemError && error.status < 500;
  const fields = refused ? (error.problem.errors ?? []) : [];
  return (
    <Modal
      open
      title={title}
      okText={f.send}
      cancelText={f.cancel}
      confirmLoading={sending}
      onOk={onOk}
      onCancel={onCancel}
      destroyOnHidden
      width={760}
    >
      {error && (
        <Alert
          type={refused ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={refused ? f.refused : messages.common.errorTitle}
          description={
            <>
              <span data-testid="refusal">
                {refused ? (error.problem.detail ?? error.message) : `${f.retry} (${error.message})`}
              </span>
              {/* Each field the server named, by its JSON Pointer (/targets/1: the second target). */}
              {fields.length > 0 && (
                <ul data-testid="refusal-fields" style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {fields.map((field) => (
                    <li key={field.pointer}>
                      <code>{field.pointer}</code> {field.detail}
                    </li>
                  ))}
                </ul>
              )}
            </>
          }
        />
      )}
      {children}
    </Modal>
  );
}
