// gkbench: how fast the native core checks reports, and how much memory it
// takes. One thread, so every figure is per core.
//
//   gkbench throughput [--reps N] [--min-time S] [DIR]
//       checks the seed reports (DIR, default tests/fixtures/seeds) over and
//       over: reports/second and MB/s, the median of N repetitions.
//   gkbench fuzz-inputs [--reps N] [--min-time S] [DIR]
//       checks the fuzz harness's starting inputs (DIR, default fuzz/corpus),
//       each cut at 4 KiB as the fuzzer cuts them (-max_len), with
//       gk::check_json: the harness's work without its sanitizers and
//       instrumentation. Median of N runs (7), in microseconds per input.
//       With --reps 1 --min-time 0 the work is fixed (one warm-up pass and
//       one pass), for an instruction count under valgrind --tool=callgrind,
//       which the machine's load does not move.
//   gkbench memory BYTES
//       peak resident memory while checking one input of BYTES bytes (the
//       seeds concatenated), from getrusage.
//   gkbench memory-kinds [MB] [KIND…]
//       peak resident memory of checking each adversarial input kind of MB
//       megabytes (default 10), check and JSON text, each in a fresh child
//       process (fork + exec, so no heap is inherited; ru_maxrss from wait4),
//       in bytes per input byte, the input itself included. Aim: at most 16.
//   gkbench make KIND MB
//       writes that input to standard output (to run the CLI or heaptrack on it).
//   gkbench scaling [SMALL_MB LARGE_MB] [KIND…]
//       time of each adversarial input kind (tests/unit/big_inputs.h) at two
//       sizes, and their ratio (linear: about LARGE/SMALL).
//
// Lines starting with "RESULT " are for scripts/bench.sh.
#include <malloc.h>
#include <sys/wait.h>
#include <unistd.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "big_inputs.h"
#include "gkcheck/check.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> load_seeds(const std::string& dir) {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(read_file(p));
  if (out.empty()) {
    std::fprintf(stderr, "gkbench: no .txt reports in %s\n", dir.c_str());
    std::exit(2);
  }
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

volatile std::size_t g_sink = 0;  // keeps the work from being optimised away

// Reports per second of `fn` over the seeds: the median of `reps` runs of at
// least `min_time` seconds each.
template <class Fn>
double reports_per_second(const std::vector<std::string>& seeds, int reps, double min_time, Fn fn) {
  for (const auto& s : seeds) g_sink += fn(s);  // warm up
  std::vector<double> rates;
  for (int r = 0; r < reps; ++r) {
    std::size_t n = 0;
    const auto t0 = Clock::now();
    double t = 0;
    do {
      for (const auto& s : seeds) g_sink += fn(s);
      n += seeds.size();
    } while ((t = seconds_since(t0)) < min_time);
    rates.push_back(static_cast<double>(n) / t);
  }
  return median(rates);
}

// The options of a timing: [--reps N] [--min-time S] [DIR].
struct Runs {
  int reps = 7;
  double min_time = 0.3;
  std::string dir;
};

Runs parse_runs(int argc, char** argv, const char* default_dir) {
  Runs r;
  r.dir = default_dir;
  for (int i = 0; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reps") && i + 1 < argc) r.reps = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--min-time") && i + 1 < argc) r.min_time = std::atof(argv[++i]);
    else r.dir = argv[i];
  }
  return r;
}

