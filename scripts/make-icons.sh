#!/bin/sh
# Makes every size of the app icon from assets/icon.svg: the PNGs the Linux build and the window
# use, icon.ico for Windows, icon.icns for macOS, and the web host's favicon. Run it after
# changing the SVG and commit what it writes. Needs Debian's librsvg2-bin, icoutils and icnsutils.
set -eu
cd "$(dirname "$0")/.."

for tool in rsvg-convert:librsvg2-bin icotool:icoutils png2icns:icnsutils; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    echo "make-icons needs ${tool%%:*}: install it with \"apt-get install ${tool#*:}\"." >&2
    exit 1
  fi
done

source=assets/icon.svg
out=assets/icons
mkdir -p "$out"
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$source" --output "$out/${size}x${size}.png"
done

# Windows shows 16 to 256 from one .ico (the 256 kept as PNG, as Windows reads it, to stay
# small); macOS takes 16 to 1024 from one .icns.
icotool --create --output assets/icon.ico \
  "$out/16x16.png" "$out/32x32.png" "$out/48x48.png" "$out/64x64.png" \
  "$out/128x128.png" --raw="$out/256x256.png"
png2icns assets/icon.icns \
  "$out/16x16.png" "$out/32x32.png" "$out/48x48.png" "$out/128x128.png" \
  "$out/256x256.png" "$out/512x512.png" "$out/1024x1024.png" >/dev/null

cp "$source" renderer/public/favicon.svg
echo "Wrote $out/*.png, assets/icon.ico, assets/icon.icns and renderer/public/favicon.svg."
