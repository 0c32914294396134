// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace freshet::ns {

// The namespace URIs the readers recognise; elements are matched by URI, never by prefix.
inline constexpr QStringView atom10 = u"http://www.w3.org/2005/Atom";
inline constexpr QStringView atom03 = u"http://purl.org/atom/ns#";
inline constexpr QStringView rdf = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr QStringView rss10 = u"http://purl.org/rss/1.0/";
inline constexpr QStringView rss090 = u"http://my.netscape.com/rdf/simple/0.9/";
inline constexpr QStringView rss090Channel = u"http://channel.netscape.com/rdf/simple/0.9/";
inline constexpr QStringView content = u"http://purl.org/rss/1.0/modules/content/";
inline constexpr QStringView dc = u"http://purl.org/dc/elements/1.1/";
inline constexpr QStringView dcterms = u"http://purl.org/dc/terms/";
inline constexpr QStringView media = u"http://search.yahoo.com/mrss/";
inline constexpr QStringView mediaAlt = u"http://search.yahoo.com/mrss";
// Compared case-insensitively: Apple's own documentation spelled it both ways.
inline constexpr QStringView itunes = u"http://www.itunes.com/dtds/podcast-1.0.dtd";
inline constexpr QStringView syndication = u"http://purl.org/rss/1.0/modules/syndication/";
inline constexpr QStringView xhtml = u"http://www.w3.org/1999/xhtml";

} // namespace freshet::ns
