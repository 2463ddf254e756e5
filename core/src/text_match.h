// Tolerant matching of labels and titles: a "key" is the text with spaces,
// punctuation and Markdown marks removed; distances are edit distances in
// characters.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

// Letters, digits and ideographs only.
std::u32string label_key(std::string_view text);

// Smallest edit distance between `pattern` and any substring of `text`. With
// `end`: where the best match ends in `text` (the last such place).
int substring_distance(std::u32string_view pattern, std::u32string_view text, std::size_t* end = nullptr);

// The characters a text holds, as a set of 256 bits indexed by each
// character's low byte: a character whose bit is clear is not in the text
// (a set bit may be another character's).
class CharSet {
 public:
  explicit CharSet(std::u32string_view text) {
    for (char32_t c : text) bits_[(c >> 6) & 3] |= std::uint64_t{1} << (c & 63);
  }
  bool may_hold(char32_t c) const { return (bits_[(c >> 6) & 3] >> (c & 63)) & 1; }

 private:
  std::uint64_t bits_[4] = {0, 0, 0, 0};
};

// A lower bound of substring_distance(pattern, text), cheap beside it: the
// characters of `pattern` that `text` cannot hold (each needs its own edit).
int missing_characters(std::u32string_view pattern, const CharSet& text);

// Edit distance between a and b.
int edit_distance(std::u32string_view a, std::u32string_view b);

// How many edits a label of this length may carry and still be recognised.
int allowed_edits(std::size_t pattern_length);

// Whether `key` is made only of `words`, one after another (each any
// number of times): a table's header words, as a PDF copy leaves them among
// a row's numbers. False for an empty key.
bool made_of_words(std::u32string_view key, const std::vector<std::u32string>& words);

// Strips Markdown heading/emphasis/quote marks and spaces from both ends.
std::string_view strip_marks(std::string_view s);

// Trims ASCII spaces and tabs from both ends.
std::string_view trim(std::string_view s);

}  // namespace gk
