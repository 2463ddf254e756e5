// Unicode normalisation (NFKC, per character) with a map from every position
// of the normalised text back to the text the user gave. Also folds line
// breaks (CRLF, CR, VT, FF, U+2028/9 → LF) and drops zero-width characters.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

class OffsetMap {
 public:
  // Original byte offset of normalised offset n. An end offset maps to the
  // end of the original character it closes.
  std::uint32_t to_original(std::uint32_t n, bool is_end) const;

  // Building (used by normalize()).
  void identity(std::uint32_t norm, std::uint32_t orig, std::uint32_t len);
  void replaced(std::uint32_t norm, std::uint32_t norm_len, std::uint32_t orig, std::uint32_t orig_len);
  // One invalid byte at orig, written as U+FFFD (3 bytes) at norm. A run of
  // them is one piece, so that a text full of invalid bytes keeps a small map.
  void invalid_byte(std::uint32_t norm, std::uint32_t orig);
  std::size_t pieces() const { return pieces_.size(); }

 private:
  enum class Kind : std::uint8_t {
    Same,      // bytes map one to one
    Replaced,  // the piece maps as a whole
    Invalid,   // each original byte became the 3 bytes of U+FFFD
  };
  struct Piece {
    std::uint32_t norm;      // start in the normalised text
    std::uint32_t norm_len;
    std::uint32_t orig;      // start in the original text
    std::uint32_t orig_len;
    Kind kind;
  };
  std::vector<Piece> pieces_;
};

struct NormalizedText {
  std::string text;  // normalised UTF-8, lines separated by '\n' only
  OffsetMap map;
  std::uint32_t invalid_utf8 = 0;        // how many invalid sequences were replaced
  std::uint32_t first_invalid_offset = 0;  // original byte offset of the first
  std::uint32_t first_invalid_norm = 0;    // its offset in the normalised text
};

NormalizedText normalize(std::string_view original);

}  // namespace gk
