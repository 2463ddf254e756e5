// The PDF layout analysis, shared by the command line (poppler's boxes) and
// the page (PDF.js's items, through wasm): the text of each page put back into
// lines and cells from where it sits.
//   1. Vertical text (a group label written top to bottom) is one piece, put
//      on a line of its own where it starts.
//   2. Pieces whose heights overlap by half or more are one line (a number
//      box is taller than its label's; both share the baseline's band).
//   3. A line with no number right under or over a table row, whose pieces
//      all sit under that row's label cells, is the label's wrapped part: it
//      joins the label cell ("（二）部分公开（…只计这一情形，不" + "计其他情形）").
//   4. In a line, pieces closer than 0.8 of a character are one cell; farther
//      apart, the next cell (a tab).
//   5. Page numbers ("-3-", "第 3 页") at a page's top or bottom are dropped.
//   6. Blank cells: a PDF prints nothing for a cell left blank, so a row with
//      fewer numbers than a row of its table near it (no header line between)
//      gets an empty cell for each column it has no number under, when every
//      number it has sits under one of that row's columns. Empty cells are
//      kept in the output (label, then one cell per column).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "gkread/read.h"

namespace gkread {
namespace {

struct Item {
  double x0, x1, y0, y1;
  std::string text;
  bool space_after;
  bool numeric;
  double h() const { return y1 - y0; }
  double cy() const { return (y0 + y1) / 2; }
};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string trim(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && is_ascii_space(s[a])) ++a;
  while (b > a && is_ascii_space(s[b - 1])) --b;
  return s.substr(a, b - a);
}

// A number as a table cell holds it: digits, with a decimal point or
// thousands commas (full-width digits are left to the core).
bool numeric_text(const std::string& s) {
  // What a blank cell is printed as: a placeholder takes its column like a number.
  static const char* const kPlaceholders[] = {"/", "-", "\xE2\x80\x94", "\xE2\x80\x94\xE2\x80\x94", "\xEF\xBC\x8D",
                                              "\xEF\xBC\x8F", "\xE6\x97\xA0"};  // / - — —— － ／ 无
  for (const char* p : kPlaceholders)
    if (s == p) return true;
  if (s.empty() || s.front() == '.' || s.back() == '.' || s.front() == ',' || s.back() == ',') return false;
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != '.' && c != ',') return false;
  }
  return digit;
}

double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

struct Cell {
  double x0, x1;
  std::string text;
  bool numeric;
};

struct Line {
  double y0, y1;
  std::vector<Item> items;
  std::vector<Cell> cells;
  bool numeric = false;  // holds a number: a table row
  bool dropped = false;
};

bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Joins two pieces of one cell: a space only between two Latin letters or digits.
void join_text(std::string* a, const std::string& b, bool space) {
  if (space && !a->empty() && !b.empty() && ascii_alnum(static_cast<unsigned char>(a->back())) &&
      ascii_alnum(static_cast<unsigned char>(b.front())))
    *a += ' ';
  *a += b;
}

void make_cells(Line* line) {
  std::sort(line->items.begin(), line->items.end(), [](const Item& a, const Item& b) { return a.x0 < b.x0; });
  const Item* prev = nullptr;
  for (const Item& it : line->items) {
    const double h = prev ? std::min(prev->h(), it.h()) : it.h();
    // Text pieces closer than 0.8 of a character are one cell; a number joins
    // text only when they touch (prose: "2023 年"), never another number.
    const double gap = prev ? it.x0 - prev->x1 : 0;
    // Two numbers join only when they touch ("202" "3": one number in two runs of text).
    const bool same = prev && gap < (prev->numeric && it.numeric ? 0.15 : prev->numeric || it.numeric ? 0.5 : 0.8) * h;
    if (same) {
      Cell& c = line->cells.back();
      const bool both_numbers = c.numeric && it.numeric;
      join_text(&c.text, it.text, !both_numbers && (prev->space_after || gap > 0.15 * h));
      c.x1 = std::max(c.x1, it.x1);
      c.numeric = both_numbers && numeric_text(c.text);
    } else {
      line->cells.push_back(Cell{it.x0, it.x1, it.text, it.numeric});
    }
    prev = &it;
  }
  for (const Cell& c : line->cells) line->numeric = line->numeric || c.numeric;
}


