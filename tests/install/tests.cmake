# Tests of cxlint as users install it: the man page and completions the build writes, the
# Debian package and `cmake --install`, the GitHub Action and the pre-commit hooks.

add_test(NAME manpage
  COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/install/manpage_test.py $<TARGET_FILE:cxlint> ${CMAKE_BINARY_DIR}/man/cxlint.1)
add_test(NAME completion COMMAND ${CMAKE_SOURCE_DIR}/tests/install/completion_test.sh $<TARGET_FILE:cxlint>)
add_test(NAME package COMMAND ${CMAKE_SOURCE_DIR}/tests/install/package_test.sh ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR})
add_test(NAME action
  COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/install/action_test.py ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR} ${cxlint_shared_dir})
