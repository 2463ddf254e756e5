#include "cells.h"

#include <cstdlib>
#include <string>

#include "text_match.h"
#include "utf8.h"

namespace gk {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Written forms of "no number here".
bool placeholder_word(std::string_view s) {
  static const std::string_view words[] = {"无", "不适用", "暂无", "空", "未填"};
  for (auto w : words)
    if (s == w) return true;
  return false;
}

bool placeholder(std::string_view s) {
  if (placeholder_word(s)) return true;
  // Only slashes and dashes: / - -- — —— – ― \ …
  std::size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    std::string_view rest = s.substr(i);
    if (rest[0] == '/' || rest[0] == '-' || rest[0] == '\\' || rest[0] == ' ') { ++i; any = any || rest[0] != ' '; continue; }
    if (rest.rfind("—", 0) == 0 || rest.rfind("–", 0) == 0 || rest.rfind("―", 0) == 0 ||
        rest.rfind("─", 0) == 0 || rest.rfind("…", 0) == 0) {
      i += 3;
      any = true;
      continue;
    }
    return false;
  }
  return any;
}

// Parses digits[.digits] at s; returns characters used (0 if none).
std::size_t parse_plain(std::string_view s, bool* decimal) {
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == 0) return 0;
  *decimal = false;
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
    *decimal = true;
  }
  return i;
}

bool thousands(std::string_view s) {
  // d{1,3}(,ddd)+ with an optional .d+
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == 0 || i > 3) return false;
  bool groups = false;
  while (i < s.size() && s[i] == ',') {
    if (i + 4 > s.size()) return false;
    for (int k = 1; k <= 3; ++k)
      if (!is_digit(s[i + static_cast<std::size_t>(k)])) return false;
    i += 4;
    groups = true;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (i >= s.size()) return false;
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  return groups && i == s.size();
}

// A Markdown table's delimiter row: every cell is :?-{3,}:? ("|---|:--:|").
// A row of single "-" cells is a row of placeholders, not a delimiter.
bool markdown_separator(std::string_view t) {
  bool any = false;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == '|' || t[i] == ' ')) ++i;
    if (i >= t.size()) break;
    std::size_t j = i;
    if (t[j] == ':') ++j;
    std::size_t dashes = 0;
    while (j < t.size() && t[j] == '-') { ++j; ++dashes; }
    if (j < t.size() && t[j] == ':') ++j;
    while (j < t.size() && t[j] == ' ') ++j;
    if (dashes < 3 || (j < t.size() && t[j] != '|')) return false;
    any = true;
    i = j;
  }
  return any;
}

}  // namespace

bool page_number_line(std::string_view line) {
  // "- 5 -", "— 5 —", "第 5 页", "第5页 共12页": one page number (two with
  // 共…页), one run of dashes on each side of it, or 第…页 with it. Page 0
  // does not exist: "— 0 —" is a row of placeholders.
  std::string_view t = trim(line);
  int groups = 0, runs_before = 0, runs_after = 0;
  bool words = false, in_dashes = false, nonzero = false;
  std::size_t i = 0;
  while (i < t.size()) {
    std::string_view rest = t.substr(i);
    std::size_t dash = rest[0] == '-' ? 1 : (rest.substr(0, 3) == "—" || rest.substr(0, 3) == "–") ? 3 : 0;
    if (dash) {
      if (!in_dashes) ++(groups == 0 ? runs_before : runs_after);
      in_dashes = true;
      i += dash;
      continue;
    }
    in_dashes = false;
    if (rest[0] >= '0' && rest[0] <= '9') {
      ++groups;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') nonzero |= t[i++] != '0';
      continue;
    }
    if (rest[0] == ' ') { ++i; continue; }
    bool matched = false;
    for (std::string_view w : {"第", "页", "共"}) {
      if (rest.substr(0, w.size()) == w) { i += w.size(); words = true; matched = true; break; }
    }
    if (!matched) return false;
  }
  if (!nonzero) return false;
  const bool dashed = runs_before == 1 && runs_after == 1 && groups == 1;
  const bool worded = words && runs_before + runs_after == 0 && (groups == 1 || groups == 2);
  return dashed != worded;
}

