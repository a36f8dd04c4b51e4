# macOS app bundle and DMG (CPack DragNDrop). Untested: Debian cannot build it (see README.md).
# app/CMakeLists.txt makes Ferry.app; macdeployqt puts the Qt frameworks and plug-ins into it
# at install time. The headless command is Ferry.app/Contents/MacOS/ferry.
find_program(MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Ferry.app\"
    -always-overwrite COMMAND_ERROR_IS_FATAL ANY)")
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Ferry ${PROJECT_VERSION}")