bool page_number(const Line& l, double page_h) {
  if (page_h <= 0) return false;
  const bool margin_bottom = l.y0 > page_h * 0.85, margin_top = l.y1 < page_h * 0.1;
  if (!margin_bottom && !margin_top) return false;
  std::string s;
  for (const auto& c : l.cells) s += c.text;
  // "-3-", "— 3 —", "3", "第3页", "第 3 页 共 5 页"
  std::string digits, rest;
  std::size_t i = 0;
  bool dashed = false;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9') {
      digits += s[i++];
    } else if (c == '-' || c == ' ') {
      dashed = dashed || c == '-';
      ++i;
    } else if (s.compare(i, 3, "\xE2\x80\x94") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) {  // — –
      dashed = true;
      i += 3;
    } else {
      rest += s[i++];
    }
  }
  if (digits.empty() || digits.size() > 4) return false;
  if (rest.empty()) return dashed || margin_bottom;
  return rest == "\xE7\xAC\xAC\xE9\xA1\xB5" || rest == "\xE7\xAC\xAC\xE9\xA1\xB5\xE5\x85\xB1\xE9\xA1\xB5";  // 第页, 第页共页
}

// Width units of a UTF-8 text: a CJK or full-width character counts 2, others 1.
double units(const std::string& s) {
  double u = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) u += 1;
    else if (c >= 0xE0) u += 2;  // lead byte of a 3- or 4-byte sequence: CJK, full-width forms
    else if (c >= 0xC0) u += 1;
  }
  return u;
}

// A box holding several words ("21 0 0 0", as PDF.js may give a line) becomes
// one item per word, placed in proportion to its characters. (poppler's boxes
// are single words already.)
void split_words(const PdfBox& b, const std::string& t, std::vector<Item>* out) {
  std::vector<std::pair<std::size_t, std::size_t>> words;  // [start, end) in t
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t.compare(i, 3, "\xE3\x80\x80") == 0)) i += t[i] == ' ' ? 1 : 3;
    const std::size_t start = i;
    while (i < t.size() && t[i] != ' ' && t.compare(i, 3, "\xE3\x80\x80") != 0) ++i;
    if (i > start) words.emplace_back(start, i);
  }
  const double total = units(t);
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string w = t.substr(words[k].first, words[k].second - words[k].first);
    const double before = units(t.substr(0, words[k].first));
    const double x0 = b.x + (total > 0 ? b.w * before / total : 0);
    const double x1 = b.x + (total > 0 ? b.w * (before + units(w)) / total : b.w);
    out->push_back(Item{x0, x1, b.y, b.y + b.h, w, k + 1 < words.size() || b.space_after, numeric_text(w)});
  }
}

// A table row: a number, and after the first number only numbers (or placeholders). A line of
// prose with a number in it has words after the number.
bool table_row(const Line& l) {
  bool seen = false;
  for (const Cell& c : l.cells) {
    if (c.numeric) seen = true;
    else if (seen) return false;
  }
  return seen;
}

std::size_t numeric_count(const Line& l) {
  std::size_t n = 0;
  for (const Cell& c : l.cells) n += c.numeric;
  return n;
}

// The x of the first number of a line.
double first_number_x(const Line& l) {
  for (const Cell& c : l.cells)
    if (c.numeric) return c.x0;
  return 0;
}

// True when no two numbers of the line share a column (else two rows were taken for one).
bool distinct_columns(const Line& l) {
  const Cell* prev = nullptr;
  for (const Cell& c : l.cells) {
    if (!c.numeric) continue;
    if (prev && overlap(prev->x0, prev->x1, c.x0, c.x1) > 0) return false;
    prev = &c;
  }
  return true;
}

// For each of l's numbers, the column of `ref` (index among ref's numbers) it
// sits under, in order; empty when one sits under none.
std::vector<std::size_t> match_columns(const Line& l, const Line& ref) {
  std::vector<const Cell*> cols;
  for (const Cell& c : ref.cells)
    if (c.numeric) cols.push_back(&c);
  std::vector<std::size_t> out;
  std::size_t j = 0;
  for (const Cell& c : l.cells) {
    if (!c.numeric) continue;
    while (j < cols.size() && overlap(c.x0, c.x1, cols[j]->x0, cols[j]->x1) <= 0) ++j;
    if (j == cols.size()) return {};
    out.push_back(j++);
  }
  return out;
}

