// Reading the command line's inputs: a file, standard input ("-"), a FIFO or
// a device, always streamed against the size limit, so nothing is read past
// it (an endless stdin, /dev/zero or /dev/urandom stop there with
// INPUT.TOO_LARGE). A read error is a reason in Chinese, never an exception.
// A FIFO, device or socket named on the command line that gives no data for
// `wait_seconds` is given up with a reason (a FIFO with no writer does not
// hang the batch); standard input waits as long as it takes, as Unix tools do.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gkcli {

struct Input {
  enum class Kind { Ok, TooLarge, Unreadable };
  Kind kind = Kind::Ok;
  std::string bytes;          // Ok: the whole input
  std::uintmax_t size = 0;    // TooLarge: the size, or (at_least) the bytes read before stopping
  bool at_least = false;      // TooLarge from a stream whose end was never reached
  std::string why;            // Unreadable: the reason, in Chinese
};

// How long a FIFO, device or socket may stay silent before it is given up
// (GKCHECK_WAIT_SECONDS in the environment overrides; 0 or more).
inline constexpr int kDefaultWaitSeconds = 30;
int wait_seconds_from_env();

// Reads `path` ("-": standard input) up to max_bytes bytes; one byte more
// makes it TooLarge (the bytes read are dropped at once).
Input read_input(const std::string& path, std::size_t max_bytes, int wait_seconds);

// A binary file (NUL bytes in its first 8 KiB) or a UTF-16 text is not a
// report to check: says why.
bool looks_binary(std::string_view text, std::string* why);

}  // namespace gkcli
