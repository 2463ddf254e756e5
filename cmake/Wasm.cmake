# Settings for the Emscripten build (included from the top-level CMakeLists.txt
# before the core, so the core and utf8proc are compiled with them too).
#
# Exceptions stay on (GKCHECK_WASM_EH below): the core throws std::logic_error on a broken format table
# and nlohmann_json throws on misuse; with -fno-exceptions a throw would abort
# the module for good. The boundary (wasm/gkcheck_wasm.cpp) turns a C++
# exception into a JavaScript Error.
#
# GKCHECK_WASM_OPT picks the optimisation level for compiling and linking; -O2
# was measured against -Os and -O3 (README, "Measurements").
set(GKCHECK_WASM_OPT "-O2" CACHE STRING "Optimisation flag for the wasm build (-O2, -Os, -O3, -Oz)")
set(CMAKE_C_FLAGS_RELEASE "${GKCHECK_WASM_OPT} -DNDEBUG" CACHE STRING "" FORCE)
set(CMAKE_CXX_FLAGS_RELEASE "${GKCHECK_WASM_OPT} -DNDEBUG" CACHE STRING "" FORCE)
# GKCHECK_WASM_EH picks how exceptions are compiled. "wasm" (-fwasm-exceptions): WebAssembly's
# own exception handling (Chrome/Edge 95+, Firefox 100+, Safari 15.2+, Node 17+); a call that
# may throw costs nothing until something is thrown. "js" (-fexceptions): Emscripten's older
# emulation, which sends every such call out to a JavaScript invoke_* trampoline and back —
# that made the module about 5x slower than native. Both catch the same C++ exceptions.
set(GKCHECK_WASM_EH "wasm" CACHE STRING "Exception handling of the wasm build: wasm (-fwasm-exceptions) or js (-fexceptions)")
if(GKCHECK_WASM_EH STREQUAL "js")
  set(GKCHECK_WASM_EH_FLAG -fexceptions)
else()
  set(GKCHECK_WASM_EH_FLAG -fwasm-exceptions)
endif()
add_compile_options(${GKCHECK_WASM_EH_FLAG})
# Debian's prebuilt libc++ (the frozen cache) is compiled without inlining: std::string's members
# that libc++ declares `extern template` (push_back, append, assign, …) would be called there, each
# calling further one-line helpers (__is_long, size, …). Instantiating them in our own objects lets
# them be compiled and inlined at GKCHECK_WASM_OPT like the rest of the code.
add_compile_definitions(_LIBCPP_DISABLE_EXTERN_TEMPLATE)
add_link_options(${GKCHECK_WASM_EH_FLAG})
# Bulk memory (Chrome 75+, Firefox 79+, Safari 15+, below what wasm exceptions need): copies and
# fills of our own code become memory.copy / memory.fill instead of calls to musl's loops. ~4%.
# (-msimd128 was measured too: no gain on the seeds.)
add_compile_options(-mbulk-memory)
add_link_options(-mbulk-memory)
