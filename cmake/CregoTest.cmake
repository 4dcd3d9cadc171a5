# SPDX-License-Identifier: GPL-3.0-or-later
# crego_add_test(<name> SOURCES <files...> LIBS <layer targets...> [WRAPPER <command...>] [TIMEOUT <s>])
# One Qt Test executable per unit, linked to the layer under test and tests/support only, run offscreen
# in a UTF-8 C locale (the idea of KeePassXC's add_unit_test).

function(crego_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;WRAPPER" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE Qt6::Test crego_test_support ${ARG_LIBS} Crego::Options)
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=0")
endfunction()
