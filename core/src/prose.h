// The numeric facts the prose of a report states (preamble, sections 一, 五
// and 六: every line outside the tables), and their comparison with the
// tables (TEXT.*). A small hand-written scanner: the text is cut into
// sentences and clauses, each clause into tokens from a word table (topics,
// verbs, negations, scope words) and numbers; a fact is a verb (or a topic
// that counts, like 行政复议) followed in its clause by a counted number, or
// a negation followed by a topic (未收到…申请). Linear in the text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "document.h"
#include "prose_numbers.h"

namespace gk {

enum class FactKind : unsigned char {
  Received,    // 收到/受理 … 申请 N 件; 未收到申请
  Handled,     // 办结 … N 件
  Issued,      // 制发/印发 规范性文件 N 件
  Repealed,    // 废止 N 件
  InForce,     // 现行有效 N 件
  Review,      // 行政复议 N 件; 未发生行政复议
  Litigation,  // 行政诉讼 N 件; 未发生行政诉讼
  Licensing,   // 行政许可 N 件
  Punishment,  // 行政处罚 N 件
  Coercion,    // 行政强制 N 件
  FeeNone,     // 未收取信息处理费
  FeeCharged,  // 收取信息处理费 N 元
};

struct ProseFact {
  FactKind kind = FactKind::Received;
  double value = 0;            // 0 for a statement that there were none
  Approx approx = Approx::Exact;
  bool none = false;           // 未收到 / 未发生: there were none
  bool natural_person = false; // Received: the sentence speaks of 自然人 only
  std::string scope;           // a wider scope the sentence names (全县, 各部门 …), or empty
  std::string quote;           // the words, as the report writes them (without spaces)
  Span span;                   // the words, in the normalised text
};

// The facts of the prose, in text order. `year`: the report year; a clause
// naming another year (2023年) states no fact of this report.
std::vector<ProseFact> prose_facts(const Document& doc, std::optional<int> year);

// TEXT.*: each fact the tables contradict is a warning.
void check_prose(const Document& doc, const FormatSpec& format, Result& result);

}  // namespace gk
