#!/usr/bin/env bash
# Installs everything gkcheck needs to build and test, on Debian 12 (bookworm):
#   - the Debian packages in APT_PACKAGES below (the one list of them),
#   - utf8proc's source (Debian's source package) and nlohmann's headers, for the wasm build,
#   - the npm packages of package.json (playwright-core, for the browser tests).
# Idempotent: when everything is present it checks and returns in well under a second.
#   bash scripts/setup.sh
# Needs root (or sudo) only when something is missing. Works with no standard input (CI).
set -euo pipefail
cd "$(dirname "$0")/.."

# The one list of Debian packages the project needs. What each is for:
#   cmake g++ make            native build          catch2                 unit tests (Catch2 v2)
#   nlohmann-json3-dev        JSON (native; its headers are copied for wasm)
#   libutf8proc-dev           Unicode NFKC (native)  dpkg-dev              `apt-get source utf8proc` (wasm)
#   emscripten                the wasm build (ships its prebuilt system libraries)
#   node npm (commands)       wasm tests, web build, browser tests, the local server: taken
#                             from the machine when present (it may carry NodeSource's Node 20,
#                             whose bundled npm conflicts with Debian's npm package); else
#                             Debian's nodejs and npm are installed
#   chromium                  browser tests (through playwright-core)
#   clang libclang-rt-14-dev  sanitizer/fuzz builds  libbenchmark-dev       bench/
#   valgrind                  memory checks          python3                start.sh's fallback server
#   gzip git ca-certificates  size measurement, clones, npm's TLS
#   poppler-utils             pdftotext: real PDFs' text forms in the tests (as users copy them)
#   fonts-wqy-zenhei          a Chinese font for Chromium: printed test PDFs and screenshots
#   libpugixml-dev zlib1g-dev .docx files (XML, zip): native; their sources (apt-get source) for wasm
#   libpoppler-cpp-dev        .pdf files on the command line (text boxes with positions)
#   libgumbo-dev pkg-config   .html files on the command line (HTML5 parser); finding poppler/gumbo
#   qpdf                      tests: an encrypted PDF made from a real one
APT_PACKAGES=(
  cmake g++ make
  nlohmann-json3-dev libutf8proc-dev catch2
  emscripten
  chromium
  dpkg-dev
  clang libclang-rt-14-dev
  libbenchmark-dev
  valgrind
  python3 gzip git ca-certificates
  poppler-utils fonts-wqy-zenhei
  libpugixml-dev zlib1g-dev libpoppler-cpp-dev libgumbo-dev pkg-config qpdf
)
# Commands that count as present whatever package brought them: "command:debian-package".
APT_COMMANDS=(node:nodejs npm:npm)

log() { echo "setup: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else log "need root to run: $*"; exit 1
  fi
}

# Packages of APT_PACKAGES that are not installed (one dpkg-query for all of them).
missing_packages() {
  local status
  status="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${APT_PACKAGES[@]}" 2>/dev/null || true)"
  local p
  for p in "${APT_PACKAGES[@]}"; do
    grep -qx "$p installed" <<<"$status" || echo "$p"
  done
  local c
  for c in "${APT_COMMANDS[@]}"; do
    command -v "${c%%:*}" >/dev/null 2>&1 || echo "${c#*:}"
  done
}

export DEBIAN_FRONTEND=noninteractive
apt_updated=0
apt_update() {
  if [ "$apt_updated" -eq 0 ]; then
    log "apt-get update"
    as_root apt-get update -q </dev/null
    apt_updated=1
  fi
}

# 1. Debian packages.
mapfile -t missing < <(missing_packages)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  apt_update
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
fi

