// The JSON writer (core/src/json_writer.h) writes what nlohmann's dump of the
// same tree writes, byte for byte: each string, of any bytes, and the whole
// result of every rule fixture and seed (a result parsed and dumped again by
// nlohmann is the same text).
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "gkcheck/check.h"
#include "json_writer.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace {

std::string nlohmann_dump(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written(const std::string& s) { return gk::JsonWriter().string(s).take(); }

}  // namespace

TEST_CASE("json writer: a string is written as nlohmann writes it, whatever its bytes", "[json]") {
  const std::vector<std::string> cases = {
      "", "plain", "表三「（七）总计」", "\"quoted\"", "back\\slash", "tab\tnew\nline\r", std::string("nul\0x", 5),
      "\x1f\x7f", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98\x80", "\xe4\xb8",
      "\xff", "a\x80" "b", "\xc2\xa0", "\xef\xbf\xbd", "\xf5\x80\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf"};
  for (const std::string& s : cases) {
    INFO(nlohmann_dump(s));
    CHECK(written(s) == nlohmann_dump(s));
  }
  // Random strings, their bytes mostly UTF-8 lead and continuation bytes.
  std::uint64_t x = 88172645463325252ULL;
  auto next = [&] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  const unsigned char pool[] = {'a', '"', '\\', 0x01, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc1, 0xc2, 0xdf,
                                0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf3, 0xf4, 0xf5, 0xff};
  int differ = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    const std::size_t len = next() % 8;
    for (std::size_t i = 0; i < len; ++i) s += static_cast<char>(pool[next() % sizeof pool]);
    if (written(s) != nlohmann_dump(s)) ++differ;
  }
  CHECK(differ == 0);
}

TEST_CASE("json writer: every fixture's result is the text nlohmann would write", "[json]") {
  int files = 0;
  for (const char* sub : {"rules", "seeds"})
    for (const auto& e : fs::recursive_directory_iterator(fs::path(GKCHECK_FIXTURES_DIR) / sub)) {
      if (e.path().extension() != ".txt") continue;
      ++files;
      const std::string json = gk::check_json(gktest::read_file(e.path().string()));
      INFO(e.path().string());
      CHECK(nlohmann::ordered_json::parse(json).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) ==
            json);
    }
  CHECK(files > 50);
}
