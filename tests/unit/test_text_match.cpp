// The tolerant label matcher's distance: substring_distance (a bit-parallel
// programme for patterns up to 64 characters, the plain one beyond) gives
// the same distance and the same end as the textbook programme, written out
// here, on random strings and on the format's own labels.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "text_match.h"

namespace {

// Sellers' programme over the whole matrix: D[i][j] the distance of
// p[0, i) to the best substring of t ending at j; the last j with the
// smallest D[m][j] is the end.
int reference_distance(const std::u32string& p, const std::u32string& t, std::size_t* end) {
  const std::size_t m = p.size(), n = t.size();
  std::vector<std::vector<int>> d(m + 1, std::vector<int>(n + 1, 0));
  for (std::size_t i = 0; i <= m; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 1; j <= n; ++j)
    for (std::size_t i = 1; i <= m; ++i)
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (p[i - 1] == t[j - 1] ? 0 : 1)});
  int best = static_cast<int>(m);
  *end = n;
  for (std::size_t j = 1; j <= n; ++j)
    if (d[m][j] <= best) {
      best = d[m][j];
      *end = j;
    }
  return m == 0 ? 0 : best;
}

std::u32string random_text(std::mt19937& rng, std::size_t len, const std::u32string& alphabet) {
  std::u32string s;
  for (std::size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
  return s;
}

}  // namespace

TEST_CASE("substring_distance agrees with the full programme on random strings", "[text_match]") {
  std::mt19937 rng(20261201);
  const std::u32string alphabets[] = {U"ab", U"abc", U"予以公开不部分", U"0123456789申请人自然法组织其他"};
  int checked = 0, exact = 0;
  for (const std::u32string& alphabet : alphabets)
    for (int round = 0; round < 300; ++round) {
      // Lengths around the word size (63, 64, 65) as well as short ones.
      const std::size_t plen = round % 10 == 0 ? 60 + rng() % 8 : rng() % 20;
      const std::size_t tlen = rng() % 90;
      const std::u32string p = random_text(rng, plen, alphabet);
      // Half the texts hold the pattern (or a near copy of it) somewhere.
      std::u32string t = random_text(rng, tlen, alphabet);
      if (round % 2 && !p.empty()) {
        std::u32string near = p;
        if (rng() % 2) near[rng() % near.size()] = alphabet[rng() % alphabet.size()];
        t.insert(rng() % (t.size() + 1), near);
      }
      std::size_t want_end = 0, got_end = 0;
      const int want = reference_distance(p, t, &want_end);
      const int got = gk::substring_distance(p, t, &got_end);
      INFO("pattern length " << p.size() << ", text length " << t.size());
      REQUIRE(got == want);
      REQUIRE(got_end == want_end);
      REQUIRE(gk::substring_distance(p, t) == want);
      ++checked;
      exact += want == 0;
    }
  CHECK(checked == 1200);
  CHECK(exact > 100);  // the exact matches are among them
}

TEST_CASE("substring_distance on the format's labels", "[text_match]") {
  const std::u32string key = gk::label_key("（三）不予公开 1.属于国家秘密");
  std::size_t end = 0;
  CHECK(gk::substring_distance(gk::label_key("属于国家秘密"), key, &end) == 0);
  CHECK(end == key.size());
  CHECK(gk::substring_distance(gk::label_key("属于国家机密"), key, &end) == 1);
  CHECK(gk::substring_distance(gk::label_key("不予公开"), key, &end) == 0);
  CHECK(end == gk::label_key("三不予公开").size());
  CHECK(gk::substring_distance(gk::label_key("行政复议"), gk::label_key("行政诉讼")) == 2);
  CHECK(gk::substring_distance(U"", key, &end) == 0);
  CHECK(gk::substring_distance(U"abc", U"", &end) == 3);
  CHECK(end == 0);
}
