# The language settings every gkcheck project shares (the main tree, bench/, fuzz/): C++17,
# no compiler extensions. Included right after project().
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
