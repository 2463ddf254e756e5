#include "checks.h"

#include "balance.h"
#include "prose.h"
#include "structure.h"
#include "year_compare.h"
#include "suspect.h"

namespace gk {

namespace {

void run_balance(CheckContext& c) { check_balance(c.doc, c.format, c.result); }
void run_suspects(CheckContext& c) { find_suspects(c.format, c.result); }
void run_prose(CheckContext& c) { check_prose(c.doc, c.format, c.result); }
void run_structure(CheckContext& c) { check_structure(c.doc, c.format, c.result); }
void run_format(CheckContext& c) {
  check_format_version(c.doc, c.format, c.options ? c.options->registry() : builtin_formats(), c.result);
}
void run_year(CheckContext& c) { check_previous_year(c.doc, c.format, *c.options, c.result); }

}  // namespace

const std::vector<CheckEntry>& all_checks() {
  static const std::vector<CheckEntry> checks = {
      {"balance", run_balance},
      {"suspect", run_suspects},  // after balance: explains its findings
      {"structure", run_structure},
      {"format", run_format},
      {"prose", run_prose},
      {"year", run_year},
  };
  return checks;
}

}  // namespace gk
