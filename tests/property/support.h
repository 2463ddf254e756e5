// What the property tests share: run sizes, comparing gk's tables with a
// generated truth, and collecting failures by kind so a run with many
// failures still reads well.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gkcheck/check.h"
#include "gkgen/gen.h"

namespace gkprop {

// Reports per layout: GKCHECK_PROPERTY_N if set, else `default_n`.
int reports_per_layout(int default_n);
// The first seed: GKCHECK_PROPERTY_SEED if set, else 1.
std::uint64_t first_seed();

struct Mismatch {
  std::string cell;      // table/row/column
  std::string expected;  // from the truth
  std::string actual;    // what gk read
  std::string kind;      // "value", "Missing", "Unreadable", "Blank", "not blank"
};

// Every cell of every table compared with the truth.
std::vector<Mismatch> compare(const gk::Result& r, const gkgen::Truth& t);

std::string describe(const gk::Diagnostic& d);
std::string describe(const std::vector<Mismatch>& m, std::size_t max = 12);

// Failures grouped by a short signature, each with its first few seeds.
class FailureLog {
 public:
  explicit FailureLog(std::string what) : what_(std::move(what)) {}
  // Every report run (failing or not), for the per-feature failure rates.
  void seen(const gkgen::Report& rep);
  void add(const std::string& signature, const gkgen::Report& rep, const std::string& detail);
  std::size_t count() const { return total_; }
  std::size_t groups() const { return by_sig_.size(); }
  std::string summary() const;
  // Details of the first few failures (for Catch's INFO).
  const std::vector<std::string>& first_details() const { return details_; }

 private:
  struct Group {
    std::size_t n = 0;
    std::vector<std::string> repro;
  };
  std::string what_;
  std::size_t total_ = 0;
  std::map<std::string, Group> by_sig_;
  std::size_t runs_ = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_note_;  // note → (reports, failing)
  std::size_t plain_runs_ = 0, plain_fails_ = 0;  // reports without any note
  std::vector<std::string> details_;
};

// The first few failures in full, for INFO.
std::string details(const FailureLog& log);

// The lines of the text that print a table 三 row or table 四, for reading
// a failure: at most `max` lines around the first line holding `needle`.
std::string lines_around(const std::string& text, const std::string& needle, int before, int after);

// A file's bytes ("" when it cannot be read).
std::string read_file(const std::string& path);

}  // namespace gkprop
