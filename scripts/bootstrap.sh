#!/usr/bin/env bash
# Installs what `npm start` and `npm test` need, and skips quickly what is already there:
#   - npm dependencies, exactly as package-lock.json pins them (when it changed since the last install)
#   - the Temporal CLI (dev server + Web UI), built from the Go module proxy
#   - with --cluster or --test, or when TEMPORAL_TOPOLOGY=cluster: the production Temporal server,
#     temporal-sql-tool and the Web UI server, built from the Go module proxy (the cluster topology)
#   - the console and public pages, built with Vite when their sources changed (scripts/build-console.ts)
#   - with --test: the Temporal time-skipping test server (Java), fetched from Maven Central,
#     schemathesis (PyPI) in a Python virtual environment, for the property-based API test, and
#     Debian's Chromium with a CJK font for the console's browser tests
# Tools live outside the clone, in $TOOLS_DIR (default ~/.cache/capacity-exit), so clones share them.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS_DIR="${TOOLS_DIR:-$HOME/.cache/capacity-exit}"
CLI_VERSION=$(node -p "require('./scripts/tools.json').temporalCli")
TEST_SERVER_VERSION=$(node -p "require('./scripts/tools.json').temporalTestServer")
CLI_DIR="$TOOLS_DIR/temporal-cli-$CLI_VERSION"
SERVER_VERSION=$(node -p "require('./scripts/tools.json').temporalServer")
UI_SERVER_VERSION=$(node -p "require('./scripts/tools.json').temporalUiServer")
SERVER_DIR="$TOOLS_DIR/temporal-server-$SERVER_VERSION"
UI_SERVER_DIR="$TOOLS_DIR/temporal-ui-server-$UI_SERVER_VERSION"
TEST_SERVER_DIR="$TOOLS_DIR/temporal-test-server-$TEST_SERVER_VERSION"
SCHEMATHESIS_VERSION=$(node -p "require('./scripts/tools.json').schemathesis")
SCHEMATHESIS_DIR="$TOOLS_DIR/schemathesis-$SCHEMATHESIS_VERSION"

say() { printf '[bootstrap] %s\n' "$*" >&2; }

ensure_node_modules() {
  local want have=""
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  [ -f node_modules/.lock-sha256 ] && have=$(cat node_modules/.lock-sha256)
  if [ "$want" != "$have" ]; then
    # `npm ci`: installs exactly what package-lock.json pins and never rewrites it, so the checkout
    # stays clean. It refuses a lockfile that lacks any platform's optional package (@swc/core-*,
    # @unrs/resolver-binding-*): tests/unit/lockfile.test.ts checks that every one is listed.
    say "installing npm dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    sha256sum package-lock.json | cut -d' ' -f1 > node_modules/.lock-sha256
  fi
}

ensure_temporal_cli() {
  if [ -n "${TEMPORAL_CLI:-}" ]; then
    [ -x "$TEMPORAL_CLI" ] || { say "TEMPORAL_CLI=$TEMPORAL_CLI is not an executable"; exit 1; }
    return
  fi
  [ -x "$CLI_DIR/temporal" ] && return
  rm -rf "$CLI_DIR.tmp"; mkdir -p "$CLI_DIR"
  if command -v go >/dev/null 2>&1; then
    say "building the Temporal CLI $CLI_VERSION from the Go module proxy (a few minutes, once)"
    GOBIN="$CLI_DIR.tmp" go install "github.com/temporalio/cli/cmd/temporal@$CLI_VERSION"
  else
    # What the Temporal SDK itself does (sdk-core ephemeral_server): ask temporal.download for the
    # archive of this version and platform, then extract the binary. Needs internet.
    say "no Go toolchain: downloading the Temporal CLI $CLI_VERSION as the Temporal SDK would"
    mkdir -p "$CLI_DIR.tmp"
    local arch info url file
    arch=$(uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/')
    if info=$(curl -fsSL "https://temporal.download/cli/${CLI_VERSION#v}?platform=linux&arch=$arch") &&
      url=$(node -p 'JSON.parse(process.argv[1]).archive_url' "$info") &&
      file=$(node -p 'JSON.parse(process.argv[1]).file_to_extract' "$info") &&
      curl -fsSL "$url" | tar -xz -C "$CLI_DIR.tmp" "$file"; then
      [ "$file" = temporal ] || mv "$CLI_DIR.tmp/$file" "$CLI_DIR.tmp/temporal"
    else
      say "could not get the Temporal CLI: install Go (to build it), set TEMPORAL_CLI to a temporal binary,"
      say "or point TEMPORAL_ADDRESS (and DATABASE_URL) at running servers."
      exit 1
    fi
  fi
  mv "$CLI_DIR.tmp/temporal" "$CLI_DIR/temporal"
  rmdir "$CLI_DIR.tmp"
}

# The cluster topology's binaries. Only Go builds them here: unlike the CLI, upstream publishes them
# as Docker images and release archives, which these machines cannot download.
ensure_temporal_cluster() {
  [ -x "$SERVER_DIR/temporal-server" ] && [ -x "$UI_SERVER_DIR/ui-server" ] && return
  command -v go >/dev/null 2>&1 || {
    say "the cluster topology needs Go to build the Temporal server $SERVER_VERSION; use the dev server"
    say "(leave TEMPORAL_TOPOLOGY unset) or run docker-compose.yml where Docker runs"
    exit 1
  }
  if [ ! -x "$SERVER_DIR/temporal-server" ]; then
    say "building the Temporal server $SERVER_VERSION and temporal-sql-tool from the Go module proxy (a few minutes, once)"
    rm -rf "$SERVER_DIR.tmp"
    GOBIN="$SERVER_DIR.tmp" go install "go.temporal.io/server/cmd/server@$SERVER_VERSION" \
      "go.temporal.io/server/cmd/tools/sql@$SERVER_VERSION"
    mkdir -p "$SERVER_DIR"
    mv "$SERVER_DIR.tmp/sql" "$SERVER_DIR/temporal-sql-tool"
    mv "$SERVER_DIR.tmp/server" "$SERVER_DIR/temporal-server"
    rmdir "$SERVER_DIR.tmp"
  fi
  if [ ! -x "$UI_SERVER_DIR/ui-server" ]; then
    say "building the Temporal Web UI server $UI_SERVER_VERSION from the Go module proxy (once)"
    rm -rf "$UI_SERVER_DIR.tmp"
    GOBIN="$UI_SERVER_DIR.tmp" go install "github.com/temporalio/ui-server/v2/cmd/server@$UI_SERVER_VERSION"
    # Its configuration template ships in the module, beside the code.
    local module
    module=$(go mod download -json "github.com/temporalio/ui-server/v2@$UI_SERVER_VERSION" | node -e \
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).Dir))')
    mkdir -p "$UI_SERVER_DIR.tmp/config"
    cp "$module/config/docker.yaml" "$UI_SERVER_DIR.tmp/config/docker.yaml"
    mv "$UI_SERVER_DIR.tmp/server" "$UI_SERVER_DIR.tmp/ui-server"
    rm -rf "$UI_SERVER_DIR"
    mv "$UI_SERVER_DIR.tmp" "$UI_SERVER_DIR"
  fi
}

