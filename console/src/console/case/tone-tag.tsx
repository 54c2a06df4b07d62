/**
 * A tag whose text keeps WCAG AA contrast on the page's grey and on white (antd's preset status tags
 * put light text on a light background). Always with words, and usually an icon: never colour alone.
 */
import { Tag } from 'antd';
import type { ReactNode } from 'react';

const TONES = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  error: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  warning: { color: '#6b3d00', background: '#fffbe6', borderColor: '#ffd666' },
  info: { color: '#10239e', background: '#f0f5ff', borderColor: '#adc6ff' },
  neutral: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export type Tone = keyof typeof TONES;

export function ToneTag({
  tone,
  icon,
  children,
  ...rest
}: {
  tone: Tone;
  icon?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <Tag icon={icon} style={TONES[tone]} {...rest}>
      {children}
    </Tag>
  );
}
