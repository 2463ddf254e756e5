// libFuzzer harness on the cell splitter alone (cells.cpp split_line and
// classify_cell): every line of the normalised input cut into cells. It stops
// on a broken promise: a cell span outside its line or overlapping the one
// before, or a number that is not finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "cells.h"
#include "normalize.h"

namespace {

[[noreturn]] void broken(const char* why) {
  std::fprintf(stderr, "gkcheck fuzz (cells): broken promise: %s\n", why);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const gk::NormalizedText n = gk::normalize(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string& t = n.text;
  std::uint32_t b = 0;
  const auto len = static_cast<std::uint32_t>(t.size());
  while (b <= len) {
    std::uint32_t e = b;
    while (e < len && t[e] != '\n') ++e;
    const gk::SplitLine s = gk::split_line(t, b, e);
    std::uint32_t prev = b;
    for (const gk::RawCell& c : s.cells) {
      if (c.span.begin < b || c.span.end > e || c.span.begin > c.span.end) broken("a cell span outside its line");
      if (c.span.begin < prev) broken("cells out of order or overlapping");
      prev = c.span.end;
      if (c.type == gk::CellType::Number && !std::isfinite(c.value)) broken("a number that is not finite");
    }
    (void)gk::page_number_line(std::string_view(t).substr(b, e - b));
    b = e + 1;
  }
  return 0;
}
