#!/usr/bin/env bash
# Package dist/DigiDesk.app as dist/DigiDesk-<version>-macos.dmg, signed and notarised when
# the signing secrets are present (skipped otherwise, e.g. on forks and pull requests):
#   MACOS_SIGNING_IDENTITY  "Developer ID Application: <Name> (<TEAMID>)", in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD  for notarytool
set -euo pipefail
version="$1"
app="dist/DigiDesk.app"
dmg="dist/DigiDesk-${version}-macos.dmg"

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$MACOS_SIGNING_IDENTITY" "$app"
fi

staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "DigiDesk" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
