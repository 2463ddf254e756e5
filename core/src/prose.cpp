#include "prose.h"

#include <algorithm>
#include <array>
#include <memory>

#include "text_match.h"
#include "utf8.h"

namespace gk {

namespace {

// What a clause speaks of. A clause without a topic word speaks of the one
// before it in the same sentence (制发规范性文件 12 件，废止 9 件).
enum Topic : std::uint16_t {
  kApp = 1 << 0,        // 政府信息公开申请
  kNorm = 1 << 1,       // 规范性文件
  kReview = 1 << 2,     // 行政复议
  kLit = 1 << 3,        // 行政诉讼
  kLicensing = 1 << 4,  // 行政许可
  kPunish = 1 << 5,     // 行政处罚
  kCoerce = 1 << 6,     // 行政强制
  kFee = 1 << 7,        // 信息处理费
  kOther = 1 << 8,      // hotlines, complaints, petitions …: not applications
};
constexpr std::uint16_t kCounted = kReview | kLit | kLicensing | kPunish | kCoerce;

enum class Tok : std::uint8_t {
  Topic,      // arg: the topic bit
  Trigger,    // arg: the FactKind a number after it states
  Negation,   // arg: the topics it says there were none of
  Scope,      // 全县, 各部门 …: the sentence speaks for more than the agency
  Skip,       // 同比, 上年 …: the clause compares or speaks of another time
  Void,       // 纠错, 败诉 …: "no corrected review" is not "no review"
  Natural,    // 自然人
  Legal,      // 法人, 企业, 组织
  Info,       // 信息, 事项: "公开行政处罚信息 N 条" counts items, not decisions
  Charge,     // 收取, 收费
  Number,     // arg: index into the numbers
  ClauseEnd,
  SentenceEnd,
};

struct Word {
  std::u32string_view text;
  Tok tok;
  std::uint16_t arg;
};

constexpr std::uint16_t fact(FactKind k) { return static_cast<std::uint16_t>(k); }

// The words of the scanner. Longest match wins (未收到 over 收到).
constexpr Word kWords[] = {
    {U"申请", Tok::Topic, kApp},
    {U"规范性文件", Tok::Topic, kNorm},
    {U"行政复议", Tok::Topic, kReview},
    {U"复议", Tok::Topic, kReview},
    {U"行政诉讼", Tok::Topic, kLit},
    {U"诉讼", Tok::Topic, kLit},
    {U"起诉", Tok::Topic, kLit},
    {U"行政许可", Tok::Topic, kLicensing},
    {U"行政处罚", Tok::Topic, kPunish},
    {U"行政强制", Tok::Topic, kCoerce},
    {U"处理费", Tok::Topic, kFee},
    {U"工单", Tok::Topic, kOther},
    {U"热线", Tok::Topic, kOther},
    {U"投诉", Tok::Topic, kOther},
    {U"留言", Tok::Topic, kOther},
    {U"信箱", Tok::Topic, kOther},
    {U"信访", Tok::Topic, kOther},
    {U"咨询", Tok::Topic, kOther},
    {U"来信", Tok::Topic, kOther},
    {U"来访", Tok::Topic, kOther},
    {U"诉求", Tok::Topic, kOther},
    {U"提案", Tok::Topic, kOther},
    {U"建议", Tok::Topic, kOther},
    {U"举报", Tok::Topic, kOther},
    {U"舆情", Tok::Topic, kOther},
    {U"议政网", Tok::Topic, kOther},

    {U"收到", Tok::Trigger, fact(FactKind::Received)},
    {U"受理", Tok::Trigger, fact(FactKind::Received)},
    {U"新收", Tok::Trigger, fact(FactKind::Received)},
    {U"接收", Tok::Trigger, fact(FactKind::Received)},
    {U"接到", Tok::Trigger, fact(FactKind::Received)},
    {U"办结", Tok::Trigger, fact(FactKind::Handled)},
    {U"办理完成", Tok::Trigger, fact(FactKind::Handled)},
    {U"办理完毕", Tok::Trigger, fact(FactKind::Handled)},
    {U"办理完结", Tok::Trigger, fact(FactKind::Handled)},
    {U"处理完毕", Tok::Trigger, fact(FactKind::Handled)},
    {U"制发", Tok::Trigger, fact(FactKind::Issued)},
    {U"印发", Tok::Trigger, fact(FactKind::Issued)},
    {U"出台", Tok::Trigger, fact(FactKind::Issued)},
    {U"废止", Tok::Trigger, fact(FactKind::Repealed)},
    {U"宣布失效", Tok::Trigger, fact(FactKind::Repealed)},
    {U"现行有效", Tok::Trigger, fact(FactKind::InForce)},

    {U"未发生", Tok::Negation, kReview | kLit},
    {U"没有发生", Tok::Negation, kReview | kLit},
    {U"未出现", Tok::Negation, kReview | kLit},
    {U"没有出现", Tok::Negation, kReview | kLit},
    {U"未产生", Tok::Negation, kReview | kLit},
    {U"未收到", Tok::Negation, kApp | kReview | kLit},
    {U"没有收到", Tok::Negation, kApp | kReview | kLit},
    {U"未接到", Tok::Negation, kApp | kReview | kLit},
    {U"没有接到", Tok::Negation, kApp | kReview | kLit},
    {U"未受理", Tok::Negation, kApp | kReview | kLit},
    {U"未接收", Tok::Negation, kApp | kReview | kLit},
    {U"未收取", Tok::Negation, kFee},
    {U"没有收取", Tok::Negation, kFee},
    {U"不收取", Tok::Negation, kFee},
    {U"未向", Tok::Negation, kFee},
    {U"免收", Tok::Negation, kFee},
    {U"未收费", Tok::Negation, kFee},
    {U"不收费", Tok::Negation, kFee},
    {U"免费", Tok::Negation, kFee},

    {U"全县", Tok::Scope, 0},
    {U"全市", Tok::Scope, 0},
    {U"全区", Tok::Scope, 0},
    {U"全镇", Tok::Scope, 0},
    {U"全乡", Tok::Scope, 0},
    {U"全省", Tok::Scope, 0},
    {U"全州", Tok::Scope, 0},
    {U"全旗", Tok::Scope, 0},
    {U"全系统", Tok::Scope, 0},
    {U"各单位", Tok::Scope, 0},
    {U"各部门", Tok::Scope, 0},
    {U"各级", Tok::Scope, 0},
    {U"各乡镇", Tok::Scope, 0},
    {U"各镇", Tok::Scope, 0},
    {U"各街道", Tok::Scope, 0},

    {U"同比", Tok::Skip, 0},
    {U"环比", Tok::Skip, 0},
    {U"上年", Tok::Skip, 0},
    {U"上一年", Tok::Skip, 0},
    {U"去年", Tok::Skip, 0},
    {U"以来", Tok::Skip, 0},
    {U"上半年", Tok::Skip, 0},
    {U"下半年", Tok::Skip, 0},
    {U"季度", Tok::Skip, 0},

    {U"纠错", Tok::Void, 0},
    {U"纠正", Tok::Void, 0},
    {U"败诉", Tok::Void, 0},
    {U"撤销", Tok::Void, 0},

    {U"自然人", Tok::Natural, 0},
    {U"法人", Tok::Legal, 0},
    {U"企业", Tok::Legal, 0},
    {U"组织", Tok::Legal, 0},
    {U"信息", Tok::Info, 0},
    {U"事项", Tok::Info, 0},
    {U"收取", Tok::Charge, 0},
    {U"收费", Tok::Charge, 0},
};

// The words by first character (longest first), found through a small
// open-addressing table; a bitmap of the characters that can start a token
// (all in the BMP) rejects most positions at once.
struct Lexicon {
  struct Bucket {
    char32_t c = 0;
    std::uint8_t begin = 0, count = 0;  // into order
  };
  std::vector<std::uint16_t> order;  // word indices, grouped by first character
  std::array<Bucket, 256> buckets{};
  std::array<std::uint64_t, 1024> any{};  // first characters of words and numbers, and punctuation

