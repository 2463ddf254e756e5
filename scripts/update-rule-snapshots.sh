#!/usr/bin/env bash
# Rewrites tests/fixtures/rules/*/invalid-*.expected from what the command line prints now, after a
# deliberate change of a rule's wording: review the diff (git diff tests/fixtures/rules) and commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-native.sh >/dev/null
GKCHECK_UPDATE_SNAPSHOTS=1 build/native/tests/gkcheck_tests "[fixtures]" >/dev/null || true
build/native/tests/gkcheck_tests "[fixtures]"
