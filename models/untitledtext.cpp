// SPDX-License-Identifier: MIT
#include "untitledtext.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString untitledText(const QString &html, int maxWords)
{
    if (html.trimmed().isEmpty())
        return {};
    // Qt's own HTML reader, not a pattern: entities, comments and tags split across the cut
    // are read as a browser would (a tag cut off at the end is no text).
    const QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    // The last word may be one the cut of the stored text went through.
    const bool cut = words.size() > maxWords;
    if (cut)
        words.resize(maxWords);
    QString shown = words.join(u' ');
    if (cut)
        shown += u'\u2026';
    return shown;
}

} // namespace freshet
