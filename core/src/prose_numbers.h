// Numbers as the prose of a report writes them: Arabic (17, 1.6万, 1,234)
// or Chinese numerals (十七, 二十八万, 两, 一百零五, 二〇二四), with the
// approximation words around them (约, 近, 超过, 余, 多, 以上, 左右) and the
// unit that follows (件, 个, 条 …, 元).
#pragma once

#include <cstddef>
#include <string_view>

namespace gk {

enum class Approx : unsigned char {
  Exact,    // 17 件
  AtLeast,  // 110 余件, 100 多件, 100 件以上, 超过 100 件
  About,    // 约 100 件, 100 件左右, 近 100 件
  AtMost,   // 不到 100 件, 不足 100 件
};

enum class NumberUnit : unsigned char {
  None,   // no unit, or one the prose checks do not use (期, 次, 人, %, 月 …)
  Count,  // 件 个 份 起 宗 条 例
  Money,  // 元 (万元 folded into the value)
  Year,   // a four-digit number followed by 年: 2024年
};

struct ProseNumber {
  double value = 0;
  Approx approx = Approx::Exact;
  NumberUnit unit = NumberUnit::None;
  char32_t unit_char = 0;  // 件, 元 … as written (0: none)
  std::size_t begin = 0;  // the first character of the number, or of 约/超过 before it
  std::size_t end = 0;    // after the unit (and 以上/左右)
};

// Whether a number can start at s[i]: an Arabic digit or a Chinese numeral
// that is not the tail of a longer number or an ordinal (第一).
bool number_starts(std::u32string_view s, std::size_t i);

// Reads the number starting at s[i] (see number_starts), with its unit and
// approximation words. False when there is no number there.
bool read_prose_number(std::u32string_view s, std::size_t i, ProseNumber* out);

// The value of a Chinese numeral alone ("二十八" → 28, "两" → 2); -1 when
// the text is not one. Exposed for tests.
double chinese_numeral_value(std::u32string_view s);

}  // namespace gk
