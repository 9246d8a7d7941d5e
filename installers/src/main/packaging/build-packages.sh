#!/usr/bin/env bash
# Builds the Linux packages of GridDesk from the jars the reactor just made:
#   dist/griddesk/                      desktop app-image (trimmed runtime, AppCDS archive)
#   dist/griddesk_VERSION_amd64.deb     desktop package (jpackage)
#   dist/griddesk-VERSION-1.x86_64.rpm  when rpmbuild is installed
#   dist/griddesk-county-platform_VERSION_amd64.deb   platform package with its systemd unit (dpkg-deb)
# Called by the installers profile (installers/pom.xml) as: build-packages.sh POM_VERSION REPO_ROOT TARGET_DIR
set -euo pipefail

POM_VERSION=$1
ROOT=$(cd "$2" && pwd)
mkdir -p "$3"
TARGET=$(cd "$3" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)

# jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
VERSION=${POM_VERSION%%-*}
DESKTOP_TARGET=${DESKTOP_BUILD_DIR:-$ROOT/desktop-app/target}
PLATFORM_JAR=$ROOT/county-platform/target/county-platform.jar

# The modules of the trimmed runtime: modules.txt says how they were found (one line, also used by the
# Windows and macOS recipes in the README).
MODULES=$(grep -v '^#' "$HERE/modules.txt" | tr -d '[:space:]')

DIST=$TARGET/dist
WORK=$TARGET/packaging-work
rm -rf "$DIST" "$WORK"
mkdir -p "$DIST" "$WORK"

step() { echo "[installers] $*"; }

for needed in "$DESKTOP_TARGET/griddesk.jar" "$PLATFORM_JAR"; do
    [ -f "$needed" ] || { echo "missing $needed: build with -am (./mvnw -Pinstallers -pl installers -am verify)" >&2; exit 1; }
done

RUNTIME=$TARGET/runtime
if [ "$(cat "$RUNTIME.modules" 2>/dev/null)" != "$MODULES" ]; then
    step "runtime: jlink $MODULES"
    rm -rf "$RUNTIME" "$RUNTIME.modules"
    jlink --add-modules "$MODULES" --include-locales=en,zh \
        --strip-debug --no-man-pages --no-header-files --strip-native-commands --compress="${JLINK_COMPRESS:-0}" \
        --output "$RUNTIME"
    # Debian's JDK keeps the symbol tables of its libraries (4 MB in libjvm.so alone); the JVM does not need them.
    if command -v strip >/dev/null 2>&1; then
        find "$RUNTIME/lib" -name '*.so' -exec strip --strip-unneeded {} +
    fi
    echo "$MODULES" >"$RUNTIME.modules"
else
    step "runtime: $RUNTIME is up to date"
fi

