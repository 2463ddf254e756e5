// A format version that exists only in the tests (format_test_only.cpp): what adding a format
// takes, shown from outside core/.
#pragma once

#include "gkcheck/format.h"

namespace gktest {

// "2031", for report years 2031 on: the 2021 format with table 三's （二） row renamed
// (（二）部分予以公开) and one more result row, （六）其他处理 4.申请人撤回申请 (other.withdrawn).
const gk::FormatSpec& format_2031();

// The built-in registry with the 2031 format in front (pass it as gk::Options::formats).
const gk::Formats& formats_with_2031();

}  // namespace gktest
