// The content of one report before it is rendered: numbers (the truth) and
// prose blocks that agree with them.
#pragma once

#include <string>
#include <vector>

#include "gkgen/gen.h"
#include "text_util.h"

namespace gkgen {

// In prose, '\x01' marks where a number meets Chinese text: a renderer puts a
// space there or not ("信息 4029 条" / "信息4029条").
inline constexpr char kNumGap = '\x01';

enum class BlockKind { Title, Preamble, Heading, Part, Para, Table, Footer };

struct Block {
  BlockKind kind = BlockKind::Para;
  int section = 0;           // Heading: 1..6
  std::string text;          // Title: agency; Heading: title; Part: body; Para/Preamble/Footer: text
  std::string title2;        // Title: "2024 年政府信息公开工作年度报告"
  std::string part_enum;     // Part: "一" …
  std::string part_title;    // Part: "主动公开" …
  gk::TableId table = gk::TableId::Active;
};

struct Model {
  Truth truth;
  std::vector<Block> blocks;
};

Model make_model(std::uint64_t seed);

// Changes one number of table 三 or 四 to another non-negative value.
Mutation mutate(Truth& truth, Rng& rng);

// Indices into format_2021()'s tables by key (throws when absent).
int row_of(gk::TableId t, const char* key);
int col_of(gk::TableId t, int row, const char* key);

const char* cn_numeral(int n);  // 1 → 一 … 10 → 十

}  // namespace gkgen
