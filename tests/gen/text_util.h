// Small UTF-8 and randomness helpers for the generator.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace gkgen {

// Portable draws from std::mt19937_64 (the std distributions differ between
// standard libraries; these do not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : g_(seed) {}
  std::uint64_t next() { return g_(); }
  // Uniform in [lo, hi].
  long long range(long long lo, long long hi) {
    if (hi <= lo) return lo;
    const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<long long>(g_() % span);
  }
  int irange(int lo, int hi) { return static_cast<int>(range(lo, hi)); }
  double unit() { return static_cast<double>(g_() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return unit() < p; }
  // Roughly log-uniform in [lo, hi] (lo >= 1): small values common, large ones possible.
  long long log_range(long long lo, long long hi);
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(range(0, static_cast<long long>(v.size()) - 1))];
  }
  // An index drawn with the given integer weights.
  int weighted(const std::vector<int>& w);

 private:
  std::mt19937_64 g_;
};

// Code points of a UTF-8 string and back.
std::u32string to_u32(std::string_view s);
std::string to_utf8(std::u32string_view s);
std::string to_utf8(char32_t c);

// Display width: CJK and full-width characters 2, everything else 1.
int width_of(char32_t c);
int width_of(std::string_view s);

// Splits a line into pieces no wider than `width`, never inside a run of
// ASCII letters or digits. The first piece may be given another width.
std::vector<std::string> wrap(std::string_view s, int width, int first_width = -1);

// Replaces every occurrence.
std::string replace_all(std::string s, std::string_view from, std::string_view to);

// Half-width punctuation as some converters write it: （）：，；！？ → ():,;!?
std::string half_width_punct(std::string s);
// Full-width digits ０-９ for 0-9.
std::string full_width_digits(std::string_view s);
// Kangxi radicals (U+2F00…) and CJK radical supplement look-alikes for
// common characters, as PDF text extraction gives them. `p` is the chance
// for each occurrence; `supplement` also uses U+2E80… forms (no NFKC mapping:
// used only in prose).
std::string kangxi(std::string_view s, Rng& rng, double p, bool supplement);

std::string join(const std::vector<std::string>& v, std::string_view sep);

// A number printed: 1234 → "1234".
std::string num(long long v);

}  // namespace gkgen
