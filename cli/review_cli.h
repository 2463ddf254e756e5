// The reviewer's batch on the command line (gkcheck DIR…): pairs of years,
// copied prose, a summary against its parts, the units with no report, CSV.
// cli_main.cpp hands it its options and, for a batch, the files.
#pragma once

#include <string>
#include <vector>

namespace gkcli {

struct ReviewCliOptions {
  bool explicit_review = false;  // an option below was given: always the review
  bool pair_years = true;        // --no-pair-years turns it off
  bool copy_check = true;        // --no-copy-check
  std::string summary;           // --summary FILE
  std::string csv;               // --csv OUT (OUT and OUT's .diagnostics.csv)
  std::string units;             // --units FILE: the units expected, one a line
};

// Takes a review option at argv[i] (advancing i past its value): 1 taken,
// 0 not a review option, -1 a bad use (the reason printed).
int review_option(int argc, char** argv, int& i, ReviewCliOptions& o);

// The usage lines of the review options.
extern const char* kReviewUsage;

// Whether the batch is reviewed: an option asked for it, or pairing is on
// and the files hold one agency's reports of two consecutive years.
bool review_wanted(const std::vector<std::string>& files, const ReviewCliOptions& o);

// Checks and reviews the files; prints the results (JSON Lines or text), the
// pairs, the missing units and the summary line; writes the CSV. Exit code.
int run_review(std::vector<std::string> files, const ReviewCliOptions& o, bool json, unsigned jobs);

}  // namespace gkcli
