#include "other_reports.h"

#include <algorithm>

#include "checks.h"
#include "diagnostics.h"
#include "source_index.h"
#include "text_match.h"

namespace gk {

namespace {

// At most this many further parts are checked on their own (each is a whole
// check); the rest are only counted.
constexpr std::size_t kMaxChecked = 20;
// A report's title stands at most this many lines before its section 一.
constexpr std::size_t kTitleReach = 12;

// The first row of a table 三 (一、本年新收政府信息公开申请数量), not a sentence
// of prose that names it.
bool table3_start(std::string_view line, const std::u32string& key) {
  if (line.size() > 300 || line.find("。") != std::string_view::npos) return false;
  const std::u32string k = label_key(line);
  const std::size_t at = k.find(key);
  if (at == std::u32string::npos) return false;
  // Beside the label's first words, only the rest of it (申请数量, or part
  // of it where a PDF copy wrapped the label), its enumerator and numbers.
  std::size_t other = 0;
  for (std::size_t i = 0; i < k.size(); ++i)
    if ((i < at || i >= at + key.size()) && !(k[i] >= '0' && k[i] <= '9')) ++other;
  return other <= 6;
}

}  // namespace

OtherParts find_other_parts(const Document& doc, const FormatSpec& format) {
  OtherParts out;
  // 本年新收政府信息公开: the first words of table 三's first row.
  constexpr std::size_t kKeyChars = 10;
  const std::u32string key = label_key(format.table(TableId::Applications).rows.front().match.front()).substr(0, kKeyChars);
  // 结转下年度继续办理: table 三's last row; a further table starts only after it.
  const std::u32string last_key = label_key(format.table(TableId::Applications).rows.back().match.front());
  bool table_seen = false;  // a table 三 in the report being read
  bool table_ended = false;  // and its last row
  std::size_t table_line = 0;
  std::size_t next_one = 0;  // index into doc.section_one_lines
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    const bool heads_one = next_one < doc.section_one_lines.size() && doc.section_one_lines[next_one] == i;
    if (heads_one) ++next_one;
    if (table_seen && heads_one) {
      // A section 一 after a table 三: the next report. Its title, if any.
      std::size_t start = i;
      for (std::size_t back = i; back > table_line + 1 && i - back < kTitleReach; --back)
        if (doc.line_text(back - 1).find("年度报告") != std::string_view::npos) start = back - 1;
      out.reports.push_back(doc.norm.map.to_original(doc.lines[start].begin, false));
      table_seen = false;
      continue;
    }
    const std::string_view t = doc.line_text(i);
    if (table_seen && !table_ended && t.size() <= 300 && label_key(t).find(last_key) != std::u32string::npos)
      table_ended = true;
    if (!table3_start(t, key)) continue;
    // A first row's label standing in a header before the table ended (a
    // converter's mini-table) is not a second table.
    if (table_seen && !table_ended) continue;
    if (table_seen && out.reports.empty()) out.tables.push_back(doc.norm.map.to_original(doc.lines[i].begin, false));
    table_seen = true;
    table_ended = false;
    table_line = i;
  }
  return out;
}

namespace {

std::string outcome(const Result& o, bool table_only) {
  std::size_t errors = 0;
  for (const Diagnostic& d : o.diagnostics)
    errors += d.severity == Severity::Error && (!table_only || d.rule.rfind("T3.", 0) == 0);
  if (table_only) return errors ? "有 " + std::to_string(errors) + " 处合计不符" : "合计都相符";
  if (errors) return "有 " + std::to_string(errors) + " 处错误";
  return o.verdict == Verdict::Checked ? "未发现错误" : "未能完整核对";
}

}  // namespace

void describe_other_parts(std::string_view text, std::uint32_t own_end, const OtherParts& parts, Result& result) {
  if (parts.reports.empty() && parts.tables.empty()) return;
  const SourceIndex index(text);
  // Located in the whole text (the result's own places are in the first report).
  auto add = [&](std::uint32_t at, const char* tmpl, std::string outcome) {
    Diagnostic& d = report(result, Rule::StructOtherReport, tmpl, {{"outcome", std::move(outcome)}}, Span{});
    std::uint32_t eol = at;
    while (eol < text.size() && text[eol] != '\n' && eol - at < 200) ++eol;
    d.location = index.locate(at, eol);
  };
  std::size_t checked = 0;
  for (std::size_t k = 0; k < parts.tables.size(); ++k) {
    const std::uint32_t at = parts.tables[k];
    const std::uint32_t end = k + 1 < parts.tables.size() ? parts.tables[k + 1] : own_end;
    std::string what;
    if (checked++ < kMaxChecked) what = "；这一张" + outcome(check_one(text.substr(at, end - at), Options{}), true);
    add(at, msg::kOtherTable, what);
  }
  for (std::size_t k = 0; k < parts.reports.size(); ++k) {
    const std::uint32_t at = parts.reports[k];
    const std::uint32_t end = k + 1 < parts.reports.size() ? parts.reports[k + 1] : static_cast<std::uint32_t>(text.size());
    std::string what;
    if (checked++ < kMaxChecked) {
      const Result o = check_one(text.substr(at, end - at), Options{});
      std::string who = o.meta.agency.value_or("");
      if (o.meta.year) who += (who.empty() ? "" : " ") + std::to_string(*o.meta.year) + " 年度";
      what = "；这一份" + (who.empty() ? "" : "（" + who + "）") + outcome(o, false);
    }
    add(at, msg::kOtherReport, what);
  }
}

}  // namespace gk
