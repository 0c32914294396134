# SPDX-License-Identifier: MIT
# Parsing Qt's headers is half of a compile here (a UI test: 3.4 s of 6.7 s at -O2), and CI
# compiles everything twice (release and sanitizers) on two cores. So a target with many files
# parses the Qt headers most of its files include once, as a precompiled header.
# Only those: a whole module (<QtWidgets>) takes 12 s to precompile and 400 MB under the
# sanitizers, which costs more than it saves for a library of short files (measured; see
# docs/build-time.md). CMAKE_DISABLE_PRECOMPILE_HEADERS=ON turns this off, e.g. to check that
# every file includes what it uses.

set(FRESHET_PRECOMPILED_CORE <QCoreApplication> <QObject> <QString> <QStringList> <QList> <QHash>
    <QDateTime> <QUrl> <QVariant> <QJsonObject> <QJsonArray>)

# freshet_precompile_qt(freshet_storage <QSqlQuery> <QSqlError>): the core set and these.
function(freshet_precompile_qt target)
    target_precompile_headers(${target} PRIVATE ${FRESHET_PRECOMPILED_CORE} ${ARGN})
endfunction()
