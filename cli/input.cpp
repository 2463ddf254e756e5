// See input.h. POSIX reads (open/fstat/read/poll), not iostreams: a stream
// hides the errno of a failed read, and throws on EIO when told to report it.
#include "input.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gkcli {

namespace {

// The reason for an errno, in Chinese, with the system's own words after it.
std::string reason(int err, const char* doing) {
  const char* zh = nullptr;
  switch (err) {
    case ENOENT: zh = "文件不存在"; break;
    case EACCES: case EPERM: zh = "没有读取权限"; break;
    case EISDIR: zh = "这是一个文件夹"; break;
    case ENOTDIR: zh = "路径中有一部分不是文件夹"; break;
    case ENAMETOOLONG: zh = "文件名太长"; break;
    case ELOOP: zh = "符号链接循环"; break;
    case EIO: zh = "输入/输出错误（磁盘或设备故障？）"; break;
    case ENXIO: case ENODEV: zh = "设备不存在或无法读取"; break;
    case EBADF: zh = "没有打开（标准输入已关闭？）"; break;
    case ENOMEM: zh = "内存不足"; break;
    case EMFILE: case ENFILE: zh = "同时打开的文件太多"; break;
    default: break;
  }
  std::string s = doing;
  s += zh ? zh : "系统错误";
  s += "（";
  s += std::strerror(err);
  s += "）";
  return s;
}

Input unreadable(std::string why) {
  Input in;
  in.kind = Input::Kind::Unreadable;
  in.why = std::move(why);
  return in;
}

Input too_large(std::uintmax_t size, bool at_least) {
  Input in;
  in.kind = Input::Kind::TooLarge;
  in.size = size;
  in.at_least = at_least;
  return in;
}

// Reads fd to its end or to max_bytes + 1 bytes. When `wait_ms` >= 0 the fd
// is non-blocking and each wait for data is a poll of at most wait_ms.
Input read_fd(int fd, std::size_t max_bytes, std::size_t size_hint, int wait_ms, const char* doing) {
  Input in;
  if (size_hint > 0) in.bytes.reserve(size_hint + 1);  // a regular file: one allocation, no doubling
  constexpr std::size_t kChunk = 1 << 16;
  for (;;) {
    if (in.bytes.size() > max_bytes) return too_large(in.bytes.size(), true);
    const std::size_t want = std::min(kChunk, max_bytes + 1 - in.bytes.size());
    const std::size_t at = in.bytes.size();
    if (in.bytes.capacity() < at + want) in.bytes.reserve(std::max(at + want, std::min(2 * at, max_bytes + 1)));
    in.bytes.resize(at + want);
    const ssize_t n = ::read(fd, &in.bytes[at], want);
    if (n > 0) {
      in.bytes.resize(at + static_cast<std::size_t>(n));
      continue;
    }
    in.bytes.resize(at);
    if (n == 0) break;
    if (errno == EINTR) continue;
    if ((errno == EAGAIN || errno == EWOULDBLOCK) && wait_ms >= 0) {
      pollfd p{fd, POLLIN, 0};
      const int r = ::poll(&p, 1, wait_ms);
      if (r == 0) {
        return unreadable("等待了 " + std::to_string(wait_ms / 1000) +
                          " 秒仍没有读到数据（管道没有写入方，或设备没有数据），已放弃；"
                          "可用环境变量 GKCHECK_WAIT_SECONDS 设定等待的秒数");
      }
      if (r < 0 && errno != EINTR) return unreadable(reason(errno, doing));
      continue;
    }
    return unreadable(reason(errno, doing));
  }
  return in;
}

}  // namespace

int wait_seconds_from_env() {
  const char* v = std::getenv("GKCHECK_WAIT_SECONDS");
  if (!v || !*v) return kDefaultWaitSeconds;
  char* end = nullptr;
  const long s = std::strtol(v, &end, 10);
  if (*end != '\0' || s < 0 || s > 86400) return kDefaultWaitSeconds;
  return static_cast<int>(s);
}

Input read_input(const std::string& path, std::size_t max_bytes, int wait_seconds) {
  if (path == "-") {
    struct stat st {};
    if (::fstat(0, &st) != 0) return unreadable(reason(errno, "读取标准输入时出错："));
    if (S_ISDIR(st.st_mode)) return unreadable("标准输入是一个文件夹");
    if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_bytes)
      return too_large(static_cast<std::uintmax_t>(st.st_size), false);
    const std::size_t hint = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
    // Standard input is read as it comes, without a time limit (someone may be typing).
    return read_fd(0, max_bytes, hint, -1, "读取标准输入时出错：");
  }
  // Non-blocking, so that opening a FIFO with no writer returns at once.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return unreadable(reason(errno, ""));
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return unreadable(reason(errno, "无法读取文件信息："));
  if (S_ISDIR(st.st_mode)) return unreadable("这是一个文件夹");
  if (S_ISREG(st.st_mode)) {
    if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) return too_large(static_cast<std::uintmax_t>(st.st_size), false);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    // st_size is a hint only (files in /proc say 0); the read stops at the limit anyway.
    return read_fd(fd, max_bytes, static_cast<std::size_t>(st.st_size), -1, "读取时出错：");
  }
  // A FIFO, a character device, a socket: read while data comes, give up after
  // wait_seconds of silence. On Linux a FIFO opened before any writer does not
  // signal its end until a writer has come and gone, so poll comes first.
  const int wait_ms = wait_seconds * 1000;
  if (S_ISFIFO(st.st_mode)) {
    pollfd p{fd, POLLIN, 0};
    int r;
    do r = ::poll(&p, 1, wait_ms);
    while (r < 0 && errno == EINTR);
    if (r == 0) {
      return unreadable("这是一个命名管道（FIFO），等待了 " + std::to_string(wait_seconds) +
                        " 秒没有写入方，已放弃；可用环境变量 GKCHECK_WAIT_SECONDS 设定等待的秒数");
    }
  }
  return read_fd(fd, max_bytes, 0, wait_ms, "读取时出错：");
}

bool looks_binary(std::string_view text, std::string* why) {
  if (text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'))) {
    *why = "是 UTF-16 编码的文本，请另存为 UTF-8 后再检查";
    return true;
  }
  if (text.substr(0, 8192).find('\0') != std::string_view::npos) {
    *why = "不是文本文件（含有空字节），已跳过";
    return true;
  }
  return false;
}

}  // namespace gkcli
