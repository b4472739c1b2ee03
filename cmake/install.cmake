# What `cmake --install` (and `make install`) puts where, and the Debian package made of it.

install(TARGETS cxlint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_BINARY_DIR}/man/cxlint.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Each shell's own folder for completions that packages install (bash-completion loads them on
# first use of the command; zsh and fish search these folders by default on Debian).
install(FILES ${CMAKE_BINARY_DIR}/completions/cxlint.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME cxlint)
install(FILES ${CMAKE_BINARY_DIR}/completions/_cxlint DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${CMAKE_BINARY_DIR}/completions/cxlint.fish
  DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# `make package` (cpack): build/cxlint_<version>_<arch>.deb. Depends is computed from the
# libraries the binary links (dpkg-shlibdeps), so it always names what this build needs, plus
# libcurl4, which `pull` loads only when it runs (src/api/curl_library.h).
set(CXLINT_PACKAGE_MAINTAINER "cxlint maintainers <cxlint@users.noreply.github.com>"
  CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cxlint)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${CXLINT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libcurl4")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The summary is the first line of Description; cpack indents these lines below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "cxlint finds, before terraform apply, the defects that drop conversations
under peak load: calls that retry instantly, failure paths nobody handles, HTTP 429 that no flow
looks at.")
include(CPack)
