// Running the command line from the tests: a scratch folder per test case,
// and gkcheck run with quoted arguments, its exit code and both outputs.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "test_support.h"

namespace gktest {

struct Run {
  int code = -1;
  std::string out, err;
};

// A folder of its own, removed at the end of the test case.
struct Scratch {
  std::filesystem::path dir;
  Scratch() {
    static int n = 0;
    dir = std::filesystem::temp_directory_path() /
          ("gkcheck-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  std::string write(const std::string& rel, const std::string& content) const {
    const std::filesystem::path p = dir / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  std::string path(const std::string& rel) const { return (dir / rel).string(); }
};

// A shell word: 'it' with its quotes escaped.
inline std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs gkcheck (GKCHECK_CLI) with the arguments, standard input from a file
// if given (else /dev/null); collects the exit code and both outputs.
inline Run gkcheck(const std::vector<std::string>& args, const Scratch& s, const std::string& stdin_file = "") {
  std::string cmd = quote(GKCHECK_CLI);
  for (const auto& a : args) cmd += " " + quote(a);
  const std::string out = s.path("stdout"), err = s.path("stderr");
  cmd += " <" + quote(stdin_file.empty() ? "/dev/null" : stdin_file) + " >" + quote(out) + " 2>" + quote(err);
  const int status = std::system(cmd.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

}  // namespace gktest