# 2. Sources for the wasm build: utf8proc (compiled by emcc) and nlohmann's headers on a
#    path of their own (emcc must never see -I/usr/include).
DEPS=build/wasm-deps
UTF8PROC_SRC="$DEPS/utf8proc"
if [ ! -f "$UTF8PROC_SRC/utf8proc.c" ]; then
  # apt-get source needs deb-src entries; add them once.
  if ! apt-cache showsrc utf8proc 2>/dev/null | grep -q '^Package: utf8proc'; then
    src=/etc/apt/sources.list.d/debian.sources
    if [ -f "$src" ] && grep -q '^Types: deb$' "$src"; then
      log "enabling deb-src in $src"
      as_root sed -i 's/^Types: deb$/Types: deb deb-src/' "$src"
    elif ! grep -rqs '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
      log "adding deb-src lines to /etc/apt/sources.list.d/gkcheck-src.list"
      grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | sed 's/^deb /deb-src /' |
        as_root tee /etc/apt/sources.list.d/gkcheck-src.list >/dev/null
    fi
    apt_updated=0
    apt_update
  fi
  log "fetching utf8proc's source (apt-get source utf8proc)"
  tmp="$DEPS/utf8proc-fetch"
  rm -rf "$tmp" && mkdir -p "$tmp"
  # The version that matches the installed libutf8proc-dev, so native and wasm share Unicode data.
  ver="$(dpkg-query -W -f='${Version}' libutf8proc-dev 2>/dev/null || true)"
  (cd "$tmp" && { apt-get source -q "utf8proc${ver:+=$ver}" </dev/null || apt-get source -q utf8proc </dev/null; }) >&2
  dir="$(find "$tmp" -mindepth 2 -maxdepth 2 -name utf8proc.c -printf '%h\n' | head -n1)"
  [ -n "$dir" ] || { log "utf8proc.c not found in the source package"; exit 1; }
  rm -rf "$UTF8PROC_SRC"
  mv "$dir" "$UTF8PROC_SRC"
  rm -rf "$tmp"
fi
# pugixml and zlib for the wasm build's .docx reader: Debian's source packages, the versions of
# the installed -dev packages (as for utf8proc above; deb-src is enabled by then).
fetch_source() {  # fetch_source PACKAGE DEV_PACKAGE FILE_IN_SOURCE DEST
  local pkg="$1" dev="$2" file="$3" dest="$4"
  [ -f "$dest/$file" ] && return 0
  if ! apt-cache showsrc "$pkg" 2>/dev/null | grep -q "^Package: $pkg"; then
    apt_updated=0
    apt_update
  fi
  log "fetching $pkg's source (apt-get source $pkg)"
  local tmp="$DEPS/$pkg-fetch"
  rm -rf "$tmp" && mkdir -p "$tmp"
  local ver
  ver="$(dpkg-query -W -f='${source:Version}' "$dev" 2>/dev/null || true)"
  (cd "$tmp" && { apt-get source -q "$pkg${ver:+=$ver}" </dev/null || apt-get source -q "$pkg" </dev/null; }) >&2
  local dir
  dir="$(find "$tmp" -mindepth 2 -maxdepth 3 -path "*/$file" -printf '%h\n' | head -n1)"
  [ -n "$dir" ] || { log "$file not found in $pkg's source package"; exit 1; }
  # $file may be in a subfolder (src/pugixml.cpp): keep the package's top folder.
  dir="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n1)"
  rm -rf "$dest"
  mv "$dir" "$dest"
  rm -rf "$tmp"
}
fetch_source pugixml libpugixml-dev src/pugixml.cpp "$DEPS/pugixml"
fetch_source zlib zlib1g-dev inflate.c "$DEPS/zlib"

JSON_INC="$DEPS/include/nlohmann"
if ! cmp -s /usr/include/nlohmann/json.hpp "$JSON_INC/json.hpp"; then
  log "copying nlohmann's headers to $JSON_INC"
  rm -rf "$JSON_INC" && mkdir -p "$DEPS/include"
  cp -r /usr/include/nlohmann "$JSON_INC"
fi

# 3. npm packages (browser tests, PDF text). playwright-core drives Debian's chromium; it downloads
#    nothing. Installed when any devDependency of package.json is missing from node_modules.
npm_missing() {
  node -e 'const d=require("./package.json").devDependencies||{};const fs=require("fs");
    process.exit(Object.keys(d).every(n=>fs.existsSync("node_modules/"+n+"/package.json"))?1:0)'
}
if [ -f package.json ] && npm_missing; then
  if [ -f package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund </dev/null >&2
  else
    log "npm install"
    npm install --no-audit --no-fund </dev/null >&2
  fi
fi
