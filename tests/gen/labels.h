// The labels as real reports print them, taken apart for the renderers: made
// from the format's printed label cells (gk::RowSpec::printed of
// gk::format_2021()), so a renamed row is renamed here too. The deliberate
// variants (typos, old names, split words) are made from these by render.cpp.
// Only what the format does not hold is written here: table 三's corner note
// and the articles heading table 二's blocks.
#pragma once

#include <string>
#include <vector>

namespace gkgen {

// Table 三: a row's label in the printed table's three label columns.
struct T3Label {
  const char* key;
  const char* top;        // 一、本年新收… / 三、本年度办理结果 (first result row) / 四、结转…; or nullptr
  const char* sub_enum;   // "一" … "七" for （一）…（七）; or nullptr
  const char* sub_text;   // 予以公开 / 不予公开 …
  int item;               // 1.. for numbered items, 0 otherwise
  const char* item_text;  // 属于国家秘密 …
};
const std::vector<T3Label>& t3_labels();  // in format order
const T3Label& t3_label(const std::string& key);
// The note over the label columns of table 三.
extern const char* const kT3Note;

// Table 二: the article headings of its blocks, with the row keys under each.
struct T2Block {
  const char* heading;  // 第二十条第（一）项
  std::vector<const char*> rows;
};
const std::vector<T2Block>& t2_blocks();

// Table 四: the group headings.
extern const char* const kReview;          // 行政复议
extern const char* const kLitigation;      // 行政诉讼
extern const char* const kLitDirect;       // 未经复议直接起诉
extern const char* const kLitAfterReview;  // 复议后起诉

}  // namespace gkgen
