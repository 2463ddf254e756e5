// Aligns the rows found in a pasted table (pieces: a label and the values of
// one row, or of k consecutive rows in a column-major PDF block) to the
// format's rows, with one scored alignment: labels are the strongest
// evidence, the format's order next, the row width next. A pure function of
// the scores, so that it can be tested on its own.
#pragma once

#include <cstddef>
#include <vector>

namespace gk {

// What the alignment knows about one piece.
struct PieceScores {
  std::size_t rows = 1;         // how many consecutive format rows it holds
  std::size_t values = 0;       // values per row (a block's rows all hold `values`); 0: fits any width
  bool unlabelled = false;      // no label text at all (or only an enumerator)
  // Per format row: how well the label fits it (0 exact; < 0 does not fit).
  std::vector<double> fit;
};

struct Placement {
  enum class Kind { Row, Unknown, Duplicate, Ambiguous };
  Kind kind = Kind::Unknown;
  int first = -1;          // Row/Ambiguous: the first format row; Duplicate: the row it repeats
  int count = 0;           // rows covered (Ambiguous: the rows it may be any of, from `first`)
  bool by_label = false;   // Row: its label names the row (else placed by the format's order)
};

// One placement per piece, in the pieces' order. `widths`: values per format
// row; `named`: per format row, whether its label stands somewhere in the
// table (a PDF copy gathers labels apart from their numbers), which makes a
// piece placed by the order alone likelier to be that row.
std::vector<Placement> align_rows(const std::vector<PieceScores>& pieces, const std::vector<std::size_t>& widths,
                                  const std::vector<bool>& named);

}  // namespace gk
