// What the review's parts share (review.cpp, review_prose.cpp,
// review_summary.cpp, review_output.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "gkcheck/review.h"

namespace gk {

// One report of the batch while it is reviewed: its text, normalised, and
// short notes for the entry's problems in words.
struct ReviewItem {
  std::string_view text;
  Document doc;
  bool doc_made = false;
  std::vector<std::string> notes;  // e.g. "第五部分 与上年重复 82%"
};

const Document& review_doc(ReviewItem& item);

// A diagnostic of the review on a report: located in its original text.
Diagnostic& add_review_diagnostic(ReviewItem& item, Result& r, Rule rule, std::string message, Span span,
                                  std::vector<Span> related = {});

// The key two reports of one agency share: the name without spaces and marks.
std::string unit_key(std::string_view agency);

// REVIEW.COPIED_PROSE on `now` for each prose section mostly repeated from `before`.
void check_copied_prose(ReviewItem& now, Result& now_result, ReviewItem& before, const Result& before_result,
                        const std::string& before_name);

// REVIEW.SUMMARY_* on the summary: each cell of tables 三 and 四 against the sum of the parts'.
void check_summary(ReviewItem& summary, Result& summary_result, const std::vector<const Result*>& parts,
                   const std::vector<std::string>& part_names);

}  // namespace gk
