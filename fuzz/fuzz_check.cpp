// libFuzzer harness on the core's entry points: gk::check and gk::to_json (gk::check_json is to_json(check())),
// with and without last year's report (fuzz_support.h cuts
// the input in two at a "=====PREVIOUS=====" line). Besides crashes, leaks
// and undefined behaviour (the build adds ASan and UBSan), it stops on a
// broken promise of json-output.md (see gkfuzz::broken_promise): a location
// outside the text, a message that is not valid UTF-8, invalid JSON.
// Its mutations are mostly structural (report_mutator.h: cells, rows,
// labels), the rest libFuzzer's own. Run it with scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz_support.h"
#define GKFUZZ_REPORT_MUTATOR
#include "report_mutator.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string why = gkfuzz::run(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!why.empty()) {
    std::fprintf(stderr, "gkcheck fuzz: broken promise: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
