// The PDF layout analysis, shared by the command line (poppler's boxes) and
// the page (PDF.js's items, through wasm): the text of each page put back into
// lines and cells from where it sits.
//   1. Vertical text (a group label written top to bottom, or three or more
//      single glyphs stacked on one x, as PDF.js gives an upright one) is one
//      piece, put on a line of its own where it starts.
//   2. Pieces whose heights overlap by half or more are one line (a number
//      box is taller than its label's; both share the baseline's band).
//   3. Lines with no number, in a table row's label column, next to it, are
//      the label's wrapped parts when with the row's own they make a block
//      centred on the row's numbers ("（二）部分公开（…只计这一情形，不" +
//      "计其他情形）"; a two-line label has its numbers between its lines).
//   4. In a line, pieces closer than 0.8 of a character are one cell; farther
//      apart, the next cell (a tab).
//   5. Page numbers ("-3-", "第 3 页") at a page's top or bottom are dropped.
//   6. Blank cells: a PDF prints nothing for a cell left blank, so a row gets
//      an empty cell for each column of its table it has no number in: the
//      columns of the rows near it (no header line between), of the header's
//      words centred over them, or where an evenly spaced grid misses one.
//      Empty cells are kept in the output (label, then one cell per column).
//   7. Over all pages, a table's rows get as many cells as its row with the
//      most labels: an empty cell in front for a group label merged over
//      other rows (the grid a .docx gives).
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
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
  double h = 0;  // the height of its text
  // Where pieces of text a space or more apart were joined into this cell, each piece's extent
  // (empty when none were): two narrow header cells side by side ("社会公益" "法律服务", 0.76 of a
  // character apart) are one cell by the rule of step 4, and their pieces still say where each stands.
  std::vector<std::pair<double, double>> pieces = {};
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
      if (!prev->numeric && !it.numeric && gap > 0.5 * h) {
        if (c.pieces.empty()) c.pieces.emplace_back(c.x0, c.x1);
        c.pieces.emplace_back(it.x0, it.x1);
      } else if (!c.pieces.empty()) {
        c.pieces.back().second = std::max(c.pieces.back().second, it.x1);
      }
      join_text(&c.text, it.text, !both_numbers && (prev->space_after || gap > 0.15 * h));
      c.x1 = std::max(c.x1, it.x1);
      c.numeric = both_numbers && numeric_text(c.text);
    } else {
      line->cells.push_back(Cell{it.x0, it.x1, it.text, it.numeric, it.h()});
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

struct Column {
  double x0, x1;
};

// Whether a number sits in a column: numbers of one column are not always centred alike (a "无"
// sits a little left of the "0"s under it), so within 0.4 of a character of its extent.
bool in_column(const Cell& c, const Column& col) {
  const double slack = 0.4 * c.h;
  return overlap(c.x0 - slack, c.x1 + slack, col.x0, col.x1) > 0;
}

bool has_digit(const std::string& s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// For each of l's numbers, the column (index in cols) it sits in, in order: the column whose
// centre is nearest, nearer than half the way to the next column's. Empty when one sits in none,
// or in the same column as the number before it.
std::vector<std::size_t> match_columns(const Line& l, const std::vector<Column>& cols) {
  std::vector<std::size_t> out;
  auto mid = [&](std::size_t j) { return (cols[j].x0 + cols[j].x1) / 2; };
  for (const Cell& c : l.cells) {
    if (!c.numeric) continue;
    const double x = (c.x0 + c.x1) / 2;
    std::size_t j = 0;
    for (std::size_t k = 1; k < cols.size(); ++k)
      if (std::fabs(mid(k) - x) < std::fabs(mid(j) - x)) j = k;
    if (cols.size() == 1 && !in_column(c, cols[0])) return {};
    if (j > 0 && std::fabs(mid(j) - x) >= (mid(j) - mid(j - 1)) / 2 * 0.8) return {};
    if (j + 1 < cols.size() && std::fabs(mid(j) - x) >= (mid(j + 1) - mid(j)) / 2 * 0.8) return {};
    if (!out.empty() && j <= out.back()) return {};
    out.push_back(j);
  }
  return out;
}

// Adds the columns of r's numbers (digits) to cols (kept in x order): a number under a column widens it, a
// number under none is a column of its own. False, cols untouched, when a number sits under two
// columns or two numbers under one (the columns do not line up: not one table).
bool add_columns(const Line& r, std::vector<Column>* cols) {
  std::vector<Column> out = *cols;
  std::vector<bool> used(out.size(), false);
  for (const Cell& c : r.cells) {
    // Digits only: a placeholder ("／", "无") may be drawn off its column's line.
    if (!c.numeric || !has_digit(c.text)) continue;
    std::size_t hit = out.size(), hits = 0;
    for (std::size_t j = 0; j < out.size(); ++j)
      if (in_column(c, out[j])) {
        hit = j;
        ++hits;
      }
    if (hits > 1 || (hits == 1 && used[hit])) return false;
    if (hits == 1) {
      out[hit].x0 = std::min(out[hit].x0, c.x0);
      out[hit].x1 = std::max(out[hit].x1, c.x1);
      used[hit] = true;
    } else {
      std::size_t at = 0;
      while (at < out.size() && out[at].x0 < c.x0) ++at;
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(at), Column{c.x0, c.x1});
      used.insert(used.begin() + static_cast<std::ptrdiff_t>(at), true);
    }
  }
  // Widened columns must still be apart.
  for (std::size_t j = 1; j < out.size(); ++j)
    if (overlap(out[j - 1].x0, out[j - 1].x1, out[j].x0, out[j].x1) > 0) return false;
  *cols = std::move(out);
  return true;
}

// Whether columns and words together stand evenly spaced (centres one step apart, within a tenth
// of the step; four or more; no word as wide as a step).
bool evenly_spaced(const std::vector<Column>& cols, const std::vector<Column>& words) {
  std::vector<double> mids;
  for (const Column& c : cols) mids.push_back((c.x0 + c.x1) / 2);
  for (const Column& c : words) mids.push_back((c.x0 + c.x1) / 2);
  if (mids.size() < 4) return false;
  std::sort(mids.begin(), mids.end());
  std::vector<double> steps;
  for (std::size_t j = 1; j < mids.size(); ++j) steps.push_back(mids[j] - mids[j - 1]);
  std::vector<double> sorted = steps;
  std::sort(sorted.begin(), sorted.end());
  const double step = sorted[sorted.size() / 2];
  if (!(step > 0)) return false;
  for (double d : steps)
    if (std::fabs(d - step) > 0.1 * step) return false;
  for (const Column& c : words)
    if (c.x1 - c.x0 >= step) return false;
  return true;
}

// A column left blank in every row near (a table of one or two rows on a page, under its header)
// is still under its header's words: the header lines above the table, the nearest first, give a
// column for each cell right of the row's labels that lies over no column yet (a cell over
// columns already there — "法人或其他组织" over its five — gives none).
void add_header_columns(const std::vector<Line>& lines, std::size_t header, const Line& row, std::vector<Column>* cols) {
  constexpr std::size_t kHeaderLines = 6;
  double label_right = -1e300;
  for (const Cell& c : row.cells) {
    if (c.numeric) break;
    label_right = std::max(label_right, c.x1);
  }
  // Twice over the lines, the nearest first: a line taken makes columns a line passed over may then
  // be centred on (the second line of a header under a first that names the row's columns).
  std::vector<bool> taken(header + 1, false);
  for (int pass = 0; pass < 2; ++pass)
    for (std::size_t k = header + 1, n = 0; k-- > 0 && n < kHeaderLines;) {
      const Line& h = lines[k];
      if (h.dropped) continue;
      if (h.numeric) break;
      ++n;
      if (taken[k]) continue;
      // The line's words must be centred over the columns they are over (a header set flush left
      // says nothing of where its columns' numbers are).
      std::vector<Column> add;
      bool aligned = false, off = false, any_over = false;
      double widest = 0;  // of the words centred over a column
      // A cell of pieces set apart (step 4) is looked at piece by piece: each may head a column.
      std::vector<Column> words;  // the extents of the line's words right of the row's labels
      for (const Cell& c : h.cells) {
        if (c.text.empty()) continue;
        if (c.pieces.empty()) words.push_back(Column{c.x0, c.x1});
        else
          for (const auto& [x0, x1] : c.pieces) words.push_back(Column{x0, x1});
      }
      for (const Column& c : words) {
        if (c.x0 < label_right) continue;
        std::size_t over = 0;
        const Column* under = nullptr;
        for (const Column& col : *cols)
          if (overlap(c.x0, c.x1, col.x0, col.x1) > 0) {
            ++over;
            under = &col;
          }
        if (over == 0) add.push_back(Column{c.x0, c.x1});
        any_over = any_over || over > 0;
        if (over != 1) continue;  // a word over several columns (a merged header cell) tells nothing
        const double d = std::fabs((c.x0 + c.x1) / 2 - (under->x0 + under->x1) / 2);
        if (d < 0.3 * std::max(c.x1 - c.x0, under->x1 - under->x0)) {
          aligned = true;
          widest = std::max(widest, c.x1 - c.x0);
        } else {
          off = true;
        }
      }
      // A line whose words all stand between the columns ("商业企业 科研机构 其他" under a line
      // naming the columns that have numbers) is taken when its words and the columns together
      // make an evenly spaced grid: each word then heads a column of its own.
      if (!any_over && !add.empty() && !cols->empty() && evenly_spaced(*cols, add)) aligned = true;
      if (!aligned || off) continue;
      taken[k] = true;
      for (const Column& c : add) {
        // A word far wider than the line's words over columns is several words run together
        // (narrow columns' "结果维结果纠其他结尚未审"): no column of its own.
        if (widest > 0 && c.x1 - c.x0 > 3 * widest) continue;
        std::size_t at = 0;
        while (at < cols->size() && (*cols)[at].x0 < c.x0) ++at;
        cols->insert(cols->begin() + static_cast<std::ptrdiff_t>(at), c);
      }
    }
}

// A column that only this row has a number in (every row near and the header leave it blank or
// are elsewhere): a number of the row in no column is one when the columns are evenly spaced and
// it stands where one is missing, halfway across a double gap or one step beyond the first or the
// last column.
void add_own_columns(const Line& l, std::vector<Column>* cols) {
  if (cols->size() < 3) return;
  auto mid = [](const Column& c) { return (c.x0 + c.x1) / 2; };
  std::vector<double> gaps;
  for (std::size_t j = 1; j < cols->size(); ++j) gaps.push_back(mid((*cols)[j]) - mid((*cols)[j - 1]));
  std::vector<double> sorted = gaps;
  std::sort(sorted.begin(), sorted.end());
  const double step = sorted[sorted.size() / 2];  // the median step
  if (!(step > 0)) return;
  for (const Cell& c : l.cells) {
    if (!c.numeric || !has_digit(c.text)) continue;
    bool in = false;
    for (const Column& col : *cols) in = in || in_column(c, col);
    if (in) continue;
    const double x = (c.x0 + c.x1) / 2;
    auto near = [&](double a, double b) { return std::fabs(a - b) < 0.2 * step; };
    bool fits = near(x, mid(cols->front()) - step) || near(x, mid(cols->back()) + step);
    for (std::size_t j = 1; j < cols->size() && !fits; ++j)
      fits = near(gaps[j - 1], 2 * step) && near(x, (mid((*cols)[j - 1]) + mid((*cols)[j])) / 2);
    if (!fits) continue;
    std::size_t at = 0;
    while (at < cols->size() && (*cols)[at].x0 < c.x0) ++at;
    cols->insert(cols->begin() + static_cast<std::ptrdiff_t>(at), Column{c.x0, c.x1});
    gaps.clear();
    for (std::size_t j = 1; j < cols->size(); ++j) gaps.push_back(mid((*cols)[j]) - mid((*cols)[j - 1]));
  }
}

// 6. The columns of a row's table are those of the numbers of the rows around it (no header line
// between): a table whose every row has a blank somewhere has no row with all its columns, but the
// rows together fill them all.
void fill_blank_columns(std::vector<Line>* lines_p) {
  std::vector<Line>& lines = *lines_p;
  constexpr std::size_t kWindow = 12;  // rows looked at above and below
  constexpr std::size_t kLines = 48;   // lines looked at above and below
  std::vector<std::vector<Cell>> filled(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.dropped || !l.numeric || !table_row(l) || !distinct_columns(l)) continue;
    const std::size_t n = numeric_count(l);
    const double fx = first_number_x(l);
    std::vector<const Line*> near;
    std::size_t header = lines.size();  // the header line above the row's table, if any
    auto look = [&](std::size_t k) {  // false: stop looking this way
      const Line& r = lines[k];
      if (r.dropped) return true;
      if (!r.numeric) {
        // A header (text over the number columns) ends the table.
        for (const Cell& c : r.cells)
          if (c.x1 > fx) {
            if (k < i && header == lines.size()) header = k;
            return false;
          }
        return true;
      }
      if (table_row(r) && distinct_columns(r)) near.push_back(&r);
      return true;
    };
    // Steps count the rows passed, not the lines of text in the label column between them (the
    // labels of rows left blank), up to kLines lines.
    auto step = [&](std::size_t k) { return !lines[k].dropped && lines[k].numeric ? 1 : 0; };
    for (std::size_t k = i, steps = 0, seen = 0; k-- > 0 && steps < kWindow && seen < kLines; ++seen) {
      if (!look(k)) break;
      steps += step(k);
    }
    for (std::size_t k = i + 1, steps = 0, seen = 0; k < lines.size() && steps < kWindow && seen < kLines; ++k, ++seen) {
      if (!look(k)) break;
      steps += step(k);
    }
    // The fullest rows first: their columns are the surest.
    std::stable_sort(near.begin(), near.end(), [](const Line* a, const Line* b) { return numeric_count(*a) > numeric_count(*b); });
    // Each of the row's numbers must sit under a column of the others (a number under no column
    // of its neighbours is too little to place its row's blanks by).
    std::vector<Column> cols;
    for (const Line* r : near) add_columns(*r, &cols);
    if (header < lines.size()) {
      // A table of one row (table 四) has no rows near: its own numbers' columns are the first.
      if (cols.empty()) add_columns(l, &cols);
      add_header_columns(lines, header, l, &cols);
    }
    add_own_columns(l, &cols);
    if (cols.size() <= n) continue;
    const std::vector<std::size_t> at = match_columns(l, cols);
    if (at.size() != n) continue;
    // Rebuild: the labels, then one cell per column.
    std::vector<Cell> out;
    std::vector<const Cell*> nums;
    for (const Cell& c : l.cells) {
      if (c.numeric) nums.push_back(&c);
      else out.push_back(c);  // table_row: all before the numbers
    }
    std::size_t k = 0;
    for (std::size_t j = 0; j < cols.size(); ++j) {
      if (k < nums.size() && at[k] == j) out.push_back(*nums[k++]);
      else out.push_back(Cell{cols[j].x0, cols[j].x1, std::string(), false});
    }
    filled[i] = std::move(out);
  }
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!filled[i].empty()) lines[i].cells = std::move(filled[i]);
}