step "staging the desktop jars (stored uncompressed, see StoreJars.java)"
INPUT=$WORK/desktop-input
java "$HERE/StoreJars.java" "$INPUT" "$DESKTOP_TARGET/griddesk.jar"
java "$HERE/StoreJars.java" "$INPUT/lib" "$DESKTOP_TARGET"/lib/*.jar
# A county may build its packages with its platform's address inside (GRIDDESK_PLATFORM=https://… at build time):
# the app reads platform.properties beside griddesk.jar and offers it in the first sign-in form.
if [ -n "${GRIDDESK_PLATFORM:-}" ]; then
    case "$GRIDDESK_PLATFORM" in
        http://?*|https://?*) printf 'platform=%s\n' "$GRIDDESK_PLATFORM" >"$INPUT/platform.properties" ;;
        *) echo "GRIDDESK_PLATFORM must be an http:// or https:// address: $GRIDDESK_PLATFORM" >&2; exit 1 ;;
    esac
    step "platform address in the packages: $GRIDDESK_PLATFORM"
fi

DESCRIPTION="GridDesk 网格通: offline field work for village grid workers"
COMMON_DESKTOP=(--app-version "$VERSION" --vendor GridDesk --copyright "GridDesk"
    --description "$DESCRIPTION")

step "desktop app-image"
jpackage --type app-image --name griddesk --dest "$DIST" "${COMMON_DESKTOP[@]}" \
    --input "$INPUT" --main-jar griddesk.jar --main-class org.griddesk.desktop.Main \
    --runtime-image "$RUNTIME" --icon "$HERE/desktop/griddesk.png" \
    --java-options "-Dfile.encoding=UTF-8" \
    --java-options "-XX:SharedArchiveFile=\$APPDIR/griddesk.jsa"

# AppCDS. JDK 17 checks a class-data-sharing archive against the absolute class path it was dumped with, so an
# archive dumped here would be refused under /opt/griddesk. The packages therefore carry the class list of a
# training run (self-check: start, command line, store open and migration, no screen needed) and their
# postinst dumps the archive in place, through the launcher so that class path and archive path are the
# launcher's own. A missing archive only costs start-up time (-Xshare:auto is the default).
step "AppCDS training run"
APP=$DIST/griddesk
TRAIN=$(mktemp -d "$WORK/train.XXXXXX")
GRIDDESK_PASSPHRASE=appcds-training-passphrase \
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$APP/lib/app/griddesk.classlist" \
    "$APP/bin/griddesk" --self-check --data "$TRAIN/store" >"$WORK/appcds-training.log" 2>&1 \
    || { cat "$WORK/appcds-training.log"; exit 1; }
[ -s "$APP/lib/app/griddesk.classlist" ] || { echo "AppCDS class list was not written" >&2; exit 1; }

# A start to the first window adds the JavaFX classes, which is what a worker waits for. It needs a screen:
# only where Xvfb is installed (Debian: xvfb); elsewhere the list covers the self-check alone.
if command -v Xvfb >/dev/null 2>&1; then
    step "AppCDS training run to the first window (Xvfb)"
    exec 3>"$WORK/xvfb.display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
    xvfb_pid=$!
    exec 3>&-
    for _ in $(seq 1 100); do [ -s "$WORK/xvfb.display" ] && break; sleep 0.1; done
    DISPLAY=:$(tr -d '[:space:]' <"$WORK/xvfb.display") \
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/window.classlist" \
        "$APP/bin/griddesk" --data "$TRAIN/window" >"$WORK/appcds-window.log" 2>&1 &
    app_pid=$!
    shown=no
    for _ in $(seq 1 360); do
        if grep -qs 'GridDesk window shown' "$WORK/appcds-window.log"; then shown=yes; break; fi
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    if [ "$shown" = yes ]; then
        cat "$APP/lib/app/griddesk.classlist" "$WORK/window.classlist" | awk '!seen[$0]++' >"$WORK/merged.classlist"
        mv "$WORK/merged.classlist" "$APP/lib/app/griddesk.classlist"
    else
        echo "[installers] warning: no window in the training run; the class list covers the self-check only" >&2
        tail -n 5 "$WORK/appcds-window.log" >&2
    fi
else
    step "no Xvfb: the AppCDS class list covers the self-check only"
fi
rm -rf "$TRAIN"

step "desktop .deb"
jpackage --type deb --name griddesk --dest "$DIST" "${COMMON_DESKTOP[@]}" \
    --app-image "$APP" --resource-dir "$HERE/desktop" --icon "$HERE/desktop/griddesk.png" \
    --linux-package-name griddesk --linux-deb-maintainer "griddesk@localhost" \
    --linux-menu-group Office --linux-app-category misc --linux-shortcut \
    --linux-package-deps "libgtk-3-0, fonts-wqy-microhei | fonts-noto-cjk"

if command -v rpmbuild >/dev/null 2>&1; then
    step "desktop .rpm"
    jpackage --type rpm --name griddesk --dest "$DIST" "${COMMON_DESKTOP[@]}" \
        --app-image "$APP" --resource-dir "$HERE/desktop" --icon "$HERE/desktop/griddesk.png" \
        --linux-menu-group Office --linux-app-category Applications/Productivity --linux-shortcut \
        --linux-package-deps "gtk3, wqy-microhei-fonts"
else
    step "no rpmbuild on this machine: .rpm skipped"
fi

# The app-image is used where it lies (copied to a laptop as a folder): dump its archive now, after the
# packages were made from it, so that they stay free of it.
step "AppCDS archive of the app-image"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$APP/lib/app/griddesk.classlist" \
    "$APP/bin/griddesk" >"$WORK/appcds-dump.log" 2>&1 || { cat "$WORK/appcds-dump.log"; exit 1; }
[ -s "$APP/lib/app/griddesk.jsa" ] || { echo "AppCDS archive was not written" >&2; exit 1; }

step "platform app-image"
PLATFORM_INPUT=$WORK/platform-input
mkdir -p "$PLATFORM_INPUT"
cp "$PLATFORM_JAR" "$PLATFORM_INPUT/"
jpackage --type app-image --name griddesk-county-platform --dest "$WORK" --app-version "$VERSION" \
    --vendor GridDesk --description "GridDesk county platform" \
    --input "$PLATFORM_INPUT" --main-jar county-platform.jar --main-class org.griddesk.platform.app.Main \
    --runtime-image "$RUNTIME" --java-options "-Dfile.encoding=UTF-8"

# jpackage on JDK 17 cannot put a systemd unit, a conffile or a system user into a .deb: dpkg-deb does.
step "platform .deb"
"$HERE/platform/assemble-deb.sh" "$WORK/griddesk-county-platform" "$VERSION" "$HERE/platform" "$WORK/platform-root" "$DIST"

step "sizes"
ls -l "$DIST"/*.deb "$DIST"/*.rpm 2>/dev/null || true
