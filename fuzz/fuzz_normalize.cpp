// libFuzzer harness on the first stage alone, the normaliser (normalize.cpp):
// NFKC per character, line breaks folded, invalid UTF-8 replaced, and the
// offset map back to the original. Fast (no reading of tables), so bytes of
// every kind get many more executions than the whole check can give them.
// It stops on a broken promise: output that is not valid UTF-8, a CR or other
// line break left in it, an offset that maps outside the original or backwards.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz_support.h"
#include "normalize.h"

namespace {

[[noreturn]] void broken(const char* why) {
  std::fprintf(stderr, "gkcheck fuzz (normalize): broken promise: %s\n", why);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view original(reinterpret_cast<const char*>(data), size);
  const gk::NormalizedText n = gk::normalize(original);
  if (!gkfuzz::valid_utf8(n.text)) broken("normalised text that is not valid UTF-8");
  if (n.text.find('\r') != std::string::npos) broken("a CR left in the normalised text");
  if (n.invalid_utf8 > 0 && n.first_invalid_offset >= size) broken("the first invalid byte past the end");
  std::uint32_t last = 0;
  const auto len = static_cast<std::uint32_t>(n.text.size());
  for (std::uint32_t i = 0; i <= len; ++i) {
    const std::uint32_t b = n.map.to_original(i, false);
    if (b > size) broken("a normalised offset maps past the end of the original");
    if (b < last) broken("the offset map goes backwards");
    last = b;
    if (i > 0 && n.map.to_original(i, true) > size) broken("an end offset maps past the end of the original");
  }
  return 0;
}
