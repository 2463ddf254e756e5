// Property: every number of a generated report is read back exactly, in
// every text layout, and a balanced report gets no error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "support.h"

using namespace gkprop;

namespace {

// Enough for a default run well under a minute in Release on 2 cores.
constexpr int kDefaultN = 3000;

// One failure kind: the first row misread (in table order) and how; the
// other rows misread with it only counted.
std::string signature(const std::vector<Mismatch>& mm) {
  std::set<std::string> rows;
  for (const auto& m : mm) rows.insert(m.cell.substr(0, m.cell.rfind('/')));
  const std::string first = mm.front().cell.substr(0, mm.front().cell.rfind('/'));
  std::string s = first + " " + mm.front().kind;
  if (rows.size() > 1) s += " (+" + std::to_string(rows.size() - 1) + " more rows)";
  return s;
}

void readback(gkgen::Layout layout) {
  const int n = reports_per_layout(kDefaultN);
  const std::uint64_t s0 = first_seed();
  FailureLog misread(std::string("numbers misread (") + gkgen::layout_name(layout) + ")");
  FailureLog errors(std::string("error diagnostics on a balanced report (") + gkgen::layout_name(layout) + ")");
  FailureLog prose(std::string("TEXT.* warnings on a report whose prose agrees with its tables (") +
                   gkgen::layout_name(layout) + ")");
  for (int i = 0; i < n; ++i) {
    const gkgen::Report rep = gkgen::generate(s0 + static_cast<std::uint64_t>(i), layout);
    const gk::Result r = gk::check(rep.text);
    misread.seen(rep);
    errors.seen(rep);
    prose.seen(rep);
    const auto mm = compare(r, rep.truth);
    if (!mm.empty()) misread.add(signature(mm), rep, describe(mm));
    std::set<std::string> rules;
    std::string detail;
    for (const auto& d : r.diagnostics)
      if (d.severity == gk::Severity::Error) {
        rules.insert(d.rule);
        if (detail.size() < 2000) detail += "  " + describe(d) + "\n";
      }
    std::set<std::string> text_rules;
    std::string text_detail;
    for (const auto& d : r.diagnostics)
      if (d.rule.rfind("TEXT.", 0) == 0) {
        text_rules.insert(d.rule);
        if (text_detail.size() < 2000) text_detail += "  " + describe(d) + "\n";
      }
    if (!text_rules.empty()) {
      std::string sig;
      for (const auto& x : text_rules) sig += (sig.empty() ? "" : ", ") + x;
      prose.add(sig, rep, text_detail);
    }
    if (!rules.empty()) {
      std::string sig;
      for (const auto& x : rules) sig += (sig.empty() ? "" : ", ") + x;
      errors.add(sig, rep, detail);
    }
  }
  {
    INFO(misread.summary());
    INFO(details(misread));
    CHECK(misread.count() == 0);
  }
  {
    INFO(errors.summary());
    INFO(details(errors));
    CHECK(errors.count() == 0);
  }
  {
    INFO(prose.summary());
    INFO(details(prose));
    CHECK(prose.count() == 0);
  }
}

}  // namespace

TEST_CASE("property: tab-separated reports are read back exactly, with no error", "[property][readback][tab]") {
  readback(gkgen::Layout::Tab);
}

TEST_CASE("property: pipe-separated reports are read back exactly, with no error", "[property][readback][pipe]") {
  readback(gkgen::Layout::Pipe);
}

TEST_CASE("property: Markdown reports are read back exactly, with no error", "[property][readback][markdown]") {
  readback(gkgen::Layout::Markdown);
}

TEST_CASE("property: PDF-copied reports are read back exactly, with no error", "[property][readback][pdf]") {
  readback(gkgen::Layout::Pdf);
}
