// The generator's own invariants: balanced truths, determinism, one cell per
// mutation, well-formed HTML tables. These need no reading by the core.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "equations.h"
#include "support.h"

using namespace gkprop;

namespace {

constexpr gk::TableId T3 = gk::TableId::Applications;

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + static_cast<std::size_t>(n) > s.size()) return false;
    for (int k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

TEST_CASE("gen: every generated truth balances, with realistic magnitudes", "[gen]") {
  const int n = reports_per_layout(600) * 3;
  long long np = 0, others = 0, max_total = 0;
  int zero_reports = 0, fee_decimals = 0;
  for (int i = 0; i < n; ++i) {
    const gkgen::Report rep = gkgen::generate(first_seed() + static_cast<std::uint64_t>(i), gkgen::Layout::Tab);
    const auto bad = failing(rep.truth);
    INFO("seed " << rep.seed);
    REQUIRE(bad.empty());
    const gk::TableSpec& spec = gk::format_2021().table(T3);
    const int r_new = spec.row_index("new_received");
    np += rep.truth.count(T3, r_new, 0);
    for (int c = 1; c < 6; ++c) others += rep.truth.count(T3, r_new, c);
    max_total = std::max(max_total, rep.truth.count(T3, r_new, 6));
    zero_reports += rep.truth.count(T3, r_new, 6) == 0;
    for (const auto& row : rep.truth.tables[0])
      for (const auto& c : row) {
        CHECK(c.value >= 0);
        if (!c.text.empty() && !c.blank) {
          CHECK(std::stod(c.text) == c.value);
          fee_decimals += c.text.find('.') != std::string::npos;
        }
      }
    for (int t = 1; t < 3; ++t)
      for (const auto& row : rep.truth.tables[t])
        for (const auto& c : row) {
          CHECK(c.value >= 0);
          CHECK(c.value == static_cast<double>(static_cast<long long>(c.value)));
          if (c.blank) CHECK(c.value == 0);
        }
  }
  CHECK(np > 5 * others);            // natural persons dominate
  CHECK(max_total >= 1000);          // some big years
  CHECK(zero_reports > 0);           // and some bodies with no application
  CHECK(zero_reports < n / 3);
  CHECK(fee_decimals > 0);
}

TEST_CASE("gen: the same seed gives the same report — every layout prints the same truth", "[gen]") {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const gkgen::Report a = gkgen::generate(seed, gkgen::Layout::Tab);
    for (gkgen::Layout l : gkgen::all_layouts()) {
      const gkgen::Report b = gkgen::generate(seed, l);
      const gkgen::Report b2 = gkgen::generate(seed, l);
      INFO("seed " << seed << " layout " << gkgen::layout_name(l));
      CHECK(b.text == b2.text);
      CHECK(gkgen::truth_json(b) == gkgen::truth_json(b2));
      for (int t = 0; t < gk::kTableCount; ++t)
        for (std::size_t r = 0; r < a.truth.tables[t].size(); ++r)
          for (std::size_t c = 0; c < a.truth.tables[t][r].size(); ++c) {
            CHECK(a.truth.tables[t][r][c].value == b.truth.tables[t][r][c].value);
            CHECK(a.truth.tables[t][r][c].blank == b.truth.tables[t][r][c].blank);
          }
      CHECK(valid_utf8(b.text));
      CHECK(b.text.find('\x01') == std::string::npos);
    }
  }
}

TEST_CASE("gen: a mutation changes one number of table 三 or 四 and breaks a rule", "[gen]") {
  for (std::uint64_t seed = 1; seed <= 500; ++seed) {
    const gkgen::Report a = gkgen::generate(seed, gkgen::Layout::Pdf);
    const gkgen::Report b = gkgen::generate(seed, gkgen::Layout::Pdf, {true});
    INFO("seed " << seed);
    REQUIRE(b.mutation);
    CHECK(b.mutation->table != gk::TableId::Active);
    int changed = 0;
    for (int t = 0; t < gk::kTableCount; ++t)
      for (std::size_t r = 0; r < a.truth.tables[t].size(); ++r)
        for (std::size_t c = 0; c < a.truth.tables[t][r].size(); ++c)
          if (a.truth.tables[t][r][c].value != b.truth.tables[t][r][c].value) {
            ++changed;
            CHECK(t == static_cast<int>(b.mutation->table));
            CHECK(static_cast<int>(r) == b.mutation->row);
            CHECK(static_cast<int>(c) == b.mutation->col);
          }
    CHECK(changed == 1);
    CHECK(b.mutation->after.value >= 0);
    CHECK_FALSE(failing(b.truth).empty());
    const auto ex = explaining_cells(b.truth);
    CHECK(std::find(ex.begin(), ex.end(), Cell{b.mutation->table, b.mutation->row, b.mutation->col}) != ex.end());
  }
}

