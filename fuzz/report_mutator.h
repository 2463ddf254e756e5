// A structure-aware mutator for the fuzz harnesses (LLVMFuzzerCustomMutator):
// it reads the input as a report, lines cut into cells, and changes it the way
// real pastes differ (a number changed or written oddly, a cell dropped or
// added, a label replaced by another row's label or cut, a line deleted,
// duplicated, moved or wrapped, the separator changed, a heading added), so
// the fuzzer explores the reader and the checks instead of spending its time
// on bytes the normaliser throws away. One mutation in five is libFuzzer's own
// byte-level one. Header-only so that a harness includes it once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace gkfuzz {

struct Rng {
  std::uint64_t s;
  explicit Rng(unsigned seed) : s(seed * 0x9E3779B97F4A7C15ULL + 1) {}
  std::uint32_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<std::uint32_t>(s >> 16);
  }
  std::size_t below(std::size_t n) { return n ? next() % n : 0; }
};

inline std::vector<std::string> split_lines(std::string_view t) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b <= t.size()) {
    const std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) {
      out.emplace_back(t.substr(b));
      break;
    }
    out.emplace_back(t.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

inline std::vector<std::string> split_cells(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (;;) {
    const std::size_t e = line.find(sep, b);
    if (e == std::string::npos) {
      out.push_back(line.substr(b));
      return out;
    }
    out.push_back(line.substr(b, e - b));
    b = e + 1;
  }
}

inline char separator_of(const std::string& line) {
  if (line.find('\t') != std::string::npos) return '\t';
  if (line.find('|') != std::string::npos) return '|';
  return ' ';
}

inline bool has_digit(const std::string& s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// Numbers as reports write them, right and wrong.
inline const std::vector<std::string_view>& number_forms() {
  static const std::vector<std::string_view> v = {
      "0", "1", "7", "12", "99", "100", "1234", "65535", "4294967296", "1,234", "12.5", "-3", "0.0",
      "１２", "十二", "一百零五", "12件", "25.1万元", "/", "—", "无", "", " ", "123456789012345678",
      "1e9", "００", "(3)", "3.", ".5"};
  return v;
}

// Labels, headings and odd text, from the format (UTF-8).
inline const std::vector<std::string_view>& words() {
  static const std::vector<std::string_view> v = {
      "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
      "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
      "1.属于国家秘密", "（四）无法提供", "1.本机关不掌握相关政府信息", "（五）不予处理", "（六）其他处理",
      "（七）总计", "四、结转下年度继续办理", "自然人", "商业企业", "科研机构", "社会公益组织",
      "法律服务机构", "其他", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "行政复议",
      "行政诉讼", "未经复议直接起诉", "复议后起诉", "规章", "行政规范性文件", "行政许可", "行政处罚",
      "行政强制", "本年制发件数", "本年废止件数", "现行有效件数", "一、总体情况", "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "第二十条第（一）项",
      "本报告所列数据从2022年1月1日至12月31日", "收到政府信息公开申请12件", "未收取信息处理费",
      "|---|---|", "=====PREVIOUS=====", "\xef\xbf\xbd", "\xe4\xb8", "\r", "\x0b", "\xe2\x80\xa8"};
  return v;
}

inline std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

// One structural change of `text`, chosen by rng.
inline std::string mutate_report(std::string_view text, Rng& rng) {
  std::vector<std::string> lines = split_lines(text);
  if (lines.empty()) lines.emplace_back();
  // Table lines (with digits and separators) are where the reader works: prefer them.
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (has_digit(lines[i]) && separator_of(lines[i]) != ' ') rows.push_back(i);
  const std::size_t li = !rows.empty() && rng.below(4) != 0 ? rows[rng.below(rows.size())] : rng.below(lines.size());
  std::string& line = lines[li];
  const char sep = separator_of(line);
  std::vector<std::string> cells = split_cells(line, sep);
  const std::size_t ci = rng.below(cells.size());
  const auto& nums = number_forms();
  const auto& ws = words();
  switch (rng.below(14)) {
    case 0:  // a number changed to another form
    case 1:
      cells[ci] = std::string(nums[rng.below(nums.size())]);
      line = join(cells, std::string(1, sep));
      break;
    case 2:  // a number off by one or two
      if (has_digit(cells[ci])) {
        std::string& c = cells[ci];
        for (std::size_t k = c.size(); k-- > 0;)
          if (c[k] >= '0' && c[k] <= '9') {
            c[k] = static_cast<char>('0' + (c[k] - '0' + 1 + rng.below(2)) % 10);
            break;
          }
        line = join(cells, std::string(1, sep));
      }
      break;
    case 3:  // a cell dropped
      if (cells.size() > 1) cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(ci));
      line = join(cells, std::string(1, sep));
      break;
    case 4:  // a cell added
      cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(ci), std::string(nums[rng.below(nums.size())]));
      line = join(cells, std::string(1, sep));
      break;
    case 5:  // the label replaced by another of the format's
      cells[0] = std::string(ws[rng.below(ws.size())]);
      line = join(cells, std::string(1, sep));
      break;
    case 6:  // the label cut (at a byte: a character may be cut in half)
      if (!cells[0].empty()) cells[0].resize(rng.below(cells[0].size()));
      line = join(cells, std::string(1, sep));
      break;
    case 7:  // the separator changed: tabs, pipes, runs of spaces
    {
      const char* seps[] = {"\t", " | ", "  ", "   ", " ", "\t\t"};
      line = join(cells, seps[rng.below(6)]);
      if (rng.below(2)) line = "| " + line + " |";
      break;
    }
    case 8:  // the line deleted
      if (lines.size() > 1) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(li));
      break;
    case 9:  // the line duplicated
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(li), line);
      break;
    case 10:  // the line moved
    {
      std::string moved = line;
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(li));
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(rng.below(lines.size() + 1)), std::move(moved));
      break;
    }
    case 11:  // the line wrapped at a cell boundary (PDF copies)
      if (cells.size() > 1) {
        const std::size_t at = 1 + rng.below(cells.size() - 1);
        std::vector<std::string> a(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(at));
        std::vector<std::string> b(cells.begin() + static_cast<std::ptrdiff_t>(at), cells.end());
        line = join(a, std::string(1, sep));
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(li) + 1, join(b, std::string(1, sep)));
      }
      break;
    case 12:  // a heading or a sentence inserted
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(rng.below(lines.size() + 1)),
                   std::string(ws[rng.below(ws.size())]));
      break;
    default:  // another line's cells swapped into this one
    {
      const std::size_t other = rows.empty() ? rng.below(lines.size()) : rows[rng.below(rows.size())];
      std::swap(lines[li], lines[other]);
      break;
    }
  }
  return join(lines, "\n");
}

}  // namespace gkfuzz

// Defines libFuzzer's custom mutator for the harness that includes this
// header with GKFUZZ_REPORT_MUTATOR defined.
#ifdef GKFUZZ_REPORT_MUTATOR
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  gkfuzz::Rng rng(seed);
  if (size == 0 || rng.below(5) == 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string m = gkfuzz::mutate_report(std::string_view(reinterpret_cast<const char*>(data), size), rng);
  // A second change now and then: pairs of changes (two wrong cells) matter to the suspect search.
  if (rng.below(3) == 0) m = gkfuzz::mutate_report(m, rng);
  if (m.size() > max_size) m.resize(max_size);
  std::memcpy(data, m.data(), m.size());
  return m.size();
}
#endif
