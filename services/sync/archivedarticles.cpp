// SPDX-License-Identifier: MIT
#include "archivedarticles.h"

#include <QCoreApplication>

namespace freshet::sync {

namespace {
class ArchivedArticlesMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ArchivedArticlesMessages)
};
} // namespace

QString archivedArticlesTitle()
{
    return ArchivedArticlesMessages::tr("Archived articles");
}

} // namespace freshet::sync
