# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> -P CheckTranslations.cmake
# Fails when running lupdate over the sources would change a committed .ts file, i.e. when a
# user-visible string was added or changed without `cmake --build build --target update_translations`.

file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.ui")
file(GLOB catalogs "${SOURCE_DIR}/translations/*.ts")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(catalog IN LISTS catalogs)
    get_filename_component(name "${catalog}" NAME)
    file(COPY "${catalog}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
list(JOIN sources "\n" source_list)
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")

execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete "@${WORK_DIR}/sources.lst" -ts ${copies}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()

set(stale)
foreach(catalog IN LISTS catalogs)
    get_filename_component(name "${catalog}" NAME)
    file(READ "${catalog}" committed)
    file(READ "${WORK_DIR}/${name}" updated)
    if(NOT committed STREQUAL updated)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Translation catalogs are out of date: ${stale}. "
                        "Run: cmake --build build --target update_translations")
endif()
message(STATUS "Translation catalogs are up to date")
