#!/usr/bin/env bash
# Assembles griddesk-county-platform_VERSION_amd64.deb from the platform's jpackage app-image:
#   /opt/griddesk-county-platform/            the app-image (launcher, trimmed runtime, county-platform.jar)
#   /usr/bin/griddesk-county-platform         link to the launcher, for the administration commands
#   /lib/systemd/system/griddesk-county-platform.service
#   /etc/default/griddesk-county-platform     conffile: county, address, external database
#   /usr/share/doc/griddesk-county-platform/  README (nginx/TLS, external PostgreSQL)
# postinst creates the system user griddesk-platform and /var/lib/griddesk-county-platform.
# Usage: assemble-deb.sh APP_IMAGE VERSION PACKAGING_DIR SCRATCH_ROOT OUT_DIR
set -euo pipefail

APP_IMAGE=$1
VERSION=$2
SRC=$3
ROOT=$4
OUT=$5
NAME=griddesk-county-platform

rm -rf "$ROOT"
mkdir -p "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/lib/systemd/system" "$ROOT/etc/default" \
    "$ROOT/usr/share/doc/$NAME" "$ROOT/DEBIAN"
cp -a "$APP_IMAGE" "$ROOT/opt/$NAME"
ln -s "/opt/$NAME/bin/$NAME" "$ROOT/usr/bin/$NAME"
install -m 0644 "$SRC/$NAME.service" "$ROOT/lib/systemd/system/$NAME.service"
install -m 0644 "$SRC/$NAME.default" "$ROOT/etc/default/$NAME"
install -m 0644 "$SRC/README" "$ROOT/usr/share/doc/$NAME/README"

installed_kb=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$installed_kb/" "$SRC/control" >"$ROOT/DEBIAN/control"
echo "/etc/default/$NAME" >"$ROOT/DEBIAN/conffiles"
for script in postinst prerm postrm; do
    install -m 0755 "$SRC/$script" "$ROOT/DEBIAN/$script"
done

# Files owned by root whoever builds: --root-owner-group needs dpkg 1.19+; fakeroot otherwise.
if dpkg-deb --help | grep -q -- --root-owner-group; then
    dpkg-deb --root-owner-group --build "$ROOT" "$OUT/${NAME}_${VERSION}_amd64.deb"
else
    fakeroot dpkg-deb --build "$ROOT" "$OUT/${NAME}_${VERSION}_amd64.deb"
fi
