#!/usr/bin/env bash
# Runs the whole test suite (unit, adapter end-to-end and jar integration tests) on a fresh machine:
# installs what the tests need first, then `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
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