void fill_blank_columns(std::vector<Line>* lines_p) {
  std::vector<Line>& lines = *lines_p;
  constexpr std::size_t kWindow = 12;  // lines looked at above and below
  std::vector<std::vector<Cell>> filled(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.dropped || !l.numeric) continue;
    const std::size_t n = numeric_count(l);
    const double fx = first_number_x(l);
    const Line* best = nullptr;
    std::vector<std::size_t> best_cols;
    auto look = [&](std::size_t k) {  // false: stop looking this way
      const Line& r = lines[k];
      if (r.dropped) return true;
      if (!r.numeric) {
        // A header (text over the number columns) ends the table.
        for (const Cell& c : r.cells)
          if (c.x1 > fx) return false;
        return true;
      }
      const std::size_t m = numeric_count(r);
      if (m > n && (!best || m > numeric_count(*best)) && table_row(r) && distinct_columns(r)) {
        std::vector<std::size_t> cols = match_columns(l, r);
        if (!cols.empty()) {
          best = &r;
          best_cols = cols;
        }
      }
      return true;
    };
    for (std::size_t k = i, steps = 0; k-- > 0 && steps < kWindow; ++steps)
      if (!look(k)) break;
    for (std::size_t k = i + 1, steps = 0; k < lines.size() && steps < kWindow; ++k, ++steps)
      if (!look(k)) break;
    if (!best) continue;
    std::vector<const Cell*> cols;
    for (const Cell& c : best->cells)
      if (c.numeric) cols.push_back(&c);
    // Rebuild: the labels, then one cell per column of the reference row.
    std::vector<Cell> out;
    std::vector<const Cell*> nums;
    for (const Cell& c : l.cells) {
      if (c.numeric) nums.push_back(&c);
      else if (nums.empty()) out.push_back(c);
      else break;  // text among or after the numbers: left as it is
    }
    if (nums.size() != n) continue;
    std::size_t k = 0;
    for (std::size_t j = 0; j < cols.size(); ++j) {
      if (k < nums.size() && best_cols[k] == j) out.push_back(*nums[k++]);
      else out.push_back(Cell{cols[j]->x0, cols[j]->x1, std::string(), false});
    }
    filled[i] = std::move(out);
  }
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!filled[i].empty()) lines[i].cells = std::move(filled[i]);
}

