#!/bin/sh
# Playwright drives Debian's Chromium; it cannot download a browser of its own here.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
	echo "ensure-chromium: $CHROMIUM missing, installing Debian package 'chromium'..." >&2
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
fi
"$CHROMIUM" --version 2>/dev/null
