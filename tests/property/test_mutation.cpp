// Property: one number of table 三 or 四 changed is caught by a balance rule
// that names the changed cell; and, once the suspect rule exists, the single
// cell that explains every failure is the one named.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "equations.h"
#include "support.h"

using namespace gkprop;

namespace {

constexpr int kDefaultN = 2000;

bool is_balance_rule(const std::string& id) {
  return id == "T3.BALANCE" || id == "T3.RESULTS_SUM" || id == "T3.ROW_SUM" || id == "T4.GROUP_SUM";
}

bool is_suspect_rule(const std::string& id) {
  return id.size() > 8 && id.compare(id.size() - 8, 8, ".SUSPECT") == 0;
}

gk::CellRef ref(const Cell& c) {
  return gk::CellRef{c.table, static_cast<std::uint16_t>(c.row), static_cast<std::uint16_t>(c.col)};
}

Cell mutated_cell(const gkgen::Report& rep) { return {rep.mutation->table, rep.mutation->row, rep.mutation->col}; }

std::string row_key(const Cell& c) {
  const std::string n = name(c);
  return n.substr(0, n.rfind('/'));
}

void caught(gkgen::Layout layout) {
  const int n = reports_per_layout(kDefaultN);
  const std::uint64_t s0 = first_seed();
  FailureLog missed(std::string("changed number not caught (") + gkgen::layout_name(layout) + ")");
  for (int i = 0; i < n; ++i) {
    const gkgen::Report rep = gkgen::generate(s0 + static_cast<std::uint64_t>(i), layout, {true});
    REQUIRE(rep.mutation);
    const Cell x = mutated_cell(rep);
    const gk::Result r = gk::check(rep.text);
    missed.seen(rep);
    bool ok = false;
    std::string detail = "  changed " + name(x) + ": " + std::to_string(static_cast<long long>(rep.mutation->before.value)) +
                         (rep.mutation->before.blank ? " (blank)" : "") + " → " +
                         std::to_string(static_cast<long long>(rep.mutation->after.value)) + "\n";
    for (const auto& d : r.diagnostics) {
      if (d.severity == gk::Severity::Error && detail.size() < 2000) detail += "  " + describe(d) + "\n";
      if (d.severity != gk::Severity::Error || !is_balance_rule(d.rule)) continue;
      if (std::find(d.cells.begin(), d.cells.end(), ref(x)) != d.cells.end()) ok = true;
    }
    if (!ok) {
      const auto mm = compare(r, rep.truth);
      missed.add(row_key(x) + (mm.empty() ? "" : " (table misread)"), rep, detail + describe(mm, 6));
    }
  }
  INFO(missed.summary());
  INFO(details(missed));
  CHECK(missed.count() == 0);
}

}  // namespace

TEST_CASE("property: a changed number is caught (tab)", "[property][mutation][tab]") { caught(gkgen::Layout::Tab); }
TEST_CASE("property: a changed number is caught (pipe)", "[property][mutation][pipe]") { caught(gkgen::Layout::Pipe); }
TEST_CASE("property: a changed number is caught (Markdown)", "[property][mutation][markdown]") {
  caught(gkgen::Layout::Markdown);
}
TEST_CASE("property: a changed number is caught (PDF)", "[property][mutation][pdf]") { caught(gkgen::Layout::Pdf); }