namespace {

// More digits than a double holds exactly (a count or an amount never has them).
bool too_long(std::string_view s) {
  constexpr std::size_t kMaxDigits = 15;
  std::size_t n = 0;
  for (char ch : s) n += is_digit(ch);
  return n > kMaxDigits;
}

// A cell that a clerk or a converter meant as a number but that is not one:
// digits with a footnote mark or a circled digit (71¹), superscript digits
// alone (⁷¹), the letter O or 〇 for a zero (1O, O), or a number of two
// digits or more ending in a dot (71.). A lone "1." stays text: it is an
// enumerator of a label in text copied out of a PDF.
bool malformed_number(std::string_view s) {
  std::size_t ascii = 0, compat = 0, circled = 0, oh = 0, dots = 0, chars = 0;
  bool dot_last = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::decode(s, i);
    ++chars;
    dot_last = c == '.';
    if (c >= '0' && c <= '9') ++ascii;
    else if (c == '.') ++dots;
    else if (c == 'O' || c == 'o' || c == 0x3007) ++oh;
    else if (compat_digit(c)) { ++compat; circled += c >= 0x2460; }
    else return false;
  }
  if (compat > 0) return oh == 0 && (ascii > 0 || circled == 0);
  if (oh > 0) return dots == 0;
  return dots == 1 && dot_last && ascii >= 2;
}

RawCell classify_number(std::string_view raw, Span span) {
  RawCell c;
  c.span = span;
  std::string_view s = strip_marks(raw);
  if (s.empty()) {
    c.type = CellType::Empty;
    return c;
  }
  if (placeholder(s)) {
    c.type = CellType::Placeholder;
    c.word = placeholder_word(s);
    return c;
  }
  bool decimal = false;
  const bool negative = s[0] == '-';
  const bool plus = s[0] == '+';  // the 2019 layout's 本年增/减: +3
  std::string_view digits = negative || plus ? s.substr(1) : s;
  std::size_t used = parse_plain(digits, &decimal);
  if (used > 0 && used == digits.size()) {
    c.type = CellType::Number;
    c.value = std::strtod(std::string(digits).c_str(), nullptr);
    c.form = negative ? NumberForm::Negative : decimal ? NumberForm::Decimal : NumberForm::Integer;
    if (negative) c.value = -c.value;
    return c;
  }
  if (!negative && thousands(s)) {
    std::string plain;
    for (char ch : s)
      if (ch != ',') plain += ch;
    c.type = CellType::Number;
    c.form = NumberForm::Thousands;
    c.value = std::strtod(plain.c_str(), nullptr);
    return c;
  }
  if (!negative && used > 0) {
    std::string_view unit = digits.substr(used);
    if (unit == "元" || unit == "万元" || unit == "件" || unit == "个" || unit == "条") {
      c.type = CellType::Number;
      c.form = NumberForm::WithUnit;
      c.value = std::strtod(std::string(digits.substr(0, used)).c_str(), nullptr);
      return c;
    }
  }
  if (malformed_number(s)) {
    c.type = CellType::Number;
    c.form = NumberForm::Malformed;
    return c;
  }
  c.type = CellType::Text;
  return c;
}

}  // namespace

bool compat_digit(char32_t c) {
  return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079) ||  // superscripts
         (c >= 0x2080 && c <= 0x2089) ||                                          // subscripts
         (c >= 0x2460 && c <= 0x2473) || c == 0x24EA ||                           // ① … ⑳, ⓪
         (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);           // ㉑ … ㊿
}

RawCell classify_cell(std::string_view raw, Span span) {
  RawCell c = classify_number(raw, span);
  if (c.type == CellType::Number && too_long(raw)) c.form = NumberForm::TooLong;
  return c;
}

