#include "checks.h"

#include "balance.h"

namespace gk {

namespace {

void run_balance(CheckContext& c) { check_balance(c.doc, c.format, c.result); }

}  // namespace

const std::vector<CheckEntry>& all_checks() {
  static const std::vector<CheckEntry> checks = {
      {"balance", run_balance},
  };
  return checks;
}

}  // namespace gk