TEST_CASE("gen: explaining cells follow the equations", "[gen]") {
  // Table 四, one group 2+0+0+0=2: changing 总计 to 5 can be undone by 总计 alone
  // (结果维持 would need 5, but then … it also works: 5+0+0+0 = 5).
  gkgen::Report rep = gkgen::generate(7, gkgen::Layout::Tab);
  auto& t4 = rep.truth.tables[2];
  for (auto& g : t4)
    for (auto& c : g) c = gkgen::TruthCell{};
  t4[0][0].value = 2;
  t4[0][4].value = 1;  // total lowered by one: 维持 could be 1, or 总计 2
  auto ex = explaining_cells(rep.truth);
  CHECK(ex.size() == 2);
  t4[0][0].value = 0;
  t4[0][4].value = 3;  // total 3 over nothing: only a part can rise … any of the four, or the total
  ex = explaining_cells(rep.truth);
  CHECK(ex.size() == 5);
  t4[0][4].value = 0;
  t4[0][1].value = 4;  // 纠正 4, total 0: 纠正 back to 0, or total to 4
  ex = explaining_cells(rep.truth);
  CHECK(ex.size() == 2);
}

TEST_CASE("gen: HTML tables are rectangular once rowspan and colspan are expanded", "[gen][html]") {
  const std::regex tr("<tr[^>]*>([\\s\\S]*?)</tr>");
  const std::regex td("<td([^>]*)>");
  const std::regex span("(row|col)span=\"?([0-9]+)");
  for (std::uint64_t seed = 1; seed <= 60; ++seed) {
    const gkgen::Report rep = gkgen::generate(seed, gkgen::Layout::Html);
    INFO("seed " << seed);
    std::size_t pos = 0;
    int tables = 0;
    while ((pos = rep.text.find("<table", pos)) != std::string::npos) {
      const std::size_t end = rep.text.find("</table>", pos);
      REQUIRE(end != std::string::npos);
      const std::string t = rep.text.substr(pos, end - pos);
      pos = end;
      ++tables;
      // Occupancy grid: rows × columns filled by the cells.
      std::vector<std::vector<int>> grid;
      int r = 0;
      for (auto it = std::sregex_iterator(t.begin(), t.end(), tr); it != std::sregex_iterator(); ++it, ++r) {
        if (static_cast<int>(grid.size()) <= r) grid.resize(static_cast<std::size_t>(r) + 1);
        const std::string row = (*it)[1];
        int c = 0;
        for (auto jt = std::sregex_iterator(row.begin(), row.end(), td); jt != std::sregex_iterator(); ++jt) {
          const std::string attrs = (*jt)[1];
          int rs = 1, cs = 1;
          for (auto kt = std::sregex_iterator(attrs.begin(), attrs.end(), span); kt != std::sregex_iterator(); ++kt)
            ((*kt)[1] == "row" ? rs : cs) = std::stoi((*kt)[2]);
          auto& cur = grid[static_cast<std::size_t>(r)];
          while (c < static_cast<int>(cur.size()) && cur[static_cast<std::size_t>(c)]) ++c;
          for (int dr = 0; dr < rs; ++dr) {
            if (static_cast<int>(grid.size()) <= r + dr) grid.resize(static_cast<std::size_t>(r + dr) + 1);
            auto& g = grid[static_cast<std::size_t>(r + dr)];
            if (static_cast<int>(g.size()) < c + cs) g.resize(static_cast<std::size_t>(c + cs), 0);
            for (int dc = 0; dc < cs; ++dc) {
              CHECK(g[static_cast<std::size_t>(c + dc)] == 0);  // no overlap
              g[static_cast<std::size_t>(c + dc)] = 1;
            }
          }
          c += cs;
        }
      }
      const std::size_t width = grid.front().size();
      CHECK((width == 4 || width == 10 || width == 15));
      for (const auto& g : grid) {
        CHECK(g.size() == width);
        CHECK(std::count(g.begin(), g.end(), 1) == static_cast<long>(width));
      }
    }
    CHECK(tables == 3);
  }
}
