/** Debian's Chromium, as the browser tests and the screenshot command launch it. */
import { execFileSync } from 'node:child_process';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * This machine's network is closed: without these, Chromium keeps trying to reach Google's services
 * and its connections are refused many at a time.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium's major version, or null when it does not answer. */
export function chromiumMajor(): number | null {
  try {
    const version = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' });
    const match = /Chromium (\d+)\./.exec(version);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
