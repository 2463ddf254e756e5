#include "sections.h"

#include <algorithm>
#include <cstdlib>

#include "text_match.h"
#include "utf8.h"

namespace gk {

namespace {

int numeral_value(char32_t c) {
  static const char32_t digits[] = U"一二三四五六七八九十";
  for (int i = 0; i < 10; ++i)
    if (digits[i] == c) return i + 1;
  return 0;
}

// Splits a heading into its numeral (0 if none) and the key of its title.
void split_heading(std::string_view line, int* numeral, std::u32string* title) {
  std::u32string key = label_key(strip_marks(line));
  *numeral = 0;
  if (!key.empty() && numeral_value(key[0]) > 0) {
    // A numeral followed by 、 . or a space: "一、总体情况". Also accept a
    // numeral straight before the title when the title matches well.
    *numeral = numeral_value(key[0]);
    key.erase(0, 1);
  }
  *title = key;
}

// "一、总体情况" → "总体情况": the title as written, without its numeral.
std::string heading_title(std::string_view s) {
  std::size_t i = 0;
  char32_t c = s.empty() ? 0 : utf8::decode(s, i);
  if (numeral_value(c) == 0) return std::string(s);
  while (i < s.size()) {
    std::size_t j = i;
    char32_t sep = utf8::decode(s, j);
    if (sep != U'、' && sep != U'.' && sep != U',' && sep != U' ' && sep != U':' && sep != U'\t') break;
    i = j;
  }
  return std::string(strip_marks(s.substr(i)));
}

}  // namespace

namespace {

// The section titles as keys, computed once per report.
std::vector<std::u32string> title_keys(const FormatSpec& format) {
  std::vector<std::u32string> keys;
  for (const auto& sec : format.sections) keys.push_back(label_key(sec.title));
  return keys;
}

// A heading is short: a title of at most ~20 characters, its numeral, and a
// few marks. Longer lines are prose or table rows.
constexpr std::size_t kMaxHeadingBytes = 96;
constexpr std::size_t kMaxTitleBytes = 60;

int heading_number(std::string_view line, const FormatSpec& format, const std::vector<std::u32string>& keys) {
  std::string_view s = strip_marks(line);
  if (s.empty() || s.size() > kMaxHeadingBytes) return 0;
  // Unnumbered, a heading is its title alone: short.
  std::size_t first = 0;
  if (numeral_value(utf8::decode(s, first)) == 0 && s.size() > kMaxTitleBytes) return 0;
  int numeral = 0;
  std::u32string title;
  split_heading(s, &numeral, &title);
  if (title.empty()) return 0;
  // No section title holds a digit; rows of table 三 ("一、本年新收… 6 0 …") do.
  for (char32_t c : title)
    if (c >= '0' && c <= '9') return 0;
  int best = 0, best_d = 1 << 20;
  for (std::size_t k = 0; k < format.sections.size(); ++k) {
    const auto& sec = format.sections[k];
    const std::u32string& want = keys[k];
    const int n = static_cast<int>(want.size());
    const bool same_number = numeral == sec.number;
    if (!same_number && numeral != 0) continue;
    // Numbered: up to 30% of the title may differ; unnumbered: 15%.
    const int allowed = same_number ? n * 3 / 10 : n * 15 / 100;
    const int length_gap = std::abs(static_cast<int>(title.size()) - n);
    if (length_gap > allowed) continue;  // the edit distance is at least this
    int d = edit_distance(title, want);
    if (d <= allowed && d < best_d) {
      best = sec.number;
      best_d = d;
    }
  }
  return best;
}

}  // namespace

int heading_number(std::string_view line, const FormatSpec& format) {
  return heading_number(line, format, title_keys(format));
}

void find_sections(Document& doc, const FormatSpec& format, Result& result) {
  const std::vector<std::u32string> keys = title_keys(format);
  // The heading of each non-blank line (0: none).
  std::vector<std::pair<std::size_t, int>> lines;  // (line, heading number)
  for (std::size_t i = 0; i < doc.lines.size(); ++i) {
    std::string_view t = doc.line_text(i);
    if (t.empty()) continue;
    const bool may_be_heading = t.size() <= kMaxHeadingBytes + 16;
    lines.emplace_back(i, may_be_heading ? heading_number(t, format, keys) : 0);
  }
  // Three headings or more on consecutive lines, nothing between them, are a
  // list of the sections (a table of contents), not the sections themselves.
  std::vector<bool> listed(lines.size(), false);
  for (std::size_t k = 0; k < lines.size();) {
    std::size_t e = k;
    while (e < lines.size() && lines[e].second > 0) ++e;
    if (e - k >= 3)
      for (std::size_t m = k; m < e; ++m) listed[m] = true;
    k = e > k ? e : k + 1;
  }
  int last_found = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::size_t i = lines[k].first;
    const int n = lines[k].second;
    std::string_view t = doc.line_text(i);
    if (!listed[k] && n == 1) doc.section_one_lines.push_back(i);
    if (listed[k] || n <= 0 || n > 6 || doc.section_line[n] >= 0) continue;
    doc.section_line[n] = static_cast<int>(i);
    last_found = std::max(last_found, n);
    SectionInfo info;
    info.number = n;
    info.title = heading_title(strip_marks(t));
    info.span = doc.line_span(i);
    result.sections.push_back(info);
  }
  (void)last_found;
}

void find_table_regions(Document& doc, const FormatSpec& format) {
  const int nlines = static_cast<int>(doc.lines.size());
  // Starts: the line after the section heading, else the first anchor line.
  int search_from = 0;
  for (int t = 0; t < kTableCount; ++t) {
    const TableSpec& spec = format.tables[t];
    int start = -1;
    if (doc.section_line[spec.section] >= 0) {
      start = doc.section_line[spec.section] + 1;
    } else {
      // An anchor written "^…" counts at the start of a line only.
      std::vector<std::pair<std::u32string, bool>> anchors;
      for (const auto& a : spec.anchors) anchors.emplace_back(label_key(a), !a.empty() && a[0] == '^');
      for (int i = search_from; i < nlines && start < 0; ++i) {
        std::string_view lt = doc.line_text(static_cast<std::size_t>(i));
        if (lt.size() > 400) continue;
        std::u32string key = label_key(lt);
        for (const auto& [a, at_start] : anchors) {
          const std::size_t at = key.find(a);
          if (at != std::u32string::npos && (!at_start || at == 0)) { start = i; break; }
        }
      }
    }
    doc.table_begin[t] = start;
    if (start >= 0) search_from = start + 1;
  }
  // Ends: the next heading or the next table's start, whichever comes first.
  for (int t = 0; t < kTableCount; ++t) {
    const int start = doc.table_begin[t];
    if (start < 0) continue;
    int end = nlines;
    for (int s = 1; s <= 6; ++s)
      if (doc.section_line[s] >= start) end = std::min(end, doc.section_line[s]);
    for (int u = 0; u < kTableCount; ++u)
      if (u != t && doc.table_begin[u] > start) end = std::min(end, doc.table_begin[u]);
    doc.table_end[t] = std::max(start, end);
  }
}

}  // namespace gk
