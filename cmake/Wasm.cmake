# Settings for the Emscripten build (included from the top-level CMakeLists.txt
# before the core, so the core and utf8proc are compiled with them too).
#
# Exceptions stay on (GKCHECK_WASM_EH below): the core throws std::logic_error on a broken format table
# and nlohmann_json throws on misuse; with -fno-exceptions a throw would abort
# the module for good. The boundary (wasm/gkcheck_wasm.cpp) turns a C++
# exception into a JavaScript Error.
#
# GKCHECK_WASM_OPT picks the optimisation level for compiling and linking; -O2
# was measured against -Os and -O3 (README, "Measurements"); -Os makes the module about 4x slower.
set(GKCHECK_WASM_OPT "-O2" CACHE STRING "Optimisation flag for the wasm build (-O2, -Os, -O3, -Oz)")
set(CMAKE_C_FLAGS_RELEASE "${GKCHECK_WASM_OPT} -DNDEBUG" CACHE STRING "" FORCE)
set(CMAKE_CXX_FLAGS_RELEASE "${GKCHECK_WASM_OPT} -DNDEBUG" CACHE STRING "" FORCE)
# GKCHECK_WASM_EH picks how exceptions are compiled; the three catch the same C++ exceptions at the
# boundary and make them JavaScript Errors, and give the same results (tests/wasm).
#  "js-boundary" (default): Emscripten's emulation with catching allowed only in gk_wasm_check
#    (wasm/gkcheck_wasm.cpp). Nothing inside the core goes through the emulation's invoke_*
#    trampolines, so it is as fast as "wasm" (measured: within 1%), the smallest, and runs in any
#    browser with WebAssembly. The cost: a throw skips the destructors of the core's frames it
#    unwinds (their memory leaks; the page restarts its worker after an error anyway), and a
#    try/catch inside the core would not catch (the core has none; keep it so, or use "wasm").
#  "wasm" (-fwasm-exceptions): WebAssembly's own exception handling, destructors run; needs
#    Chrome/Edge 95+, Firefox 100+, Safari 15.2+ (not e.g. 360 browser's Chrome 86 core).
#  "js" (-fexceptions): the emulation everywhere, as before: every call that may throw goes out to
#    JavaScript and back; about 2.5x slower than the other two.
set(GKCHECK_WASM_EH "js-boundary" CACHE STRING "Exception handling of the wasm build: js-boundary, wasm (-fwasm-exceptions) or js (-fexceptions)")
if(GKCHECK_WASM_EH STREQUAL "js")
  set(GKCHECK_WASM_EH_FLAG -fexceptions)
elseif(GKCHECK_WASM_EH STREQUAL "wasm")
  set(GKCHECK_WASM_EH_FLAG -fwasm-exceptions)
else()
  set(GKCHECK_WASM_EH_FLAG -sEXCEPTION_CATCHING_ALLOWED=gk_wasm_check,gk_wasm_review)
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
