// Last year's report against this year's (YEAR.*): this year's 二、上年结转
// must equal last year's 四、结转下年度继续办理, column by column (error), and
// last year's 现行有效件数 + this year's 本年制发 − 本年废止 should give this
// year's 现行有效件数 (warning). Last year's text is read with the same
// reader (read_report); its places are named by line in the messages, since
// spans of another text cannot stand in `related`.
#pragma once

#include "document.h"
#include "gkcheck/check.h"

namespace gk {

void check_previous_year(const Document& doc, const FormatSpec& format, const Options& options, Result& result);

}  // namespace gk
