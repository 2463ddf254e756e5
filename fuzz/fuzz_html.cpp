// libFuzzer harness on the command line's file dispatch: bytes sniffed and
// read as the CLI reads a file (gkread::read_any: HTML through gumbo with the
// page converter's rules, GB18030 fallback, .docx, PDF through poppler — poppler
// itself is not instrumented), then checked by the core.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "gkcheck/check.h"
#include "gkread/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const gkread::Read r = gkread::read_any(bytes, "input.html");
  if (r.ok == !r.error.empty()) std::abort();
  if (r.ok) (void)gk::check(r.text);
  return 0;
}
