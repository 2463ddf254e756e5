// Judging a gkcheck JSON result against the truth, cell by cell, the way the
// project's first rule puts it: every number is read back exactly, or its row
// is reported unread (its cells null, the verdict not "checked" and an error
// diagnostic naming it); a wrong number is never left without an error that
// names it. Works on JSON (gk::check_json) so it sees what a user sees:
// "verdict", nulls, and each diagnostic's "cells".
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gkprop {

enum class Outcome {
  Exact,       // every cell of the truth read back exactly
  Honest,      // some cells not read, each declared (verdict not "checked", an error naming its row)
  Flagged,     // some number wrong, each named by an error diagnostic
  Undeclared,  // a cell not read without the declaration above
  Silent,      // a wrong number that no error diagnostic names: the worst defect
};
const char* outcome_name(Outcome o);

struct Judgement {
  Outcome outcome = Outcome::Exact;
  int cells = 0, exact = 0, unread_declared = 0, unread_undeclared = 0, wrong_flagged = 0, wrong_silent = 0;
  bool has_error = false;
  std::string verdict;  // "" when the result has none
  std::string detail;   // the first few problems, for a failure message
};

// `result`: gk::check_json parsed. `truth`: an object with "tables" in the shape of
// json-output.md's tables (gkgen --truth, tests/fixtures/real/*.truth.json); a
// null cell of the truth is a blank cell (the result may give null or 0).
// A truth row absent from the result (the real 2023 report's single （六）其他处理
// row, key "other") is compared with the sum of the result's rows "other.*".
Judgement judge(const nlohmann::json& result, const nlohmann::json& truth);

// Whether an error diagnostic names this row in its "cells"; with `table_wide`, a PARSE.* error whose
// message names the table (表二/表三/表四: a table not found, or its rows not read) also counts.
bool error_names_row(const nlohmann::json& result, const std::string& table, const std::string& row,
                     bool table_wide = true);
bool error_names_cell(const nlohmann::json& result, const std::string& table, const std::string& row,
                      const std::string& column);

// True when every balance equation of the 2021 format holds on the result's
// tables, every cell involved is read (a null cell counts as 0 only when
// `null_as_zero`), and the result has the 2021 shape.
bool all_sums_hold(const nlohmann::json& result, bool null_as_zero = false);

// Counts by outcome, printed as one line.
struct Tally {
  std::map<Outcome, int> n;
  std::vector<std::string> examples;  // the first few non-exact reports, with their detail
  void add(const std::string& name, const Judgement& j, bool keep_example);
  int total() const;
  int count(Outcome o) const { auto it = n.find(o); return it == n.end() ? 0 : it->second; }
  std::string line() const;
};

}  // namespace gkprop
