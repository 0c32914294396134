#pragma once

class QCoreApplication;

namespace freshet {

/// Loads Freshet's and Qt's own translations for the system language, when they exist.
void installTranslations(QCoreApplication &app);

} // namespace freshet