std::vector<Line> page_lines(const PdfPage& page) {
  std::vector<Item> items, vertical;
  for (const PdfBox& b : page.boxes) {
    std::string t = trim(b.text);
    // A broken font's U+0000 is no character (and the CLI would take the text for binary).
    t.erase(std::remove(t.begin(), t.end(), '\0'), t.end());
    if (t.empty() || !(b.w >= 0) || !(b.h >= 0) || !std::isfinite(b.x) || !std::isfinite(b.y) || !std::isfinite(b.w) ||
        !std::isfinite(b.h))
      continue;
    if (b.vertical) {
      vertical.push_back(Item{b.x, b.x + b.w, b.y, b.y + b.h, t, b.space_after, false});
    } else {
      split_words(b, t, &items);
    }
  }
  // 1. Vertical runs: pieces in one column, each starting where the last ended.
  std::sort(vertical.begin(), vertical.end(), [](const Item& a, const Item& b) {
    return std::fabs(a.x0 - b.x0) > 2 ? a.x0 < b.x0 : a.y0 < b.y0;
  });
  std::vector<Item> runs;
  for (Item& v : vertical) {
    std::string t;
    for (char c : v.text)
      if (c != ' ') t += c;
    v.text = t;
    if (!runs.empty() && std::fabs(runs.back().x0 - v.x0) <= 2 && v.y0 - runs.back().y1 < (v.x1 - v.x0)) {
      runs.back().text += v.text;
      runs.back().y1 = std::max(runs.back().y1, v.y1);
    } else {
      runs.push_back(v);
    }
  }
  // 2. Lines.
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.cy() < b.cy(); });
  std::vector<Line> lines;
  for (Item& it : items) {
    Line* into = nullptr;
    for (std::size_t k = lines.size(); k-- > 0 && lines.size() - k <= 4;) {
      Line& l = lines[k];
      // A piece far taller than the line (or the line than it) is not on it: it would join rows.
      const double lh = l.y1 - l.y0;
      if (it.h() > 2.5 * lh || lh > 2.5 * it.h()) continue;
      if (overlap(l.y0, l.y1, it.y0, it.y1) >= 0.5 * std::min(lh, it.h())) {
        into = &l;
        break;
      }
    }
    if (into) {
      into->y0 = std::min(into->y0, it.y0);
      into->y1 = std::max(into->y1, it.y1);
      into->items.push_back(std::move(it));
    } else {
      Line l;
      l.y0 = it.y0;
      l.y1 = it.y1;
      l.items.push_back(std::move(it));
      lines.push_back(std::move(l));
    }
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y0 < b.y0; });
  for (Line& l : lines) make_cells(&l);
  // 3. Wrapped labels: a line with no number, next to a row, under its label cells.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.numeric || l.dropped) continue;
    const double h = l.y1 - l.y0;
    Line* best = nullptr;
    bool below = false;
    double gap_best = 0.8 * h;
    auto consider = [&](std::size_t k, bool l_below) {
      Line& r = lines[k];
      if (!table_row(r)) return;
      const double gap = l_below ? l.y0 - r.y1 : r.y0 - l.y1;
      if (gap > gap_best) return;
      // every cell of l under one label cell of r (a cell left of r's first number)
      for (const Cell& c : l.cells) {
        bool under = false;
        for (const Cell& rc : r.cells) {
          if (rc.numeric) break;
          if (overlap(c.x0, c.x1, rc.x0, rc.x1) > 0.5 * std::min(c.x1 - c.x0, rc.x1 - rc.x0)) under = true;
        }
        if (!under) return;
      }
      gap_best = gap;
      best = &r;
      below = l_below;
    };
    for (std::size_t k = i; k-- > 0;) {  // the row above (skipping other label lines)
      if (lines[k].numeric) {
        consider(k, true);
        break;
      }
      if (lines[k].y1 < l.y0 - 2 * h) break;
    }
    for (std::size_t k = i + 1; k < lines.size(); ++k) {  // the row below
      if (lines[k].numeric) {
        consider(k, false);
        break;
      }
      if (lines[k].y0 > l.y1 + 2 * h) break;
    }
    if (!best) continue;
    for (const Cell& c : l.cells) {
      for (Cell& rc : best->cells) {
        if (rc.numeric) break;
        if (overlap(c.x0, c.x1, rc.x0, rc.x1) <= 0.5 * std::min(c.x1 - c.x0, rc.x1 - rc.x0)) continue;
        if (below) {
          join_text(&rc.text, c.text, false);
        } else {
          std::string t = c.text;
          join_text(&t, rc.text, false);
          rc.text = t;
        }
        break;
      }
    }
    l.dropped = true;
  }
  // 6. Blank cells.
  fill_blank_columns(&lines);
  // 5. Page numbers.
  for (Line& l : lines)
    if (!l.dropped && page_number(l, page.height)) l.dropped = true;
  // 1 (cont.). Vertical runs as lines of their own, where they start.
  for (Item& v : runs) {
    Line l;
    l.y0 = v.y0;
    l.y1 = v.y0;  // sorts before a row that starts at the same place
    l.cells.push_back(Cell{v.x0, v.x1, v.text, false});
    lines.push_back(std::move(l));
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y0 < b.y0; });
  return lines;
}

}  // namespace

Read layout_pdf(const std::vector<PdfPage>& pages) {
  Read r;
  r.kind = Kind::Pdf;
  std::size_t chars = 0;
  for (const PdfPage& p : pages) {
    for (const Line& l : page_lines(p)) {
      if (l.dropped) continue;
      for (std::size_t i = 0; i < l.cells.size(); ++i) {
        if (i) r.text += '\t';
        r.text += l.cells[i].text;
        chars += l.cells[i].text.size();
      }
      r.text += '\n';
    }
  }
  if (chars == 0) {
    r.text.clear();
    r.error = msg::kScanned;
    return r;
  }
  r.ok = true;
  return r;
}

}  // namespace gkread
