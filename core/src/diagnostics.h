// Adding diagnostics, and the few text helpers their messages share.
#pragma once

#include <string>

#include "gkcheck/result.h"

namespace gk {

// Adds a diagnostic and returns it for the caller to complete. Past
// kMaxDiagnosticsPerRule of one rule it is only counted (the reference is to
// a scratch diagnostic); add_omitted_summaries then says how many were not listed.
inline constexpr std::size_t kMaxDiagnosticsPerRule = 1000;
Diagnostic& add_diagnostic(Result& r, const char* rule, Severity severity, std::string message, Span span);

// One diagnostic per capped rule: "另有 N 处同类问题未逐一列出", at the first one not listed.
void add_omitted_summaries(Result& r);

// Forgets the counts of the rules starting with `prefix` (their diagnostics were removed).
void forget_rule_counts(Result& r, const char* prefix);

// 41 → "41", 1158.4432 → "1158.4432".
std::string format_number(double v);

// Replaces every "{name}" in a message template.
std::string fill(std::string tmpl, const char* name, const std::string& value);

}  // namespace gk