ensure_test_server() {
  [ -d "$TEST_SERVER_DIR/lib" ] && return
  if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    say "no Java/Maven: the tests will let the Temporal SDK download its time-skipping test server"
    return
  fi
  say "fetching the Temporal time-skipping test server $TEST_SERVER_VERSION from Maven Central (once)"
  local work; rm -rf "$TEST_SERVER_DIR.tmp"
  work=$(mktemp -d)
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.capacity-exit</groupId><artifactId>test-server-fetch</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId>
      <version>$TEST_SERVER_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
  mvn -q -B -f "$work/pom.xml" dependency:copy-dependencies -DoutputDirectory="$TEST_SERVER_DIR.tmp/lib"
  rm -rf "$work" "$TEST_SERVER_DIR"
  mv "$TEST_SERVER_DIR.tmp" "$TEST_SERVER_DIR"
}

# A virtual environment is not relocatable (its scripts name their own path): built in place, and
# marked complete only once pip has finished.
ensure_schemathesis() {
  [ -f "$SCHEMATHESIS_DIR/.installed" ] && return
  command -v python3 >/dev/null 2>&1 || { say "python3 is missing: the API property test needs it for schemathesis"; exit 1; }
  say "installing schemathesis $SCHEMATHESIS_VERSION from PyPI into $SCHEMATHESIS_DIR (once)"
  rm -rf "$SCHEMATHESIS_DIR"
  python3 -m venv "$SCHEMATHESIS_DIR"
  "$SCHEMATHESIS_DIR/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  touch "$SCHEMATHESIS_DIR/.installed"
}

# libfaketime starts the test server's clock in the past for tests of dated findings.
ensure_faketime() {
  command -v faketime >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing faketime (Debian package) for the time-skipping tests"
    apt-get install -y -q faketime >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q faketime >/dev/null; }
  else
    say "faketime is missing and cannot be installed here: install libfaketime (e.g. apt-get install faketime)"
    exit 1
  fi
}

# Debian's Chromium for Playwright (which cannot download its own browser here), and a CJK font so
# that pages and screenshots show Chinese rather than boxes.
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$chromium" ] && fc-list 2>/dev/null | grep -qiE 'wqy|noto.*cjk'; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Chromium and a CJK font (Debian packages chromium, fonts-wqy-microhei) for the browser tests"
    apt-get install -y -q chromium fonts-wqy-microhei >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null && apt-get install -y -q chromium fonts-wqy-microhei >/dev/null; }
  else
    say "Chromium or a CJK font is missing and cannot be installed here: install chromium and fonts-wqy-microhei"
    say "(or fonts-noto-cjk), or set CHROMIUM_PATH to a Chromium binary"
    exit 1
  fi
}

ensure_node_modules
node --import tsx scripts/build-console.ts
# `npm start` against a Temporal server of the user's needs no CLI; the tests always do.
if [ "${1:-}" = "--test" ] || [ -z "${TEMPORAL_ADDRESS:-}" ]; then ensure_temporal_cli; fi
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--cluster" ] || [ "${TEMPORAL_TOPOLOGY:-}" = "cluster" ]; then
  ensure_temporal_cluster
fi
if [ "${1:-}" = "--test" ]; then
  ensure_test_server
  ensure_schemathesis
  ensure_faketime
  ensure_chromium
fi
