#!/usr/bin/env bash
# Temporal's Java time-skipping test server, as the SDK's `existing-path` executable:
#   temporal-test-server.sh <port> [--enable-time-skipping] --jars=DIR [--start-time="YYYY-MM-DD HH:MM:SS"]
# --jars: the folder of its jars (scripts/bootstrap.sh --test fetches them from Maven Central).
# --start-time (UTC): start the server clock at that instant, through libfaketime. The server can
# only skip forward, and tests of dated findings need a clock in the past.
set -euo pipefail
jars="" start_time="" args=()
for arg in "$@"; do
  case "$arg" in
    --jars=*) jars="${arg#--jars=}" ;;
    --start-time=*) start_time="${arg#--start-time=}" ;;
    *) args+=("$arg") ;;
  esac
done
[ -n "$jars" ] || { echo "temporal-test-server.sh: --jars=DIR is required" >&2; exit 2; }
main=(java ${TEST_SERVER_JAVA_OPTS:-} -cp "$jars/*" io.temporal.testserver.TestServer "${args[@]}")
if [ -n "$start_time" ]; then
  # The `faketime` launcher stays java's parent and does not pass on the SDK's stop signal: java
  # gets a parent-death signal instead, so it goes when the launcher goes.
  exec env TZ=UTC faketime -f "@$start_time" setpriv --pdeathsig TERM "${main[@]}"
fi
exec "${main[@]}"
