// The rule table, from gkcheck/rules.def (see gkcheck/rules.h).
#include "gkcheck/rules.h"

#include <iterator>

namespace gk {

namespace {

constexpr RuleInfo kRules[] = {
#define GK_RULE(name, id, severity, zh, en) {id, Severity::severity, zh, en},
#include "gkcheck/rules.def"
#undef GK_RULE
};

}  // namespace

RuleList all_rules() { return {kRules, std::size(kRules)}; }

const RuleInfo& rule_info(Rule rule) { return kRules[static_cast<std::size_t>(rule)]; }

bool rule_of(std::string_view id, Rule* rule) {
  const RuleInfo* r = find_rule(id);
  if (r) *rule = static_cast<Rule>(r - kRules);
  return r != nullptr;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const RuleInfo& r : kRules)
    if (id == r.id) return &r;
  return nullptr;
}

}  // namespace gk