// The vertical band of a line's numbers (or of its other pieces).
bool band(const Line& l, bool numbers, double* y0, double* y1) {
  bool any = false;
  for (const Item& it : l.items) {
    if (it.numeric != numbers) continue;
    *y0 = any ? std::min(*y0, it.y0) : it.y0;
    *y1 = any ? std::max(*y1, it.y1) : it.y1;
    any = true;
  }
  return any;
}

bool under(const Cell& c, const Cell& rc) { return overlap(c.x0, c.x1, rc.x0, rc.x1) > 0.5 * std::min(c.x1 - c.x0, rc.x1 - rc.x0); }

// Joins c's text to the first cell of `cells` it stands under (of those `takes` accepts), that cell
// widened to hold it; false when it stands under none.
template <class Takes>
bool join_under(std::vector<Cell>* cells, const Cell& c, Takes takes) {
  for (Cell& lc : *cells)
    if (takes(lc) && under(c, lc)) {
      join_text(&lc.text, c.text, false);
      lc.x0 = std::min(lc.x0, c.x0);
      lc.x1 = std::max(lc.x1, c.x1);
      return true;
    }
  return false;
}
bool join_under(std::vector<Cell>* cells, const Cell& c) {
  return join_under(cells, c, [](const Cell&) { return true; });
}

