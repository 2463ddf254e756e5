#include "text_util.h"

#include <cmath>

#include "utf8.h"

namespace gkgen {

long long Rng::log_range(long long lo, long long hi) {
  if (lo < 1) lo = 1;
  if (hi <= lo) return lo;
  const double a = std::log(static_cast<double>(lo)), b = std::log(static_cast<double>(hi) + 1.0);
  // Integer-only after the draw: the draw itself is the same on every machine
  // (IEEE double, exact inputs), and std::exp/log are correctly rounded enough
  // for the few cases where a boundary is hit to not matter for tests.
  long long v = static_cast<long long>(std::floor(std::exp(a + (b - a) * unit())));
  if (v < lo) v = lo;
  if (v > hi) v = hi;
  return v;
}

int Rng::weighted(const std::vector<int>& w) {
  long long total = 0;
  for (int x : w) total += x;
  if (total <= 0) return 0;
  long long r = range(0, total - 1);
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (r < w[i]) return static_cast<int>(i);
    r -= w[i];
  }
  return static_cast<int>(w.size()) - 1;
}

// The core's UTF-8 helpers (core/src/utf8.h): generated text is always valid UTF-8.
std::u32string to_u32(std::string_view s) { return gk::utf8::to_u32(s); }

std::string to_utf8(char32_t c) {
  std::string o;
  gk::utf8::append(o, c);
  return o;
}

std::string to_utf8(std::u32string_view s) { return gk::utf8::from_u32(s); }

int width_of(char32_t c) { return c >= 0x1100 ? 2 : 1; }

int width_of(std::string_view s) {
  int w = 0;
  for (char32_t c : to_u32(s)) w += width_of(c);
  return w;
}

namespace {
bool word_char(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '@' || c == '/' || c == ':' || c == '-' || c == '_'; }
}  // namespace

std::vector<std::string> wrap(std::string_view s, int width, int first_width) {
  std::vector<std::string> out;
  const std::u32string u = to_u32(s);
  int limit = first_width > 0 ? first_width : width;
  if (limit < 2) limit = 2;
  std::u32string cur;
  int w = 0;
  std::size_t i = 0;
  while (i < u.size()) {
    // The next unbreakable unit: one CJK character, or a run of ASCII word characters.
    std::size_t j = i + 1;
    if (word_char(u[i]))
      while (j < u.size() && word_char(u[j])) ++j;
    int uw = 0;
    for (std::size_t k = i; k < j; ++k) uw += width_of(u[k]);
    // No line starts with closing punctuation (kinsoku): it stays on the line before.
    static const std::u32string closing = U"，。、；：？！）》」”’,.;:?!)";
    const bool is_closing = j == i + 1 && closing.find(u[i]) != std::u32string::npos;
    if (w > 0 && w + uw > limit && !is_closing) {
      out.push_back(to_utf8(cur));
      cur.clear();
      w = 0;
      limit = width < 2 ? 2 : width;
    }
    cur.append(u, i, j - i);
    w += uw;
    i = j;
  }
  if (!cur.empty() || out.empty()) out.push_back(to_utf8(cur));
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  if (from.empty()) return s;
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

std::string half_width_punct(std::string s) {
  s = replace_all(std::move(s), "（", "(");
  s = replace_all(std::move(s), "）", ")");
  s = replace_all(std::move(s), "：", ":");
  s = replace_all(std::move(s), "，", ",");
  s = replace_all(std::move(s), "；", ";");
  s = replace_all(std::move(s), "！", "!");
  s = replace_all(std::move(s), "？", "?");
  return s;
}

std::string full_width_digits(std::string_view s) {
  static const char* fw[] = {"０", "１", "２", "３", "４", "５", "６", "７", "８", "９"};
  std::string o;
  for (char c : s) {
    if (c >= '0' && c <= '9') o += fw[c - '0'];
    else o += c;
  }
  return o;
}

std::string kangxi(std::string_view s, Rng& rng, double p, bool supplement) {
  struct Pair { char32_t from, to; };
  // Kangxi radicals: NFKC maps them back to the unified ideograph.
  static const Pair kx[] = {
      {U'一', 0x2F00}, {U'二', 0x2F06}, {U'人', 0x2F08}, {U'入', 0x2F0A}, {U'八', 0x2F0B}, {U'力', 0x2F12},
      {U'十', 0x2F17}, {U'大', 0x2F24}, {U'子', 0x2F26}, {U'工', 0x2F2F}, {U'文', 0x2F42}, {U'方', 0x2F45},
      {U'无', 0x2F46}, {U'日', 0x2F47}, {U'月', 0x2F49}, {U'止', 0x2F4C}, {U'水', 0x2F54}, {U'生', 0x2F63},
      {U'用', 0x2F64}, {U'目', 0x2F6C}, {U'示', 0x2F70}, {U'自', 0x2F83}, {U'至', 0x2F84}, {U'行', 0x2F8F},
      {U'言', 0x2F94}, {U'走', 0x2F9B}, {U'里', 0x2FA5}, {U'金', 0x2FA6}, {U'非', 0x2FAE}, {U'面', 0x2FAF},
      {U'高', 0x2FBC}};
  // CJK radicals supplement: no NFKC mapping at all.
  static const Pair sup[] = {{U'见', 0x2EC5}, {U'车', 0x2ECB}, {U'长', 0x2ED3}, {U'门', 0x2ED4}, {U'马', 0x2EE2}};
  std::u32string u = to_u32(s);
  for (char32_t& c : u) {
    for (const Pair& q : kx)
      if (c == q.from && rng.chance(p)) c = q.to;
    if (supplement)
      for (const Pair& q : sup)
        if (c == q.from && rng.chance(p)) c = q.to;
  }
  return to_utf8(u);
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string o;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) o += sep;
    o += v[i];
  }
  return o;
}

std::string num(long long v) { return std::to_string(v); }

}  // namespace gkgen