// The suspect rule (T3.SUSPECT / T4.SUSPECT) is not written yet. This case
// asserts only once the core emits such a diagnostic at least once in the
// run; until then it passes with a warning.
TEST_CASE("property: the single cell that explains every failure is the suspect named", "[property][suspect]") {
  const int n = std::max(1, reports_per_layout(kDefaultN) / 2);
  const std::uint64_t s0 = first_seed();
  struct Case {
    gkgen::Report rep;
    std::vector<Cell> explaining;
    std::vector<gk::Diagnostic> suspects;
    bool misread = false;  // the core read some cell other than printed
  };
  std::vector<Case> cases;
  FailureLog wrong("suspect not named, or a named suspect that does not explain every failure");
  bool any_suspect = false;
  std::size_t unique = 0;
  for (gkgen::Layout layout : gkgen::text_layouts()) {
    for (int i = 0; i < n; ++i) {
      gkgen::Report rep = gkgen::generate(s0 + static_cast<std::uint64_t>(i), layout, {true});
      const gk::Result r = gk::check(rep.text);
      Case c;
      c.explaining = explaining_cells(rep.truth);
      wrong.seen(rep);
      // The changed cell always explains the failures on its own.
      REQUIRE(std::find(c.explaining.begin(), c.explaining.end(), mutated_cell(rep)) != c.explaining.end());
      for (const auto& d : r.diagnostics)
        if (is_suspect_rule(d.rule)) c.suspects.push_back(d);
      c.misread = !compare(r, rep.truth).empty();
      any_suspect = any_suspect || !c.suspects.empty();
      unique += c.explaining.size() == 1;
      c.rep = std::move(rep);
      cases.push_back(std::move(c));
    }
  }
  if (!any_suspect) {
    WARN("no *.SUSPECT diagnostic in " << cases.size() << " changed reports (" << unique
                                       << " with a single explaining cell): the suspect rule is not in the core yet, "
                                          "so these assertions are skipped");
    SUCCEED();
    return;
  }
  for (const Case& c : cases) {
    const Cell x = mutated_cell(c.rep);
    std::string detail = "  changed " + name(x) + "; cells that explain every failure:";
    for (const auto& e : c.explaining) detail += " " + name(e);
    detail += "\n";
    for (const auto& d : c.suspects) {
      detail += "  " + describe(d) + " suspects:";
      for (const auto& s : d.suspects) detail += " " + name({s.table, s.row, s.col});
      detail += "\n";
    }
    if (c.explaining.size() == 1) {
      const Cell& only = c.explaining.front();
      const std::string rule = only.table == gk::TableId::Applications ? "T3.SUSPECT" : "T4.SUSPECT";
      bool named = false;
      for (const auto& d : c.suspects)
        if (d.rule == rule && d.suspects.size() == 1 && d.suspects.front() == ref(only)) named = true;
      if (!named)
        wrong.add("single explaining cell not named: " + row_key(only) + (c.misread ? " (table misread)" : ""), c.rep, detail);
    }
    // Soundness: whatever the core names must explain every failure.
    for (const auto& d : c.suspects)
      for (const auto& s : d.suspects) {
        const Cell sc{s.table, s.row, s.col};
        if (std::find(c.explaining.begin(), c.explaining.end(), sc) == c.explaining.end())
          wrong.add("named suspect does not explain every failure: " + d.rule + (c.misread ? " (table misread)" : ""), c.rep,
                    detail);
      }
  }
  INFO(wrong.summary());
  INFO(details(wrong));
  CHECK(wrong.count() == 0);
}

// The prose was written before the number changed: when the changed number
// is one the prose states (本年新收 总计, or a 总计 of table 四), the prose
// now contradicts the table, and a TEXT.* warning must say so.
TEST_CASE("property: prose that no longer agrees with a changed total is reported", "[property][mutation][prose]") {
  const int n = reports_per_layout(kDefaultN);
  const std::uint64_t s0 = first_seed();
  const gk::TableSpec& t3 = gk::format_2021().table(gk::TableId::Applications);
  const int r_new = t3.row_index("new_received");
  const int c_total = t3.column_index(r_new, "total");
  FailureLog missed("prose contradicting a changed total not reported");
  std::size_t cases = 0;
  for (gkgen::Layout layout : gkgen::text_layouts()) {
    for (int i = 0; i < n; ++i) {
      const std::uint64_t seed = s0 + static_cast<std::uint64_t>(i);
      gkgen::Report rep = gkgen::generate(seed, layout, {true});
      const gkgen::Mutation& m = *rep.mutation;
      const char* rule = nullptr;
      if (m.table == gk::TableId::Applications && m.row == r_new && m.col == c_total) {
        rule = "TEXT.APPLICATIONS";
        // 收到 N 件 may count last year's carried-over applications too: when the
        // prose's N happens to equal 本年新收 + 上年结转 after the change, the
        // prose agrees with the table in that reading.
        const long long co = rep.truth.count(gk::TableId::Applications, t3.row_index("carried_over"), c_total);
        if (static_cast<long long>(m.before.value) == static_cast<long long>(m.after.value) + co) rule = nullptr;
      }
      if (m.table == gk::TableId::ReviewLitigation && m.col == 4) rule = "TEXT.REVIEW_LITIGATION";
      if (!rule) continue;
      ++cases;
      missed.seen(rep);
      const gk::Result r = gk::check(rep.text);
      bool said = false;
      std::string detail = "  changed " + name(mutated_cell(rep)) + ": " +
                           std::to_string(static_cast<long long>(m.before.value)) + " → " +
                           std::to_string(static_cast<long long>(m.after.value)) + "\n";
      for (const auto& d : r.diagnostics) {
        if (d.rule == rule) said = true;
        if (d.rule.rfind("TEXT.", 0) == 0) detail += "  " + describe(d) + "\n";
      }
      if (!said) missed.add(std::string(rule) + " missing", rep, detail);
    }
  }
  INFO(cases << " changed reports whose prose states the changed number");
  INFO(missed.summary());
  INFO(details(missed));
  CHECK(cases > 0);
  CHECK(missed.count() == 0);
}
