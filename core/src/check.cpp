// The pipeline: normalise, find sections and tables, read them, check, and
// point every diagnostic at the characters the user gave.
#include "gkcheck/check.h"

#include <algorithm>

#include "checks.h"
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

bool blank(std::string_view t) {
  for (char c : t)
    if (c != ' ' && c != '\t' && c != '\n') return false;
  return true;
}

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

void reset_tables(Result& r) {
  for (auto& t : r.tables) t = TableData{};
}

Diagnostic too_large(std::size_t bytes) {
  Diagnostic d;
  d.rule = "INPUT.TOO_LARGE";
  d.severity = Severity::Error;
  d.message = "文本太大（" + format_number(static_cast<double>(bytes) / (1024.0 * 1024.0)).substr(0, 6) +
              " MB），超过了 " + std::to_string(kMaxInputBytes / (1024 * 1024)) +
              " MB 的上限；一份年度报告通常不到 1 MB，请检查是否粘贴了多余的内容";
  d.location = Location{1, 1, 0, 0, 0, 0};
  return d;
}

}  // namespace

bool read_report(std::string_view text, Document& doc, Result& r) {
  doc = make_document(text);
  if (doc.norm.invalid_utf8 > 0) {
    add_diagnostic(r, "INPUT.INVALID_UTF8", Severity::Warning,
                   "文本中有 " + std::to_string(doc.norm.invalid_utf8) +
                       " 处不是有效的 UTF-8 编码，已替换为 “�” 后继续检查；文件可能是 GBK 编码，请另存为 UTF-8",
                   Span{doc.norm.first_invalid_norm, doc.norm.first_invalid_norm + 3});
  }
  if (blank(doc.text())) {
    add_diagnostic(r, "INPUT.EMPTY", Severity::Error, "没有可检查的文字：请粘贴年度报告的全文", Span{0, 0});
    return false;
  }

  find_sections(doc, format_2021(), r);
  find_table_regions(doc, format_2021());
  const FormatSpec* format = detect_format(doc);
  r.format = format;
  const FormatSpec& spec = format ? *format : format_2021();
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
    add_diagnostic(r, "INPUT.NOT_A_REPORT", Severity::Error,
                   "这段文字看起来不是政府信息公开工作年度报告：没有找到章节标题（如“一、总体情况”），也没有找到任何统计表",
                   Span{0, 0});
    return false;
  }
  return true;
}

Result check(std::string_view text, const Options& options) {
  Result r;
  if (text.size() > kMaxInputBytes) {
    r.diagnostics.push_back(too_large(text.size()));
    return r;
  }
  Document doc;
  if (read_report(text, doc, r)) {
    CheckContext ctx{doc, r.format ? *r.format : format_2021(), &options, r};
    for (const CheckEntry& c : all_checks()) c.run(ctx);
  }
  add_omitted_summaries(r);
  locate_all(doc, r);
  return r;
}

std::string check_json(std::string_view text, const Options& options) {
  return to_json(check(text, options));
}

}  // namespace gk
