// libFuzzer harness on the .docx reader (readers/: the zip's central directory,
// inflate with its caps, document.xml through pugixml, the table grid), then
// the core on the text read. Seeds: any .docx (tests/gen's gkgen --docx makes
// them). Besides crashes and sanitizer reports, it stops when a read that
// failed has no message, or one that succeeded has one.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "gkcheck/check.h"
#include "gkread/read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const gkread::Read r = gkread::read_docx(std::string_view(reinterpret_cast<const char*>(data), size));
  if (r.ok == !r.error.empty()) {
    std::fprintf(stderr, "gkread fuzz: ok=%d with error \"%s\"\n", r.ok, r.error.c_str());
    std::abort();
  }
  if (r.ok) (void)gk::check(r.text);
  return 0;
}
