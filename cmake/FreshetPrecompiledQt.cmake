# SPDX-License-Identifier: MIT
# Parsing Qt's headers is half of a compile here (a UI test: 3.4 s of 6.7 s at -O2), and CI
# compiles everything twice (release and sanitizers) on two cores. So a target compiled file by
# file parses the Qt headers most of its files include once, as a precompiled header.
# Only those: a whole module (<QtWidgets>) takes 12 s to precompile and 400 MB under the
# sanitizers, which costs more than it saves for a library of short files (measured; see
# docs/build-time.md). CMAKE_DISABLE_PRECOMPILE_HEADERS=ON turns this off, e.g. to check that
# every file includes what it uses.
#
# A unity build (FRESHET_UNITY_BUILD) already parses Qt's headers once per batch of eight files,
# so there a library's header only costs: the libraries, the app and the tools built 17% faster
# under the sanitizers without them, and 1.6 GB smaller per build (docs/build-time.md). A
# target whose UNITY_BUILD is on therefore gets none; the tests, one file each, keep theirs.

set(FRESHET_PRECOMPILED_CORE <QCoreApplication> <QObject> <QString> <QStringList> <QList> <QHash>
    <QDateTime> <QUrl> <QVariant> <QJsonObject> <QJsonArray>)

# freshet_precompile_qt(freshet_storage <QSqlQuery> <QSqlError>): the core set and these.
function(freshet_precompile_qt target)
    get_target_property(unity ${target} UNITY_BUILD)
    if(unity)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE ${FRESHET_PRECOMPILED_CORE} ${ARGN})
endfunction()
