# `make package`: a Debian package of what `cmake --install` puts in place, named
# crossread_VERSION_ARCH.deb. Shared-library dependencies are found with dpkg-shlibdeps; what
# Qt loads as plugins at run time is named here, since no linker records it.
set(CROSSREAD_MAINTAINER "Crossread maintainers <maintainers@users.noreply.b-seed-3afc967c.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME crossread)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR Crossread)
set(CPACK_PACKAGE_CONTACT "${CROSSREAD_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "research workbench for reading AI-industry news across sources")
# CPack puts the summary above this and indents it as the control file wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Crossread imports folders of articles (plain text, Markdown, HTML, PDF),
lets analysts highlight spans, tag claims and keep notes, compares two
sources sentence by sentence, collects the figures each source reports
and exports annotated PDF files, REFI-QDA projects, CSV and Web Annotation
JSON-LD. The same work is available on the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The SQLite driver is a Qt plugin: projects cannot be opened without it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# The PDF export lays text out in DejaVu where it is installed; team projects on PostgreSQL
# need Qt's PostgreSQL driver (without it, opening one says so); Qt's own strings in German.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
