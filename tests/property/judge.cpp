#include "judge.h"

#include <cmath>
#include <sstream>

#include "equations.h"
#include "gkcheck/format.h"

namespace gkprop {

using nlohmann::json;

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::Exact: return "exact";
    case Outcome::Honest: return "honest";
    case Outcome::Flagged: return "wrong but flagged";
    case Outcome::Undeclared: return "unread undeclared";
    case Outcome::Silent: return "SILENT WRONG";
  }
  return "?";
}

namespace {

const char* table_name(const std::string& key) {
  if (key == "active") return "表二";
  if (key == "applications") return "表三";
  if (key == "review_litigation") return "表四";
  return "";
}

bool is_error(const json& d) { return d.value("severity", "") == "error"; }

// A cell of the result: a number, null (not read / blank), or absent.
struct Got {
  bool present = false;  // the row exists in the result
  bool number = false;
  double value = 0;
};

Got cell_of(const json& tables, const std::string& t, const std::string& row, const std::string& col, int col_index) {
  Got g;
  if (!tables.is_object() || !tables.contains(t) || !tables[t].is_object()) return g;
  const json& tj = tables[t];
  const json* cell = nullptr;
  if (tj.contains("rows")) {
    if (!tj["rows"].contains(row)) return g;
    const json& r = tj["rows"][row];
    if (!r.is_array() || col_index < 0 || col_index >= static_cast<int>(r.size())) return g;
    cell = &r[static_cast<std::size_t>(col_index)];
  } else {
    if (!tj.contains(row) || !tj[row].is_object() || !tj[row].contains(col)) return g;
    cell = &tj[row][col];
  }
  g.present = true;
  if (cell->is_number()) {
    g.number = true;
    g.value = cell->get<double>();
  }
  return g;
}

// The result's rows "row.*" (a 2021 split of a 2019 row), summed per column.
std::vector<std::string> sub_rows(const json& tables, const std::string& t, const std::string& row) {
  std::vector<std::string> out;
  if (!tables.is_object() || !tables.contains(t) || !tables[t].is_object() || !tables[t].contains("rows")) return out;
  for (const auto& [k, v] : tables[t]["rows"].items())
    if (k.rfind(row + ".", 0) == 0) out.push_back(k);
  return out;
}

std::string fmt(double v) {
  std::ostringstream o;
  o.precision(12);
  o << v;
  return o.str();
}

}  // namespace

bool error_names_cell(const json& result, const std::string& table, const std::string& row, const std::string& column) {
  if (!result.contains("diagnostics")) return false;
  for (const auto& d : result["diagnostics"]) {
    if (!is_error(d) || !d.contains("cells")) continue;
    for (const auto& c : d["cells"])
      if (c.value("table", "") == table && c.value("row", "") == row && c.value("column", "") == column) return true;
  }
  return false;
}

bool error_names_row(const json& result, const std::string& table, const std::string& row, bool table_wide) {
  if (!result.contains("diagnostics")) return false;
  for (const auto& d : result["diagnostics"]) {
    if (!is_error(d)) continue;
    if (d.contains("cells"))
      for (const auto& c : d["cells"])
        if (c.value("table", "") == table && c.value("row", "") == row) return true;
    // A table not found, or a table-wide "not read" error (PARSE.UNCHECKED) that names the table.
    const std::string rule = d.value("rule", "");
    if (table_wide && rule.rfind("PARSE.", 0) == 0 && d.value("message", "").find(table_name(table)) != std::string::npos) return true;
  }
  return false;
}

