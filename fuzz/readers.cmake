# The file readers' harnesses (included from fuzz/CMakeLists.txt): fuzz_docx, fuzz_pdf_layout,
# fuzz_html (read_any). Build and run, e.g.:
#   CC=clang CXX=clang++ cmake -S fuzz -B build/fuzz && cmake --build build/fuzz --target fuzz_docx
#   build/fuzz/fuzz_docx -max_total_time=60 -seed=1 -max_len=200000 build/fuzz/corpus-docx
# (likewise fuzz_pdf_layout on build/fuzz/corpus-pdf_layout, fuzz_html on corpus-html: gkgen --layout html)
# (corpus-docx: a few `build/native/tests/gen/gkgen --seed N --layout tab --docx` outputs)
add_subdirectory(${GKCHECK_ROOT}/readers readers)
foreach(h fuzz_docx fuzz_pdf_layout fuzz_html)
  add_executable(${h} ${h}.cpp)
  target_link_libraries(${h} PRIVATE gkread gkcheck_core)
  target_link_options(${h} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${h} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
endforeach()
# Not a harness: writes a PDF's poppler boxes in fuzz_pdf_layout's input form (its seeds).
add_executable(pdf_boxes pdf_boxes.cpp)
target_link_libraries(pdf_boxes PRIVATE gkread)
set_target_properties(pdf_boxes PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
