// SPDX-License-Identifier: MIT
// Renders the shared content with one of the npm feed libraries, as a small site build script
// would: drafts left out, one file per feed format, a home page that links to its feeds.
// Usage: node npm.mjs feed|rss|podcast NODE_MODULES POSTS_JSON OUTDIR BASE_URL
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [generator, nodeModules, postsFile, outDir, base] = process.argv.slice(2);
const require = createRequire(join(nodeModules, 'package.json'));
const data = JSON.parse(readFileSync(postsFile, 'utf8'));
const posts = data.posts.filter((post) => !post.draft);
const site = data.site;
const linkOf = (post) => `${base}posts/${post.slug}/`;
mkdirSync(outDir, { recursive: true });

function page(feeds) {
    const links = feeds.map(([type, file]) => `<link rel="alternate" type="${type}" title="${site.title}" href="${base}${file}">`);
    writeFileSync(join(outDir, 'index.html'),
        `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${site.title}</title>\n${links.join('\n')}\n</head><body><h1>${site.title}</h1></body></html>\n`);
}

async function renderFeed() {
    const { Feed } = await import(pathToFileURL(require.resolve('feed')).href);
    const feed = new Feed({
        title: site.title, description: site.description, id: base, link: base, copyright: '',
        updated: new Date('2026-03-03T08:00:00Z'),
        feedLinks: { rss: `${base}rss.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` },
        author: site.author,
    });
    for (const post of posts) {
        feed.addItem({
            title: post.title, id: linkOf(post), link: linkOf(post), description: post.body, content: post.body,
            author: [site.author], date: new Date(post.date),
            enclosure: post.enclosure ? { url: post.enclosure.url, type: post.enclosure.type, length: post.enclosure.length } : undefined,
        });
    }
    writeFileSync(join(outDir, 'rss.xml'), feed.rss2());
    writeFileSync(join(outDir, 'atom.xml'), feed.atom1());
    writeFileSync(join(outDir, 'feed.json'), feed.json1());
    page([['application/rss+xml', 'rss.xml'], ['application/atom+xml', 'atom.xml'], ['application/feed+json', 'feed.json']]);
    return [['rss.xml', 'rss'], ['atom.xml', 'atom'], ['feed.json', 'json']];
}

function renderRss() {
    const RSS = require('rss');
    const feed = new RSS({ title: site.title, description: site.description, feed_url: `${base}rss.xml`, site_url: base });
    for (const post of posts) {
        feed.item({
            title: post.title, description: post.body, url: linkOf(post), guid: linkOf(post), author: post.author, date: new Date(post.date),
            enclosure: post.enclosure ? { url: post.enclosure.url, size: post.enclosure.length, type: post.enclosure.type } : undefined,
        });
    }
    writeFileSync(join(outDir, 'rss.xml'), feed.xml({ indent: true }));
    page([['application/rss+xml', 'rss.xml']]);
    return [['rss.xml', 'rss']];
}

function renderPodcast() {
    const { Podcast } = require('podcast');
    const feed = new Podcast({
        title: site.title, description: site.description, feedUrl: `${base}podcast.xml`, siteUrl: base,
        author: site.author.name, itunesAuthor: site.author.name, itunesOwner: site.author,
    });
    for (const post of posts) {
        feed.addItem({
            title: post.title, description: post.body, url: linkOf(post), guid: linkOf(post), author: post.author, date: new Date(post.date),
            enclosure: post.enclosure ? { url: post.enclosure.url, size: post.enclosure.length, type: post.enclosure.type } : undefined,
            itunesAuthor: post.author,
        });
    }
    writeFileSync(join(outDir, 'podcast.xml'), feed.buildXml({ indent: '  ' }));
    page([['application/rss+xml', 'podcast.xml']]);
    return [['podcast.xml', 'rss']];
}

const renderers = { feed: renderFeed, rss: renderRss, podcast: renderPodcast };
const feeds = await renderers[generator]();
const version = JSON.parse(readFileSync(join(nodeModules, generator, 'package.json'), 'utf8')).version;
// The feed library writes no attachments into JSON Feed: enclosures are checked where it writes them.
const enclosures = feeds.map(([file]) => file).filter((file) => !file.endsWith('.json'));
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ version, feeds, enclosures, authors: true }, null, 2));
