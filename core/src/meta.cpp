#include "meta.h"

#include <cstdio>

#include "text_match.h"
#include "utf8.h"

namespace gk {

namespace {

// The text as code points without white space, each with its offset.
struct Compact {
  std::u32string chars;
  std::vector<std::uint32_t> at;  // normalised offset of each char
  std::vector<std::uint32_t> end;
};

Compact compact(std::string_view text, std::uint32_t from, std::uint32_t to) {
  Compact c;
  for (std::size_t i = from; i < to && i < text.size();) {
    std::uint32_t b = static_cast<std::uint32_t>(i);
    char32_t ch = utf8::decode(text, i);
    if (ch == ' ' || ch == '\t' || ch == '\n') continue;
    c.chars += ch;
    c.at.push_back(b);
    c.end.push_back(static_cast<std::uint32_t>(i));
  }
  return c;
}

bool digit(char32_t c) { return c >= '0' && c <= '9'; }

// Reads up to `max` digits at i.
int number_at(const std::u32string& s, std::size_t& i, int max) {
  int v = 0, n = 0;
  while (i < s.size() && digit(s[i]) && n < max) { v = v * 10 + static_cast<int>(s[i] - '0'); ++i; ++n; }
  return n ? v : -1;
}

bool expect(const std::u32string& s, std::size_t& i, char32_t c) {
  if (i < s.size() && s[i] == c) { ++i; return true; }
  return false;
}

// YYYY年M月D日 or M月D日 (year optional) at i.
bool date_at(const std::u32string& s, std::size_t& i, int* y, int* m, int* d, bool year_required) {
  std::size_t j = i;
  int a = number_at(s, j, 4);
  if (a < 0) return false;
  if (j < s.size() && s[j] == U'年') {
    if (a < 1000) return false;
    *y = a;
    ++j;
    a = number_at(s, j, 2);
    if (a < 0) return false;
  } else if (year_required) {
    return false;
  } else {
    *y = 0;
  }
  if (!expect(s, j, U'月')) return false;
  *m = a;
  *d = number_at(s, j, 2);
  if (*d < 0 || !expect(s, j, U'日')) return false;
  i = j;
  return true;
}

std::string iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

bool find_date_range(std::string_view text, std::uint32_t from, std::uint32_t to, DateRange* out) {
  Compact c = compact(text, from, to);
  const std::u32string& s = c.chars;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!digit(s[i]) || (i > 0 && digit(s[i - 1]))) continue;
    std::size_t j = i;
    DateRange r;
    if (!date_at(s, j, &r.y1, &r.m1, &r.d1, true)) continue;
    expect(s, j, U'起');
    if (!(expect(s, j, U'至') || expect(s, j, U'到') || expect(s, j, U'-') || expect(s, j, U'—') ||
          expect(s, j, U'~') || expect(s, j, U'〜')))
      continue;
    if (!date_at(s, j, &r.y2, &r.m2, &r.d2, false)) continue;
    if (r.y2 == 0) r.y2 = r.y1;
    r.span = {c.at[i], c.end[j - 1]};
    *out = r;
    return true;
  }
  return false;
}

namespace {

bool is_year(const std::u32string& s, std::size_t i) {
  if (i + 4 > s.size()) return false;
  for (std::size_t k = 0; k < 4; ++k)
    if (!digit(s[i + k])) return false;
  return (i == 0 || !digit(s[i - 1])) && (i + 4 >= s.size() || !digit(s[i + 4]));
}

void read_title(const Document& doc, Result& result) {
  static const std::u32string kTitle = U"政府信息公开工作年度报告";
  static const std::u32string kTitleShort = U"政府信息公开年度报告";
  // A title stands within the first few hundred characters of its line;
  // looking no further keeps a text of one huge line cheap.
  constexpr std::uint32_t kTitleLineBytes = 4096;
  const std::size_t limit = std::min<std::size_t>(doc.lines.size(), 60);
  for (std::size_t li = 0; li < limit; ++li) {
    const Line& line = doc.lines[li];
    Compact c = compact(doc.text(), line.begin, std::min(line.end, line.begin + kTitleLineBytes));
    const std::u32string& s = c.chars;
    // YYYY年 (or YYYY年度) right before the title words.
    std::size_t pos = std::u32string::npos, year_at = 0;
    for (const auto* words : {&kTitle, &kTitleShort}) {
      for (std::size_t p = s.find(*words); p != std::u32string::npos && pos == std::u32string::npos;
           p = s.find(*words, p + 1)) {
        std::size_t y = p;
        if (y >= 1 && s[y - 1] == U'度') --y;
        if (y >= 5 && s[y - 1] == U'年' && is_year(s, y - 5)) {
          pos = p;
          year_at = y - 5;
        }
      }
    }
    if (pos == std::u32string::npos) continue;
    result.meta.year = std::stoi(utf8::from_u32(s.substr(year_at, 4)));
    result.meta.year_span = {c.at[year_at], c.end[year_at + 3]};
    // The agency: the words before the year, back to 《 or the line start.
    std::size_t a = year_at;
    while (a > 0 && s[a - 1] != U'《' && s[a - 1] != U'〈' && s[a - 1] != U'<' && s[a - 1] != U'"' &&
           s[a - 1] != U'“' && s[a - 1] != U'。' && s[a - 1] != U',' && s[a - 1] != U'、')
      --a;
    std::string agency;
    if (a < year_at) {
      agency = std::string(strip_marks(utf8::from_u32(s.substr(a, year_at - a))));
      result.meta.title_span = {c.at[a], c.end[pos + kTitleShort.size() - 1]};
    }
    // Or the line above: "# 盐池县人民政府办公室" / "## 2024 年…年度报告".
    if (agency.empty()) {
      result.meta.title_span = {c.at[year_at], doc.lines[li].end};
      for (std::size_t k = li; k-- > 0;) {
        std::string_view above = strip_marks(doc.line_text(k));
        if (above.empty()) continue;
        if (above.size() <= 90 && above.find("。") == std::string_view::npos) agency = std::string(above);
        break;
      }
    }
    // Spaces inside the name are layout, not part of it.
    std::string clean;
    for (char ch : agency)
      if (ch != ' ' && ch != '\t') clean += ch;
    if (!clean.empty()) result.meta.agency = clean;
    return;
  }
}

void read_period(const Document& doc, Result& result) {
  // The period is stated near 统计 / 数据 / 期限; look there first.
  static const char* kWords[] = {"统计", "数据", "期限"};
  const std::string_view t = doc.text();
  std::uint32_t best = UINT32_MAX;
  DateRange found;
  for (const char* w : kWords) {
    for (std::size_t p = t.find(w); p != std::string_view::npos; p = t.find(w, p + 1)) {
      DateRange r;
      const auto from = static_cast<std::uint32_t>(p);
      const auto to = static_cast<std::uint32_t>(std::min(t.size(), p + 160));
      if (find_date_range(t, from, to, &r)) {
        if (r.span.begin < best) {
          best = r.span.begin;
          found = r;
        }
        break;  // the first mention of each word that states a period
      }
    }
  }
  if (best == UINT32_MAX) return;
  result.meta.period_from = iso(found.y1, found.m1, found.d1);
  result.meta.period_to = iso(found.y2, found.m2, found.d2);
  result.meta.period_span = found.span;
}

}  // namespace

void read_meta(const Document& doc, Result& result) {
  read_title(doc, result);
  read_period(doc, result);
  if (!result.meta.year && result.meta.period_from) result.meta.year = std::stoi(result.meta.period_from->substr(0, 4));
}

}  // namespace gk
