# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every target of the project links it (the idea of qBittorrent's qbt_common_cfg).

add_library(crego_options INTERFACE)
add_library(Crego::Options ALIAS crego_options)

target_compile_features(crego_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(crego_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CREGO_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(crego_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(CREGO_WERROR)
        target_compile_options(crego_options INTERFACE -Werror)
    endif()
    if(NOT APPLE)
        # Compressed debug sections: every test executable links the layers statically, so a debug build
        # tree is several GiB without them and about a third of that with them. gdb reads them as they are.
        target_compile_options(crego_options INTERFACE $<$<CONFIG:Debug,RelWithDebInfo>:-gz>)
        target_link_options(crego_options INTERFACE $<$<CONFIG:Debug,RelWithDebInfo>:-gz>)
    endif()
    if(CREGO_FUZZ)
        # Coverage for libFuzzer in every library the fuzz targets link; the targets add -fsanitize=fuzzer.
        target_compile_options(crego_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                       -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(crego_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(CREGO_SANITIZE)
        target_compile_options(crego_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=undefined)
        target_link_options(crego_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(crego_options INTERFACE /W4 /utf-8 /permissive-)
    if(CREGO_WERROR)
        target_compile_options(crego_options INTERFACE /WX)
    endif()
endif()
