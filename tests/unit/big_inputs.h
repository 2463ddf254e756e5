// Large and adversarial inputs of a chosen size, for the limits test
// (time must grow linearly with the input) and the benchmark harness.
// Each builder returns about `bytes` bytes; the same kind at two sizes
// differs only in how many times its pattern repeats.
#pragma once

#include <sys/resource.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gkbig {

// User CPU time of this process: the core's own work, less disturbed than
// wall time by other work on the machine. System time is left out on
// purpose: it is mostly the kernel zeroing fresh pages, and glibc maps each
// block over 32 MB afresh on every call, so a 40 MB input pays page faults a
// 10 MB one does not (measured: a ratio of up to 10 in user+system time for a
// check whose instruction count grows linearly).
inline double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec) + static_cast<double>(u.ru_utime.tv_usec) * 1e-6;
}

struct Kind {
  const char* name;
  const char* what;  // for test and benchmark output
};

inline const std::vector<Kind>& kinds() {
  static const std::vector<Kind> k = {
      {"seeds", "real reports concatenated, with noise lines between them"},
      {"one_line", "the reports on one line: every newline turned into a space"},
      {"no_newline_text", "one line of Chinese prose, no newline at all"},
      {"digit_lines", "a table heading, then a million short lines of digits"},
      {"one_digit_run", "one line that is a single run of digits"},
      {"spaced_digits", "one line of numbers separated by spaces"},
      {"giant_label", "table 3's heading, then one giant label, then its numbers"},
      {"tab_cells", "one line of tab-separated label and number cells"},
      {"pipe_rows", "a Markdown table region of many rows that match no label"},
      {"headings", "headings and table anchors over and over"},
      {"invalid_utf8", "bytes that are not UTF-8, with a few report lines"},
  };
  return k;
}

namespace detail {

inline void fill_to(std::string& out, std::size_t bytes, const std::string& unit) {
  if (unit.empty()) return;
  while (out.size() + unit.size() <= bytes) out += unit;
  if (out.size() < bytes) out.append(unit, 0, bytes - out.size());
}

// A deterministic pseudo-random stream (no <random>: the same on every libc++).
struct Lcg {
  std::uint64_t s;
  std::uint32_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(s >> 33);
  }
};

}  // namespace detail

// `seeds`: the texts of the real reports (any number, at least one).
inline std::string make(const std::string& kind, std::size_t bytes, const std::vector<std::string>& seeds) {
  using detail::fill_to;
  std::string out;
  out.reserve(bytes + 64);
  std::string all;
  for (const auto& s : seeds) all += s + "\n噪声行 noise 12 34 ——\n";
  if (kind == "seeds") {
    fill_to(out, bytes, all);
  } else if (kind == "one_line") {
    std::string flat = all;
    for (auto& c : flat)
      if (c == '\n' || c == '\r') c = ' ';
    fill_to(out, bytes, flat);
  } else if (kind == "no_newline_text") {
    fill_to(out, bytes, "本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息共计十二条，");
  } else if (kind == "digit_lines") {
    out = "三、收到和处理政府信息公开申请情况\n";
    fill_to(out, bytes, "1234567\n");
  } else if (kind == "one_digit_run") {
    fill_to(out, bytes, "1234567890");
  } else if (kind == "spaced_digits") {
    fill_to(out, bytes, "12 0 3 ");
  } else if (kind == "giant_label") {
    out = "三、收到和处理政府信息公开申请情况\n自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n";
    const std::string tail = "\n一、本年新收政府信息公开申请数量\t6\t0\t0\t0\t0\t0\t6\n";
    fill_to(out, bytes - tail.size(), "（一）予以公开本机关不掌握相关政府信息申请人无正当理由");
    out += tail;
  } else if (kind == "tab_cells") {
    out = "三、收到和处理政府信息公开申请情况\n";
    fill_to(out, bytes, "其他处理情况\t1\t2\t3\t\t5\t6\t17\t");
  } else if (kind == "pipe_rows") {
    out = "## 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n| 行政复议 | 结果维持 |\n|---|---|\n";
    fill_to(out, bytes, "| 某某情况说明 | 0 | 1 | 2 | 3 | 4 | 10 |\n");
  } else if (kind == "headings") {
    fill_to(out, bytes,
            "一、总体情况\n二、主动公开政府信息情况\n第二十条第（一）项\n"
            "三、收到和处理政府信息公开申请情况\n本列数据的勾稽关系\n"
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n");
  } else if (kind == "invalid_utf8") {
    detail::Lcg rng{12345};
    std::string unit;
    for (int i = 0; i < 4000; ++i) unit += static_cast<char>(0x80 + rng.next() % 0x80);
    unit += "\n三、收到和处理政府信息公开申请情况\n一、本年新收\t1\t0\t0\t0\t0\t0\t1\n";
    fill_to(out, bytes, unit);
  }
  return out;
}

}  // namespace gkbig