// Whether every cell of l sits in r's label column: under one of r's label cells (the cells left
// of its first number), or, when r has none, left of its first number.
bool in_label_column(const Line& l, const Line& r) {
  const double fx = first_number_x(r);
  const bool labelled = !r.cells.empty() && !r.cells.front().numeric;
  for (const Cell& c : l.cells) {
    bool ok = false;
    if (labelled) {
      for (const Cell& rc : r.cells) {
        if (rc.numeric) break;
        ok = ok || under(c, rc);
      }
    } else {
      ok = c.x1 <= fx;
    }
    if (!ok) return false;
  }
  return true;
}

// Whether a label cell's text begins with an enumerator, as a row's label does and its wrapped
// lines do not: "一、", "（三）" or "(三)", "1." "1．" "1、" (one or two digits, then text).
bool starts_enumerated(const std::string& s) {
  static const char* const kNumerals[] = {"\xE4\xB8\x80", "\xE4\xBA\x8C", "\xE4\xB8\x89", "\xE5\x9B\x9B",
                                          "\xE4\xBA\x94", "\xE5\x85\xAD", "\xE4\xB8\x83", "\xE5\x85\xAB",
                                          "\xE4\xB9\x9D", "\xE5\x8D\x81"};  // 一 … 十
  auto numerals = [&](std::size_t i) {  // the end of a run of Chinese numerals at i
    for (bool more = true; more;) {
      more = false;
      for (const char* n : kNumerals)
        if (s.compare(i, 3, n) == 0) {
          i += 3;
          more = true;
          break;
        }
    }
    return i;
  };
  auto at = [&](std::size_t i, const char* t) { return s.compare(i, std::char_traits<char>::length(t), t) == 0; };
  std::size_t i = numerals(0);
  if (i > 0) return at(i, "\xE3\x80\x81");  // 、
  if (at(0, "(") || at(0, "\xEF\xBC\x88")) {  // ( （
    const std::size_t o = at(0, "(") ? 1 : 3;
    i = numerals(o);
    return i > o && (at(i, ")") || at(i, "\xEF\xBC\x89"));  // ) ）
  }
  while (i < s.size() && i < 2 && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == 0 || (i < s.size() && s[i] >= '0' && s[i] <= '9')) return false;
  const std::size_t after = at(i, ".") ? i + 1 : at(i, "\xEF\xBC\x8E") || at(i, "\xE3\x80\x81") ? i + 3 : 0;  // . ． 、
  return after > 0 && after < s.size() && !(s[after] >= '0' && s[after] <= '9');
}