int throughput(int argc, char** argv) {
  const auto [reps, min_time, dir] = parse_runs(argc, argv, GKCHECK_SEEDS_DIR);
  const std::vector<std::string> seeds = load_seeds(dir);
  std::size_t bytes = 0;
  for (const auto& s : seeds) bytes += s.size();
  const double avg_kb = static_cast<double>(bytes) / static_cast<double>(seeds.size()) / 1024.0;
  std::printf("native core, one thread, %zu seed reports (%.1f KB on average), median of %d runs\n", seeds.size(),
              avg_kb, reps);

  const double check_rate =
      reports_per_second(seeds, reps, min_time, [](const std::string& s) { return gk::check(s).diagnostics.size(); });
  const double json_rate =
      reports_per_second(seeds, reps, min_time, [](const std::string& s) { return gk::check_json(s).size(); });
  const double mb_per_report = static_cast<double>(bytes) / static_cast<double>(seeds.size()) / 1e6;
  std::printf("  gk::check       %8.0f reports/s  %6.1f MB/s  %7.1f us/report\n", check_rate,
              check_rate * mb_per_report, 1e6 / check_rate);
  std::printf("  gk::check_json  %8.0f reports/s  %6.1f MB/s  %7.1f us/report\n", json_rate,
              json_rate * mb_per_report, 1e6 / json_rate);
  for (std::size_t i = 0; i < seeds.size(); ++i) {
    const double r = reports_per_second({seeds[i]}, 3, min_time / 3,
                                        [](const std::string& s) { return gk::check_json(s).size(); });
    std::printf("    seed %zu (%5.1f KB): %7.1f us/report\n", i, static_cast<double>(seeds[i].size()) / 1024.0, 1e6 / r);
  }
  std::printf("RESULT native_reports_per_s=%.0f\n", check_rate);
  std::printf("RESULT native_mb_per_s=%.2f\n", check_rate * mb_per_report);
  std::printf("RESULT native_json_us_per_report=%.2f\n", 1e6 / json_rate);
  return 0;
}

int fuzz_inputs(int argc, char** argv) {
  constexpr std::size_t kMaxLen = 4096;  // scripts/fuzz-flags.sh
  const auto [reps, min_time, dir] = parse_runs(argc, argv, GKCHECK_FUZZ_CORPUS_DIR);
  std::vector<std::string> inputs = load_seeds(dir);
  std::size_t bytes = 0;
  for (std::string& s : inputs) {
    if (s.size() > kMaxLen) s.resize(kMaxLen);
    bytes += s.size();
  }
  const double rate =
      reports_per_second(inputs, reps, min_time, [](const std::string& s) { return gk::check_json(s).size(); });
  std::printf("native gk::check_json, one thread, %zu fuzz inputs cut at 4 KiB (%.1f KB on average), median of %d runs: "
              "%.1f us/input\n",
              inputs.size(), static_cast<double>(bytes) / static_cast<double>(inputs.size()) / 1024.0, reps, 1e6 / rate);
  std::printf("RESULT native_fuzz_input_us=%.1f\n", 1e6 / rate);
  return 0;
}

long max_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // KiB on Linux
}

int memory(int argc, char** argv) {
  const std::size_t bytes = argc > 0 ? static_cast<std::size_t>(std::atoll(argv[0])) : 1u << 20;
  const std::string text = gkbig::make("seeds", bytes, load_seeds(GKCHECK_SEEDS_DIR));
  const long before = max_rss_kb();
  const auto t0 = Clock::now();
  const std::string json = gk::check_json(text);
  const double t = seconds_since(t0);
  const long after = max_rss_kb();
  std::printf("one input of %.2f MB (the seeds concatenated): %.1f ms, JSON %.1f KB\n",
              static_cast<double>(text.size()) / 1048576.0, t * 1e3, static_cast<double>(json.size()) / 1024.0);
  std::printf("  peak resident memory %.1f MB (%.1f MB before the check, the input included)\n", after / 1024.0,
              before / 1024.0);
  std::printf("RESULT peak_rss_mb=%.1f\n", after / 1024.0);
  std::printf("RESULT check_rss_growth_mb=%.1f\n", (after - before) / 1024.0);
  return 0;
}

// In the child: builds the input and checks it; prints nothing.
int memory_child(int argc, char** argv) {
  if (argc < 2) return 2;
  const std::string text = gkbig::make(argv[0], static_cast<std::size_t>(std::atof(argv[1]) * 1e6), load_seeds(GKCHECK_SEEDS_DIR));
  g_sink += gk::check_json(text).size();
  return 0;
}