Judgement judge(const json& result, const json& truth) {
  Judgement j;
  j.verdict = result.contains("verdict") && result["verdict"].is_string() ? result["verdict"].get<std::string>() : "";
  if (result.contains("diagnostics"))
    for (const auto& d : result["diagnostics"]) j.has_error |= is_error(d);
  const json& tt = truth.at("tables");
  const json empty = json::object();
  const json& rt = result.contains("tables") && result["tables"].is_object() ? result["tables"] : empty;
  std::ostringstream detail;
  int shown = 0;
  auto note = [&](const std::string& s) {
    if (++shown <= 8) detail << "  " << s << "\n";
  };
  // A cell the reader left unread is declared when the verdict says so and an error names its row.
  const bool verdict_says_unread = !j.verdict.empty() && j.verdict != "checked";
  for (const auto& [tkey, tv] : tt.items()) {
    if (!tv.is_object()) continue;
    struct TCell {
      std::string row, col;
      int ci;
      const json* want;
    };
    std::vector<TCell> cells;
    if (tv.contains("rows")) {
      std::vector<std::string> cols;
      for (const auto& c : tv["columns"]) cols.push_back(c.get<std::string>());
      for (const auto& [rk, rv] : tv["rows"].items())
        for (std::size_t ci = 0; ci < rv.size() && ci < cols.size(); ++ci)
          cells.push_back({rk, cols[ci], static_cast<int>(ci), &rv[ci]});
    } else {
      for (const auto& [rk, rv] : tv.items()) {
        if (!rv.is_object()) continue;
        for (const auto& [ck, cv] : rv.items()) cells.push_back({rk, ck, -1, &cv});
      }
    }
    for (const TCell& c : cells) {
      ++j.cells;
      Got g = cell_of(rt, tkey, c.row, c.col, c.ci);
      std::vector<std::string> name_rows{c.row};
      if (!g.present) {
        // A row of the truth split in the result ("other" → "other.*"): their sum.
        const auto subs = sub_rows(rt, tkey, c.row);
        if (!subs.empty()) {
          name_rows = subs;
          g.present = true;
          g.number = true;
          // A sub-row left blank (the 2019 layout's single row read into
          // 3.其他, 1. and 2. blank) counts as 0 in a report read in full.
          for (const auto& s : subs) {
            Got x = cell_of(rt, tkey, s, c.col, c.ci);
            if (!x.number && (verdict_says_unread || !x.present)) g.number = false;
            g.value += x.number ? x.value : 0.0;
          }
        }
      }
      const std::string where = tkey + "/" + c.row + "/" + c.col;
      const bool want_blank = c.want->is_null();
      const double want = want_blank ? 0.0 : c.want->get<double>();
      if (g.number && std::fabs(g.value - want) <= 1e-9 * std::max(1.0, std::fabs(want))) {
        ++j.exact;
        continue;
      }
      if (!g.number) {
        if (want_blank) {  // blank printed, nothing read: right
          ++j.exact;
          continue;
        }
        bool named = false;
        for (const auto& r : name_rows) named |= error_names_row(result, tkey, r);
        if (verdict_says_unread && named) {
          ++j.unread_declared;
        } else {
          ++j.unread_undeclared;
          note(where + ": truth " + fmt(want) + ", not read" + (named ? "" : ", no error names the row") +
               (verdict_says_unread ? "" : ", verdict \"" + j.verdict + "\""));
        }
        continue;
      }
      // A wrong number: it must be named by an error (the cell, its row, or — table 三 — its column);
      // a table-wide "rows not read" error does not excuse a number read wrong elsewhere.
      bool named = false;
      for (const auto& r : name_rows) named |= error_names_row(result, tkey, r, false) || error_names_cell(result, tkey, r, c.col);
      if (!named && result.contains("diagnostics"))
        for (const auto& d : result["diagnostics"])
          if (is_error(d) && d.contains("cells"))
            for (const auto& x : d["cells"])
              if (x.value("table", "") == tkey && x.value("column", "") == c.col && tkey == "applications") named = true;
      if (named) {
        ++j.wrong_flagged;
        note(where + ": truth " + (want_blank ? "blank" : fmt(want)) + ", read " + fmt(g.value) + " (an error names it)");
      } else {
        ++j.wrong_silent;
        note(where + ": truth " + (want_blank ? "blank" : fmt(want)) + ", read " + fmt(g.value) + " WITHOUT an error naming it");
      }
    }
  }
  if (shown > 8) detail << "  … and " << (shown - 8) << " more cells\n";
  j.detail = detail.str();
  j.outcome = j.wrong_silent ? Outcome::Silent
              : j.unread_undeclared ? Outcome::Undeclared
              : j.wrong_flagged ? Outcome::Flagged
              : j.unread_declared ? Outcome::Honest
                                  : Outcome::Exact;
  return j;
}

bool all_sums_hold(const json& result, bool null_as_zero) {
  if (result.value("format", "") != "2021" || !result.contains("tables")) return false;
  const json& rt = result["tables"];
  const gk::FormatSpec& f = gk::format_2021();
  gkgen::Truth t;
  for (int ti = 0; ti < gk::kTableCount; ++ti) {
    const gk::TableSpec& spec = f.tables[ti];
    t.tables[ti].resize(spec.rows.size());
    for (std::size_t ri = 0; ri < spec.rows.size(); ++ri) {
      const auto& cols = spec.rows[ri].columns;
      t.tables[ti][ri].resize(cols.size());
      for (std::size_t ci = 0; ci < cols.size(); ++ci) {
        Got g = cell_of(rt, spec.key, spec.rows[ri].key, cols[ci].key, static_cast<int>(ci));
        if (!g.number && !null_as_zero) {
          // Table 二's cells are in no equation; a blank there does not matter.
          if (ti == 0) continue;
          return false;
        }
        t.tables[ti][ri][ci].value = g.value;
        t.tables[ti][ri][ci].blank = !g.number;
      }
    }
  }
  return failing(t).empty();
}

void Tally::add(const std::string& name, const Judgement& j, bool keep_example) {
  ++n[j.outcome];
  if (keep_example && j.outcome != Outcome::Exact && examples.size() < 4)
    examples.push_back(name + ": " + outcome_name(j.outcome) + " (verdict \"" + j.verdict + "\")\n" + j.detail);
}

int Tally::total() const {
  int s = 0;
  for (const auto& [o, c] : n) s += c;
  return s;
}

std::string Tally::line() const {
  std::ostringstream o;
  o << total() << " reports: ";
  bool first = true;
  for (Outcome x : {Outcome::Exact, Outcome::Honest, Outcome::Flagged, Outcome::Undeclared, Outcome::Silent}) {
    o << (first ? "" : ", ") << count(x) << " " << outcome_name(x);
    first = false;
  }
  return o.str();
}

}  // namespace gkprop
