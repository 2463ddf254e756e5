// gkgen: prints one generated report, or its truth as JSON.
//   gkgen --seed N --layout tab|pipe|markdown|pdf|html|print|mdconv|nosep [--mutate] [--truth] [--docx|--docx-stored]
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "docx_writer.h"
#include "gkgen/gen.h"

namespace {

int usage() {
  std::cerr << "usage: gkgen --seed N --layout tab|pipe|markdown|pdf|html|print|mdconv|nosep [--mutate] [--truth]\n"
               "  --mutate  change one number of table 三 or 四 (the report no longer balances)\n"
               "  --truth   print the report's numbers as JSON instead of its text\n"
               "  --docx    print the text as a .docx file (tables as Word tables; use --layout tab)\n"
               "  --docx-stored  the same, its zip entries not compressed (the fuzzer's seeds)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t seed = 0;
  bool have_seed = false, truth = false, docx = false, stored = false;
  gkgen::Layout layout = gkgen::Layout::Tab;
  gkgen::GenOptions opt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--seed" && i + 1 < argc) {
      char* end = nullptr;
      seed = std::strtoull(argv[++i], &end, 10);
      if (!end || *end) return usage();
      have_seed = true;
    } else if (a == "--layout" && i + 1 < argc) {
      if (!gkgen::parse_layout(argv[++i], &layout)) return usage();
    } else if (a == "--mutate") {
      opt.mutate = true;
    } else if (a == "--truth") {
      truth = true;
    } else if (a == "--docx" || a == "--docx-stored") {
      docx = true;
      stored = a == "--docx-stored";
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else {
      return usage();
    }
  }
  if (!have_seed) return usage();
  gkgen::Report r = gkgen::generate(seed, layout, opt);
  if (truth) std::cout << gkgen::truth_json(r) << "\n";
  else if (docx) std::cout << gkgen::write_docx(r.text, seed, stored);
  else std::cout << r.text;
  return 0;
}
