// libFuzzer harness on the reading stages alone (check.cpp read_report):
// normalise, find the sections and the table regions, read every row and
// cell. Reading is most of a check's time and all of its guessing, so it gets
// more executions here than inside the whole check, which adds the checks and
// the JSON. Structure-aware mutations as in fuzz_check. It stops on a broken
// promise: a cell or row span outside the text, a table whose rows do not
// have the format's shape, a number that is not finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "checks.h"
#include "read_report.h"
#include "document.h"
#define GKFUZZ_REPORT_MUTATOR
#include "report_mutator.h"

namespace {

[[noreturn]] void broken(const char* why) {
  std::fprintf(stderr, "gkcheck fuzz (read): broken promise: %s\n", why);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gk::Document doc;
  gk::Result r;
  if (!gk::read_report(std::string_view(reinterpret_cast<const char*>(data), size), doc, r)) return 0;
  const auto len = static_cast<std::uint32_t>(doc.text().size());
  const gk::FormatSpec& format = r.format ? *r.format : gk::format_2021();  // what read_report read with
  for (int t = 0; t < gk::kTableCount; ++t) {
    const gk::TableSpec& spec = format.tables[t];
    const gk::TableData& table = r.tables[t];
    if (table.rows.size() != spec.rows.size()) broken("a table without the format's rows");
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      if (table.rows[i].size() != spec.rows[i].columns.size()) broken("a row without the format's columns");
      for (const gk::Cell& c : table.rows[i]) {
        if (c.span.end > len || c.span.begin > c.span.end) broken("a cell span outside the text");
        if (c.state == gk::CellState::Value && !std::isfinite(c.value)) broken("a number that is not finite");
      }
    }
  }
  for (const gk::Diagnostic& d : r.diagnostics)
    if (d.span.end > len || d.span.begin > d.span.end) broken("a diagnostic span outside the text");
  return 0;
}
