#!/bin/sh
# Runs a command with the project's own Node 24 (node_modules/node-linux-<arch>, installed by
# `npm ci`) first on PATH, whichever npm started it: Debian's npm does not link that package's
# `node` into node_modules/.bin, so its scripts would otherwise run on the system's Node.
root=$(cd "$(dirname "$0")/.." && pwd)
case "$(uname -m)" in aarch64 | arm64) arch=arm64 ;; *) arch=x64 ;; esac
bin="$root/node_modules/node-linux-$arch/bin"
if [ -x "$bin/node" ]; then
  PATH="$bin:$PATH"
  export PATH
fi
exec "$@"
