// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actionservices.h"
#include "outcome.h"
#include "result.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// A sync account as a person describes it: the server's address as typed, the name to call
/// it (empty: the server's host name) and the password, which goes only to the keychain.
struct NewAccount
{
    QString protocol;
    QString server;
    QString user;
    QString name;
    QString secret;
};

/// The server's address as checked (a scheme added where none was typed), or why what was given
/// cannot be an account (an unknown protocol, an address that is not one, no user name):
/// checked first by addAccount, and before a password is asked for.
Result<QUrl> checkNewAccount(const NewAccount &wanted);
/// The account name the person gave, or the checked server's host name when they gave none.
QString newAccountName(const NewAccount &wanted, const QUrl &server);
/// Said when an account of that name exists already.
QString accountNameTakenMessage(const QString &name);

/// Adds a sync account: checks what was given, refuses a name already taken, logs in once (a
/// refused login adds nothing), stores the account and files its password in the keychain. An
/// account whose password could not be kept is taken out again, since it could never sync.
/// done gets the account when it was added; it runs once on context's thread, unless context
/// is gone by then.
void addAccount(const ActionServices &services, const NewAccount &wanted, QObject *context,
                std::function<void(const Outcome &, const Account &added)> done);

} // namespace freshet::actions
