#include "structure.h"

#include <algorithm>
#include <cstdio>

#include "diagnostics.h"
#include "text_match.h"

namespace gk {

namespace {

const char* const kNumerals[] = {"", "一", "二", "三", "四", "五", "六"};
const char* const kPartNumerals[] = {"（一）", "（二）", "（三）", "（四）", "（五）"};

// The words that identify each part of section 一, whatever its title says
// around them (主动公开情况 / 主动公开政府信息方面 / 平台建设方面 …).
const char* const kPartWords[] = {"主动公开", "依申请公开", "信息管理", "平台建设", "监督保障"};

// A part's title stands at the start of its line: its words within the
// first characters (after the enumerator).
constexpr std::size_t kPartTitleChars = 16;

std::string heading_name(const FormatSpec& f, int n) {
  for (const auto& s : f.sections)
    if (s.number == n) return std::string("“") + kNumerals[n] + "、" + s.title + "”";
  return "";
}

Span line_span(const Document& doc, int line) { return doc.line_span(static_cast<std::size_t>(line)); }

Span end_of_text(const Document& doc) {
  const auto n = static_cast<std::uint32_t>(doc.text().size());
  return {n, n};
}

const TableSpec* table_of_section(const FormatSpec& f, int n) {
  for (const auto& t : f.tables)
    if (t.section == n) return &t;
  return nullptr;
}

void sections_present_and_ordered(const Document& doc, const FormatSpec& f, Result& r) {
  for (int n = 1; n <= 6; ++n) {
    if (doc.section_line[n] >= 0) continue;
    if (const TableSpec* t = table_of_section(f, n)) {
      // A table without its heading; a missing table is PARSE.TABLE_MISSING.
      const int ti = static_cast<int>(t->id);
      if (!r.tables[ti].present) continue;
      report(r, Rule::StructSectionMissing, msg::kSectionMissingBeforeTable,
             {{"table", t->title.substr(0, t->title.find("（"))}, {"number", kNumerals[n]}, {"heading", heading_name(f, n)}},
             line_span(doc, doc.table_begin[ti]));
      continue;
    }
    int next = 0;
    for (int k = n + 1; k <= 6 && !next; ++k)
      if (doc.section_line[k] >= 0) next = k;
    report(r, Rule::StructSectionMissing, msg::kSectionMissing,
           {{"number", kNumerals[n]},
            {"heading", heading_name(f, n)},
            {"before", next ? phrase(msg::kSectionBefore, {{"heading", heading_name(f, next)}}) : std::string()}},
           next ? line_span(doc, doc.section_line[next]) : end_of_text(doc));
  }
  int last = 0;  // the highest section number seen so far, in text order
  for (std::size_t li = 0; li < doc.lines.size(); ++li) {
    int n = 0;
    for (int k = 1; k <= 6; ++k)
      if (doc.section_line[k] == static_cast<int>(li)) n = k;
    if (!n) continue;
    if (n < last) {
      report(r, Rule::StructSectionOrder, msg::kSectionOrder,
             {{"number", kNumerals[n]}, {"heading", heading_name(f, n)}, {"after", kNumerals[last]}},
             line_span(doc, static_cast<int>(li)));
    }
    last = std::max(last, n);
  }
}

// The lines [begin, end) of section n: up to the next heading or table.
void section_lines(const Document& doc, int n, int* begin, int* end) {
  *begin = doc.section_line[n] + 1;
  *end = static_cast<int>(doc.lines.size());
  for (int k = 1; k <= 6; ++k)
    if (doc.section_line[k] >= *begin) *end = std::min(*end, doc.section_line[k]);
  for (int t = 0; t < kTableCount; ++t)
    if (doc.table_begin[t] >= *begin) *end = std::min(*end, doc.table_begin[t]);
}

void parts_of_section_one(const Document& doc, const FormatSpec& f, Result& r) {
  if (doc.section_line[1] < 0) return;  // STRUCT.SECTION_MISSING says so
  int begin = 0, end = 0;
  section_lines(doc, 1, &begin, &end);
  constexpr int kParts = static_cast<int>(std::size(kPartWords));
  int found[kParts];
  std::fill(found, found + kParts, -1);
  std::u32string words[kParts];
  for (int p = 0; p < kParts; ++p) words[p] = label_key(kPartWords[p]);
  for (int li = begin; li < end; ++li) {
    std::string_view line = doc.line_text(static_cast<std::size_t>(li));
    // Only the start of the line matters: keep the key short.
    std::size_t cut = std::min<std::size_t>(line.size(), kPartTitleChars * 4 + 16);
    while (cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) ++cut;
    std::u32string key = label_key(line.substr(0, cut));
    if (key.size() > kPartTitleChars) key.resize(kPartTitleChars);
    for (int p = 0; p < kParts; ++p)
      if (found[p] < 0 && key.find(words[p]) != std::u32string::npos) found[p] = li;
  }
  const int present = static_cast<int>(std::count_if(found, found + kParts, [](int x) { return x >= 0; }));
  const std::vector<std::string>& titles = f.sections.front().parts;
  auto title = [&](int p) {
    return std::string(kPartNumerals[p]) + (p < static_cast<int>(titles.size()) ? titles[p] : kPartWords[p]);
  };
  if (present == 0) {
    std::string all;
    for (int p = 0; p < kParts; ++p) all += (p ? "、" : "") + title(p);
    report(r, Rule::StructPartMissing, msg::kPartsNone, {{"heading", heading_name(f, 1)}, {"parts", all}},
           line_span(doc, doc.section_line[1]));
    return;
  }
  for (int p = 0; p < kParts; ++p) {
    if (found[p] >= 0) continue;
    int next = -1;
    for (int q = p + 1; q < kParts && next < 0; ++q) next = found[q];
    report(r, Rule::StructPartMissing, msg::kPartMissing, {{"heading", heading_name(f, 1)}, {"part", title(p)}},
           next >= 0 ? line_span(doc, next) : line_span(doc, doc.section_line[1]));
  }
}

void fee_statement(const Document& doc, Result& r) {
  // Anywhere in the report will do (a statement in section 一 is still a
  // statement); the format wants it in section 六.
  const std::string_view t = doc.text();
  if (t.find("处理费") != std::string_view::npos) return;
  for (std::size_t p = t.find("收取"); p != std::string_view::npos; p = t.find("收取", p + 1))
    if (t.substr(p, 24).find("费") != std::string_view::npos) return;
  const int six = doc.section_line[6];
  report(r, Rule::StructFeeStatement, msg::kFeeStatement, {}, six >= 0 ? line_span(doc, six) : end_of_text(doc));
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "统计期限为2024年度": a whole year, stated without dates.
bool whole_year_stated(std::string_view t) {
  for (std::string_view w : {"统计", "所列数据"})
    for (std::size_t p = t.find(w); p != std::string_view::npos; p = t.find(w, p + 1)) {
      const std::string_view near = t.substr(p, 90);
      if (near.find("年度") != std::string_view::npos || near.find("全年") != std::string_view::npos) return true;
    }
  return false;
}

void period(const Document& doc, Result& r) {
  const Meta& m = r.meta;
  if (!m.period_from || !m.period_to) {
    if (whole_year_stated(doc.text())) return;
    const Span at = !m.title_span.empty() ? m.title_span
                    : doc.section_line[1] >= 0 ? line_span(doc, doc.section_line[1])
                                                : Span{0, 0};
    report(r, Rule::StructPeriodMissing, msg::kPeriodMissing,
           {{"year", m.year ? std::to_string(*m.year) : std::string("2024")}}, at);
    return;
  }
  const int period_year = std::stoi(m.period_from->substr(0, 4));
  const bool title_year = m.year && !m.year_span.empty();
  if (title_year && *m.year != period_year) {
    report(r, Rule::StructYearMismatch, msg::kYearMismatch,
           {{"year", std::to_string(*m.year)}, {"from", *m.period_from}, {"to", *m.period_to}}, m.year_span);
  }
  if (*m.period_from != iso(period_year, 1, 1) || *m.period_to != iso(period_year, 12, 31)) {
    report(r, Rule::StructPeriod, msg::kPeriodNotYear,
           {{"from", *m.period_from}, {"to", *m.period_to}, {"year", std::to_string(period_year)}}, m.period_span);
  }
}

}  // namespace

void check_structure(const Document& doc, const FormatSpec& format, Result& result) {
  sections_present_and_ordered(doc, format, result);
  parts_of_section_one(doc, format, result);
  fee_statement(doc, result);
  period(doc, result);
}

namespace {

// "2019、2020": the report years a format was for.
std::string years_of(const FormatSpec& f) {
  std::string s;
  for (int y = f.first_year; y <= f.last_year; ++y) s += (y > f.first_year ? "、" : "") + std::to_string(y);
  return s;
}

}  // namespace

void check_format_version(const Document& doc, const FormatSpec& format, const Formats& formats, Result& result) {
  // A format is for the report years of its registry entry; a later year has a newer one.
  if (!result.meta.year || format.last_year == 0 || *result.meta.year <= format.last_year) return;
  const FormatSpec& current = formats.for_year(*result.meta.year);
  const int t = static_cast<int>(TableId::Active);
  int first = doc.table_begin[t];  // the table's first line that is not blank
  while (first >= 0 && first + 1 < doc.table_end[t] && doc.lines[static_cast<std::size_t>(first)].begin ==
                                                          doc.lines[static_cast<std::size_t>(first)].end)
    ++first;
  const Span at = first >= 0 ? line_span(doc, first)
                  : !result.meta.year_span.empty() ? result.meta.year_span
                                                   : Span{0, 0};
  report(result, Rule::FormatOutdated, msg::kFormatOutdated,
         {{"year", std::to_string(*result.meta.year)},
          {"old_id", format.id},
          {"old", format.name},
          {"old_years", years_of(format)},
          {"from", std::to_string(current.first_year)},
          {"current", current.name}},
         at);
}

}  // namespace gk
