// Adding diagnostics, and the few text helpers their messages share.
#pragma once

#include <string>

#include "gkcheck/result.h"

namespace gk {

Diagnostic& add_diagnostic(Result& r, const char* rule, Severity severity, std::string message, Span span);

// 41 → "41", 1158.4432 → "1158.4432".
std::string format_number(double v);

// Replaces every "{name}" in a message template.
std::string fill(std::string tmpl, const char* name, const std::string& value);

}  // namespace gk