namespace {

// A run of digits and slashes with both in it ("00/0/00"): the cells of a
// row that lost their separators (a web page scraped as text). Only the
// table reader can tell how many cells it holds.
void read_run(std::string_view cell, RawCell& c) {
  if (c.type != CellType::Text || cell.size() < 2) return;
  bool digit = false, slash = false;
  for (char ch : cell) {
    if (is_digit(ch)) digit = true;
    else if (ch == '/') slash = true;
    else return;
  }
  if (!digit || !slash) return;
  c.type = CellType::Number;
  c.form = NumberForm::Run;
  c.value = 0;
}

// Where a trailing run of digits and slashes starts in [b, e), when an
// ideograph stands right before it; e when there is none.
std::uint32_t trailing_run(std::string_view text, std::uint32_t b, std::uint32_t e) {
  std::uint32_t k = e;
  while (k > b && (is_digit(text[k - 1]) || text[k - 1] == '/')) --k;
  if (k == e || k - b < 3) return e;
  // The character before: a 3-byte UTF-8 ideograph (U+4E00..U+9FFF) or a closing bracket.
  const unsigned char lead = static_cast<unsigned char>(text[k - 3]);
  if (lead < 0xE4 || lead > 0xE9) return e;
  return k;
}

}  // namespace

SplitLine split_line(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  SplitLine out;
  std::string_view line = text.substr(begin, end - begin);
  char delim = 0;
  if (line.find('\t') != std::string_view::npos) delim = '\t';
  else if (line.find('|') != std::string_view::npos) delim = '|';

  auto add = [&](std::uint32_t b, std::uint32_t e, bool split_numbers) {
    if (out.cells.size() >= kMaxLineCells) {
      ++out.cells_cut;  // counted, not classified nor kept
      return;
    }
    std::string_view cell = text.substr(b, e - b);
    // Trim, keeping the span on the visible characters.
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    cell = text.substr(b, e - b);
    if (split_numbers && cell.find(' ') != std::string_view::npos) {
      // A delimited cell holding several numbers ("0 0"): one cell each.
      std::vector<RawCell> parts;
      std::uint32_t p = b;
      bool all_numbers = true;
      std::size_t parts_cut = 0;
      while (p < e) {
        while (p < e && text[p] == ' ') ++p;
        std::uint32_t q = p;
        while (q < e && text[q] != ' ') ++q;
        if (q > p && out.cells.size() + parts.size() >= kMaxLineCells) {
          ++parts_cut;  // past the cap: counted only
        } else if (q > p) {
          RawCell rc = classify_cell(text.substr(p, q - p), {p, q});
          read_run(text.substr(p, q - p), rc);
          if (rc.type != CellType::Number && rc.type != CellType::Placeholder) all_numbers = false;
          parts.push_back(rc);
        }
        p = q;
      }
      if (all_numbers && parts.size() + parts_cut > 1) {
        for (auto& rc : parts) out.cells.push_back(rc);
        out.cells_cut += parts_cut;
        return;
      }
    }
    RawCell rc = classify_cell(cell, {b, e});
    read_run(cell, rc);
    out.cells.push_back(rc);
  };

  if (delim) {
    out.delimited = true;
    std::uint32_t b = begin;
    for (std::uint32_t i = begin; i <= end; ++i) {
      if (i == end || text[i] == delim) {
        add(b, i, true);
        b = i + 1;
      }
    }
    if (delim == '|') {
      // Markdown borders: "| a | b |" has an empty cell at each end.
      std::string_view t = trim(line);
      if (!t.empty() && t.front() == '|' && !out.cells.empty() && out.cells.front().type == CellType::Empty)
        out.cells.erase(out.cells.begin());
      if (!t.empty() && t.back() == '|' && !out.cells_cut && !out.cells.empty() &&
          out.cells.back().type == CellType::Empty)
        out.cells.pop_back();
      if (markdown_separator(t)) {
        out.separator = true;
        out.cells.clear();
      }
    }
    return out;
  }
  // Runs of spaces separate cells (text copied out of a PDF).
  std::uint32_t i = begin;
  while (i < end) {
    while (i < end && text[i] == ' ') ++i;
    std::uint32_t j = i;
    while (j < end && text[j] != ' ') ++j;
    if (j > i) {
      // A label with the row's numbers run onto it ("…数量9000009", a web
      // page scraped as text): the label, then the run.
      const std::uint32_t cut = j > i ? trailing_run(text, i, j) : j;
      if (cut > i && cut < j) {
        add(i, cut, false);
        add(cut, j, false);
      } else {
        add(i, j, false);
      }
    }
    i = j;
  }
  return out;
}

}  // namespace gk
