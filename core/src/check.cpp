// The pipeline: normalise, find sections and tables, read them, check, and
// point every diagnostic at the characters the user gave.
#include "gkcheck/check.h"

#include <algorithm>

#include "checks.h"
#include "read_report.h"
#include "coverage.h"
#include "other_reports.h"
#include "diagnostics.h"
#include "format_detect.h"
#include "meta.h"
#include "sections.h"
#include "source_index.h"
#include "table_reader.h"
#include "text_match.h"

namespace gk {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "info";
}

std::size_t Result::count(Severity s) const {
  std::size_t n = 0;
  for (const auto& d : diagnostics) n += d.severity == s;
  return n;
}

namespace {

void locate_all(const Document& doc, Result& r) {
  SourceIndex index(doc.original);
  auto locate = [&](Span s) {
    const std::uint32_t b = doc.norm.map.to_original(s.begin, false);
    const std::uint32_t e = s.empty() ? b : doc.norm.map.to_original(s.end, true);
    return index.locate(b, std::max(b, e));
  };
  std::vector<std::pair<std::uint32_t, std::size_t>> order;  // (listed at, index)
  for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
    Diagnostic& d = r.diagnostics[i];
    d.location = locate(d.span);
    d.related_locations.clear();
    for (const Span& s : d.related) d.related_locations.push_back(locate(s));
    const std::uint32_t at = d.list_at ? locate(Span{*d.list_at, *d.list_at}).offset : d.location.offset;
    order.emplace_back(std::min(at, d.location.offset), i);
  }
  for (auto& s : r.sections) s.line = index.line_of(doc.norm.map.to_original(s.span.begin, false));
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Diagnostic> sorted;
  sorted.reserve(order.size());
  for (const auto& o : order) sorted.push_back(std::move(r.diagnostics[o.second]));
  r.diagnostics = std::move(sorted);
}

void too_large(Result& r, std::size_t bytes) {
  Diagnostic& d = report(r, Rule::InputTooLarge, msg::kInputTooLarge,
                         {{"mb", format_number(static_cast<double>(bytes) / (1024.0 * 1024.0)).substr(0, 6)},
                          {"limit", std::to_string(kMaxInputBytes / (1024 * 1024))}},
                         Span{0, 0});
  d.location = Location{1, 1, 0, 0, 0, 0};
}

}  // namespace

namespace {

Result run_check(std::string_view text, const Options& options, bool find_others) {
  Result r;
  const Formats& formats = options.registry();
  if (text.size() > kMaxInputBytes) {
    too_large(r, text.size());
    check_coverage(Document{}, formats.newest(), r);
    return r;
  }
  Document doc;
  bool readable = read_report(text, doc, r, formats);
  // Two reports in one text: the first is read on its own, the others named.
  OtherParts others;
  auto own_end = static_cast<std::uint32_t>(text.size());
  if (find_others && readable) {
    others = find_other_parts(doc, formats.newest());
    if (!others.reports.empty()) {
      own_end = others.reports.front();
      r = Result{};
      readable = read_report(text.substr(0, own_end), doc, r, formats);
    }
  }
  r.other_reports = static_cast<std::uint32_t>(others.reports.size() + others.tables.size());
  // What was read decides the verdict (unchecked when nothing was).
  check_coverage(doc, r.format ? *r.format : formats.newest(), r);
  if (readable) {
    CheckContext ctx{doc, r.format ? *r.format : formats.newest(), &options, r};
    for (const CheckEntry& c : all_checks()) c.run(ctx);
  }
  add_omitted_summaries(r);
  locate_all(doc, r);
  describe_other_parts(text, own_end, others, r);
  return r;
}

}  // namespace

Result check_one(std::string_view text, const Options& options) { return run_check(text, options, false); }

Result check(std::string_view text, const Options& options) { return run_check(text, options, true); }

std::string check_json(std::string_view text, const Options& options) {
  return to_json(check(text, options));
}

}  // namespace gk
