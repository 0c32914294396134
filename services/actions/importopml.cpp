// SPDX-License-Identifier: MIT
#include "importopml.h"

#include "opml/opmlfile.h"
#include "opml/opmlimport.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class ImportOpmlMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ImportOpmlMessages)
};

Outcome importFile(FeedStore &store, const QString &path)
{
    const Result<QByteArray> bytes = readOpmlFile(path);
    if (!bytes)
        return Outcome::failed(Failure::Input, bytes.error()); // names the file and why
    Result<OpmlDocument> document = readOpml(bytes.value());
    if (!document) {
        return Outcome::failed(Failure::Input,
                               ImportOpmlMessages::tr("Nothing was imported from %1: %2").arg(opmlFileName(path), document.error()));
    }
    Result<OpmlImport> imported = importSubscriptions(store, document.value());
    if (!imported) {
        return Outcome::failed(Failure::Storage,
                               ImportOpmlMessages::tr("Nothing was imported from %1: %2").arg(opmlFileName(path), imported.error()));
    }
    const OpmlImport &counts = imported.value();
    Outcome outcome = Outcome::done(ImportOpmlMessages::tr("Imported %n feed(s)", nullptr, counts.added) + u"; "
                                    + ImportOpmlMessages::tr("%n already subscribed", nullptr, counts.alreadySubscribed) + u"; "
                                    + ImportOpmlMessages::tr("%n skipped", nullptr, int(counts.problems.size())) + u'.');
    for (const QString &problem : counts.problems)
        outcome.details << ImportOpmlMessages::tr("skipped: %1").arg(problem);
    return outcome;
}

} // namespace

void importOpml(const ActionServices &services, const QString &path, QObject *context, std::function<void(const Outcome &)> done)
{
    services.store->post([path](FeedStore &store) { return importFile(store, path); }, context, std::move(done));
}

} // namespace freshet::actions
