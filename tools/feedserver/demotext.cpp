// SPDX-License-Identifier: MIT
#include "demotext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
// Coprime list lengths (14 × 13, 7 × 11) make every pairing appear before any repeats.
const QStringList Subjects{
    u"The city library"_s,
    u"A corner bakery"_s,
    u"The river ferry"_s,
    u"Night market stallholders"_s,
    u"The hilltop observatory"_s,
    u"Winter sea swimmers"_s,
    u"The community garden"_s,
    u"A student jazz quartet"_s,
    u"The old lighthouse"_s,
    u"Early commuters"_s,
    u"The school robotics club"_s,
    u"The mountain railway"_s,
    u"Apple growers up the valley"_s,
    u"The street choir"_s,
};
const QStringList Events{
    u"stays open late for a reading marathon"_s,
    u"celebrates its hundredth season"_s,
    u"tries out a new timetable this week"_s,
    u"wins a regional award"_s,
    u"welcomes an unexpected visitor"_s,
    u"announces free weekend workshops"_s,
    u"reports a record turnout"_s,
    u"returns after a long winter break"_s,
    u"shares photos of the first snowfall"_s,
    u"asks neighbours for ideas"_s,
    u"restores a forgotten mural"_s,
    u"moves to a sunnier spot"_s,
    u"plans a lantern walk for Friday"_s,
};
const QStringList NoteKinds{
    u"Idea"_s, u"Reminder"_s, u"Reading list"_s, u"Field note"_s, u"Recipe tweak"_s, u"Travel log"_s, u"Overheard"_s,
};
const QStringList NoteTopics{
    u"take the slow way home along the canal"_s,    u"a short history of paper maps"_s,
    u"more lemon, less sugar in the tart"_s,        u"the swifts are back over the square"_s,
    u"ask the ferry captain about the old route"_s, u"why every good bridge has a story"_s,
    u"the bakery's rye sells out by nine"_s,        u"clouds like fish scales mean rain tomorrow"_s,
    u"sketch the lighthouse from the north pier"_s, u"tea tastes better from a tin mug"_s,
    u"count the stairs to the observatory: 214"_s,
};
const QStringList Sentences{
    u"Neighbours gathered early, coffee in hand, to see it for themselves."_s,
    u"Organisers say the idea started as a joke and grew from there."_s,
    u"Nobody expected the weather to hold, but it did."_s,
    u"Children led the way, as they often do."_s,
    u"A small crowd stayed long after the lights came on."_s,
    u"It is the kind of thing that only happens in a town this size."_s,
    u"The best part, several people said, was the quiet afterwards."_s,
    u"Photos from the morning are already doing the rounds."_s,
    u"There are plans to do it all again next month."_s,
    u"Local musicians turned up unannounced and played until dusk."_s,
};
const QStringList PhotoTitles{
    u"Harbour at dawn"_s,  u"Lavender field"_s, u"Red lighthouse"_s,    u"Autumn ridge"_s,
    u"Lake in the mist"_s, u"Desert evening"_s, u"Snow on the pines"_s, u"Coral bay"_s,
    u"Northern sky"_s,     u"Poppy hill"_s,     u"Island crossing"_s,   u"City after rain"_s,
};
const QStringList Authors{u"Ada Ferry"_s, u"Bram Lantern"_s, u"Chiara Orchard"_s, u"Dev Harbour"_s, u"Elin Meadow"_s};

const QString &pick(const QStringList &list, qint64 number)
{
    return list.at(int(((number % list.size()) + list.size()) % list.size()));
}
} // namespace

namespace DemoText {

QString headline(qint64 number)
{
    return pick(Subjects, number) + u' ' + pick(Events, number);
}

QString note(qint64 number)
{
    return pick(NoteKinds, number) + u": "_s + pick(NoteTopics, number);
}

QString paragraph(qint64 number)
{
    return pick(Sentences, number) + u' ' + pick(Sentences, number * 3 + 1);
}

QString noteDetails(qint64 number)
{
    if (number % 3 != 0)
        return {};
    return u"<p>Counted from the north pier at dawn:</p>"
           "<table><tr><th>Day</th><th>Swifts</th><th>Weather</th></tr>"
           "<tr><td>Monday</td><td>%1</td><td>clear</td></tr><tr><td>Tuesday</td><td>%2</td><td>windy</td></tr></table>"
           "<p>The tally, from the notebook's file:</p>"
           "<pre><code>awk -F, '$3 == \"swift\" { seen[$1]++ } END { for (day in seen) printf \"%s: %d swifts\\n\", day, seen[day] }' sightings.csv\n"
           "sort -t: -k2 -n -r tally.txt | head -3</code></pre>"
           "<iframe src=\"https://videos.example.org/embed/swifts-over-the-square\" width=\"560\" height=\"315\"></iframe>"_s
               .arg(number % 17 + 5)
               .arg(number % 23 + 11);
}

QString photoTitle(int number)
{
    return pick(PhotoTitles, number - 1);
}

QString author(qint64 number)
{
    return pick(Authors, number);
}

} // namespace DemoText
