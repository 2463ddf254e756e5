# Finds the two libraries the core needs: utf8proc and nlohmann_json.
# Native builds use Debian's packages; the wasm build compiles utf8proc from
# source (see wasm/ and scripts/) and points GKCHECK_UTF8PROC_SOURCE at it.

if(EMSCRIPTEN)
  if(NOT GKCHECK_UTF8PROC_SOURCE)
    message(FATAL_ERROR "GKCHECK_UTF8PROC_SOURCE must name utf8proc's source folder for the wasm build")
  endif()
  add_library(utf8proc STATIC ${GKCHECK_UTF8PROC_SOURCE}/utf8proc.c)
  target_include_directories(utf8proc PUBLIC ${GKCHECK_UTF8PROC_SOURCE})
  target_compile_definitions(utf8proc PUBLIC UTF8PROC_STATIC)
  if(NOT GKCHECK_JSON_INCLUDE)
    message(FATAL_ERROR "GKCHECK_JSON_INCLUDE must name a folder holding nlohmann/json.hpp (never /usr/include)")
  endif()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json INTERFACE ${GKCHECK_JSON_INCLUDE})
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
else()
  find_package(nlohmann_json 3 REQUIRED)
  find_path(UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
  find_library(UTF8PROC_LIBRARY NAMES utf8proc REQUIRED)
  add_library(utf8proc UNKNOWN IMPORTED)
  set_target_properties(utf8proc PROPERTIES
    IMPORTED_LOCATION ${UTF8PROC_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${UTF8PROC_INCLUDE_DIR})
endif()
