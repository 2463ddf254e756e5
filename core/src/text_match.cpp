#include "text_match.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "utf8.h"

namespace gk {

std::u32string label_key(std::string_view text) {
  std::u32string out;
  out.reserve(text.size() / 2);
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = utf8::decode(text, i);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z')) {
      out += c;
      continue;
    }
    if (c < 0x80) continue;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
      case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
      case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
      case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        out += c;
        break;
      default:
        break;
    }
  }
  return out;
}

namespace {

// Sellers' dynamic programme, a column over the pattern, free start anywhere
// in the text: for patterns longer than a machine word.
int substring_distance_dp(std::u32string_view p, std::u32string_view t, std::size_t* end) {
  const std::size_t m = p.size();
  std::vector<int> col(m + 1);
  for (std::size_t i = 0; i <= m; ++i) col[i] = static_cast<int>(i);
  int best = static_cast<int>(m);
  for (std::size_t j = 0; j < t.size(); ++j) {
    const char32_t tc = t[j];
    int diag = 0;  // D[0][j-1] = 0 (free start)
    col[0] = 0;
    for (std::size_t i = 1; i <= m; ++i) {
      const int up = col[i];
      int v = diag + (p[i - 1] == tc ? 0 : 1);
      if (up + 1 < v) v = up + 1;
      if (col[i - 1] + 1 < v) v = col[i - 1] + 1;
      diag = up;
      col[i] = v;
    }
    if (col[m] <= best) {
      best = col[m];
      if (end) *end = j + 1;
    }
    if (best == 0 && !end) break;
  }
  return best;
}

}  // namespace

int substring_distance(std::u32string_view p, std::u32string_view t, std::size_t* end) {
  const std::size_t m = p.size();
  if (end) *end = t.size();
  if (m == 0) return 0;
  if (m > 64) return substring_distance_dp(p, t, end);
  // The same distances as the programme above, one machine word per text
  // character (Myers 1999, in Hyyro's formulation): bit i of pv / mv says
  // that D[i+1][j] - D[i][j] is +1 / -1 (the column's vertical steps);
  // `score` is D[m][j]. The label matcher calls this for every row and
  // label word: the programme was a sixth of a check.
  struct Peq {
    char32_t c;
    std::uint64_t bits;
  };
  Peq peq[64];
  std::size_t kinds = 0;
  const char32_t* pc = p.data();
  const char32_t* tc = t.data();  // raw pointers: no checked operator[] in the loops
  for (std::size_t i = 0; i < m; ++i) {
    std::size_t k = 0;
    while (k < kinds && peq[k].c != pc[i]) ++k;
    if (k == kinds) peq[kinds++] = {pc[i], 0};
    peq[k].bits |= std::uint64_t{1} << i;
  }
  const std::uint64_t high = std::uint64_t{1} << (m - 1);
  std::uint64_t pv = ~std::uint64_t{0}, mv = 0;
  int score = static_cast<int>(m);
  int best = score;
  const std::size_t n = t.size();
  for (std::size_t j = 0; j < n; ++j) {
    std::uint64_t eq = 0;
    const char32_t c = tc[j];
    for (std::size_t k = 0; k < kinds; ++k)
      if (peq[k].c == c) {
        eq = peq[k].bits;
        break;
      }
    const std::uint64_t xv = eq | mv;
    const std::uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    std::uint64_t ph = mv | ~(xh | pv);
    std::uint64_t mh = pv & xh;
    if (ph & high) ++score;
    else if (mh & high) --score;
    ph <<= 1;  // row 0 is 0 everywhere (free start): no carry in
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= best) {
      best = score;
      if (end) *end = j + 1;
    }
    if (best == 0 && !end) break;
  }
  return best;
}

int missing_characters(std::u32string_view pattern, const CharSet& text) {
  int missing = 0;
  for (char32_t c : pattern) missing += text.may_hold(c) ? 0 : 1;
  return missing;
}

int edit_distance(std::u32string_view a, std::u32string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

bool made_of_words(std::u32string_view key, const std::vector<std::u32string>& words) {
  if (key.empty()) return false;
  std::vector<bool> reach(key.size() + 1, false);  // reach[i]: key[0, i) is made of words
  reach[0] = true;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (!reach[i]) continue;
    for (const std::u32string& w : words)
      if (!w.empty() && key.compare(i, w.size(), w) == 0) reach[i + w.size()] = true;
  }
  return reach[key.size()];
}

int allowed_edits(std::size_t n) { return n < 4 ? 0 : static_cast<int>(n / 4); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view strip_marks(std::string_view s) {
  auto mark = [](char c) { return c == ' ' || c == '\t' || c == '#' || c == '*' || c == '>' || c == '_' || c == '`'; };
  while (!s.empty() && mark(s.front())) s.remove_prefix(1);
  while (!s.empty() && mark(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace gk