// 3. A table row's label may wrap over several lines; the row's numbers sit in the middle of its
// cell, so the label's lines are those around the numbers that make a block centred on them: as
// many lines above as below the numbers' line (a label of two lines has its numbers between the
// two, on neither). A line of text under the label column that would put the block off centre is
// not part of this label: it is the next row's, one whose cells were left blank
// ("一、本年新收…" then a blank "二、上年结转…"), or a group label.
void join_wrapped_labels(std::vector<Line>* lines_p) {
  std::vector<Line>& lines = *lines_p;
  constexpr std::size_t kMaxWrap = 8;  // lines of one label above or below its numbers
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& r = lines[i];
    if (r.dropped || !table_row(r)) continue;
    double n0 = 0, n1 = 0;
    band(r, true, &n0, &n1);
    double b0 = 0, b1 = 0;
    const bool own = band(r, false, &b0, &b1);
    // The text lines next to the row (each no number, in its label column, close to the last).
    auto chain = [&](bool up) {
      std::vector<std::size_t> out;
      double edge = up ? (own ? std::min(b0, n0) : n0) : (own ? std::max(b1, n1) : n1);
      for (std::size_t k = i; out.size() < kMaxWrap;) {
        if (up ? k == 0 : k + 1 >= lines.size()) break;
        k = up ? k - 1 : k + 1;
        const Line& l = lines[k];
        if (l.dropped || l.numeric || l.cells.empty()) break;
        const double h = l.y1 - l.y0;
        const double gap = up ? edge - l.y1 : l.y0 - edge;
        if (gap > 0.8 * h) break;
        if (!in_label_column(l, r)) break;
        out.push_back(k);
        edge = up ? l.y0 : l.y1;
      }
      return out;
    };
    const std::vector<std::size_t> above = chain(true), below = chain(false);
    if (above.empty() && below.empty()) continue;
    const double c = (n0 + n1) / 2;
    std::size_t first = 0;
    while (first < r.cells.size() && !r.cells[first].numeric) ++first;
    // A block of a above and b below holds one label in each label column: a line beginning with an
    // enumerator ("5.属于三类内部事务") under a line of the block is the next row's label, not a
    // wrapped line (rows left blank above and below a row of two-line labels make a block centred
    // on its numbers too).
    auto one_label_each = [&](std::size_t a, std::size_t b) {
      std::vector<Cell> cols;
      auto put = [&](const Cell& cell) {
        for (Cell& lc : cols)
          if (under(cell, lc)) {
            if (starts_enumerated(cell.text)) return false;
            lc.x0 = std::min(lc.x0, cell.x0);
            lc.x1 = std::max(lc.x1, cell.x1);
            return true;
          }
        cols.push_back(cell);
        return true;
      };
      for (std::size_t k = a; k-- > 0;)
        for (const Cell& cell : lines[above[k]].cells)
          if (!put(cell)) return false;
      for (std::size_t k = 0; k < first; ++k)
        if (!put(r.cells[k])) return false;
      for (std::size_t k = 0; k < b; ++k)
        for (const Cell& cell : lines[below[k]].cells)
          if (!put(cell)) return false;
      return true;
    };
    std::size_t best_a = 0, best_b = 0;
    double best_d = 0;
    bool found = false;
    for (std::size_t a = 0; a <= above.size(); ++a) {
      for (std::size_t b = 0; b <= below.size(); ++b) {
        if (!own && (a == 0 || b == 0)) continue;  // no label line of its own: one on each side
        double y0 = own ? b0 : 1e300, y1 = own ? b1 : -1e300, h = own ? b1 - b0 : 1e300;
        if (a) y0 = std::min(y0, lines[above[a - 1]].y0);
        if (b) y1 = std::max(y1, lines[below[b - 1]].y1);
        for (std::size_t k = 0; k < a; ++k) h = std::min(h, lines[above[k]].y1 - lines[above[k]].y0);
        for (std::size_t k = 0; k < b; ++k) h = std::min(h, lines[below[k]].y1 - lines[below[k]].y0);
        const double d = std::fabs((y0 + y1) / 2 - c);
        if (d > 0.35 * h) continue;
        if (!one_label_each(a, b)) continue;
        if (!found || a + b > best_a + best_b || (a + b == best_a + best_b && d < best_d)) {
          best_a = a;
          best_b = b;
          best_d = d;
          found = true;
        }
      }
    }
    if (!found || best_a + best_b == 0) continue;
    // The label's lines from the top, each cell joined to the label cell it sits under.
    std::vector<std::size_t> order(above.rbegin() + static_cast<std::ptrdiff_t>(above.size() - best_a), above.rend());
    std::vector<Cell> label;
    auto add = [&](const Cell& c) {
      if (!join_under(&label, c)) label.push_back(c);
    };
    for (std::size_t k : order)
      for (const Cell& c : lines[k].cells) add(c);
    for (std::size_t k = 0; k < first; ++k) add(r.cells[k]);
    for (std::size_t k = 0; k < best_b; ++k)
      for (const Cell& c : lines[below[k]].cells) add(c);
    std::stable_sort(label.begin(), label.end(), [](const Cell& a, const Cell& b) { return a.x0 < b.x0; });
    label.insert(label.end(), r.cells.begin() + static_cast<std::ptrdiff_t>(first), r.cells.end());
    r.cells = std::move(label);
    for (std::size_t k = 0; k < best_a; ++k) lines[above[k]].dropped = true;
    for (std::size_t k = 0; k < best_b; ++k) lines[below[k]].dropped = true;
  }
}