  static std::size_t hash(char32_t c) { return (c * 2654435761u) >> 24 & 255; }
  void set(char32_t c) { any[c >> 6] |= std::uint64_t{1} << (c & 63); }
  bool starts_token(char32_t c) const { return c < 0x10000 && (any[c >> 6] >> (c & 63) & 1); }

  Lexicon() {
    for (std::uint16_t i = 0; i < std::size(kWords); ++i) order.push_back(i);
    std::sort(order.begin(), order.end(), [](std::uint16_t a, std::uint16_t b) {
      if (kWords[a].text[0] != kWords[b].text[0]) return kWords[a].text[0] < kWords[b].text[0];
      return kWords[a].text.size() > kWords[b].text.size();
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
      const char32_t c = kWords[order[k]].text[0];
      set(c);
      std::size_t h = hash(c);
      while (buckets[h].c != 0 && buckets[h].c != c) h = (h + 1) & 255;
      if (buckets[h].c == 0) buckets[h] = {c, static_cast<std::uint8_t>(k), 0};
      ++buckets[h].count;
    }
    for (char32_t c : std::u32string_view(U"0123456789零〇一二两三四五六七八九十\n。!?;！？；,，:：")) set(c);
  }

  const Word* match(std::u32string_view s, std::size_t i) const {
    const char32_t c = s[i];
    std::size_t h = hash(c);
    while (buckets[h].c != c) {
      if (buckets[h].c == 0) return nullptr;
      h = (h + 1) & 255;
    }
    for (std::size_t k = buckets[h].begin; k < buckets[h].begin + buckets[h].count; ++k) {
      const Word& w = kWords[order[k]];
      if (s.size() >= i + w.text.size() && s.compare(i, w.text.size(), w.text) == 0) return &w;
    }
    return nullptr;
  }
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

// The prose as characters without white space and Markdown marks, each
// with its place in the normalised text; '\n' where a sentence must end
// (after a heading, between prose and a table).
struct ProseText {
  // At most one character per byte of the text: filled in place, not
  // initialised first (the text is mostly prose; this is the hot loop).
  std::unique_ptr<char32_t[]> chars;
  std::unique_ptr<std::uint32_t[]> at;  // normalised offset of each character
  std::u32string_view s;
  std::uint32_t end_of(std::size_t i) const {  // and of its end
    const char32_t c = s[i];
    if (c == U'\n') return at[i];
    return at[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
  }
};

bool enumerated(std::string_view line) {
  std::u32string_view::size_type n = 0;
  std::size_t i = 0;
  line = strip_marks(line);
  if (line.empty()) return false;
  char32_t c = utf8::decode(line, i);
  if (c == U'(') {
    if (i >= line.size()) return false;
    c = utf8::decode(line, i);
    ++n;
  }
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
  if (kNumerals.find(c) == std::u32string_view::npos) return false;
  if (i >= line.size()) return false;
  const char32_t next = utf8::decode(line, i);
  return n ? next == U')' : next == U'、';
}

bool sentence_end_in(std::string_view line) {
  for (std::string_view p : {"。", "！", "？", "；", "!", "?", ";"})
    if (line.find(p) != std::string_view::npos) return true;
  return false;
}

// The normalised text is valid UTF-8 (the normaliser replaced what was
// not): decode without checks.
inline char32_t decode_valid(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
    const char32_t cp = (char32_t(c & 0x0F) << 12) | (char32_t(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                        char32_t(static_cast<unsigned char>(s[i + 2]) & 0x3F);
    i += 3;
    return cp;
  }
  return utf8::decode(s, i);
}

ProseText prose_text(const Document& doc) {
  ProseText p;
  const std::string_view t = doc.text();
  p.chars.reset(new char32_t[t.size() + 1]);
  p.at.reset(new std::uint32_t[t.size() + 1]);
  char32_t* s = p.chars.get();
  std::uint32_t* at = p.at.get();
  std::size_t n = 0;
  auto brk = [&](std::uint32_t where) {
    if (n > 0 && s[n - 1] == U'\n') return;
    s[n] = U'\n';
    at[n++] = where;
  };
  for (std::size_t li = 0; li < doc.lines.size(); ++li) {
    bool in_table = false;
    for (int k = 0; k < kTableCount; ++k)
      in_table |= doc.table_begin[k] >= 0 && static_cast<int>(li) >= doc.table_begin[k] &&
                  static_cast<int>(li) < doc.table_end[k];
    const Line& line = doc.lines[li];
    if (in_table) {
      brk(line.begin);
      continue;
    }
    for (std::size_t i = line.begin; i < line.end;) {
      const auto b = static_cast<std::uint32_t>(i);
      const char32_t c = decode_valid(t, i);
      if (c == U' ' || c == U'\t' || c == U'*' || c == U'#' || c == U'>' || c == U'`') continue;
      s[n] = c;
      at[n++] = b;
    }
    bool heading = false;
    for (int k = 1; k <= 6; ++k) heading |= doc.section_line[k] == static_cast<int>(li);
    const std::string_view lt = doc.line_text(li);
    if (heading || (enumerated(lt) && !sentence_end_in(lt))) brk(line.end);
  }
  p.s = std::u32string_view(s, n);
  return p;
}

bool sentence_end(char32_t c) {
  return c == U'\n' || c == U'。' || c == U'!' || c == U'?' || c == U';' || c == U'！' || c == U'？' ||
         c == U'；';
}

bool clause_end(std::u32string_view s, std::size_t i) {
  const char32_t c = s[i];
  if (c == U',') {  // 1,234 is a number, not two clauses
    const bool digits = i > 0 && i + 1 < s.size() && s[i - 1] >= U'0' && s[i - 1] <= U'9' && s[i + 1] >= U'0' &&
                        s[i + 1] <= U'9';
    return !digits;
  }
  return c == U'，' || c == U':' || c == U'：';
}

struct Token {
  Tok tok;
  std::uint16_t arg;
  std::uint32_t b, e;  // characters [b, e) of the prose text
};

class Scanner {
 public:
  Scanner(const ProseText& p, std::optional<int> year) : p_(p), s_(p.s), year_(year) {}

  // Sentence by sentence: the tokens of one sentence at a time, so their
  // memory is that of the longest sentence, not of the text. A "sentence" of
  // more than kMaxSentenceTokens tokens (no real one comes near) is taken in
  // pieces of that many; this also keeps a number's index within Token::arg.
  static constexpr std::size_t kMaxSentenceTokens = 0xFFFF;
  std::vector<ProseFact> run() {
    for (std::size_t i = 0; i < s_.size();) {
      toks_.clear();
      numbers_.clear();
      i = lex(i);
      std::size_t e = toks_.size();
      if (e > 0 && toks_[e - 1].tok == Tok::SentenceEnd) --e;
      sentence(0, e);
    }
    return std::move(facts_);
  }

 private:
  // Lexes from character i to the end of its sentence (the SentenceEnd token
  // included) or to kMaxSentenceTokens tokens; returns where it stopped.
  std::size_t lex(std::size_t i) {
    const Lexicon& lex = lexicon();
    while (i < s_.size() && toks_.size() < kMaxSentenceTokens) {
      const auto at = static_cast<std::uint32_t>(i);
      if (!lex.starts_token(s_[i])) {
        ++i;  // most characters start nothing
      } else if (sentence_end(s_[i])) {
        toks_.push_back({Tok::SentenceEnd, 0, at, at + 1});
        return i + 1;
      } else if (clause_end(s_, i)) {
        toks_.push_back({Tok::ClauseEnd, 0, at, at + 1});
        ++i;
      } else if (ProseNumber n; read_prose_number(s_, i, &n)) {
        toks_.push_back({Tok::Number, static_cast<std::uint16_t>(numbers_.size()), static_cast<std::uint32_t>(n.begin),
                         static_cast<std::uint32_t>(n.end)});
        numbers_.push_back(n);
        i = n.end;
      } else if (const Word* w = lex.match(s_, i)) {
        toks_.push_back({w->tok, w->arg, at, static_cast<std::uint32_t>(i + w->text.size())});
        i += w->text.size();
      } else {
        ++i;
      }
    }
    return i;
  }

  void sentence(std::size_t b, std::size_t e) {
    scope_.clear();
    for (std::size_t k = b; k < e && scope_.empty(); ++k)
      if (toks_[k].tok == Tok::Scope) scope_ = words(toks_[k].b, toks_[k].e);
    topics_ = 0;
    other_year_ = false;
    for (std::size_t c = b; c < e;) {
      std::size_t ce = c;
      while (ce < e && toks_[ce].tok != Tok::ClauseEnd) ++ce;
      clause(c, ce);
      c = ce + 1;
    }
  }

  void clause(std::size_t b, std::size_t e) {
    std::uint16_t topics = 0;
    bool skip = false, void_none = false, natural = false, legal = false, info = false, year_named = false,
         other_year = false;
    for (std::size_t k = b; k < e; ++k) {
      const Token& t = toks_[k];
      switch (t.tok) {
        case Tok::Topic: topics |= t.arg; break;
        case Tok::Skip: skip = true; break;
        case Tok::Void: void_none = true; break;
        case Tok::Natural: natural = true; break;
        case Tok::Legal: legal = true; break;
        case Tok::Info: info = true; break;
        case Tok::Number: {
          const ProseNumber& n = numbers_[t.arg];
          if (n.unit == NumberUnit::Year) {
            year_named = true;
            other_year |= year_ && static_cast<int>(n.value) != *year_;
          }
          break;
        }
        default: break;
      }
    }
    // The topic and the year carry over to the clauses that name none.
    if (topics) topics_ = topics;
    if (year_named) other_year_ = other_year;
    if (skip || other_year_) return;
    const std::uint16_t effective = topics_;

    bool negated = false;  // a negation stands before, in this clause
    for (std::size_t k = b; k < e; ++k) {
      const Token& t = toks_[k];
      const std::size_t r = reach(k, e);
      if (t.tok == Tok::Negation) negation(k, r, effective, void_none);
      if (t.tok == Tok::Trigger && !(k > b && toks_[k - 1].tok == Tok::Negation))
        trigger(k, r, effective, natural && !legal);
      if (t.tok == Tok::Topic && (t.arg & kCounted) && !negated) counted(k, r, info);
      if (t.tok == Tok::Charge && !negated && (effective & kFee)) charged(k, r);
      negated |= t.tok == Tok::Negation;
    }
  }

  // The end of what token k can speak of: its clause, but no further than
  // kReach characters (a clause of a whole page, without punctuation, must
  // not make the scan quadratic; real facts are a few words long).
  static constexpr std::uint32_t kReach = 80;
  std::size_t reach(std::size_t k, std::size_t e) const {
    std::size_t r = k + 1;
    while (r < e && toks_[r].b < toks_[k].b + kReach) ++r;
    return r;
  }

  // 未收到…申请 / 未发生…行政复议、行政诉讼 / 未收取…信息处理费.
  void negation(std::size_t k, std::size_t e, std::uint16_t effective, bool void_none) {
    const Token& neg = toks_[k];
    std::uint16_t after = 0;
    std::uint32_t last = neg.e;
    for (std::size_t j = k + 1; j < e; ++j)
      if (toks_[j].tok == Tok::Topic && (toks_[j].arg & neg.arg)) {
        after |= toks_[j].arg;
        last = toks_[j].e;
      }
    if ((neg.arg & kFee) && (effective & kFee)) {
      add(FactKind::FeeNone, neg.b, std::max(last, neg.e), nullptr, true);
      return;
    }
    const std::uint16_t legal_topics = void_none ? std::uint16_t(kApp) : std::uint16_t(kApp | kReview | kLit);
    after &= legal_topics;
    if (after & (kReview | kLit)) {
      if (after & kReview) add(FactKind::Review, neg.b, last, nullptr, true);
      if (after & kLit) add(FactKind::Litigation, neg.b, last, nullptr, true);
    } else if (after & kApp) {
      add(FactKind::Received, neg.b, last, nullptr, true);
    }
  }

  // The first counted number after token k in its clause; nullptr also when
  // another one follows before the next verb: 收到网上申请 3 件、信函申请 2 件
  // lists parts, not the whole.
  const ProseNumber* count_after(std::size_t k, std::size_t e, std::uint32_t* end) const {
    const ProseNumber* found = nullptr;
    for (std::size_t j = k + 1; j < e; ++j) {
      if (found && toks_[j].tok == Tok::Trigger) break;
      if (toks_[j].tok != Tok::Number) continue;
      const ProseNumber& n = numbers_[toks_[j].arg];
      if (n.unit != NumberUnit::Count) continue;
      if (found) return nullptr;
      found = &n;
      *end = toks_[j].e;
    }
    return found;
  }

  // 收到…申请 6 件, 办结 17 件, 制发规范性文件 12 件, 废止 9 件, 现行有效 40 件.
  void trigger(std::size_t k, std::size_t e, std::uint16_t topics, bool natural_only) {
    const auto kind = static_cast<FactKind>(toks_[k].arg);
    const bool applications = kind == FactKind::Received || kind == FactKind::Handled;
    if (applications ? !(topics & kApp) || (topics & (kReview | kLit | kOther)) : !(topics & kNorm) || (topics & kOther))
      return;
    std::uint32_t end = 0;
    const ProseNumber* n = count_after(k, e, &end);
    if (!n) return;
    // 制发的 6 件规范性文件: the words name what was counted.
    for (std::size_t j = k + 1; j + 1 < e; ++j)
      if (toks_[j].tok == Tok::Number && toks_[j].e == end && toks_[j + 1].tok == Tok::Topic && toks_[j + 1].b == end)
        end = toks_[j + 1].e;
    ProseFact& f = add(kind, toks_[k].b, end, n, false);
    f.natural_person = kind == FactKind::Received && natural_only;
  }

  // 行政复议 1 件, 行政处罚案件 56 起; 行政复议、行政诉讼各 1 件.
  void counted(std::size_t k, std::size_t e, bool info) {
    const std::uint16_t topic = toks_[k].arg;
    bool shared = false;
    for (std::size_t j = k + 1; j < e; ++j) {
      const Token& t = toks_[j];
      if (t.tok == Tok::Topic && (t.arg & kCounted)) shared = true;
      if (t.tok != Tok::Number) continue;
      const ProseNumber& n = numbers_[t.arg];
      if (n.unit != NumberUnit::Count) continue;
      if (shared && !(n.begin > 0 && s_[n.begin - 1] == U'各')) return;
      const bool decisions = topic & (kLicensing | kPunish | kCoerce);
      if (decisions && (info || (n.unit_char != U'件' && n.unit_char != U'起' && n.unit_char != U'宗'))) return;
      const FactKind kind = topic & kReview      ? FactKind::Review
                            : topic & kLit       ? FactKind::Litigation
                            : topic & kLicensing ? FactKind::Licensing
                            : topic & kPunish    ? FactKind::Punishment
                                                 : FactKind::Coercion;
      add(kind, toks_[k].b, t.e, &n, false);
      return;
    }
  }

  // 收取信息处理费 300 元.
  void charged(std::size_t k, std::size_t e) {
    for (std::size_t j = k + 1; j < e; ++j) {
      if (toks_[j].tok != Tok::Number) continue;
      const ProseNumber& n = numbers_[toks_[j].arg];
      if (n.unit != NumberUnit::Money) continue;
      add(n.value > 0 ? FactKind::FeeCharged : FactKind::FeeNone, toks_[k].b, toks_[j].e, &n, n.value <= 0);
      return;
    }
  }

  ProseFact& add(FactKind kind, std::uint32_t b, std::uint32_t e, const ProseNumber* n, bool none) {
    ProseFact f;
    f.kind = kind;
    f.none = none;
    if (n) {
      f.value = n->value;
      f.approx = n->approx;
    }
    f.scope = scope_;
    f.quote = words(b, e);
    f.span = {p_.at[b], p_.end_of(e - 1)};
    facts_.push_back(std::move(f));
    return facts_.back();
  }

  std::string words(std::uint32_t b, std::uint32_t e) const {
    std::string out;
    for (std::uint32_t i = b; i < e; ++i)
      if (s_[i] != U'\n') utf8::append(out, s_[i]);
    return out;
  }

  const ProseText& p_;
  std::u32string_view s_;
  std::optional<int> year_;
  std::vector<Token> toks_;
  std::vector<ProseNumber> numbers_;
  std::vector<ProseFact> facts_;
  std::string scope_;
  std::uint16_t topics_ = 0;
  bool other_year_ = false;
};

}  // namespace

std::vector<ProseFact> prose_facts(const Document& doc, std::optional<int> year) {
  const ProseText p = prose_text(doc);
  return Scanner(p, year).run();
}

}  // namespace gk
