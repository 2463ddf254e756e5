// Adding diagnostics, and the few text helpers their messages share.
#pragma once

#include <initializer_list>
#include <string>

#include "gkcheck/result.h"
#include "gkcheck/rules.h"
#include "messages.h"

namespace gk {

// Past kMaxDiagnosticsPerRule of one rule a diagnostic is only counted (the
// adders return a scratch diagnostic for the caller to complete);
// add_omitted_summaries then says how many were not listed.
inline constexpr std::size_t kMaxDiagnosticsPerRule = 1000;

// A named argument of a message template: {"row", "（一）予以公开"} fills {row}.
struct Arg {
  const char* name;
  std::string value;
};

// A template of messages.h with its placeholders filled. Throws
// std::logic_error when a placeholder has no argument or an argument no
// placeholder (a mistake of the code, caught by the tests).
std::string phrase(const char* tmpl, std::initializer_list<Arg> args);

// A diagnostic of the rule (id and severity from its record), not yet added.
Diagnostic make_diagnostic(Rule rule, std::string message, Span span);

// The rule's diagnostic: its id and severity from the rule's record, its
// message the template filled.
Diagnostic& report(Result& r, Rule rule, const char* tmpl, std::initializer_list<Arg> args, Span span);

// The rule's diagnostic with a message already composed (the balance rules,
// whose templates are format data).
Diagnostic& add_diagnostic(Result& r, Rule rule, std::string message, Span span);

// One diagnostic per capped rule: "另有 N 处同类问题未逐一列出", at the first one not listed.
void add_omitted_summaries(Result& r);

// Forgets the counts of the rules starting with `prefix` (their diagnostics were removed).
void forget_rule_counts(Result& r, const char* prefix);

// 41 → "41", 1158.4432 → "1158.4432".
std::string format_number(double v);

// Replaces every "{name}" in a message template.
std::string fill(std::string tmpl, const char* name, const std::string& value);

}  // namespace gk
