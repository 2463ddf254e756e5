#include "prose_numbers.h"

#include <cmath>

namespace gk {

namespace {

int digit_of(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

int small_unit_of(char32_t c) { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; }

double big_unit_of(char32_t c) { return c == U'万' ? 1e4 : c == U'亿' ? 1e8 : 0; }

bool arabic(char32_t c) { return c >= U'0' && c <= U'9'; }

bool chinese_start(char32_t c) { return digit_of(c) >= 0 || c == U'十'; }

bool numeral_char(char32_t c) {
  return arabic(c) || digit_of(c) >= 0 || small_unit_of(c) > 0 || big_unit_of(c) > 0;
}

// 十七, 二十八万, 一百零五, 二〇二四 at s[i]: returns the end, i when none.
std::size_t parse_chinese(std::u32string_view s, std::size_t i, double* value) {
  double total = 0, section = 0;
  long digit = -1;
  bool any = false;
  std::size_t j = i;
  for (; j < s.size(); ++j) {
    const char32_t c = s[j];
    if (const int d = digit_of(c); d >= 0) {
      digit = digit >= 0 ? digit * 10 + d : d;  // 二〇二四: digit by digit
      any = true;
    } else if (const int u = small_unit_of(c); u > 0) {
      section += static_cast<double>(digit < 0 ? 1 : digit) * u;
      digit = -1;
      any = true;
    } else if (const double b = big_unit_of(c); b > 0 && any) {
      section += static_cast<double>(digit < 0 ? 0 : digit);
      total = b > 1e4 ? (total + section) * b : total + section * b;
      section = 0;
      digit = -1;
    } else {
      break;
    }
  }
  if (!any) return i;
  *value = total + section + static_cast<double>(digit < 0 ? 0 : digit);
  return j;
}

// 17, 1,234, 1.6, 1.6万 at s[i]: returns the end, i when none.
std::size_t parse_arabic(std::u32string_view s, std::size_t i, double* value, std::size_t* digits) {
  std::size_t j = i;
  double v = 0;
  *digits = 0;
  while (j < s.size() && arabic(s[j])) { v = v * 10 + static_cast<double>(s[j] - U'0'); ++j; ++*digits; }
  if (j == i) return i;
  // Thousands groups: ,ddd (only right after 1 to 3 digits, as a group).
  while (j + 3 < s.size() && s[j] == U',' && arabic(s[j + 1]) && arabic(s[j + 2]) && arabic(s[j + 3]) &&
         (j + 4 >= s.size() || !arabic(s[j + 4]))) {
    v = v * 1000 + static_cast<double>((s[j + 1] - U'0') * 100 + (s[j + 2] - U'0') * 10 + (s[j + 3] - U'0'));
    j += 4;
    *digits = 0;  // not a bare year any more
  }
  if (j + 1 < s.size() && s[j] == U'.' && arabic(s[j + 1])) {
    double scale = 0.1;
    for (++j; j < s.size() && arabic(s[j]); ++j, scale /= 10) v += scale * static_cast<double>(s[j] - U'0');
    *digits = 0;
  }
  if (j < s.size() && big_unit_of(s[j]) > 0) {
    v *= big_unit_of(s[j]);
    ++j;
    *digits = 0;
  }
  *value = v;
  return j;
}

bool starts_with(std::u32string_view s, std::size_t i, std::u32string_view w) {
  return s.size() >= i + w.size() && s.compare(i, w.size(), w) == 0;
}

bool count_unit(char32_t c) {
  static constexpr std::u32string_view kUnits = U"件个份起宗条例";
  return kUnits.find(c) != std::u32string_view::npos;
}

}  // namespace

bool number_starts(std::u32string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const char32_t c = s[i];
  if (!arabic(c) && !chinese_start(c)) return false;
  if (i > 0) {
    const char32_t p = s[i - 1];
    if (numeral_char(p) || p == U'.' || p == U'第') return false;
  }
  return true;
}

double chinese_numeral_value(std::u32string_view s) {
  double v = 0;
  if (s.empty() || !chinese_start(s[0])) return -1;
  return parse_chinese(s, 0, &v) == s.size() ? v : -1;
}

bool read_prose_number(std::u32string_view s, std::size_t i, ProseNumber* out) {
  if (!number_starts(s, i)) return false;
  ProseNumber n;
  std::size_t digits = 0;
  std::size_t j = arabic(s[i]) ? parse_arabic(s, i, &n.value, &digits) : parse_chinese(s, i, &n.value);
  if (j == i) return false;
  if (!arabic(s[i])) digits = j - i;  // 二〇二四 is four digits too
  n.begin = i;
  // 余 / 多 between the number and its unit.
  const bool more = j < s.size() && (s[j] == U'余' || s[j] == U'多');
  if (more) ++j;
  if (j < s.size()) {
    const char32_t u = s[j];
    if (u == U'年' && digits == 4 && !more && n.value >= 1900 && n.value <= 2100) {
      n.unit = NumberUnit::Year;
    } else if (count_unit(u)) {
      n.unit = NumberUnit::Count;
    } else if (u == U'元') {
      n.unit = NumberUnit::Money;
    }
    if (n.unit != NumberUnit::None) {
      n.unit_char = u;
      ++j;
    }
  }
  n.end = j;
  if (n.unit == NumberUnit::Count || n.unit == NumberUnit::Money) {
    if (more) n.approx = Approx::AtLeast;
    // Approximation words before it …
    const char32_t p1 = i >= 1 ? s[i - 1] : 0, p2 = i >= 2 ? s[i - 2] : 0;
    if (p2 == U'不' && (p1 == U'到' || p1 == U'足')) {
      n.approx = Approx::AtMost;
      n.begin = i - 2;
    } else if (p2 == U'超' && p1 == U'过') {
      n.approx = Approx::AtLeast;
      n.begin = i - 2;
    } else if (p1 == U'超' || p1 == U'逾') {
      n.approx = Approx::AtLeast;
      n.begin = i - 1;
    } else if (p1 == U'约' || p1 == U'近') {
      n.approx = Approx::About;
      n.begin = i - 1;
    }
    // … and after it.
    if (starts_with(s, j, U"以上")) {
      n.approx = Approx::AtLeast;
      n.end = j + 2;
    } else if (starts_with(s, j, U"左右")) {
      n.approx = Approx::About;
      n.end = j + 2;
    }
  }
  *out = n;
  return true;
}

}  // namespace gk
