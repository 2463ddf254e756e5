#!/usr/bin/env bash
# Writes the copies of the core's rule table: README.md's "## Rules" table (between its rules
# markers), web/rules.js and web/formats.js (the formats' labels), from build/native/gkrules (built by scripts/build-native.sh).
#   bash scripts/gen-rules.sh
# tests/unit/test_rules.cpp fails when either file differs from what this writes.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=build/native/gkrules
[ -x "$gen" ] || bash scripts/build-native.sh >/dev/null
"$gen" js > web/rules.js
"$gen" formats > web/formats.js
python3 - "$gen" <<'PY'
import subprocess, sys
table = subprocess.run([sys.argv[1], "readme"], check=True, capture_output=True, text=True).stdout
s = open("README.md", encoding="utf-8").read()
b = s.index("<!-- rules:begin")
b = s.index("\n", b) + 1
e = s.index("<!-- rules:end -->")
open("README.md", "w", encoding="utf-8").write(s[:b] + table + s[e:])
PY
echo "gen-rules: wrote web/rules.js, web/formats.js and README.md's rules table"