// A vertical label written with upright glyphs may come as one piece per glyph, stacked (PDF.js
// gives "(" "三" ")" "不" … each on its own): three or more single characters (no digits or Latin
// letters) centred on one x, each right under the last, are vertical text.
void stacked_glyphs(std::vector<Item>* items, std::vector<Item>* vertical) {
  auto one_char = [](const std::string& t) {
    if (t.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(t[0]);
    const std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    return t.size() == n && !ascii_alnum(c);
  };
  std::vector<std::size_t> cand;
  for (std::size_t i = 0; i < items->size(); ++i)
    if (one_char((*items)[i].text)) cand.push_back(i);
  auto cx = [&](std::size_t i) { return ((*items)[i].x0 + (*items)[i].x1) / 2; };
  std::sort(cand.begin(), cand.end(), [&](std::size_t a, std::size_t b) {
    return std::fabs(cx(a) - cx(b)) > 1.5 ? cx(a) < cx(b) : (*items)[a].y0 < (*items)[b].y0;
  });
  std::vector<bool> taken(items->size(), false);
  for (std::size_t s = 0; s < cand.size();) {
    std::size_t e = s + 1;
    while (e < cand.size()) {
      const Item& p = (*items)[cand[e - 1]];
      const Item& q = (*items)[cand[e]];
      const double gap = q.y0 - p.y1;
      if (std::fabs(cx(cand[e - 1]) - cx(cand[e])) > 1.5 || gap > 0.45 * std::min(p.h(), q.h()) || gap < -0.5 * std::min(p.h(), q.h())) break;
      ++e;
    }
    if (e - s >= 3) {
      Item v = (*items)[cand[s]];
      v.text.clear();
      for (std::size_t k = s; k < e; ++k) {
        const Item& it = (*items)[cand[k]];
        v.text += it.text;
        v.x0 = std::min(v.x0, it.x0);
        v.x1 = std::max(v.x1, it.x1);
        v.y1 = std::max(v.y1, it.y1);
        taken[cand[k]] = true;
      }
      v.numeric = false;
      vertical->push_back(std::move(v));
    }
    s = e;
  }
  std::size_t w = 0;
  for (std::size_t i = 0; i < items->size(); ++i)
    if (!taken[i]) {
      if (w != i) (*items)[w] = std::move((*items)[i]);
      ++w;
    }
  items->resize(w);
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
  stacked_glyphs(&items, &vertical);
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
  // 3. Wrapped labels.
  join_wrapped_labels(&lines);
  // 5. Page numbers (before 6: a page number is no column of the table above it).
  for (Line& l : lines)
    if (!l.dropped && page_number(l, page.height)) l.dropped = true;
  // 6. Blank cells.
  fill_blank_columns(&lines);
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

// The number of a table row's value cells (numbers and blanks after its last label cell), or 0
// when the line is no such row.
std::size_t value_cells(const Line& l) {
  std::size_t t = 0;  // cells up to and with the last label cell
  for (std::size_t k = 0; k < l.cells.size(); ++k)
    if (!l.cells[k].numeric && !l.cells[k].text.empty()) t = k + 1;
  std::size_t numbers = 0;
  for (std::size_t k = t; k < l.cells.size(); ++k) numbers += l.cells[k].numeric;
  return numbers > 0 && l.cells.size() - t >= 2 ? l.cells.size() - t : 0;
}

// 7. The rows of a table as a grid, as a .docx's are: a row whose group label is on another row
// (merged over several) gets an empty cell for it in front, so that every row of a table of N
// columns has as many cells as the one with the most labels. A row's leading blank cell is then
// a blank column, not the label's merged cell (the core reads the last cells of a full grid row
// as its columns).
void pad_grid_rows(std::vector<Line>* lines) {
  std::vector<std::size_t> widest;  // by number of value cells
  for (const Line& l : *lines) {
    const std::size_t n = value_cells(l);
    if (n == 0) continue;
    if (widest.size() <= n) widest.resize(n + 1, 0);
    widest[n] = std::max(widest[n], l.cells.size());
  }
  for (Line& l : *lines) {
    const std::size_t n = value_cells(l);
    if (n == 0 || l.cells.size() >= widest[n]) continue;
    const Cell blank{l.cells.front().x0, l.cells.front().x0, std::string(), false};
    l.cells.insert(l.cells.begin(), widest[n] - l.cells.size(), blank);
  }
}

// The index of a table row's label cell (its last text cell before its values), or npos.
std::size_t label_cell(const Line& l) {
  std::size_t t = std::string::npos;
  for (std::size_t k = 0; k < l.cells.size(); ++k)
    if (!l.cells[k].numeric && !l.cells[k].text.empty()) t = k;
  return t;
}

// A row left blank: its label cells, then an empty cell under each of row a's n value cells.
Line blank_row(std::vector<Cell> labels, const Line& a, std::size_t n) {
  Line l;
  l.cells = std::move(labels);
  for (std::size_t v = a.cells.size() - n; v < a.cells.size(); ++v)
    l.cells.push_back(Cell{a.cells[v].x0, a.cells[v].x1, std::string(), false});
  return l;
}

// The rows left blank at a table's end ("四、结转下年度继续办理" with every cell blank): no row
// below to bound them, so each must be one line of its own, beginning with an enumerator, where
// the table's labels begin (the leftmost label of its rows above: the row above may be a label
// centred over two columns, "（七）总计") and left of its values, its text as tall as the row
// above's label (a heading after the table is taller, or longer: it reaches the value columns),
// and no farther below the line before it than a line's height (a heading stands apart). A
// wrapped line among them (no enumerator) leaves them all as they are. Appends the rows to *out;
// returns the index of the first line not taken.
std::size_t trailing_blank_rows(const std::vector<Line>& lines, std::size_t i, const Line& a, std::size_t la,
                                std::size_t n, std::vector<Line>* out) {
  constexpr std::size_t kRowsAbove = 30;
  const Cell& lab = a.cells[la];
  const double fx = a.cells[a.cells.size() - n].x0, h = lab.h;
  if (!(h > 0)) return i;
  double left = a.cells.front().x0;
  for (std::size_t k = out->size(), seen = 0; k-- > 0 && seen < kRowsAbove; ++seen)
    if (value_cells((*out)[k]) == n) left = std::min(left, (*out)[k].cells.front().x0);
  std::size_t k = i;
  double bottom = a.y1;
  for (; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.dropped || l.numeric || l.cells.size() != 1) break;
    const Cell& c = l.cells[0];
    if (c.x1 >= fx || std::fabs(c.x0 - left) > h || std::fabs(c.h - h) > 0.1 * h || l.y0 - bottom > h) break;
    if (!starts_enumerated(c.text)) return i;  // a wrapped line: whose it is is not sure
    bottom = l.y1;
  }
  for (std::size_t j = i; j < k; ++j) out->push_back(blank_row({lines[j].cells[0]}, a, n));
  return k;
}

// 8. Rows left blank: a PDF prints only the label of a row whose every cell was left blank, so its
// label's lines stand between two table rows of one table (as many value cells each), in the
// upper row's label column, with no number. Such lines are taken for blank rows only when each
// block of them begins with an enumerator ("2.其他法律行政法规" + "禁止公开") and the rows around
// begin with one too (so that no line is a wrapped part of their labels); a group label's pieces
// on those lines go with the block they are on. Each block becomes its label and an empty cell per
// column. Anything else (a line with no enumerator to begin it, a line right of the label column,
// a group label's piece before any block) leaves the lines as they are, for the core to declare.
// The rows left blank at the table's end are trailing_blank_rows'.
void blank_rows(std::vector<Line>* lines_p) {
  std::vector<Line>& lines = *lines_p;
  constexpr std::size_t kBetween = 8;  // header lines among the blank rows (a page's repeated header)
  std::vector<Line> out;
  out.reserve(lines.size());
  std::size_t i = 0;
  while (i < lines.size()) {
    out.push_back(lines[i]);
    const Line& a = lines[i++];
    const std::size_t n = value_cells(a), la = label_cell(a);
    if (n == 0 || la == std::string::npos || !starts_enumerated(a.cells[la].text)) continue;
    const Cell& lab = a.cells[la];
    const double fx = a.cells[a.cells.size() - n].x0;
    auto in_label = [&](const Cell& c) { return under(c, lab); };
    auto orphan = [&](const Line& l) {
      if (l.numeric || l.cells.empty()) return false;
      for (const Cell& c : l.cells)
        if (c.text.empty() || c.x1 >= fx || !(in_label(c) || c.x1 <= lab.x0)) return false;
      return true;
    };
    // The lines up to the next number: label lines, and the header lines of a table broken over
    // pages (kept where they are; a block does not go on over them).
    std::size_t b = i, headers = 0;
    bool any = false;
    while (b < lines.size() && !lines[b].numeric) {
      if (orphan(lines[b])) any = true;
      else ++headers;
      ++b;
    }
    if (b >= lines.size() || value_cells(lines[b]) != n) {  // the table ends with row a
      i = trailing_blank_rows(lines, i, a, la, n, &out);
      continue;
    }
    if (!any || headers > kBetween) continue;
    // The row below: the same table's (as many value cells), labelled with an enumerator.
    const std::size_t lb = label_cell(lines[b]);
    if (lb == std::string::npos || !starts_enumerated(lines[b].cells[lb].text)) continue;
    if (lines[b].cells[lb].x1 < lab.x0 || lines[b].cells[lb].x0 > lab.x1) continue;
    // Blocks of lines, each from a line whose label-column cell begins with an enumerator.
    std::vector<std::vector<Cell>> blocks;  // each: its cells joined by column
    std::vector<std::size_t> at;            // where each block goes: the line it begins on
    bool ok = true, open = false;
    // A group label's piece right under the row, alone on its line (PDF.js gives the last glyph of a
    // vertical "三、本年度办理结果" so), is the row's: where poppler puts it.
    std::size_t from = i;
    std::vector<Cell> group;
    for (; from < b && orphan(lines[from]); ++from) {
      bool label_piece = false;
      for (const Cell& c : lines[from].cells) label_piece = label_piece || in_label(c);
      if (label_piece) break;
      group.insert(group.end(), lines[from].cells.begin(), lines[from].cells.end());
    }
    for (std::size_t k = from; k < b && ok; ++k) {
      if (!orphan(lines[k])) {
        open = false;
        continue;
      }
      // Of label-column pieces side by side, those left of another are a group label's (an upper
      // row merged over both label columns, "（二）部分公开", puts "予公开" in its label column too).
      const std::vector<Cell>& cs = lines[k].cells;
      auto group_piece = [&](const Cell& c) {
        return std::any_of(cs.begin(), cs.end(), [&](const Cell& o) { return &o != &c && in_label(o) && c.x1 <= o.x0; });
      };
      bool starts = false, continues = false;
      for (const Cell& c : cs)
        if (in_label(c) && !group_piece(c)) (starts_enumerated(c.text) ? starts : continues) = true;
      if (starts && continues) ok = false;  // two label pieces side by side
      if (starts) {
        blocks.emplace_back();
        at.push_back(k);
        open = true;
      }
      if (!open) ok = false;  // lines before any enumerator: not sure whose they are
      if (!ok) break;
      for (const Cell& c : lines[k].cells)
        if (!join_under(&blocks.back(), c)) blocks.back().push_back(c);
    }
    if (!ok || blocks.empty()) continue;
    if (!group.empty()) {
      std::vector<Cell>& row = out.back().cells;
      for (const Cell& c : group)
        if (!join_under(&row, c, [](const Cell& rc) { return !rc.numeric && !rc.text.empty(); }))
          row.insert(row.begin(), c);
      std::stable_sort(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(label_cell(out.back()) + 1),
                       [](const Cell& x, const Cell& y) { return x.x0 < y.x0; });
    }
    for (std::size_t k = from, m = 0; k < b; ++k) {
      if (!orphan(lines[k])) {
        out.push_back(lines[k]);
        continue;
      }
      if (m >= at.size() || at[m] != k) continue;  // joined into its block
      std::vector<Cell>& cells = blocks[m++];
      std::stable_sort(cells.begin(), cells.end(), [](const Cell& x, const Cell& y) { return x.x0 < y.x0; });
      out.push_back(blank_row(std::move(cells), a, n));
    }
    i = b;
  }
  lines = std::move(out);
}

}  // namespace

Read layout_pdf(const std::vector<PdfPage>& pages) {
  Read r;
  r.kind = Kind::Pdf;
  std::size_t chars = 0;
  std::vector<Line> lines;
  for (const PdfPage& p : pages)
    for (Line& l : page_lines(p))
      if (!l.dropped) lines.push_back(std::move(l));
  blank_rows(&lines);
  pad_grid_rows(&lines);
  for (const Line& l : lines) {
    for (std::size_t i = 0; i < l.cells.size(); ++i) {
      if (i) r.text += '\t';
      r.text += l.cells[i].text;
      chars += l.cells[i].text.size();
    }
    r.text += '\n';
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
