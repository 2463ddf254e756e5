// The rules: every diagnostic id the core can emit, with its severity and a
// one-line explanation. This table is the one list of rule ids; the README's
// "Rules" table and the page's 规则说明 (web/rules.js) repeat it, and
// tests/unit/test_rules.cpp checks that the sources emit no id missing here
// and that the README and the page agree with it.
#pragma once

#include <cstddef>
#include <string_view>

#include "gkcheck/result.h"

namespace gk {

struct RuleInfo {
  const char* id;      // e.g. "T3.ROW_SUM"
  Severity severity;   // the severity every diagnostic of this id has
  const char* zh;      // one line, for the clerk (the page, the README)
  const char* en;      // an English gloss (the README)
};

struct RuleList {
  const RuleInfo* first;
  std::size_t count;
  const RuleInfo* begin() const { return first; }
  const RuleInfo* end() const { return first + count; }
  std::size_t size() const { return count; }
};

// All rules, grouped by prefix (INPUT, PARSE, T3, T4, TEXT, STRUCT, FORMAT,
// YEAR), in the order the page and the README list them.
RuleList all_rules();

// The rule of that id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

}  // namespace gk
