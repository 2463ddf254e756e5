#!/usr/bin/env bash
# Builds the WebAssembly module with Debian's Emscripten: build/wasm/gkcheck_wasm.js
# (the wasm inlined; a factory createGkcheck()). See README, "The wasm build".
#   bash scripts/build-wasm.sh [extra cmake -D options…, e.g. -DGKCHECK_WASM_OPT=-Os]
# Incremental; fetches utf8proc's source and copies nlohmann's headers when absent.
set -euo pipefail
cd "$(dirname "$0")/.."
DEPS="$PWD/build/wasm-deps"
B=build/wasm
if [ ! -f "$DEPS/utf8proc/utf8proc.c" ] || [ ! -f "$DEPS/include/nlohmann/json.hpp" ] ||
   [ ! -f "$DEPS/pugixml/src/pugixml.cpp" ] || [ ! -f "$DEPS/zlib/inflate.c" ]; then
  bash scripts/setup.sh
fi
# Debian's emcc looks for acorn & co. in Debian's node modules.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
# Debian ships Emscripten's system libraries prebuilt in its frozen cache; a cache of our own
# is used only if one is asked for (EM_CACHE) — e.g. for an Emscripten without them.
if [ ! -f "$B/CMakeCache.txt" ] || [ "$#" -gt 0 ]; then
  emcmake cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=Release \
    -DGKCHECK_UTF8PROC_SOURCE="$DEPS/utf8proc" \
    -DGKCHECK_JSON_INCLUDE="$DEPS/include" \
    -DGKCHECK_TESTS=OFF "$@"
fi
cmake --build "$B" --parallel "$(nproc 2>/dev/null || echo 2)"
echo "build-wasm: $B/gkcheck_wasm.js" >&2
