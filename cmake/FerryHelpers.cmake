# Compile options shared by every target of ours: strict warnings and Qt's strictness defines.
# Warnings fail the build only with FERRY_WARNINGS_AS_ERRORS (the developers' and CI's builds):
# a user's or packager's newer compiler must not stop at a warning we have not seen yet.
function(ferry_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra)
    if(FERRY_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER)
endfunction()

# ferry_add_test(name SOURCES a.cpp ... [LIBS lib ...] [LABELS unit|integration|ui] [TIMEOUT s])
# One test executable linked against the real libraries. Integration tests read their server
# endpoints from the environment that tests/support/servers.sh exports; UI tests run offscreen.
# FERRY_LANG=en: the ferry binary a test runs speaks English whatever the machine's locale.
function(ferry_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    ferry_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ferry-core ferry-testsupport ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FERRY_LANG=en;FERRY_SECRET_BACKEND=vault;QT_LOGGING_RULES=ferry.*.debug=false")
endfunction()
