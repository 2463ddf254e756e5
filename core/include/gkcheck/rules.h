// The rules: every diagnostic the core can emit, with its severity and a
// one-line explanation, from the one list gkcheck/rules.def. The README's
// "Rules" table and the page's 规则说明 (web/rules.js) are generated from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gkcheck/result.h"

namespace gk {

enum class Rule : std::uint8_t {
#define GK_RULE(name, id, severity, zh, en) name,
#include "gkcheck/rules.def"
#undef GK_RULE
};

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

// The record of a rule.
const RuleInfo& rule_info(Rule rule);

// The rule of an id; false when there is none.
bool rule_of(std::string_view id, Rule* rule);

}  // namespace gk
