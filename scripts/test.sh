#!/usr/bin/env bash
# Runs the whole test suite (unit, adapter end-to-end, browser and jar integration tests) on a fresh machine:
# installs what the tests need first (Java, Maven, Chromium and its driver, PostgreSQL's server), then `mvn verify`.
# Screenshots of the share page land in target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
# The share page browser test drives Debian's headless Chromium through its chromedriver.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
# The storage tests run every repository on PostgreSQL too: they start Debian's server binaries themselves (a
# throwaway cluster on 127.0.0.1 and a free port, as the postgres user when run as root).
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ "${java_major:-0}" -lt 17 ]; then
  echo "Java 17 or newer is needed (found ${java_major:-none})" >&2
  exit 1
fi

exec mvn -B -ntp verify "$@"
