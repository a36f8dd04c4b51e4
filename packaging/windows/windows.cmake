# Windows installer (NSIS through CPack). Untested: Debian cannot build it (see README.md here).
# windeployqt copies the Qt libraries and plug-ins Ferry loads (platforms/qwindows, sqldrivers/
# qsqlite, imageformats/qsvg, iconengines/qsvgicon) beside ferry.exe at install time.
find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-translations
    --no-compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/bin/ferry.exe\" COMMAND_ERROR_IS_FATAL ANY)")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries) # the MSVC runtime
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "Ferry")
set(CPACK_NSIS_DISPLAY_NAME "Ferry ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/ferry.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ferry.exe")
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ on PATH for the headless ferry command
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Ferry.lnk' '$INSTDIR\\\\bin\\\\ferry.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Ferry.lnk'")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Ferry")
