#!/usr/bin/env bash
# Smoke test of the Linux packages, run by the installers profile after build-packages.sh:
#   ./mvnw -DskipTests -Pinstallers -pl installers -am verify
# or alone, on packages already built:  installers/src/test/smoke/smoke-test.sh installers/target/dist /tmp/smoke
# Unpacks each .deb with dpkg-deb -x (nothing is installed on this machine), runs the packaged launchers and
# checks the package metadata and sizes. Exits non-zero at the first failed check.
set -euo pipefail

DIST=$(cd "$1" && pwd)
SCRATCH=$2
DESKTOP_LIMIT_BYTES=$((60 * 1000 * 1000))

rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
SCRATCH=$(cd "$SCRATCH" && pwd)
passed=0
check() { echo "[smoke] ok: $*"; passed=$((passed + 1)); }
fail() { echo "[smoke] FAILED: $*" >&2; exit 1; }
one_file() {
    local found=("$DIST"/$1)
    [ ${#found[@]} -eq 1 ] && [ -f "${found[0]}" ] || fail "expected one $1 in $DIST, found: ${found[*]}"
    echo "${found[0]}"
}
size_of() { stat -c %s "$1"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }

# --- desktop .deb -------------------------------------------------------------------------------------------
DESKTOP_DEB=$(one_file 'griddesk_*_amd64.deb')
desktop_size=$(size_of "$DESKTOP_DEB")
[ "$desktop_size" -le "$DESKTOP_LIMIT_BYTES" ] \
    || fail "desktop .deb is $(mb "$desktop_size"), over the goal of $(mb $DESKTOP_LIMIT_BYTES)"
check "desktop .deb $(basename "$DESKTOP_DEB") is $(mb "$desktop_size") (goal <= $(mb $DESKTOP_LIMIT_BYTES))"

depends=$(dpkg-deb -f "$DESKTOP_DEB" Depends)
for dep in libgtk-3-0 fonts-wqy-microhei; do
    [[ "$depends" == *"$dep"* ]] || fail "desktop .deb does not depend on $dep: $depends"
done
check "desktop .deb depends on GTK 3 and a CJK font: $depends"

DESKTOP_ROOT=$SCRATCH/desktop-root
dpkg-deb -x "$DESKTOP_DEB" "$DESKTOP_ROOT"
APP=$DESKTOP_ROOT/opt/griddesk
ENTRY=$APP/lib/griddesk-griddesk.desktop
[ -f "$ENTRY" ] || ENTRY=$(find "$DESKTOP_ROOT" -name '*.desktop' | head -n 1)
[ -n "$ENTRY" ] && [ -f "$ENTRY" ] || fail "no desktop entry in the .deb"
grep -qx 'Name\[zh_CN\]=网格通' "$ENTRY" || fail "desktop entry lacks the Chinese name: $(cat "$ENTRY")"
grep -qx 'Name=GridDesk' "$ENTRY" || fail "desktop entry lacks the English name"
grep -q '^Categories=.*Office' "$ENTRY" || fail "desktop entry is not in the Office menu: $(grep Categories "$ENTRY")"
icon=$(sed -n 's/^Icon=//p' "$ENTRY")
[ -s "$DESKTOP_ROOT$icon" ] || fail "desktop entry's icon $icon is not in the package"
check "desktop entry $(basename "$ENTRY"): Name, Name[zh_CN], Office category, icon $icon"

modules=$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$APP/lib/runtime/release")
module_count=$(wc -w <<<"$modules")
[ "$module_count" -le 30 ] || fail "the runtime is not trimmed: $module_count modules"
for absent in jdk.compiler jdk.jshell java.corba jdk.javadoc; do
    [[ " $modules " != *" $absent "* ]] || fail "the runtime still holds $absent"
done
check "trimmed runtime of $module_count modules"

store=$SCRATCH/desktop-data
GRIDDESK_PASSPHRASE=smoke-test-passphrase-2026 "$APP/bin/griddesk" --self-check --data "$store" >"$SCRATCH/self-check-1.txt" 2>&1 \
    || fail "packaged launcher --self-check (new store): $(cat "$SCRATCH/self-check-1.txt")"
grep -q '^self-check ok: store .*(created)$' "$SCRATCH/self-check-1.txt" || fail "unexpected: $(cat "$SCRATCH/self-check-1.txt")"
GRIDDESK_PASSPHRASE=smoke-test-passphrase-2026 "$APP/bin/griddesk" --self-check --data "$store" >"$SCRATCH/self-check-2.txt" 2>&1 \
    || fail "packaged launcher --self-check (existing store): $(cat "$SCRATCH/self-check-2.txt")"
check "packaged launcher --self-check --data: $(cat "$SCRATCH/self-check-2.txt")"

"$APP/bin/griddesk" --help >"$SCRATCH/desktop-help.txt" 2>&1 || fail "griddesk --help: $(cat "$SCRATCH/desktop-help.txt")"
grep -q '^Usage: griddesk' "$SCRATCH/desktop-help.txt" || fail "griddesk --help printed: $(cat "$SCRATCH/desktop-help.txt")"
check "packaged launcher --help"

# What the .deb's postinst does after installing, here where the package was unpacked: dump the AppCDS
# archive from the shipped class list, then start with -Xshare:on, which refuses an archive it cannot map.
[ -s "$APP/lib/app/griddesk.classlist" ] || fail "no AppCDS class list in the package"
if grep -qx 'javafx/stage/Stage' "$APP/lib/app/griddesk.classlist"; then
    check "AppCDS class list covers a start to the first window ($(grep -vc '^#' "$APP/lib/app/griddesk.classlist") entries)"
else
    echo "[smoke] note: the AppCDS class list covers the self-check only (the build machine had no Xvfb)"
fi
[ ! -e "$APP/lib/app/griddesk.jsa" ] || fail "the .deb carries a dumped archive (it only works at the build's path)"
mkdir -p "$SCRATCH/control" && dpkg-deb -e "$DESKTOP_DEB" "$SCRATCH/control/desktop"
grep -q 'Xshare:dump' "$SCRATCH/control/desktop/postinst" || fail "the postinst does not make the AppCDS archive"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APP/lib/app/griddesk.classlist" "$APP/bin/griddesk" \
    >"$SCRATCH/appcds-dump.txt" 2>&1 || fail "AppCDS dump: $(tail -n 5 "$SCRATCH/appcds-dump.txt")"
[ -s "$APP/lib/app/griddesk.jsa" ] || fail "AppCDS dump wrote no archive"
GRIDDESK_PASSPHRASE=smoke-test-passphrase-2026 JAVA_TOOL_OPTIONS="-Xshare:on" \
    "$APP/bin/griddesk" --self-check --data "$store" >"$SCRATCH/self-check-cds.txt" 2>&1 \
    || fail "--self-check with the AppCDS archive (-Xshare:on): $(cat "$SCRATCH/self-check-cds.txt")"
check "AppCDS archive made as postinst does ($(mb "$(size_of "$APP/lib/app/griddesk.jsa")")) and used with -Xshare:on"

for rpm in "$DIST"/griddesk-*.rpm; do
    if [ -f "$rpm" ]; then
        check "desktop .rpm $(basename "$rpm") is $(mb "$(size_of "$rpm")")"
    fi
done

# --- platform .deb ------------------------------------------------------------------------------------------
PLATFORM_DEB=$(one_file 'griddesk-county-platform_*_amd64.deb')
platform_size=$(size_of "$PLATFORM_DEB")
check "platform .deb $(basename "$PLATFORM_DEB") is $(mb "$platform_size")"
[ "$(dpkg-deb -f "$PLATFORM_DEB" Package)" = griddesk-county-platform ] || fail "platform package name"
[ "$(dpkg-deb -f "$PLATFORM_DEB" Version)" = "$(dpkg-deb -f "$DESKTOP_DEB" Version | sed 's/-[0-9]*$//')" ] \
    || fail "platform and desktop versions differ: $(dpkg-deb -f "$PLATFORM_DEB" Version) / $(dpkg-deb -f "$DESKTOP_DEB" Version)"
dpkg-deb -e "$PLATFORM_DEB" "$SCRATCH/control/platform"
grep -qx '/etc/default/griddesk-county-platform' "$SCRATCH/control/platform/conffiles" || fail "settings file is no conffile"
grep -q 'useradd --system' "$SCRATCH/control/platform/postinst" || fail "postinst creates no system user"
sh -n "$SCRATCH/control/platform/postinst" && sh -n "$SCRATCH/control/platform/prerm" && sh -n "$SCRATCH/control/platform/postrm" \
    || fail "a maintainer script of the platform is not valid sh"
check "platform control: name, version $(dpkg-deb -f "$PLATFORM_DEB" Version), conffile, postinst makes the system user"

PLATFORM_ROOT=$SCRATCH/platform-root
dpkg-deb -x "$PLATFORM_DEB" "$PLATFORM_ROOT"
UNIT=$PLATFORM_ROOT/lib/systemd/system/griddesk-county-platform.service
[ -f "$UNIT" ] || fail "no systemd unit in the platform .deb"
for line in 'User=griddesk-platform' 'KillSignal=SIGTERM' 'StandardOutput=journal' \
    'ExecStart=/opt/griddesk-county-platform/bin/griddesk-county-platform serve --host ${GRIDDESK_HOST} --port ${GRIDDESK_PORT} --county ${GRIDDESK_COUNTY} --data /var/lib/griddesk-county-platform $GRIDDESK_DB_OPTIONS $GRIDDESK_SERVE_OPTIONS'; do
    grep -qxF "$line" "$UNIT" || fail "the unit lacks: $line"
done
[ -x "$PLATFORM_ROOT/opt/griddesk-county-platform/bin/griddesk-county-platform" ] || fail "no platform launcher"
[ "$(readlink "$PLATFORM_ROOT/usr/bin/griddesk-county-platform")" = /opt/griddesk-county-platform/bin/griddesk-county-platform ] \
    || fail "/usr/bin/griddesk-county-platform does not lead to the launcher"
check "systemd unit (user, SIGTERM, journal, ExecStart serve --data /var/lib/...) and /usr/bin link"

PLATFORM=$PLATFORM_ROOT/opt/griddesk-county-platform/bin/griddesk-county-platform
"$PLATFORM" serve --help >"$SCRATCH/serve-help.txt" 2>&1 || fail "serve --help: $(cat "$SCRATCH/serve-help.txt")"
grep -q '^Usage: county-platform serve' "$SCRATCH/serve-help.txt" || fail "serve --help printed: $(cat "$SCRATCH/serve-help.txt")"
check "packaged platform: serve --help"

# Start the packaged platform on a free port, as the unit does but with a scratch data folder.
platform_data=$(mktemp -d /tmp/griddesk-smoke-platform.XXXXXX)
chmod 755 "$platform_data"
"$PLATFORM" release publish --file "$DESKTOP_DEB" --data "$platform_data" >"$SCRATCH/release.txt" 2>&1 \
    || fail "release publish: $(cat "$SCRATCH/release.txt")"
log=$SCRATCH/platform.log
"$PLATFORM" serve --port 0 --data "$platform_data" >"$log" 2>&1 &
platform_pid=$!
stop_platform() {
    if kill -0 "$platform_pid" 2>/dev/null; then
        kill -TERM "$platform_pid"
        for _ in $(seq 1 180); do kill -0 "$platform_pid" 2>/dev/null || break; sleep 0.5; done
    fi
}
trap 'stop_platform; rm -rf "$platform_data"' EXIT
url=
for _ in $(seq 1 360); do
    url=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$platform_pid" 2>/dev/null || fail "the packaged platform ended: $(cat "$log")"
    sleep 0.5
done
[ -n "$url" ] || fail "the packaged platform did not say where it listens within 3 minutes: $(cat "$log")"
grep -qF "Database: embedded PostgreSQL in $platform_data" "$log" || fail "no database line: $(cat "$log")"
grep -qF "Data folder: $platform_data" "$log" || fail "no data folder line: $(cat "$log")"
health=$(curl -s -w ' %{http_code}' "$url/health")
[[ "$health" == *'"ok"'*' 200' ]] || fail "$url/health answered: $health"
check "packaged platform started ($url), printed its database and data folder, /health: $health"
desktop_sha=$(sha256sum "$DESKTOP_DEB" | cut -d' ' -f1)
latest=$(curl -s "$url/api/v1/releases/latest?os=linux&arch=amd64")
[[ "$latest" == *"\"sha256\":\"$desktop_sha\""* ]] || fail "releases/latest answered: $latest"
check "the packaged platform offers the desktop package published with release publish (sha256 $desktop_sha)"

kill -TERM "$platform_pid"
set +e
wait "$platform_pid"
status=$?
set -e
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "the platform ended with $status after SIGTERM: $(tail -n 5 "$log")"
check "platform stopped on SIGTERM (exit $status)"

echo "[smoke] $passed checks passed"
echo "$passed passed, 0 failed"
