// gkrules: the copies of the core's rule table, generated from it.
//   gkrules readme   the rows of README.md's "## Rules" table (between its rules markers)
//   gkrules js       web/rules.js, the page's 规则说明 list
//   gkrules formats  web/formats.js, the formats' tables, rows and columns with their labels
//                    (gk::formats_json()), from which web/labels.js lays out the page's tables
// scripts/gen-rules.sh writes them; tests/unit/test_rules.cpp fails when one is stale.
#include <cstdio>
#include <string>

#include "gkcheck/format.h"
#include "gkcheck/rules.h"

namespace {

const char* severity_word(gk::Severity s) { return gk::severity_name(s); }

// A JavaScript single-quoted string.
std::string js_string(const char* s) {
  std::string out = "'";
  for (const char* p = s; *p; ++p) {
    if (*p == '\'' || *p == '\\') out += '\\';
    out += *p;
  }
  return out + "'";
}

void readme() {
  std::puts("| id | severity | what it means | in English |");
  std::puts("|---|---|---|---|");
  for (const gk::RuleInfo& r : gk::all_rules())
    std::printf("| `%s` | %s | %s | %s |\n", r.id, severity_word(r.severity), r.zh, r.en);
}

const char* kJsHead = R"(// Generated from the core's rule table (core/src/rules.cpp) by `bash scripts/gen-rules.sh`: do not edit.
// Rule id → severity and one-line Chinese explanation, shown in the page's 规则说明 list; each diagnostic
// links to its own rule here. An id that is not listed (a newer core) is shown without a link.
(function (GK) {
  'use strict';

  var RULES = [
)";

const char* kJsTail = R"(  ];

  var byId = {};
  RULES.forEach(function (r) { byId[r[0]] = r; });

  function has(id) { return typeof id === 'string' && Object.prototype.hasOwnProperty.call(byId, id); }

  // The listed id that explains `rule` (the rule itself), or null.
  function ruleEntry(rule) { return has(rule) ? rule : null; }

  // "T3.ROW_SUM" → "rule-T3_ROW_SUM": the id of its entry in the 规则说明 list.
  function anchorId(id) {
    return 'rule-' + id.replace(/[^A-Za-z0-9_-]/g, function (c) { return c === '.' ? '_' : '-'; });
  }

  GK.rules = {
    list: RULES,
    entry: ruleEntry,
    explain: function (id) { return has(id) ? byId[id][2] : undefined; },
    severity: function (id) { return has(id) ? byId[id][1] : undefined; },
    anchorId: anchorId,
  };
})(globalThis.GK = globalThis.GK || {});
)";

void js() {
  std::fputs(kJsHead, stdout);
  for (const gk::RuleInfo& r : gk::all_rules())
    std::printf("    [%s, '%s', %s],\n", js_string(r.id).c_str(), severity_word(r.severity), js_string(r.zh).c_str());
  std::fputs(kJsTail, stdout);
}

const char* kFormatsHead = R"(// Generated from the core's formats (core/src/format_*.cpp, gk::formats_json()) by
// `bash scripts/gen-rules.sh`: do not edit. Each format's tables, their rows (key, label in
// messages, label cells as printed) and columns; web/labels.js adds the header layout and merges.
(function (GK) {
  'use strict';
  GK.formats = )";

void formats() {
  std::fputs(kFormatsHead, stdout);
  std::fputs(gk::formats_json(/*lines=*/true).c_str(), stdout);
  std::fputs(";\n})(globalThis.GK = globalThis.GK || {});\n", stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string what = argc == 2 ? argv[1] : "";
  if (what == "readme") readme();
  else if (what == "js") js();
  else if (what == "formats") formats();
  else {
    std::fputs("usage: gkrules readme|js|formats\n", stderr);
    return 2;
  }
  return std::fflush(stdout) == 0 && !std::ferror(stdout) ? 0 : 1;
}
