// The normaliser and its offset map: every normalised position maps back to
// the characters the user pasted.
#include <catch2/catch.hpp>

#include "document.h"
#include "normalize.h"
#include "source_index.h"

using gk::normalize;

TEST_CASE("full-width digits and punctuation fold to ASCII, positions map back", "[normalize]") {
  const std::string orig = "（一）予以公开\t１２\t３";
  auto n = normalize(orig);
  CHECK(n.text == "(一)予以公开\t12\t3");
  // "12" in the normalised text ↔ "１２" (6 bytes) in the original.
  const auto p = n.text.find("12");
  const auto ob = n.map.to_original(static_cast<std::uint32_t>(p), false);
  const auto oe = n.map.to_original(static_cast<std::uint32_t>(p + 2), true);
  CHECK(orig.substr(ob, oe - ob) == "１２");
}

TEST_CASE("Kangxi radicals and compatibility ideographs become the usual characters", "[normalize]") {
  // ⼀ U+2F00 (KANGXI RADICAL ONE), ⼈ U+2F08, 豈 U+F900 (compatibility).
  auto n = normalize("第⼆⼗条第（⼀）项 ⼈ 豈");
  CHECK(n.text == "第二十条第(一)项 人 豈");
  CHECK(n.invalid_utf8 == 0);
}

TEST_CASE("ideographic and no-break spaces become spaces — zero-width characters go", "[normalize]") {
  auto n = normalize("规章\u3000 0\u00a00\u200b0\ufeff");
  CHECK(n.text == "规章  0 00");
}

TEST_CASE("CRLF, CR and Word's vertical tab become LF — the map skips the CR", "[normalize]") {
  const std::string orig = "一\r\n二\r三\v四";
  auto n = normalize(orig);
  CHECK(n.text == "一\n二\n三\n四");
  const auto p = n.text.find("二");
  CHECK(orig.substr(n.map.to_original(static_cast<std::uint32_t>(p), false), 3) == "二");
  const auto q = n.text.find("四");
  CHECK(orig.substr(n.map.to_original(static_cast<std::uint32_t>(q), false), 3) == "四");
}

TEST_CASE("invalid UTF-8 is replaced, counted and located, never fatal", "[normalize]") {
  const std::string orig = std::string("规章") + "\xff\xfe" + "0" + "\xe4\xb8";  // truncated 中
  auto n = normalize(orig);
  CHECK(n.invalid_utf8 == 4);
  CHECK(n.first_invalid_offset == 6);
  CHECK(n.text == "规章\xEF\xBF\xBD\xEF\xBF\xBD" "0\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(n.map.to_original(n.first_invalid_norm, false) == 6);
}

TEST_CASE("locations count lines and characters, offsets count UTF-16 units", "[normalize]") {
  const std::string orig = "第一行\r\n😀行二 12";
  gk::SourceIndex idx(orig);
  const auto b = static_cast<std::uint32_t>(orig.find("12"));
  auto loc = idx.locate(b, b + 2);
  CHECK(loc.line == 2);
  CHECK(loc.column == 5);          // 😀 行 二 space → "12" is the 5th character
  CHECK(loc.offset == 3 + 2 + 5);  // 第一行 + CRLF + 😀(2 units) 行二 space
  CHECK(loc.length == 2);
}

TEST_CASE("the map of a long identity run stays compact", "[normalize]") {
  std::string orig;
  for (int i = 0; i < 10000; ++i) orig += "政府信息公开 123\n";
  auto n = normalize(orig);
  CHECK(n.text == orig);
  CHECK(n.map.pieces() == 1);
}
