#!/usr/bin/env bash
# The main command, from a fresh machine:  bash scripts/start.sh
# Sets up (scripts/setup.sh), builds the native CLI, the wasm module and the web page, then
# serves build/web/ on 127.0.0.1 (PORT, default 8080; the next free port if taken) and prints
# the address. The page opens with a sample report loaded. Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
export PORT

bash scripts/setup.sh
bash scripts/build-native.sh
bash scripts/build-wasm.sh
if [ -f scripts/build-web.sh ]; then
  bash scripts/build-web.sh
fi
[ -f build/web/index.html ] || { echo "start: build/web/index.html is missing (no web build yet)" >&2; exit 1; }

if [ -f scripts/serve.mjs ]; then
  # serve.mjs prints "gkcheck: open http://127.0.0.1:PORT/?sample=1" once it listens: the page
  # with the sample report loaded (the page itself opens empty, ready for a paste).
  GK_OPEN_QUERY='?sample=1' exec node scripts/serve.mjs build/web
fi
echo "gkcheck: open http://127.0.0.1:$PORT/?sample=1"
exec python3 -m http.server --bind 127.0.0.1 --directory build/web "$PORT"
