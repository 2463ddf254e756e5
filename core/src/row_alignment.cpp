#include "row_alignment.h"

#include <algorithm>
#include <limits>

namespace gk {

namespace {

// The costs of the alignment: a reading that needs fewer (and cheaper)
// exceptions is the better one. Labels weigh most, then the format's order.
constexpr double kUnknown = 3.0;     // a piece that is no row of the format
constexpr double kSkip = 1.0;        // a format row left without a piece
constexpr double kUnlabelled = 0.6;  // a piece without a label, placed by the order
constexpr double kMismatch = 2.0;    // a piece whose label names no row of its place
constexpr double kUnnamed = 0.3;     // ... placed by the order at a row whose label is nowhere in the table
constexpr double kWidth = 1.5;       // a piece with more or fewer values than its row
// A piece that repeats a row already read: dearer than an unlabelled piece
// and a repeat together cost less than an unknown piece, so that numbers
// without a label are not put in a row only for its labelled piece to become
// a repeat.
constexpr double kDuplicate = 2.5;
constexpr double kDuplicateFit = 0.3;  // how well a repeated row's label must fit
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kMaxPiecesPerRow = 40;

struct Step {
  int prev = -1;  // the state (next free row) before the piece
  Placement placement;
};

// The label's cost of placing the piece at [s, s + rows): its fit to the
// first or the last row of the range (a PDF block's label is often its last
// row's), or the cost of no label / a label of another row.
double label_cost(const PieceScores& p, int s, const std::vector<bool>& named, bool* by_label) {
  *by_label = false;
  const double unnamed = named[static_cast<std::size_t>(s)] ? 0 : kUnnamed;
  if (p.unlabelled) return kUnlabelled + unnamed;
  double best = -1;
  for (int r : {s, s + static_cast<int>(p.rows) - 1})
    if (p.fit[static_cast<std::size_t>(r)] >= 0 && (best < 0 || p.fit[static_cast<std::size_t>(r)] < best))
      best = p.fit[static_cast<std::size_t>(r)];
  // A fit worse than no fit at all (a row's name far back in a long label)
  // counts as none.
  if (best < 0 || best >= kMismatch) return kMismatch + unnamed;
  *by_label = true;
  return best;
}

double width_cost(const PieceScores& p, int s, const std::vector<std::size_t>& widths) {
  if (p.values == 0) return 0;
  for (std::size_t r = 0; r < p.rows; ++r)
    if (widths[static_cast<std::size_t>(s) + r] != p.values) return kWidth;
  return 0;
}

struct Grid {
  const std::vector<std::size_t>& widths;
  const std::vector<bool>& named;
};

double place_cost(const PieceScores& p, int s, const Grid& g, bool* by_label) {
  return label_cost(p, s, g.named, by_label) + width_cost(p, s, g.widths);
}

// The row before `next` that a one-row piece repeats, by its label (-1 if
// none) is the fold of this over rows [0, next) from *best = -1: row r if
// its label fits well enough and better than the best so far.
void fold_repeated_row(const PieceScores& p, int r, int* best, double* fit) {
  const double f = p.fit[static_cast<std::size_t>(r)];
  if (f >= 0 && f <= kDuplicateFit && (*best < 0 || f < *fit)) {
    *best = r;
    *fit = f;
  }
}

// A piece placed by the order alone, with free rows beside it that it could
// equally be: the order does not tell which row it is.
void mark_ambiguous(std::vector<Placement>& out, const std::vector<PieceScores>& pieces, const Grid& g) {
  const int n = static_cast<int>(g.widths.size());
  std::vector<Placement> placed = out;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const Placement& pl = placed[i];
    if (pl.kind != Placement::Kind::Row || pl.by_label) continue;
    int lower = 0, upper = n;
    for (std::size_t j = i; j-- > 0;)
      if (placed[j].kind == Placement::Kind::Row) { lower = placed[j].first + placed[j].count; break; }
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      if (placed[j].kind == Placement::Kind::Row) { upper = placed[j].first; break; }
    bool unused;
    const double here = place_cost(pieces[i], pl.first, g, &unused);
    for (int s = lower; s + pl.count <= upper; ++s) {
      if (s == pl.first) continue;
      bool by_label;
      if (place_cost(pieces[i], s, g, &by_label) <= here + 1e-9) {
        out[i].kind = Placement::Kind::Ambiguous;
        out[i].first = lower;
        out[i].count = upper - lower;
        break;
      }
    }
  }
}

}  // namespace

