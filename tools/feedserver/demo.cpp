// SPDX-License-Identifier: MIT
#include "demo.h"

#include "demoimages.h"
#include "demotext.h"
#include "feedwriter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NewsItems = 20;
constexpr int NoteItems = 15;
constexpr qsizetype MaxCachedFeeds = 64;
// Fixed, so the photo feed and pictures keep their validators across restarts.
const QDateTime PhotosModified(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());

QDateTime minuteTime(qint64 minute)
{
    return QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::utc());
}

int pictureFor(qint64 number)
{
    return int(number % DemoImages::Count) + 1;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QStringList Demo::feedUrls(const QString &origin)
{
    return {origin + u"/demo/photos.xml"_s, origin + u"/demo/news.rss"_s, origin + u"/demo/notes.atom"_s, origin + u"/demo/index.html"_s};
}

void Demo::prepare()
{
    if (!m_images.isEmpty())
        return;
    for (int number = 1; number <= DemoImages::Count; ++number) {
        m_images.append(Representation::make("image/png", DemoImages::png(number, 640, 427), PhotosModified));
        m_thumbnails.append(Representation::make("image/png", DemoImages::png(number, 160, 107), PhotosModified));
    }
}

HttpResponse Demo::handle(const HttpRequest &request)
{
    const QString name = request.path.mid(QStringLiteral("/demo/").size());
    if (name == u"photos.xml"_s)
        return photos(request);
    if (name == u"news.rss"_s)
        return feed(request, Kind::News);
    if (name == u"notes.atom"_s)
        return feed(request, Kind::Notes);
    if (name == u"index.html"_s || name.isEmpty())
        return index(request);
    if (name.startsWith(u"img/"_s))
        return image(request, name.mid(4), false);
    if (name.startsWith(u"thumb/"_s))
        return image(request, name.mid(6), true);
    if (name.startsWith(u"article/"_s))
        return article(name.mid(8));
    return HttpResponse::error(404);
}

HttpResponse Demo::image(const HttpRequest &request, const QString &name, bool thumbnail)
{
    static const QRegularExpression pattern(u"^p([0-9]{1,2})\\.png$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    const int number = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (number < 1 || number > DemoImages::Count)
        return HttpResponse::error(404);
    prepare();
    return serve(request, *(thumbnail ? m_thumbnails : m_images).at(number - 1));
}

HttpResponse Demo::photos(const HttpRequest &request)
{
    // The original demo's format: relative image URLs, resolved against this document.
    if (!m_photos) {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeStartElement(u"photos"_s);
        for (int number = 1; number <= DemoImages::Count; ++number) {
            xml.writeEmptyElement(u"photo"_s);
            xml.writeAttribute(u"id"_s, QString::number(number));
            xml.writeAttribute(u"title"_s, DemoText::photoTitle(number));
            xml.writeAttribute(u"relurl"_s, u"img/p%1.png"_s.arg(number));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        m_photos = Representation::make("application/xml", out, PhotosModified);
    }
    return serve(request, *m_photos);
}

HttpResponse Demo::feed(const HttpRequest &request, Kind kind)
{
    // Notes arrive half a minute after news, so the two feeds never change in the same instant.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 newest = kind == Kind::News ? now / 60 : (now - 30) / 60;
    const QString key = u"%1|%2|%3"_s.arg(int(kind)).arg(newest).arg(request.origin);
    std::shared_ptr<const Representation> cached = m_feeds.value(key);
    if (!cached) {
        const bool news = kind == Kind::News;
        FeedDocument document;
        document.id = news ? u"urn:freshet:demo:news"_s : u"urn:freshet:demo:notes"_s;
        document.title = news ? u"Freshet Demo News"_s : u"Freshet Demo Notes"_s;
        document.description = news ? u"Small-town news, a new story every minute."_s : u"A notebook that fills itself, one note a minute."_s;
        document.link = request.origin + u"/demo/index.html"_s;
        document.selfUrl = request.origin + (news ? u"/demo/news.rss"_s : u"/demo/notes.atom"_s);
        document.updated = minuteTime(newest);
        document.ttlMinutes = news ? 1 : 0;
        for (qint64 number = newest; number > newest - (news ? NewsItems : NoteItems); --number) {
            FeedEntry entry;
            const QString slug = (news ? u"news-"_s : u"note-"_s) + QString::number(number);
            entry.id = u"urn:freshet:demo:"_s + slug;
            entry.title = news ? DemoText::headline(number) : DemoText::note(number);
            entry.link = request.origin + u"/demo/article/"_s + slug + u".html"_s;
            entry.author = DemoText::author(number);
            entry.published = minuteTime(number);
            entry.summary = u"<p>"_s + escaped(DemoText::paragraph(number)) + u"</p>"_s;
            if (!news)
                entry.summary += DemoText::noteDetails(number);
            entry.thumbnailUrl = request.origin + u"/demo/thumb/p%1.png"_s.arg(pictureFor(number));
            document.entries.append(entry);
        }
        const QByteArray body = news ? FeedWriter::rss(document) : FeedWriter::atom(document);
        cached = Representation::make(news ? "application/rss+xml" : "application/atom+xml", body, document.updated);
        if (m_feeds.size() >= MaxCachedFeeds)
            m_feeds.clear();
        m_feeds.insert(key, cached);
    }
    return serve(request, *cached);
}

HttpResponse Demo::article(const QString &name)
{
    static const QRegularExpression pattern(u"^(news|note)-([0-9]{1,12})\\.html$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return HttpResponse::error(404);
    const qint64 number = match.captured(2).toLongLong();
    const bool news = match.captured(1) == u"news"_s;
    const QString title = escaped(news ? DemoText::headline(number) : DemoText::note(number));
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n"
                         "<h1>%1</h1>\n<p><em>%2, %3</em></p>\n<p><img src=\"../img/p%4.png\" alt=\"\"></p>\n<p>%5</p>\n"
                         "<p><a href=\"../index.html\">Freshet demo</a></p>\n</body></html>\n"_s
                             .arg(title, escaped(DemoText::author(number)), minuteTime(number).toString(Qt::ISODate))
                             .arg(pictureFor(number))
                             .arg(escaped(DemoText::paragraph(number)));
    return HttpResponse::bytes(200, "text/html; charset=utf-8", html.toUtf8());
}

HttpResponse Demo::index(const HttpRequest &request)
{
    // Discovery must resolve both forms: the RSS link is absolute, the Atom link relative.
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Freshet demo</title>\n"
                         "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Freshet Demo News\" href=\"%1/demo/news.rss\">\n"
                         "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Freshet Demo Notes\" href=\"notes.atom\">\n"
                         "</head><body>\n<h1>Freshet demo</h1>\n<ul>\n"
                         "<li><a href=\"news.rss\">News (RSS, a story a minute)</a></li>\n"
                         "<li><a href=\"notes.atom\">Notes (Atom, a note a minute)</a></li>\n"
                         "<li><a href=\"photos.xml\">Photos (the original demo's format)</a></li>\n"
                         "</ul>\n</body></html>\n"_s.arg(request.origin);
    return HttpResponse::bytes(200, "text/html; charset=utf-8", html.toUtf8());
}