int memory_kinds(int argc, char** argv, const char* self) {
  double mb = 10;
  int i = 0;
  if (argc > 0 && std::atof(argv[0]) > 0) {
    mb = std::atof(argv[0]);
    i = 1;
  }
  std::vector<std::string> only(argv + i, argv + argc);
  std::printf("%-16s %12s %12s  (one check and its JSON, %.0f MB input, fresh process each)\n", "input", "peak MB",
              "bytes/byte", mb);
  double worst = 0;
  for (const auto& k : gkbig::kinds()) {
    if (!only.empty() && std::find(only.begin(), only.end(), k.name) == only.end()) continue;
    std::fflush(stdout);
    const std::string size = std::to_string(mb);
    const pid_t pid = fork();
    if (pid == 0) {
      execl(self, self, "memory-child", k.name, size.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    int status = 0;
    rusage u{};
    if (pid < 0 || wait4(pid, &status, 0, &u) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::printf("%-16s failed\n", k.name);
      continue;
    }
    const double peak = static_cast<double>(u.ru_maxrss) * 1024.0;
    const double ratio = peak / (mb * 1e6);
    worst = std::max(worst, ratio);
    std::printf("%-16s %12.1f %12.2f\n", k.name, peak / 1048576.0, ratio);
  }
  std::printf("RESULT peak_bytes_per_input_byte=%.2f\n", worst);
  return 0;
}

using gkbig::cpu_seconds;

double time_check(const std::string& text) {
  const double t0 = cpu_seconds();
  g_sink += gk::check(text).diagnostics.size();
  return cpu_seconds() - t0;
}

int scaling(int argc, char** argv) {
  double small_mb = 10, large_mb = 40;
  std::vector<std::string> only;
  int i = 0;
  if (argc >= 2 && std::atof(argv[0]) > 0 && std::atof(argv[1]) > 0) {
    small_mb = std::atof(argv[0]);
    large_mb = std::atof(argv[1]);
    i = 2;
  }
  for (; i < argc; ++i) only.push_back(argv[i]);
  const std::vector<std::string> seeds = load_seeds(GKCHECK_SEEDS_DIR);
  std::printf("%-16s %10s %10s %7s  (CPU seconds; sizes %.0f and %.0f MB; linear: %.1f)\n", "input", "small", "large", "ratio",
              small_mb, large_mb, large_mb / small_mb);
  // On a warm heap, as tests/unit/test_limits.cpp measures (see there why).
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  for (const auto& k : gkbig::kinds()) {
    if (!only.empty() && std::find(only.begin(), only.end(), k.name) == only.end()) continue;
    const std::string a = gkbig::make(k.name, static_cast<std::size_t>(small_mb * 1e6), seeds);
    const std::string b = gkbig::make(k.name, static_cast<std::size_t>(large_mb * 1e6), seeds);
    double tb = time_check(b);
    const double ta = time_check(a);
    tb = std::min(tb, time_check(b));
    std::printf("%-16s %10.3f %10.3f %7.2f\n", k.name, ta, tb, tb / ta);
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "throughput";
  if (mode == "throughput") return throughput(argc - 2, argv + 2);
  if (mode == "fuzz-inputs") return fuzz_inputs(argc - 2, argv + 2);
  if (mode == "memory") return memory(argc - 2, argv + 2);
  if (mode == "memory-kinds") return memory_kinds(argc - 2, argv + 2, "/proc/self/exe");
  if (mode == "make" && argc == 4) {
    const std::string t = gkbig::make(argv[2], static_cast<std::size_t>(std::atof(argv[3]) * 1e6), load_seeds(GKCHECK_SEEDS_DIR));
    return std::fwrite(t.data(), 1, t.size(), stdout) == t.size() ? 0 : 1;
  }
  if (mode == "memory-child") return memory_child(argc - 2, argv + 2);
  if (mode == "scaling") return scaling(argc - 2, argv + 2);
  std::fprintf(stderr, "usage: gkbench throughput|fuzz-inputs|memory|memory-kinds|scaling …\n");
  return 2;
}