std::vector<Placement> align_rows(const std::vector<PieceScores>& pieces, const std::vector<std::size_t>& widths,
                                  const std::vector<bool>& named) {
  const Grid g{widths, named};
  const int n = static_cast<int>(widths.size());
  // Far more pieces than rows is no table any more (text that only looks
  // like one): the alignment's memory is pieces x rows, so pieces past a
  // bound are unknown without being aligned.
  const std::size_t bound = kMaxPiecesPerRow * (widths.size() + 1);
  const std::size_t m = std::min(pieces.size(), bound);
  // cost[i * w + j]: the cheapest reading of pieces [0, i) that leaves rows
  // [j, n) free (one array: a row of it per piece was an allocation each).
  const std::size_t w = static_cast<std::size_t>(n) + 1;
  std::vector<double> cost((m + 1) * w, kInf);
  std::vector<Step> step((m + 1) * w);
  cost[0] = 0;
  auto relax = [&](std::size_t i, int j, double c, int prev, const Placement& pl) {
    const std::size_t at = i * w + static_cast<std::size_t>(j);
    if (c < cost[at]) {
      cost[at] = c;
      step[at] = {prev, pl};
    }
  };
  // The cost of placing the piece at row s, whatever row it comes after:
  // worked out once per piece and row, not once per state.
  std::vector<double> here(w);
  std::vector<char> here_by_label(w);
  for (std::size_t i = 0; i < m; ++i) {
    const PieceScores& p = pieces[i];
    const int k = static_cast<int>(p.rows);
    for (int s = 0; s + k <= n; ++s) {
      bool by_label;
      here[static_cast<std::size_t>(s)] = place_cost(p, s, g, &by_label);
      here_by_label[static_cast<std::size_t>(s)] = by_label;
    }
    // The row before j that the piece repeats, carried from one j to the
    // next (a scan of rows [0, j) per j was a tenth of the alignment).
    int rep_row = -1;
    double rep_fit = 0;
    for (int j = 0; j <= n; ++j) {
      if (k == 1 && j > 0) fold_repeated_row(p, j - 1, &rep_row, &rep_fit);
      const double base = cost[i * w + static_cast<std::size_t>(j)];
      if (base == kInf) continue;
      relax(i + 1, j, base + kUnknown, j, Placement{});
      const double fit = rep_row >= 0 ? rep_fit : 0;
      // A repeat is as wide as the row it repeats (a row of the next table
      // whose label ends in 总计 is none).
      int rep = k == 1 ? rep_row : -1;
      if (rep >= 0 && p.values != 0 && p.values != widths[static_cast<std::size_t>(rep)]) rep = -1;
      if (rep >= 0) relax(i + 1, j, base + kDuplicate + fit, j, Placement{Placement::Kind::Duplicate, rep, 1, true});
      for (int s = j; s + k <= n; ++s) {
        const double c = base + kSkip * (s - j) + here[static_cast<std::size_t>(s)];
        relax(i + 1, s + k, c, j, Placement{Placement::Kind::Row, s, k, here_by_label[static_cast<std::size_t>(s)] != 0});
      }
    }
  }
  int end = 0;
  double best = kInf;
  for (int j = 0; j <= n; ++j) {
    const double c = cost[m * w + static_cast<std::size_t>(j)] + kSkip * (n - j);
    if (c < best) { best = c; end = j; }
  }
  std::vector<Placement> out(pieces.size());  // past m: Unknown
  for (std::size_t i = m; i-- > 0;) {
    const Step& st = step[(i + 1) * w + static_cast<std::size_t>(end)];
    out[i] = st.placement;
    end = st.prev;
  }
  mark_ambiguous(out, pieces, g);
  return out;
}

}  // namespace gk
