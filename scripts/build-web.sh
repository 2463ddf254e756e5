#!/usr/bin/env bash
# Builds the web page into build/web/ from web/ and the WebAssembly module.
#   bash scripts/build-web.sh            (builds the wasm module first if it is missing)
# Output: build/web/index.html (+ assets), build/web/gkcheck.html (one self-contained file),
#         build/web/gk-checker.js, build/web/embed-demo.html
set -euo pipefail
cd "$(dirname "$0")/.."
wasm="${GKCHECK_WASM_JS:-build/wasm/gkcheck_wasm.js}"
if [ ! -f "$wasm" ]; then
  echo "build-web: $wasm is missing; building it with scripts/build-wasm.sh" >&2
  bash scripts/build-wasm.sh
fi
node web/build.mjs --wasm "$wasm" --out build/web
