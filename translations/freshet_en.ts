<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>freshet::AccountsController</name>
    <message numerus="yes">
        <source>Remove the account “%1” and its %n feed(s) from this device? Nothing changes on the server.</source>
        <translation>
            <numerusform>Remove the account “%1” and its %n feed from this device? Nothing changes on the server.</numerusform>
            <numerusform>Remove the account “%1” and its %n feeds from this device? Nothing changes on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AccountsDialog</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AdaptiveMessages</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %1: stretched %2x after %n run(s) without new data</source>
        <translation>
            <numerusform>every %1: stretched %2x after %n run without new data</numerusform>
            <numerusform>every %1: stretched %2x after %n runs without new data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundFetchMessages</name>
    <message numerus="yes">
        <source>%n read/star change(s) made here still wait for the server; the next sync sends them.</source>
        <translation>
            <numerusform>%n read/star change made here still waits for the server; the next sync sends it.</numerusform>
            <numerusform>%n read/star changes made here still wait for the server; the next sync sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::Cli</name>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept, %2</source>
        <translation>
            <numerusform>%1: %Ln row kept, %2</numerusform>
            <numerusform>%1: %Ln rows kept, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read items are kept for %n day(s).</source>
        <translation>
            <numerusform>Read items are kept for %n day.</numerusform>
            <numerusform>Read items are kept for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than %1; %2 freed.</source>
        <translation>
            <numerusform>Removed %n read item older than %1; %2 freed.</numerusform>
            <numerusform>Removed %n read items older than %1; %2 freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsController</name>
    <message numerus="yes">
        <source>%n download(s): %p%</source>
        <translation>
            <numerusform>%n download: %p%</numerusform>
            <numerusform>%n downloads: %p%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::ExportOpmlMessages</name>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>Exported %n feed to %1</numerusform>
            <numerusform>Exported %n feeds to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FeedListModel</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FeedPropertiesDialog</name>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>Failed %n time in a row.</numerusform>
            <numerusform>Failed %n times in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FeedStoreMessages</name>
    <message numerus="yes">
        <source>its interval was set to %n minute(s)</source>
        <translation>
            <numerusform>its interval was set to %n minute</numerusform>
            <numerusform>its interval was set to %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FetchReport</name>
    <message numerus="yes">
        <source>%n updated item(s)</source>
        <translation>
            <numerusform>%n updated item</numerusform>
            <numerusform>%n updated items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in the last 24 hours: %n run(s), %1.</source>
        <translation>
            <numerusform>Refreshes in the last 24 hours: %n run, %1.</numerusform>
            <numerusform>Refreshes in the last 24 hours: %n runs, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FolderMessages</name>
    <message numerus="yes">
        <source>Deleted the folder “%1”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Deleted the folder “%1”; its %n feed moved up a level.</numerusform>
            <numerusform>Deleted the folder “%1”; its %n feeds moved up a level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed from its %n feed(s).</source>
        <translation>
            <numerusform>Deleted the folder “%1” and unsubscribed from its %n feed.</numerusform>
            <numerusform>Deleted the folder “%1” and unsubscribed from its %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders.</source>
        <translation>
            <numerusform>Moved %n feed out of its folder.</numerusform>
            <numerusform>Moved %n feeds out of their folders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1”.</source>
        <translation>
            <numerusform>Moved %n feed to “%1”.</numerusform>
            <numerusform>Moved %n feeds to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlMessages</name>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>Imported %n feed</numerusform>
            <numerusform>Imported %n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlToAccountMessages</name>
    <message numerus="yes">
        <source>Subscribed account “%1” to %n feed(s) of %2</source>
        <translation>
            <numerusform>Subscribed account “%1” to %n feed of %2</numerusform>
            <numerusform>Subscribed account “%1” to %n feeds of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::MainWindow</name>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Updated %n min ago</numerusform>
            <numerusform>Updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 and delete its %n item(s)?</source>
        <translation>
            <numerusform>Unsubscribe from %1 and delete its %n item?</numerusform>
            <numerusform>Unsubscribe from %1 and delete its %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced</source>
        <translation>
            <numerusform>%n article synced</numerusform>
            <numerusform>%n articles synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n item(s) here?</source>
        <translation>
            <numerusform>Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n item here?</numerusform>
            <numerusform>Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n items here?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item matches</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feed(s) asked could be refreshed; Help &gt; Fetch Log says why for each.</source>
        <translation>
            <numerusform>The feed asked could not be refreshed; Help &gt; Fetch Log says why.</numerusform>
            <numerusform>None of the %n feeds asked could be refreshed; Help &gt; Fetch Log says why for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1”? It holds %n feed(s).</source>
        <translation>
            <numerusform>Delete the folder “%1”? It holds %n feed.</numerusform>
            <numerusform>Delete the folder “%1”? It holds %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n Feed(s)</source>
        <translation>
            <numerusform>Unsubscribe from %n Feed</numerusform>
            <numerusform>Unsubscribe from %n Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than the Settings keep them; %1 freed.</source>
        <translation>
            <numerusform>Removed %n read item older than the Settings keep them; %1 freed.</numerusform>
            <numerusform>Removed %n read items older than the Settings keep them; %1 freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::MarkItemsMessages</name>
    <message numerus="yes">
        <source>Marked %n item(s) as read.</source>
        <translation>
            <numerusform>Marked %n item as read.</numerusform>
            <numerusform>Marked %n items as read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) as unread.</source>
        <translation>
            <numerusform>Marked %n item as unread.</numerusform>
            <numerusform>Marked %n items as unread.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n item(s).</source>
        <translation>
            <numerusform>Starred %n item.</numerusform>
            <numerusform>Starred %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star off %n item(s).</source>
        <translation>
            <numerusform>Took the star off %n item.</numerusform>
            <numerusform>Took the star off %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No item has the id %1: nothing was marked.</source>
        <translation>
            <numerusform>No item has the id %1: nothing was marked.</numerusform>
            <numerusform>No items have the ids %1: nothing was marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) read again.</source>
        <translation>
            <numerusform>Undone: %n item read again.</numerusform>
            <numerusform>Undone: %n items read again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) unread again.</source>
        <translation>
            <numerusform>Undone: %n item unread again.</numerusform>
            <numerusform>Undone: %n items unread again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) starred again.</source>
        <translation>
            <numerusform>Undone: %n item starred again.</numerusform>
            <numerusform>Undone: %n items starred again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) without a star again.</source>
        <translation>
            <numerusform>Undone: %n item without a star again.</numerusform>
            <numerusform>Undone: %n items without a star again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) in the account&apos;s public feed.</source>
        <translation>
            <numerusform>Published %n item in the account&apos;s public feed.</numerusform>
            <numerusform>Published %n items in the account&apos;s public feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of the account&apos;s public feed.</source>
        <translation>
            <numerusform>Took %n item out of the account&apos;s public feed.</numerusform>
            <numerusform>Took %n items out of the account&apos;s public feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) published again.</source>
        <translation>
            <numerusform>Undone: %n item published again.</numerusform>
            <numerusform>Undone: %n items published again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) out of the public feed again.</source>
        <translation>
            <numerusform>Undone: %n item out of the public feed again.</numerusform>
            <numerusform>Undone: %n items out of the public feed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the articles of a Tiny Tiny RSS account can be published, in its public feed; %n item(s) are not: %1. Nothing was marked.</source>
        <translation>
            <numerusform>Only the articles of a Tiny Tiny RSS account can be published, in its public feed; %n item is not: %1. Nothing was marked.</numerusform>
            <numerusform>Only the articles of a Tiny Tiny RSS account can be published, in its public feed; %n items are not: %1. Nothing was marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NewItemsBadge</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s): show them</source>
        <translation>
            <numerusform>%n new item: show it</numerusform>
            <numerusform>%n new items: show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NoticeMessages</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n feed(s)</source>
        <translation>
            <numerusform>%1 in %n feed</numerusform>
            <numerusform>%1 in %n feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::QueueDownloadMessages</name>
    <message numerus="yes">
        <source>%n automatic download(s) queued.</source>
        <translation>
            <numerusform>%n automatic download queued.</numerusform>
            <numerusform>%n automatic downloads queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RemoveAccountMessages</name>
    <message numerus="yes">
        <source>Removed the account “%1” and its %n feed(s) from this device; nothing changed on the server.</source>
        <translation>
            <numerusform>Removed the account “%1” and its %n feed from this device; nothing changed on the server.</numerusform>
            <numerusform>Removed the account “%1” and its %n feeds from this device; nothing changed on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RemoveFeedMessages</name>
    <message numerus="yes">
        <source>Removed %1 and its %n item(s).</source>
        <translation>
            <numerusform>Removed %1 and its %n item.</numerusform>
            <numerusform>Removed %1 and its %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from %1 on account “%2” and removed its %n item(s) here.</source>
        <translation>
            <numerusform>Unsubscribed from %1 on account “%2” and removed its %n item here.</numerusform>
            <numerusform>Unsubscribed from %1 on account “%2” and removed its %n items here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred item(s) stay under “%1” for as long as the server keeps them starred.</source>
        <translation>
            <numerusform>%n starred item stays under “%1” for as long as the server keeps it starred.</numerusform>
            <numerusform>%n starred items stay under “%1” for as long as the server keeps them starred.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::ScheduleMessages</name>
    <message numerus="yes">
        <source>as often as allowed (every %n min)</source>
        <translation>
            <numerusform>as often as allowed (every %n min)</numerusform>
            <numerusform>as often as allowed (every %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>every %n h</numerusform>
            <numerusform>every %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::SettingsDialog</name>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>For %n day</numerusform>
            <numerusform>For %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::SyncFolderMessages</name>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed account “%2” from its %n feed(s).</source>
        <translation>
            <numerusform>Deleted the folder “%1” and unsubscribed account “%2” from its %n feed.</numerusform>
            <numerusform>Deleted the folder “%1” and unsubscribed account “%2” from its %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” on account “%2”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Deleted the folder “%1” on account “%2”; its %n feed moved up a level.</numerusform>
            <numerusform>Deleted the folder “%1” on account “%2”; its %n feeds moved up a level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders on account “%1”.</source>
        <translation>
            <numerusform>Moved %n feed out of its folder on account “%1”.</numerusform>
            <numerusform>Moved %n feeds out of their folders on account “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1” on account “%2”.</source>
        <translation>
            <numerusform>Moved %n feed to “%1” on account “%2”.</numerusform>
            <numerusform>Moved %n feeds to “%1” on account “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server of account “%1” keeps every feed in a folder: it put the %n feed(s) in “%2”.</source>
        <translation>
            <numerusform>The server of account “%1” keeps every feed in a folder: it put the feed in “%2”.</numerusform>
            <numerusform>The server of account “%1” keeps every feed in a folder: it put the %n feeds in “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::TouchRowDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::TrayIcon</name>
    <message numerus="yes">
        <source>Freshet: %n unread</source>
        <translation>
            <numerusform>Freshet: %n unread</numerusform>
            <numerusform>Freshet: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssApi</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
