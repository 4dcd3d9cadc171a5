#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a fresh, unlocked Secret Service keyring (gnome-keyring) in a throw-away home, so
# tests reach a real OS keychain through QtKeychain. Run it inside `dbus-run-session --`.
set -eu
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"

unlocked() {
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
        org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null \
        | grep -q 'boolean false'
}

# Up to three seconds for the daemon to say the default keyring is unlocked.
waitUnlocked() {
    tries=0
    until unlocked; do
        tries=$((tries + 1))
        if [ "$tries" -ge 30 ]; then
            return 1
        fi
        sleep 0.1
    done
}

# Now and then (about one start in ten on a loaded machine) the daemon makes the login keyring but leaves
# it locked, and a test that stores a secret fails with "Cannot create an item in a locked collection":
# start it again in its place until the keyring is open.
attempts=1
printf 'crego-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
until waitUnlocked; do
    attempts=$((attempts + 1))
    if [ "$attempts" -gt 4 ]; then
        echo "with-keyring: the test keyring stayed locked after $attempts starts" >&2
        exit 1
    fi
    printf 'crego-test-keyring' | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null
done
"$@"
