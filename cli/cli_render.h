// Compiler-style text output of a result: file:line:col: 错误: [RULE] message,
// the source line, and a caret line under the offending characters.
#pragma once

#include <string>
#include <string_view>

#include "gkcheck/result.h"

namespace gkcli {

std::string render_text(std::string_view file_name, std::string_view text, const gk::Result& result);

}  // namespace gkcli
