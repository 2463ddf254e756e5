// Page numbers that a PDF copy leaves among a table's rows as bare numbers.
#pragma once

#include <vector>

#include "document.h"

namespace gk {

// The lines of the document that hold a bare page number: lone numbers right
// before pdftotext's page breaks (form feeds), 1 (or 2), 2, 3 … in order.
// None in a document whose footers are written out (- 3 -, 第 3 页).
std::vector<bool> bare_page_numbers(const Document& doc);

}  // namespace gk
