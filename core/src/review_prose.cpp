// Copied prose (内容雷同): each prose section of this year's report against
// the prose of the same agency's report of the year before. Characters are
// compared as shingles (runs of kShingle characters; spaces and marks left
// out, digits folded so that a changed year or count still matches); a
// character is repeated when a shingle holding it is in last year's prose.
// A section of which more than half is repeated is a warning, with the share
// and the sentences repeated (evaluation indicators deduct above 50 %).
#include <algorithm>
#include <cstdint>
#include <unordered_set>

#include "diagnostics.h"
#include "review_internal.h"
#include "utf8.h"

namespace gk {

namespace {

constexpr std::size_t kShingle = 8;         // characters per shingle
constexpr std::size_t kMinSectionChars = 60;  // shorter sections are not judged
constexpr double kShareLimit = 0.5;          // above this, a warning
constexpr double kSentenceRepeated = 0.8;    // a sentence this much repeated is named

struct Sentence {
  Span span;                   // normalised bytes
  std::size_t first = 0, end = 0;  // its characters in Prose::chars
};

// The prose of one section: its significant characters (folded) and sentences.
struct Prose {
  int section = 0;
  Span heading;
  std::u32string chars;
  std::vector<Sentence> sentences;
};

bool is_mark(char32_t c) {
  if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000) return true;
  if (c < 0x80) return !((c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'));
  return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65) ||
         (c >= 0x2460 && c <= 0x24FF) || c == 0xFFFD;
}

// A line break does not end a sentence: a PDF copy wraps them.
bool ends_sentence(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?' || c == U';'; }

char32_t fold(char32_t c) {
  if (c >= U'0' && c <= U'9') return U'0';
  if (c >= U'A' && c <= U'Z') return c - U'A' + U'a';
  return c;
}

bool inside(Span s, std::uint32_t at) { return !s.empty() && at >= s.begin && at < s.end; }

// A table row or a line of numbers: not prose.
bool looks_like_numbers(const std::u32string& s) {
  std::size_t digits = 0;
  for (char32_t c : s) digits += c == U'0';
  return s.size() < 4 || digits * 10 >= s.size() * 3;
}

std::vector<Prose> prose_of(const Document& doc, const Result& r) {
  std::vector<SectionInfo> secs = r.sections;
  std::sort(secs.begin(), secs.end(), [](const SectionInfo& a, const SectionInfo& b) { return a.span.begin < b.span.begin; });
  const std::string_view text = doc.text();
  std::vector<Prose> out;
  for (std::size_t k = 0; k < secs.size(); ++k) {
    Prose p;
    p.section = secs[k].number;
    p.heading = secs[k].span;
    const std::uint32_t begin = std::min<std::uint32_t>(secs[k].span.end, static_cast<std::uint32_t>(text.size()));
    const std::uint32_t end = k + 1 < secs.size() ? std::min<std::uint32_t>(secs[k + 1].span.begin, static_cast<std::uint32_t>(text.size()))
                                                  : static_cast<std::uint32_t>(text.size());
    std::size_t i = begin;
    Sentence cur;
    std::u32string buf;
    std::uint32_t sentence_begin = begin;
    auto close = [&](std::uint32_t at) {
      if (!buf.empty() && !looks_like_numbers(buf)) {
        cur.span = {sentence_begin, at};
        cur.first = p.chars.size();
        p.chars += buf;
        cur.end = p.chars.size();
        p.sentences.push_back(cur);
      }
      buf.clear();
    };
    while (i < end) {
      const std::uint32_t at = static_cast<std::uint32_t>(i);
      bool in_table = false;
      for (const TableData& t : r.tables) in_table = in_table || (t.present && inside(t.span, at));
      const char32_t c = utf8::decode(text, i);
      if (in_table) {
        close(at);
        sentence_begin = static_cast<std::uint32_t>(i);
        continue;
      }
      // A sentence starts at its first character that is not a space or a line break.
      if (buf.empty() && (c == U' ' || c == U'\t' || c == U'\n' || c == 0x3000)) sentence_begin = static_cast<std::uint32_t>(i);
      if (!is_mark(c)) buf.push_back(fold(c));
      if (ends_sentence(c)) {
        close(static_cast<std::uint32_t>(i));
        sentence_begin = static_cast<std::uint32_t>(i);
      }
    }
    close(end);
    out.push_back(std::move(p));
  }
  return out;
}

std::uint64_t shingle_hash(const std::u32string& s, std::size_t at) {
  std::uint64_t h = 1469598103934665603ull;
  for (std::size_t k = 0; k < kShingle; ++k) {
    h ^= static_cast<std::uint64_t>(s[at + k]);
    h *= 1099511628211ull;
  }
  return h;
}

const char* kSectionNumerals[] = {"", "一", "二", "三", "四", "五", "六"};

// At most `n` characters of a sentence, for the message.
std::string excerpt(std::string_view text, Span s, std::size_t n) {
  std::string out;
  std::size_t i = s.begin, count = 0;
  while (i < s.end && i < text.size()) {
    const std::size_t start = i;
    const char32_t c = utf8::decode(text, i);
    if (c == U'\n') continue;
    if (count == 0 && (c == U' ' || c == U'\t' || c == 0x3000)) continue;
    if (++count > n) {
      out += "…";
      break;
    }
    out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace

void check_copied_prose(ReviewItem& now, Result& now_result, ReviewItem& before, const Result& before_result,
                        const std::string& before_name) {
  const Document& bdoc = review_doc(before);
  std::unordered_set<std::uint64_t> last_year;
  for (const Prose& p : prose_of(bdoc, before_result)) {
    for (const Sentence& s : p.sentences)
      for (std::size_t k = s.first; k + kShingle <= s.end; ++k) last_year.insert(shingle_hash(p.chars, k));
  }
  if (last_year.empty()) return;
  const Document& doc = review_doc(now);
  for (const Prose& p : prose_of(doc, now_result)) {
    if (p.section < 1 || p.section > 6) continue;
    std::vector<char> repeated(p.chars.size(), 0);
    for (const Sentence& s : p.sentences)
      for (std::size_t k = s.first; k + kShingle <= s.end; ++k)
        if (last_year.count(shingle_hash(p.chars, k)))
          std::fill(repeated.begin() + static_cast<std::ptrdiff_t>(k), repeated.begin() + static_cast<std::ptrdiff_t>(k + kShingle), 1);
    std::size_t total = 0, same = 0;
    std::vector<Span> sentences;
    for (const Sentence& s : p.sentences) {
      std::size_t r = 0;
      for (std::size_t k = s.first; k < s.end; ++k) r += repeated[k];
      total += s.end - s.first;
      same += r;
      if (s.end > s.first && static_cast<double>(r) >= kSentenceRepeated * static_cast<double>(s.end - s.first))
        sentences.push_back(s.span);
    }
    if (total < kMinSectionChars) continue;
    const double share = static_cast<double>(same) / static_cast<double>(total);
    if (share <= kShareLimit) continue;
    const int percent = static_cast<int>(share * 100.0 + 0.5);
    std::string copied;
    if (!sentences.empty()) {
      std::string examples;
      for (std::size_t k = 0; k < sentences.size() && k < 2; ++k) examples += "「" + excerpt(doc.text(), sentences[k], 40) + "」";
      copied = phrase(msg::kCopiedSentences, {{"count", std::to_string(sentences.size())}, {"examples", examples}});
    }
    std::string text = phrase(msg::kCopiedProse, {{"section", kSectionNumerals[p.section]},
                                                  {"percent", std::to_string(percent)},
                                                  {"before", before_name},
                                                  {"total", std::to_string(total)},
                                                  {"same", std::to_string(same)},
                                                  {"sentences", copied}});
    add_review_diagnostic(now, now_result, Rule::ReviewCopiedProse, std::move(text), p.heading, sentences);
    now.notes.push_back(std::string("第") + kSectionNumerals[p.section] + "部分 与上年重复 " + std::to_string(percent) + "%");
  }
}

}  // namespace gk
