import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LockedPackage {
  version?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

const lockfile = JSON.parse(readFileSync(path.join(__dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** Where Node (and npm) find `name` from the package installed at `from`: its own node_modules, then each parent's. */
function resolve(from: string, name: string): LockedPackage | undefined {
  let base = from;
  for (;;) {
    const found = lockfile.packages[`${base ? `${base}/` : ''}node_modules/${name}`];
    if (found || !base) return found;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  // `npm ci` (the bootstrap's install) refuses a lockfile that lacks another platform's optional
  // package, and `npm install` would add it and leave the checkout dirty.
  it('lists every optional platform package of every locked package, at the pinned version', () => {
    const missing = Object.entries(lockfile.packages).flatMap(([at, locked]) =>
      Object.entries(locked.optionalDependencies ?? {})
        .filter(([name, version]) => {
          const found = resolve(at, name);
          return !found || (/^\d+\.\d+\.\d+$/.test(version) && found.version !== version);
        })
        .map(([name, version]) => `${at || '(root)'} → ${name}@${version}`),
    );
    expect(missing).toEqual([]);
  });
});
