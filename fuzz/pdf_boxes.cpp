// Seeds for fuzz_pdf_layout: a PDF's text boxes as poppler gives them (gkread::pdf_pages, what the
// command line lays out), written one a line in the harness's input form
// "page x y w h flags text" (flags: 1 vertical, 2 a space after).
//   build/fuzz/pdf_boxes FILE.pdf > SEED.txt      (scripts/fuzz.sh makes its seeds this way)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "gkread/read.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: pdf_boxes FILE.pdf\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<gkread::PdfPage> pages;
  std::string error;
  if (!in.is_open() || in.bad() || !gkread::pdf_pages(bytes, &pages, &error)) {
    std::cerr << "pdf_boxes: " << argv[1] << ": " << (error.empty() ? "cannot read" : error) << "\n";
    return 2;
  }
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const gkread::PdfBox& b : pages[p].boxes) {
      std::string text = b.text;
      for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
      std::printf("%zu %.2f %.2f %.2f %.2f %d %s\n", p, b.x, b.y, b.w, b.h,
                  (b.vertical ? 1 : 0) | (b.space_after ? 2 : 0), text.c_str());
    }
  return 0;
}
