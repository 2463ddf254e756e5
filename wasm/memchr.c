// memchr for the wasm build, in place of Emscripten's (musl's). The core looks for UTF-8 words
// with std::string_view::find, which calls memchr for every candidate first byte: many calls that
// each scan a few bytes, where musl's version pays for its alignment prologue every time. This
// one checks the first 8 bytes one by one, then 8 at a time (unaligned 64-bit loads are fine in
// WebAssembly). Same contract as the C standard's memchr. Compiled with -fno-builtin so that the
// compiler cannot turn the loops back into a call to memchr.
#include <stddef.h>
#include <stdint.h>

void *memchr(const void *src, int c, size_t n) {
  const unsigned char *s = (const unsigned char *)src;
  const unsigned char ch = (unsigned char)c;
  size_t i = 0;
  for (; i < n && i < 8; ++i)
    if (s[i] == ch) return (void *)(s + i);
  if (i < n) {
    const uint64_t ones = 0x0101010101010101ull;
    const uint64_t highs = 0x8080808080808080ull;
    const uint64_t pattern = ones * ch;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      __builtin_memcpy(&w, s + i, 8);
      w ^= pattern;  // a zero byte where s has ch
      if ((w - ones) & ~w & highs) break;
    }
    for (; i < n; ++i)
      if (s[i] == ch) return (void *)(s + i);
  }
  return NULL;
}
