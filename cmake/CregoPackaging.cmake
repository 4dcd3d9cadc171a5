# SPDX-License-Identifier: GPL-3.0-or-later
# What an installation holds besides the executables (src/app), and the installers CPack makes of it:
# a Debian package and a tarball on Linux, a WiX .msi on Windows, a drag-and-drop .dmg on macOS.
# Build them with scripts/package (Linux) or the steps in the README (Windows, macOS).

set(CREGO_APP_ID io.crego.CregoDesk)
set(CREGO_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/crego-desk")

if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/${CREGO_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/${CREGO_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/crego-desk.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${CREGO_APP_ID}.svg")
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/icons/${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME "${CREGO_APP_ID}.png")
    endforeach()
    # Debian keeps a package's licence as /usr/share/doc/<package>/copyright.
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CREGO_DOC_DIR}" RENAME copyright)
elseif(WIN32)
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CREGO_DOC_DIR}")
endif()
# The bank-branch and pincode tables are compiled into the app; their licences travel with it. (A macOS
# disk image holds the bundle alone; its licence is shown when the image is opened.)
if(NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/reference/LICENSE.ifsc"
        "${PROJECT_SOURCE_DIR}/resources/reference/LICENSE.pincodes" DESTINATION "${CREGO_DOC_DIR}")
endif()

# CPack's WiX generator wants the licence with a .txt extension.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)

set(CPACK_PACKAGE_NAME crego-desk)
set(CPACK_PACKAGE_VENDOR Crego)
set(CPACK_PACKAGE_CONTACT "Crego Desk developers <desk@crego.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage loan leads and review credit lines from the Crego lending API")
# Lines of at most 80 characters: Debian shows the description as it is written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Crego Desk is a desktop client for lenders who work through the Crego lending"
    "API. Loan officers find leads and keep their applicants, bank accounts,"
    "documents and addresses right; credit reviewers inspect a borrower's credit"
    "line (utilization, outstanding, DPD, NPA class, ROI slabs) in tables and"
    "charts; everyone exports reports to Excel. In English and Hindi."
    ""
    "A built-in sandbox server lets you try it without an account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Crego Desk")
set(CPACK_PACKAGE_EXECUTABLES crego-desk "Crego Desk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

if(WIN32)
    set(CPACK_GENERATOR WIX)
    # Never change: Windows recognises a newer .msi of the same product by it and upgrades in place.
    set(CPACK_WIX_UPGRADE_GUID "6B1D3C55-2F4E-4C1B-9B0E-6A1F2D7C8E41")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/crego-desk.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Crego Desk")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Crego Desk")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/crego-desk.icns")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Libraries the binaries link: computed by dpkg-shlibdeps. Plugins Qt loads at run time are not linked,
    # so they are named here: the X11 platform, SQLite (drafts, cache), SVG icons, TIFF previews.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, qt6-image-formats-plugins")
    # Qt's native Wayland platform (without it Qt runs through XWayland); a keychain keeps the sign-in
    # token between runs (without one the app asks again each time).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager")
endif()

include(CPack)
