/** Where scripts/bootstrap.sh put the tools (see scripts/tools.json for versions). */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import versions from '../tools.json';

export function toolsDir(): string {
  return process.env.TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'capacity-exit');
}

export function temporalCliPath(): string {
  const cli =
    process.env.TEMPORAL_CLI ?? path.join(toolsDir(), `temporal-cli-${versions.temporalCli}`, 'temporal');
  if (!existsSync(cli)) {
    throw new Error(
      `no Temporal CLI at ${cli}: run \`bash scripts/bootstrap.sh\` (npm start and npm test run it)`,
    );
  }
  return cli;
}

/** The folder of the time-skipping test server's jars, or undefined to let the SDK download its own. */
export function timeSkippingServerLib(): string | undefined {
  const lib = path.join(toolsDir(), `temporal-test-server-${versions.temporalTestServer}`, 'lib');
  return existsSync(lib) ? lib : undefined;
}

export const TIME_SKIPPING_SERVER_WRAPPER = path.join(__dirname, '..', 'temporal-test-server.sh');

/** The schemathesis CLI in its virtual environment (`bootstrap.sh --test` installs it). */
export function schemathesisPath(): string {
  const venv = path.join(toolsDir(), `schemathesis-${versions.schemathesis}`);
  if (!existsSync(path.join(venv, '.installed'))) {
    throw new Error(
      `no schemathesis in ${venv}: run \`bash scripts/bootstrap.sh --test\` (npm test runs it)`,
    );
  }
  return path.join(venv, 'bin', 'schemathesis');
}

/** The production Temporal server, its SQL schema tool and the Web UI server, for the cluster topology. */
export interface ClusterTools {
  server: string;
  sqlTool: string;
  uiServer: string;
  /** The UI server's root: its config/docker.yaml template, copied from its Go module. */
  uiServerRoot: string;
}

export function clusterTools(): ClusterTools {
  const serverDir = path.join(toolsDir(), `temporal-server-${versions.temporalServer}`);
  const uiDir = path.join(toolsDir(), `temporal-ui-server-${versions.temporalUiServer}`);
  const tools = {
    server: path.join(serverDir, 'temporal-server'),
    sqlTool: path.join(serverDir, 'temporal-sql-tool'),
    uiServer: path.join(uiDir, 'ui-server'),
    uiServerRoot: uiDir,
  };
  const missing = [tools.server, tools.sqlTool, tools.uiServer].filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `the cluster topology needs ${missing.join(', ')}: run \`bash scripts/bootstrap.sh --cluster\` ` +
        '(npm start with TEMPORAL_TOPOLOGY=cluster and npm test run it)',
    );
  return tools;
}
