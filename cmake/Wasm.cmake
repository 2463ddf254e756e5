# Settings for the Emscripten build (included from the top-level CMakeLists.txt
# before the core, so the core and utf8proc are compiled with them too).
#
# Exceptions stay on: the core throws std::logic_error on a broken format table
# and nlohmann_json throws on misuse; with -fno-exceptions a throw would abort
# the module for good. The boundary (wasm/gkcheck_wasm.cpp) turns a C++
# exception into a JavaScript Error.
#
# GKCHECK_WASM_OPT picks the optimisation level for compiling and linking; -O2
# was measured against -Os and -O3 (README, "Measurements").
set(GKCHECK_WASM_OPT "-O2" CACHE STRING "Optimisation flag for the wasm build (-O2, -Os, -O3, -Oz)")
set(CMAKE_C_FLAGS_RELEASE "${GKCHECK_WASM_OPT} -DNDEBUG" CACHE STRING "" FORCE)
set(CMAKE_CXX_FLAGS_RELEASE "${GKCHECK_WASM_OPT} -DNDEBUG" CACHE STRING "" FORCE)
add_compile_options(-fexceptions)
add_link_options(-fexceptions)
