// What the core works out from a format and would otherwise work out again for every report: the
// balance equations and each table's label keys. Made once per FormatSpec object, on first use
// (FormatSpec::derived_cache), and the same for every check that reads with that format.
#pragma once

#include <string>
#include <vector>

#include "balance.h"
#include "gkcheck/format.h"

namespace gk {

// A table's words as the reader matches them (label keys, text_match.h).
struct TableKeys {
  // The words of the column headings and every piece of them of two characters or more (a narrow
  // PDF column wraps 社会公益组织 as 社会 / 公益 / 组织), with the words that head groups of
  // columns. Sorted, each once.
  std::vector<std::u32string> header_words;
  // The header words and each heading's characters, each once, longest first (of two suffixes
  // of a key only the longer can be cut).
  std::vector<std::u32string> tail_words;
  // Per row: its match words as keys.
  std::vector<std::vector<std::u32string>> match_keys;
};

struct FormatDerived {
  std::vector<Equation> equations;  // every equation of every rule (balance.h)
  TableKeys tables[kTableCount];
};

// The format's derived data (made on the first call for this object).
const FormatDerived& derived(const FormatSpec& format);

// Made afresh (what derived() keeps).
FormatDerived derive(const FormatSpec& format);

}  // namespace gk
