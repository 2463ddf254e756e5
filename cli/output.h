// Writing the command line's results to standard output, checked: a full disk
// (/dev/full), a closed standard output or a pipe whose reader has gone is
// said in Chinese on standard error and makes the exit code 2, instead of a
// batch losing its output without a word.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace gkcli {

class Output {
 public:
  explicit Output(std::FILE* f) : f_(f) {}
  // Writes and flushes (so that a failure is known at once, for the file it
  // concerns). False once anything has failed; why() says what.
  bool write(std::string_view s);
  bool flush();
  bool failed() const { return failed_; }
  const std::string& why() const { return why_; }

 private:
  std::FILE* f_;
  bool failed_ = false;
  std::string why_;
  bool fail(int err);
};

// Before anything is read: is standard output open at all (`gkcheck f >&-`)?
// When it is closed, the first file opened would take its place.
bool stdout_is_open();

// The line for standard error when the output failed.
std::string output_failure_message(const std::string& why);

}  // namespace gkcli
