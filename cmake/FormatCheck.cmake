# Run by the format_check test: every C++ file git tracks must match .clang-format.
execute_process(COMMAND git ls-files "*.cpp" "*.h"
                WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REPLACE "\n" ";" files "${files}")
execute_process(COMMAND clang-format --dry-run -Werror ${files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Some files are not clang-formatted: run clang-format -i on them.")
endif()
