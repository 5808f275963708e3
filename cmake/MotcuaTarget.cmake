# Common settings for every MotCua target: C++20, strict warnings, -Werror when the CI environment
# variable is set, optional ASan+UBSan, include paths rooted at the repository.

if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(MOTCUA_CCACHE ccache)
    if(MOTCUA_CCACHE)
        # base_dir makes the cache shared between build folders of the same checkout's parent.
        get_filename_component(_motcua_parent "${CMAKE_SOURCE_DIR}/.." ABSOLUTE)
        set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${_motcua_parent}
            CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
            ${MOTCUA_CCACHE})
    endif()
endif()

function(motcua_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
                           -Woverloaded-virtual -Wformat=2
                           $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> # clang has no -Wshadow=local
                           $<$<CXX_COMPILER_ID:Clang>:-Wno-string-concatenation>) # the SQL in StoreSchema
    if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(MOTCUA_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(MOTCUA_FUZZ)
        # Everything a fuzzer links is instrumented for coverage and checked by ASan and UBSan; any
        # undefined behaviour stops the run like a crash. Fuzzers themselves link -fsanitize=fuzzer.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                               -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    target_compile_definitions(${target} PRIVATE MOTCUA_VERSION="${PROJECT_VERSION}"
                               MOTCUA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()

# Unity (jumbo) builds for the targets with many source files: parsing the Qt headers once per batch
# instead of once per file roughly halves a from-scratch build on two cores.
function(motcua_unity target)
    if(MOTCUA_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 12)
    endif()
endfunction()

# A layer library built from every source file below its folder, except the sub-folders named after
# EXCLUDE (libraries of their own, e.g. ui/print, sync/central).
#   motcua_add_layer_library(<target> [EXCLUDE <subfolder>...])
function(motcua_add_layer_library target)
    cmake_parse_arguments(L "" "" "EXCLUDE" ${ARGN})
    file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
         ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    foreach(_sub IN LISTS L_EXCLUDE)
        list(FILTER _sources EXCLUDE REGEX "^${CMAKE_CURRENT_SOURCE_DIR}/${_sub}/")
    endforeach()
    add_library(${target} STATIC ${_sources})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
    motcua_target_defaults(${target})
    motcua_unity(${target})
endfunction()
