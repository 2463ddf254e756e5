// The reviewer's workbench: many reports checked together (a region's
// reports of one or two years). Over the results of single checks it pairs
// each report with the same agency's report of the year before (and checks
// the pair: YEAR.*), compares each prose section with last year's (copied
// prose, REVIEW.COPIED_PROSE), checks a region's summary report against its
// parts (REVIEW.SUMMARY_*), and names the units with no report this year.
// No I/O: the command line and the page give the texts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gkcheck/check.h"

namespace gk {

struct ReviewReport {
  std::string name;       // the file name, as the reviewer knows it
  std::string_view text;  // the report as given (bytes)
  bool summary = false;   // marked by the reviewer as a region's summary (汇总)
};

struct ReviewOptions {
  bool pair_years = true;   // pair each report with its agency's report of the year before
  bool copy_check = true;   // compare the prose of each pair (needs pair_years)
  bool summary_check = true;  // a report whose title says 汇总 is a summary too
  // Units expected to report this year (a list the reviewer pastes). Empty:
  // the units of last year's reports in the batch.
  std::vector<std::string> expected_units;
};

// The figures a reviewer reads first. Empty when the cell was not read.
struct KeyFigures {
  std::optional<double> new_received;      // 表三 一、本年新收 · 总计
  std::optional<double> results_total;     // 表三 （七）总计 · 总计
  std::optional<double> carried_forward;   // 表三 四、结转下年度继续办理 · 总计
  std::optional<double> review_total;      // 表四 行政复议 · 总计
  std::optional<double> litigation_total;  // 表四 行政诉讼（两组）· 总计
};

struct ReviewEntry {
  std::string name;
  // The check of the report: with last year's report when paired (so its
  // YEAR.* diagnostics are there), then the REVIEW.* diagnostics.
  Result result;
  std::optional<std::size_t> paired_with;  // index of last year's report in the batch
  bool summary = false;
  std::vector<std::size_t> parts;  // a summary's parts (indices)
  KeyFigures figures;
  // Where the problems are, in words: "表三 2 处合计不符；第五部分 与上年重复 82%".
  std::string problems;
};

struct MissingUnit {
  std::string unit;                        // as last year's report (or the list) names it
  std::optional<std::size_t> last_year;    // last year's report in the batch, if any
};

struct ReviewResult {
  std::vector<ReviewEntry> entries;  // in the batch's order
  std::optional<int> year;           // "this year": the latest report year in the batch
  std::vector<MissingUnit> missing;  // units with no report of `year`
};

// Reviews a batch. `checked`, when given with one result per report, holds
// the reports' single checks already made (gk::check(text), e.g. in
// parallel); otherwise they are made here.
ReviewResult review(const std::vector<ReviewReport>& batch, const ReviewOptions& options = {},
                    std::vector<Result> checked = {});

// The agency and year of a report read from its first few KB only (no
// check): what pairing needs, cheaply, to tell whether a batch holds two years.
Meta review_title(std::string_view text);
// The key that pairs two reports of one agency: its name without spaces and marks.
std::string review_unit_key(std::string_view agency);
// Whether two keys name one unit: equal, or one is the other with the place above it in front
// (淮安市洪泽区人民政府 / 洪泽区人民政府), as agencies write their names one year and the next.
bool review_same_unit(std::string_view key_a, std::string_view key_b);

// One JSON Lines object per entry: {"file", "paired_with"?, then the fields of
// json-output.md, then "summary", "parts"?, "figures", "problems"}.
std::string review_entry_json(const ReviewResult& review, std::size_t index);
// The whole review as one JSON object: {"year", "results": [...], "missing": [...]}.
std::string review_json(const ReviewResult& review);

// CSV (UTF-8 with BOM, CRLF): one row per report (and per missing unit), and
// one row per diagnostic.
std::string review_csv_reports(const ReviewResult& review);
std::string review_csv_diagnostics(const ReviewResult& review);

}  // namespace gk
