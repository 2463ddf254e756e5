// See output.h.
#include "output.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace gkcli {

bool Output::fail(int err) {
  if (failed_) return false;
  failed_ = true;
  const char* zh = err == ENOSPC ? "磁盘已满"
                   : err == EPIPE ? "接收输出的程序已退出（管道已关闭）"
                   : err == EBADF ? "标准输出已关闭"
                   : err == EIO   ? "输入/输出错误"
                   : err == EDQUOT ? "超过了磁盘配额"
                                  : "写入出错";
  why_ = std::string(zh) + "（" + std::strerror(err) + "）";
  return false;
}

bool Output::write(std::string_view s) {
  if (failed_) return false;
  if (!s.empty()) {
    errno = 0;
    if (std::fwrite(s.data(), 1, s.size(), f_) != s.size() || std::ferror(f_)) return fail(errno ? errno : EIO);
  }
  return flush();
}

bool Output::flush() {
  if (failed_) return false;
  errno = 0;
  if (std::fflush(f_) != 0 || std::ferror(f_)) return fail(errno ? errno : EIO);
  return true;
}

bool stdout_is_open() { return ::fcntl(1, F_GETFD) != -1 || errno != EBADF; }

std::string output_failure_message(const std::string& why) {
  return "gkcheck: 无法写出结果：" + why + "，结果没有完整输出\n";
}

}  // namespace gkcli
