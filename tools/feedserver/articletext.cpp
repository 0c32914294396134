// SPDX-License-Identifier: MIT
#include "articletext.h"
#include "splitmix.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const char *const Syllables[] = {"ka",  "lo",  "mi",  "ren", "tos", "vel", "an",  "dor", "is",  "qua", "ber",
                                 "sil", "nu",  "pra", "gen", "hol", "tri", "ves", "mar", "cor", "lin", "zu",
                                 "fe",  "ost", "ria", "bel", "un",  "cha", "dri", "em",  "gor", "pel"};
constexpr quint64 SyllableCount = sizeof(Syllables) / sizeof(Syllables[0]);
const char *const Common[] = {"the", "of", "and", "a", "to", "in", "is", "that", "for", "it", "with", "as", "on", "was"};
constexpr quint64 CommonCount = sizeof(Common) / sizeof(Common[0]);
constexpr quint64 Vocabulary = 30000;

/// Word number `rank` of the vocabulary, spelled from its digits in base 32 syllables.
void appendWord(QString &out, quint64 rank)
{
    do {
        out += QLatin1StringView(Syllables[rank % SyllableCount]);
        rank /= SyllableCount;
    } while (rank > 0);
}

class Writer
{
public:
    explicit Writer(quint64 seed) : m_state(seed) {}

    quint64 next() { return m_state = splitmix64(m_state); }

    /// A common word a third of the time; otherwise a vocabulary word, low ranks far likelier
    /// (the cube of a uniform draw), as word frequencies in prose fall off.
    void appendProseWord(QString &out)
    {
        const quint64 draw = next();
        if (draw % 3 == 0) {
            out += QLatin1StringView(Common[(draw >> 8) % CommonCount]);
            return;
        }
        const double uniform = double((draw >> 11) & ((1ULL << 40) - 1)) / double(1ULL << 40);
        appendWord(out, quint64(uniform * uniform * uniform * double(Vocabulary)));
    }

    void appendSentence(QString &out)
    {
        const int words = 8 + int(next() % 14);
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                out += u' ';
            const quint64 markup = next() % 40;
            if (markup == 0) {
                out += u"<a href=\"https://example.org/notes/"_s + QString::number(next() % Vocabulary) + u"\">"_s;
                appendProseWord(out);
                out += u"</a>"_s;
            } else if (markup == 1) {
                out += u"<em>"_s;
                appendProseWord(out);
                out += u"</em>"_s;
            } else if (markup == 2) {
                out += u"<strong>"_s;
                appendProseWord(out);
                out += u"</strong>"_s;
            } else {
                appendProseWord(out);
            }
        }
        out += u". "_s;
    }

private:
    quint64 m_state;
};
} // namespace

namespace ArticleText {

QString html(quint64 seed, int bytes)
{
    QString out;
    if (bytes <= 0)
        return out;
    out.reserve(bytes + 256);
    Writer writer(seed);
    int paragraph = 0;
    while (out.size() < bytes) {
        if (paragraph % 4 == 2) {
            out += u"<ul>"_s;
            for (int item = 0; item < 3; ++item) {
                out += u"<li>"_s;
                writer.appendSentence(out);
                out += u"</li>"_s;
            }
            out += u"</ul>"_s;
        } else {
            out += u"<p>"_s;
            const int sentences = 2 + int(writer.next() % 3);
            for (int sentence = 0; sentence < sentences; ++sentence)
                writer.appendSentence(out);
            out += u"</p>"_s;
        }
        ++paragraph;
    }
    return out;
}

} // namespace ArticleText
