// gkjudge: the property tests' judge (judge.h) as a command, for tests outside C++ (the browser
// tests reading generated PDFs and .docx files back as files, tests/browser/readback-files.mjs).
//
//   gkjudge TRUTH.json RESULT.json     (RESULT: gkcheck --json of one report; "-" reads stdin)
//
// Prints one JSON object: {"outcome": "exact" | "honest" | "wrong but flagged" |
// "unread undeclared" | "SILENT WRONG", "cells", "exact", "unread_declared", "unread_undeclared",
// "wrong_flagged", "wrong_silent", "has_error", "verdict", "detail"}. Exit 0; 2 on bad input.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "judge.h"

namespace {
bool slurp(const std::string& path, std::string& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  return true;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gkjudge TRUTH.json RESULT.json\n";
    return 2;
  }
  std::string t, r;
  if (!slurp(argv[1], t) || !slurp(argv[2], r)) {
    std::cerr << "gkjudge: cannot read " << (t.empty() ? argv[1] : argv[2]) << "\n";
    return 2;
  }
  nlohmann::json truth = nlohmann::json::parse(t, nullptr, false);
  nlohmann::json result = nlohmann::json::parse(r, nullptr, false);
  if (truth.is_discarded() || result.is_discarded()) {
    std::cerr << "gkjudge: not JSON\n";
    return 2;
  }
  const gkprop::Judgement j = gkprop::judge(result, truth);
  nlohmann::json out = {{"outcome", gkprop::outcome_name(j.outcome)}, {"cells", j.cells}, {"exact", j.exact},
                        {"unread_declared", j.unread_declared}, {"unread_undeclared", j.unread_undeclared},
                        {"wrong_flagged", j.wrong_flagged}, {"wrong_silent", j.wrong_silent},
                        {"has_error", j.has_error}, {"verdict", j.verdict}, {"detail", j.detail}};
  std::cout << out.dump() << "\n";
  return 0;
}
