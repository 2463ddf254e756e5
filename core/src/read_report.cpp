// Reading a report without checking it: the first half of gk::check.
#include "read_report.h"

#include <algorithm>

#include "diagnostics.h"
#include "format_detect.h"
#include "meta.h"
#include "sections.h"
#include "table_reader.h"

namespace gk {

namespace {

bool blank(std::string_view t) {
  for (char c : t)
    if (c != ' ' && c != '\t' && c != '\n') return false;
  return true;
}

void reset_tables(Result& r) {
  for (auto& t : r.tables) t = TableData{};
}

}  // namespace

bool read_report(std::string_view text, Document& doc, Result& r, const Formats& formats) {
  doc = make_document(text);
  if (doc.norm.invalid_utf8 > 0) {
    report(r, Rule::InputInvalidUtf8, msg::kInputInvalidUtf8, {{"count", std::to_string(doc.norm.invalid_utf8)}},
           Span{doc.norm.first_invalid_norm, doc.norm.first_invalid_norm + 3});
  }
  if (blank(doc.text())) {
    report(r, Rule::InputEmpty, msg::kInputEmpty, {}, Span{0, 0});
    return false;
  }

  find_sections(doc, formats.newest(), r);
  find_table_regions(doc, formats.newest());
  const FormatSpec* format = detect_format(doc, formats);
  r.format = format;
  const FormatSpec& spec = format ? *format : formats.newest();
  read_meta(doc, r);
  read_tables(doc, spec, r);

  const bool any_table = r.tables[0].present || r.tables[1].present || r.tables[2].present;
  if (!any_table && r.sections.empty()) {
    // Not a report at all: one clear message instead of three missing tables.
    r.diagnostics.erase(std::remove_if(r.diagnostics.begin(), r.diagnostics.end(),
                                       [](const Diagnostic& d) { return d.rule.rfind("PARSE.", 0) == 0; }),
                        r.diagnostics.end());
    forget_rule_counts(r, "PARSE.");
    reset_tables(r);
    r.format = nullptr;
    report(r, Rule::InputNotAReport, msg::kInputNotAReport, {}, Span{0, 0});
    return false;
  }
  return true;
}

}  // namespace gk
