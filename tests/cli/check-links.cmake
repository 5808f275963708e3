# cmake -DPROGRAM=<file> -DFORBIDDEN=<regex> -P check-links.cmake
# Fails when `ldd PROGRAM` lists a library matching FORBIDDEN: the command line must not load Qt Widgets
# or Qt HTTP Server (issue 10: the CLI links only the layers it uses).
if(NOT PROGRAM OR NOT FORBIDDEN)
    message(FATAL_ERROR "check-links.cmake: PROGRAM and FORBIDDEN are required")
endif()
execute_process(COMMAND ldd "${PROGRAM}" OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "ldd ${PROGRAM} failed (${_rc}): ${_err}")
endif()
if(NOT _out MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd ${PROGRAM} lists no Qt library; is it the right program?\n${_out}")
endif()
string(REGEX MATCHALL "[^\n]*(${FORBIDDEN})[^\n]*" _bad "${_out}")
if(_bad)
    string(REPLACE ";" "\n" _bad "${_bad}")
    message(FATAL_ERROR "${PROGRAM} loads libraries it must not:\n${_bad}")
endif()
message(STATUS "${PROGRAM}: no library matching ${FORBIDDEN}")
