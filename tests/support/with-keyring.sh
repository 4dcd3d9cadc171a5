#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a fresh, unlocked Secret Service keyring (gnome-keyring) in a throw-away home, so
# tests reach a real OS keychain through QtKeychain. Run it inside `dbus-run-session --`.
set -eu
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
printf 'crego-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
gnome-keyring-daemon --start --components=secrets >/dev/null
"$@"
