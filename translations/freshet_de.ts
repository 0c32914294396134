<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FeedParser</name>
    <message>
        <source>The document does not declare its encoding and is not valid UTF-8.</source>
        <translation>Das Dokument gibt keine Zeichenkodierung an und ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The document contains bytes that are not valid %1.</source>
        <translation>Das Dokument enthält Bytes, die in der Zeichenkodierung %1 ungültig sind.</translation>
    </message>
    <message>
        <source>The document declares an unknown encoding (%1).</source>
        <translation>Das Dokument gibt eine unbekannte Zeichenkodierung an (%1).</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Das Dokument hat kein Wurzelelement.</translation>
    </message>
    <message>
        <source>The document is XML but not a feed (its root element is &lt;%1&gt;).</source>
        <translation>Das Dokument ist XML, aber kein Feed (sein Wurzelelement ist &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The document is %1 bytes long, more than the limit of %2 bytes.</source>
        <translation>Das Dokument ist %1 Bytes groß und überschreitet die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>The document uses namespace prefixes it does not declare; they were read as the usual namespaces.</source>
        <translation>Das Dokument verwendet Namensraumpräfixe, die es nicht deklariert; sie wurden als die üblichen Namensräume gelesen.</translation>
    </message>
    <message>
        <source>The document is not valid JSON (at offset %1): %2.</source>
        <translation>Das Dokument ist kein gültiges JSON (an Position %1): %2.</translation>
    </message>
    <message>
        <source>The document is JSON but not a JSON Feed.</source>
        <translation>Das Dokument ist JSON, aber kein JSON Feed.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep.</source>
        <translation>Das Dokument verschachtelt Elemente tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>The document defines entities that expand too much (an entity expansion attack?).</source>
        <translation>Das Dokument definiert Entitäten, die sich zu stark ausdehnen (ein Entity-Expansion-Angriff?).</translation>
    </message>
    <message>
        <source>The document ends too early (line %1): it is truncated or incomplete.</source>
        <translation>Das Dokument endet zu früh (Zeile %1): Es ist abgeschnitten oder unvollständig.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>Das Dokument ist kein wohlgeformtes XML (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>The document does not declare its encoding and is not valid UTF-8; it was read as %1, which its bytes suggest.</source>
        <translation>Das Dokument gibt seine Kodierung nicht an und ist kein gültiges UTF-8; es wurde als %1 gelesen, worauf seine Bytes hindeuten.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 exists but is not a folder</source>
        <translation>%1 existiert, ist aber kein Ordner</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>freshet::AboutDialog</name>
    <message>
        <source>About Freshet</source>
        <translation>Über Freshet</translation>
    </message>
    <message>
        <source>A feed reader whose content is refreshed while nobody is looking.</source>
        <translation>Ein Feedreader, dessen Inhalte aktualisiert werden, während niemand hinsieht.</translation>
    </message>
    <message>
        <source>Freshet is free software under the MIT License: you may use, copy, change and share it, keeping the copyright and license notice.</source>
        <translation>Freshet ist freie Software unter der MIT-Lizenz: Sie dürfen es verwenden, kopieren, ändern und weitergeben, solange der Urheberrechts- und Lizenzhinweis erhalten bleibt.</translation>
    </message>
</context>
<context>
    <name>freshet::AboutMessages</name>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Libraries Freshet links, and their licenses:</source>
        <translation>Bibliotheken, die Freshet einbindet, und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>The full texts: %1 when Freshet was installed from its Debian package, LICENSE in its source.</source>
        <translation>Die vollständigen Texte: %1, wenn Freshet aus seinem Debian-Paket installiert wurde, sonst LICENSE im Quellcode.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountLoginDialog</name>
    <message>
        <source>Add Sync Account</source>
        <translation>Sync-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Log In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Read on every device: Freshet syncs with the feed server you use. Its feeds, articles, and read and starred state come from the server.</source>
        <translation>Auf jedem Gerät lesen: Freshet synchronisiert sich mit dem Feed-Server, den Sie verwenden. Feeds, Artikel sowie der Gelesen- und Stern-Status kommen vom Server.</translation>
    </message>
    <message>
        <source>The server of the account “%1” refused its login. Enter the password again:</source>
        <translation>Der Server des Kontos „%1“ hat die Anmeldung abgelehnt. Geben Sie das Passwort erneut ein:</translation>
    </message>
    <message>
        <source>https://example.org/tt-rss/ or https://example.org/api/greader.php</source>
        <translation>https://example.org/tt-rss/ oder https://example.org/api/greader.php</translation>
    </message>
    <message>
        <source>The server&apos;s host name</source>
        <translation>Der Hostname des Servers</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Name in Freshet:</source>
        <translation>&amp;Name in Freshet:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Freshet&apos;s own files. For FreshRSS and Miniflux use the API password set in the server&apos;s profile page.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in Freshets eigenen Dateien. Verwenden Sie für FreshRSS und Miniflux das API-Passwort, das auf der Profilseite des Servers festgelegt ist.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountStoreMessages</name>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>The new account could not be read back.</source>
        <translation>Das neue Konto konnte nicht wieder eingelesen werden.</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>Das lokale Konto kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountSyncMessages</name>
    <message>
        <source>Could not store what the server sent: %1</source>
        <translation>Die vom Server gesendeten Daten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>freshet::AccountsController</name>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the account “%1” and its %n feed(s) from this device? Nothing changes on the server.</source>
        <translation>
            <numerusform>Möchten Sie das Konto „%1“ und seinen %n Feed von diesem Gerät entfernen? Auf dem Server ändert sich nichts.</numerusform>
            <numerusform>Möchten Sie das Konto „%1“ und seine %n Feeds von diesem Gerät entfernen? Auf dem Server ändert sich nichts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AccountsDialog</name>
    <message>
        <source>&amp;Log In Again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Feeds of a sync account come from its server, which fetches them; read and starred state is shared with every device that uses it.</source>
        <translation>Die Feeds eines Sync-Kontos kommen von seinem Server, der sie auch abruft; der Gelesen- und Stern-Status wird mit allen Geräten geteilt, die das Konto verwenden.</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>„%1“ wird synchronisiert…</translation>
    </message>
    <message>
        <source>The server refused the login: log in again</source>
        <translation>Der Server hat die Anmeldung abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Synced %1; %2 feeds, %3 unread</source>
        <translation>Synchronisiert: %1; Feeds: %2, ungelesen: %3</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync accounts yet. Add one to read the feeds of your Tiny Tiny RSS, FreshRSS or Miniflux account here.</source>
        <translation>Noch keine Sync-Konten. Fügen Sie eines hinzu, um die Feeds Ihres Tiny-Tiny-RSS-, FreshRSS- oder Miniflux-Kontos hier zu lesen.</translation>
    </message>
</context>
<context>
    <name>freshet::AdaptiveMessages</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message numerus="yes">
        <source>every %1: stretched %2x after %n run(s) without new data</source>
        <translation>
            <numerusform>alle %1: nach %n Abruf ohne neue Daten auf das %2-Fache verlängert</numerusform>
            <numerusform>alle %1: nach %n Abrufen ohne neue Daten auf das %2-Fache verlängert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AddAccountMessages</name>
    <message>
        <source>Added account “%1” (%2 at %3).</source>
        <translation>Konto „%1“ hinzugefügt (%2 auf %3).</translation>
    </message>
    <message>
        <source>The account “%1” could not be taken out again either (%2): remove it before adding it again.</source>
        <translation>Das Konto „%1“ konnte auch nicht wieder entfernt werden (%2): Entfernen Sie es, bevor Sie es erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Unknown protocol “%1”: use %2.</source>
        <translation>Unbekanntes Protokoll „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Give the user name on the server.</source>
        <translation>Geben Sie den Benutzernamen auf dem Server an.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”: choose another name.</source>
        <translation>Es gibt bereits ein Konto namens „%1“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>freshet::AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>The address of a feed, or of a web page that has one:</source>
        <translation>Die Adresse eines Feeds oder einer Webseite, die einen anbietet:</translation>
    </message>
    <message>
        <source>Local feeds</source>
        <translation>Lokale Feeds</translation>
    </message>
    <message>
        <source>Add &amp;to:</source>
        <translation>Hinzufügen &amp;zu:</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Feed wird unter %1 gesucht…</translation>
    </message>
    <message>
        <source>This page offers several feeds:</source>
        <translation>Diese Seite bietet mehrere Feeds an:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>freshet::AddToAccount</name>
    <message>
        <source>Subscribing to %1 on “%2”…</source>
        <translation>%1 wird in „%2“ abonniert…</translation>
    </message>
    <message>
        <source>The server of “%1” refused its login; log in again in Accounts.</source>
        <translation>Der Server von „%1“ hat die Anmeldung abgelehnt; melden Sie sich unter Konten erneut an.</translation>
    </message>
    <message>
        <source>Not subscribed to %1: the server of “%2” needs its password.</source>
        <translation>%1 wurde nicht abonniert: Der Server von „%2“ benötigt das Passwort.</translation>
    </message>
    <message>
        <source>Subscribed to %1 on “%2”; syncing the account…</source>
        <translation>%1 in „%2“ abonniert; das Konto wird synchronisiert…</translation>
    </message>
</context>
<context>
    <name>freshet::ArchivedArticlesMessages</name>
    <message>
        <source>Archived articles</source>
        <translation>Archivierte Artikel</translation>
    </message>
</context>
<context>
    <name>freshet::ArticleHeader</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Stern setzen</translation>
    </message>
    <message>
        <source>Starred: click to unstar (S)</source>
        <translation>Mit Stern: Klicken entfernt ihn (S)</translation>
    </message>
    <message>
        <source>Star this item (S)</source>
        <translation>Diesem Eintrag einen Stern geben (S)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>In the account&apos;s public feed: click to take it out (Shift+P)</source>
        <translation>Im öffentlichen Feed des Kontos: klicken, um ihn herauszunehmen (Umschalt+P)</translation>
    </message>
    <message>
        <source>Put this article in the account&apos;s public feed (Shift+P)</source>
        <translation>Diesen Artikel in den öffentlichen Feed des Kontos stellen (Umschalt+P)</translation>
    </message>
</context>
<context>
    <name>freshet::AuthorizationMessages</name>
    <message>
        <source>This feed needs a login, and the stored login was refused (HTTP 401). Check the user name and password, or the token.</source>
        <translation>Dieser Feed erfordert eine Anmeldung, und die gespeicherten Anmeldedaten wurden abgelehnt (HTTP 401). Prüfen Sie Benutzername und Passwort oder das Token.</translation>
    </message>
    <message>
        <source>This feed needs a login (HTTP 401).</source>
        <translation>Dieser Feed erfordert eine Anmeldung (HTTP 401).</translation>
    </message>
    <message>
        <source>This feed moved to %1, where its login for %2 is not sent; log in again there.</source>
        <translation>Dieser Feed ist nach %1 umgezogen, wohin seine Anmeldung für %2 nicht gesendet wird; melden Sie sich dort neu an.</translation>
    </message>
    <message>
        <source>This feed&apos;s server sent the request on to %1, where its login for %2 is not sent (HTTP 401); ask the publisher why.</source>
        <translation>Der Server dieses Feeds hat die Anfrage an %1 weitergeleitet, wohin seine Anmeldung für %2 nicht gesendet wird (HTTP 401); fragen Sie den Anbieter nach dem Grund.</translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundFetchMessages</name>
    <message>
        <source>%1 is refreshing this profile; this run stopped without fetching.</source>
        <translation>%1 aktualisiert gerade dieses Profil; dieser Durchlauf wurde ohne Abruf beendet.</translation>
    </message>
    <message>
        <source>The password of account “%1” could not be read: %2</source>
        <translation>Das Passwort des Kontos „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Sync of account “%1” failed: %2</source>
        <translation>Synchronisierung des Kontos „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Account “%1” synced in part (the deadline came first): %2 new, %3 changed, %4 read/star changes sent, %5 received.</source>
        <translation>Konto „%1“ teilweise synchronisiert (das Zeitlimit wurde vorher erreicht): neu: %2, geändert: %3, gesendete Gelesen-/Stern-Änderungen: %4, empfangene: %5.</translation>
    </message>
    <message>
        <source>Account “%1” synced: %2 new, %3 changed, %4 read/star changes sent, %5 received.</source>
        <translation>Konto „%1“ synchronisiert: neu: %2, geändert: %3, gesendete Gelesen-/Stern-Änderungen: %4, empfangene: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n read/star change(s) made here still wait for the server; the next sync sends them.</source>
        <translation>
            <numerusform>%n hier gemachte Gelesen/Markiert-Änderung wartet noch auf den Server; die nächste Synchronisierung sendet sie.</numerusform>
            <numerusform>%n hier gemachte Gelesen/Markiert-Änderungen warten noch auf den Server; die nächste Synchronisierung sendet sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundRunMessages</name>
    <message>
        <source>Not fetching yet: the background interval is %1; the next run is due after %2.</source>
        <translation>Noch kein Abruf: Die Hintergrundaktualisierung läuft %1; der nächste Abruf ist nach %2 fällig.</translation>
    </message>
    <message>
        <source>The Freshet window stopped answering; fetched here instead.</source>
        <translation>Das Freshet-Fenster hat nicht mehr geantwortet; stattdessen wurde hier abgerufen.</translation>
    </message>
</context>
<context>
    <name>freshet::BgTaskMessages</name>
    <message>
        <source>iOS refused the background refresh: %1</source>
        <translation>iOS hat die Hintergrundaktualisierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>iOS background app refresh</source>
        <translation>iOS-Hintergrundaktualisierung</translation>
    </message>
    <message>
        <source>iOS background app refresh (Settings &gt; General &gt; Background App Refresh)</source>
        <translation>iOS-Hintergrundaktualisierung (Einstellungen &gt; Allgemein &gt; Hintergrundaktualisierung)</translation>
    </message>
    <message>
        <source>no background app refresh requested</source>
        <translation>keine Hintergrundaktualisierung angefordert</translation>
    </message>
</context>
<context>
    <name>freshet::Cli</name>
    <message>
        <source>missing argument. Try &apos;freshet COMMAND --help&apos;.</source>
        <translation>Argument fehlt. Versuchen Sie &apos;freshet BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Put the feeds in this folder (&quot;/&quot; nests).</source>
        <translation>Die Feeds in diesen Ordner legen („/“ trennt Unterordner).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The address of the feed to unsubscribe from.</source>
        <translation>Die Adresse des Feeds, der abbestellt werden soll.</translation>
    </message>
    <message>
        <source>Not subscribed to %1. &apos;freshet list&apos; shows the feeds.</source>
        <translation>%1 ist nicht abonniert. Der Befehl &apos;freshet list&apos; zeigt die Feeds an.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No feeds yet. Add one with &apos;freshet add URL&apos; or &apos;freshet import FILE.opml&apos;.</source>
        <translation>Noch keine Feeds. Fügen Sie einen mit &apos;freshet add URL&apos; oder &apos;freshet import FILE.opml&apos; hinzu.</translation>
    </message>
    <message>
        <source>%1 unread of %2</source>
        <translation>%1 von %2 ungelesen</translation>
    </message>
    <message>
        <source>last: %1 (%2)</source>
        <translation>zuletzt: %1 (%2)</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>deaktiviert: %1</translation>
    </message>
    <message>
        <source>next: %1 (%2)</source>
        <translation>nächster Abruf: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Subscribe to one or more feeds.</source>
        <translation>Einen oder mehrere Feeds abonnieren.</translation>
    </message>
    <message>
        <source>Unsubscribe from a feed and delete its items.</source>
        <translation>Einen Feed abbestellen und seine Artikel löschen.</translation>
    </message>
    <message>
        <source>List the feeds: unread counts, last result, next fetch and why.</source>
        <translation>Die Feeds auflisten: ungelesene Artikel, letztes Ergebnis, nächster Abruf mit Begründung.</translation>
    </message>
    <message>
        <source>Fetch every feed, not only the ones that are due.</source>
        <translation>Alle Feeds abrufen, nicht nur die fälligen.</translation>
    </message>
    <message>
        <source>The time budget in seconds (default 30, as the OS gives).</source>
        <translation>Das Zeitbudget in Sekunden (Standard: 30, so viel wie das Betriebssystem gewährt).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Run one background fetch of the due feeds, within a deadline.</source>
        <translation>Einen Hintergrundabruf der fälligen Feeds innerhalb eines Zeitlimits ausführen.</translation>
    </message>
    <message>
        <source>Only this feed&apos;s items.</source>
        <translation>Nur die Artikel dieses Feeds.</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Nur ungelesene Artikel.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Nur Artikel mit Stern.</translation>
    </message>
    <message>
        <source>Only items whose title or text contains these words.</source>
        <translation>Nur Artikel, deren Titel oder Text diese Wörter enthält.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WÖRTER</translation>
    </message>
    <message>
        <source>At most N items (default 50).</source>
        <translation>Höchstens N Artikel (Standard: 50).</translation>
    </message>
    <message>
        <source>Print JSON, with each item&apos;s summary and content.</source>
        <translation>Als JSON ausgeben, mit Zusammenfassung und Inhalt jedes Artikels.</translation>
    </message>
    <message>
        <source>List cached items, newest first (* unread, ★ starred).</source>
        <translation>Zwischengespeicherte Artikel auflisten, neueste zuerst (* ungelesen, ★ mit Stern).</translation>
    </message>
    <message>
        <source>The last N runs (default 10).</source>
        <translation>Die letzten N Abrufe (Standard: 10).</translation>
    </message>
    <message>
        <source>No fetch has run yet.</source>
        <translation>Es wurde noch kein Abruf ausgeführt.</translation>
    </message>
    <message>
        <source>Show recent fetch runs and each feed&apos;s outcome.</source>
        <translation>Die letzten Abrufe und das Ergebnis jedes Feeds anzeigen.</translation>
    </message>
    <message>
        <source>Where to write the OPML file (&quot;-&quot; for standard output).</source>
        <translation>Wohin die OPML-Datei geschrieben wird („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders.</source>
        <translation>Die Feeds einer OPML-Datei abonnieren und dabei ihre Ordner übernehmen.</translation>
    </message>
    <message>
        <source>Write the subscriptions to an OPML file, with folders.</source>
        <translation>Die Abonnements mit Ordnern in eine OPML-Datei schreiben.</translation>
    </message>
    <message>
        <source>At most N requests at once (default %1).</source>
        <translation>Höchstens N gleichzeitige Anfragen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N requests at once to one host (default %1).</source>
        <translation>Höchstens N gleichzeitige Anfragen an denselben Host (Standard: %1).</translation>
    </message>
    <message>
        <source>new feed</source>
        <translation>neuer Feed</translation>
    </message>
    <message>
        <source>Parse a feed file (RSS, Atom, JSON Feed) and print what was found.</source>
        <translation>Eine Feed-Datei (RSS, Atom, JSON Feed) einlesen und ausgeben, was darin gefunden wurde.</translation>
    </message>
    <message>
        <source>Run as the OS scheduler does: hand the run to a Freshet window open on this profile, otherwise fetch here and show a desktop notification on new items.</source>
        <translation>Wie der Zeitplaner des Betriebssystems ausführen: den Durchlauf an ein geöffnetes Freshet-Fenster dieses Profils übergeben, sonst hier abrufen und bei neuen Artikeln eine Desktop-Benachrichtigung anzeigen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Run by the Freshet window open on this profile.</source>
        <translation>Vom geöffneten Freshet-Fenster dieses Profils ausgeführt.</translation>
    </message>
    <message>
        <source>The push trigger: fetch the named feeds (or every due feed) now, in the running window if there is one.</source>
        <translation>Der Push-Auslöser: die angegebenen Feeds (oder alle fälligen Feeds) sofort abrufen, im laufenden Fenster, falls es eines gibt.</translation>
    </message>
    <message>
        <source>How often: never, minimum, or seconds (900), minutes (15m) or hours (2h).</source>
        <translation>Wie oft: never, minimum oder Sekunden (900), Minuten (15m) oder Stunden (2h).</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>Let the OS refresh while Freshet is closed: on or off.</source>
        <translation>Das Betriebssystem aktualisieren lassen, während Freshet geschlossen ist: on oder off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Wait for a network that is not metered: on or off.</source>
        <translation>Auf ein nicht getaktetes Netzwerk warten: on oder off.</translation>
    </message>
    <message>
        <source>Print the schedule as JSON.</source>
        <translation>Den Zeitplan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--interval takes never, minimum, or a duration such as 900, 15m or 2h (up to 7 days).</source>
        <translation>--interval erwartet never, minimum oder eine Dauer wie 900, 15m oder 2h (höchstens 7 Tage).</translation>
    </message>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 erwartet on oder off.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Effective interval: %1</source>
        <translation>Tatsächliches Intervall: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Skip metered networks: %1</source>
        <translation>Getaktete Netzwerke auslassen: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzter Abruf: %1</translation>
    </message>
    <message>
        <source>Next run expected: %1</source>
        <translation>Nächster Abruf voraussichtlich: %1</translation>
    </message>
    <message>
        <source>Show or change how often Freshet refreshes, also while it is closed.</source>
        <translation>Anzeigen oder ändern, wie oft Freshet aktualisiert, auch während es geschlossen ist.</translation>
    </message>
    <message>
        <source>Put finished downloads in DIR from now on (empty: the default).</source>
        <translation>Fertige Downloads ab jetzt in ORDNER ablegen (leer: Standard).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>No downloads. Start one with &apos;freshet download ITEM_ID&apos;.</source>
        <translation>Keine Downloads. Starten Sie einen mit &apos;freshet download ITEM_ID&apos;.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item id; &apos;freshet items&apos; shows them.</source>
        <translation>„%1“ ist keine Artikel-ID; der Befehl &apos;freshet items&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>List enclosure downloads with their state and progress.</source>
        <translation>Downloads von Anhängen mit Status und Fortschritt auflisten.</translation>
    </message>
    <message>
        <source>Download an item&apos;s enclosure now, resuming a partial download.</source>
        <translation>Den Anhang eines Artikels jetzt herunterladen und dabei einen unvollständigen Download fortsetzen.</translation>
    </message>
    <message>
        <source>The feed needs a login (HTTP Basic) with this user name; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>Der Feed erfordert eine Anmeldung (HTTP Basic) mit diesem Benutzernamen; das Passwort wird vom Terminal oder von der Standardeingabe gelesen, nie von der Befehlszeile, und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The feed needs a bearer token, read from the terminal or from standard input and kept in the system keychain.</source>
        <translation>Der Feed erfordert ein Bearer-Token, das vom Terminal oder von der Standardeingabe gelesen und im Schlüsselbund des Systems gespeichert wird.</translation>
    </message>
    <message>
        <source>Give either --user or --token, not both.</source>
        <translation>Geben Sie entweder --user oder --token an, nicht beides.</translation>
    </message>
    <message>
        <source>--user and --token take exactly one feed address.</source>
        <translation>--user und --token erwarten genau eine Feed-Adresse.</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user erwartet einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 bei %2: </translation>
    </message>
    <message>
        <source>Token for %1: </source>
        <translation>Token für %1: </translation>
    </message>
    <message>
        <source>login: user name %1, password in the keychain</source>
        <translation>Anmeldung: Benutzername %1, Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>login: token in the keychain</source>
        <translation>Anmeldung: Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>No password or token was given: type it when asked, or pipe it to standard input. It is never taken from the command line.</source>
        <translation>Es wurde weder ein Passwort noch ein Token angegeben: Geben Sie es ein, wenn Sie danach gefragt werden, oder leiten Sie es über die Standardeingabe weiter. Es wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>add: the user name on the server; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>add: der Benutzername auf dem Server; das Passwort wird vom Terminal oder von der Standardeingabe gelesen, nie von der Befehlszeile, und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>add: what to call the account (default: the server&apos;s host name).</source>
        <translation>add: der Name des Kontos (Standard: der Hostname des Servers).</translation>
    </message>
    <message>
        <source>Give the user name on the server with --user NAME.</source>
        <translation>Geben Sie den Benutzernamen auf dem Server mit --user NAME an.</translation>
    </message>
    <message>
        <source>--name needs a name.</source>
        <translation>--name erwartet einen Namen.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>%1 feeds, %2 unread</source>
        <translation>Feeds: %1, ungelesen: %2</translation>
    </message>
    <message>
        <source>%1 read/star changes waiting to be sent</source>
        <translation>noch nicht gesendete Gelesen-/Stern-Änderungen: %1</translation>
    </message>
    <message>
        <source>login needed: freshet account login %1</source>
        <translation>Anmeldung erforderlich: freshet account login %1</translation>
    </message>
    <message>
        <source>“%1” is the account of feeds on this device; it has no server.</source>
        <translation>„%1“ ist das Konto der Feeds auf diesem Gerät; es hat keinen Server.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Say what to do: add, list, remove or login.</source>
        <translation>Geben Sie an, was zu tun ist: add, list, remove oder login.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use add, list, remove or login.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie add, list, remove oder login.</translation>
    </message>
    <message>
        <source>Manage sync accounts on feed servers: add, list, remove, log in again.</source>
        <translation>Sync-Konten auf Feed-Servern verwalten: hinzufügen, auflisten, entfernen, erneut anmelden.</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login last time. Log in again with: freshet account login %1</source>
        <translation>Der Server des Kontos „%1“ hat die Anmeldung beim letzten Mal abgelehnt. Melden Sie sich erneut an mit: freshet account login %1</translation>
    </message>
    <message>
        <source>The account could not be synced now; `freshet sync` tries again. %1</source>
        <translation>Das Konto konnte jetzt nicht synchronisiert werden; `freshet sync` versucht es erneut. %1</translation>
    </message>
    <message>
        <source>Account “%1” has no feed %2.</source>
        <translation>Das Konto „%1“ hat keinen Feed %2.</translation>
    </message>
    <message>
        <source>Skip enclosures larger than SIZE (500M, 2G, 700K or bytes); none: no limit.</source>
        <translation>Anhänge überspringen, die größer als GRÖSSE sind (500M, 2G, 700K oder Bytes); none: keine Begrenzung.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Download only on networks that are not metered: on or off.</source>
        <translation>Nur in nicht getakteten Netzwerken herunterladen: on oder off.</translation>
    </message>
    <message>
        <source>Print the setting as JSON.</source>
        <translation>Die Einstellung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither on nor off.</source>
        <translation>„%1“ ist weder on noch off.</translation>
    </message>
    <message>
        <source>--max-size takes a size such as 500M, 2G or 700K, or none; not &apos;%1&apos;.</source>
        <translation>--max-size erwartet eine Größe wie 500M, 2G oder 700K oder none, nicht „%1“.</translation>
    </message>
    <message>
        <source>--unmetered-only takes on or off.</source>
        <translation>--unmetered-only erwartet on oder off.</translation>
    </message>
    <message>
        <source>Automatic downloads for %1: %2</source>
        <translation>Automatische Downloads für %1: %2</translation>
    </message>
    <message>
        <source>Size limit: %1</source>
        <translation>Größenbeschränkung: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Only on unmetered networks: %1</source>
        <translation>Nur in nicht getakteten Netzwerken: %1</translation>
    </message>
    <message>
        <source>Enclosures of items that arrive from now on are downloaded after each refresh.</source>
        <translation>Anhänge von Artikeln, die ab jetzt eintreffen, werden nach jeder Aktualisierung heruntergeladen.</translation>
    </message>
    <message>
        <source>Show or change whether a feed&apos;s new enclosures download automatically.</source>
        <translation>Anzeigen oder ändern, ob neue Anhänge eines Feeds automatisch heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Subscribe on this sync account&apos;s server instead of on this device.</source>
        <translation>Auf dem Server dieses Sync-Kontos abonnieren statt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Downloads completed: %1, still queued: %2</source>
        <translation>Downloads abgeschlossen: %1, noch in der Warteschlange: %2</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login (the session expired and logging in again failed, or the password changed). Log in again with: freshet account login %1</source>
        <translation>Der Server des Kontos „%1“ hat die Anmeldung abgelehnt (die Sitzung ist abgelaufen und die erneute Anmeldung ist fehlgeschlagen, oder das Passwort wurde geändert). Melden Sie sich erneut an mit: freshet account login %1</translation>
    </message>
    <message>
        <source>Sync only this account (see `freshet account list`).</source>
        <translation>Nur dieses Konto synchronisieren (siehe `freshet account list`).</translation>
    </message>
    <message>
        <source>There is no sync account; add one with `freshet account add`.</source>
        <translation>Es gibt kein Sync-Konto; fügen Sie eines mit `freshet account add` hinzu.</translation>
    </message>
    <message>
        <source>Sync the accounts on feed servers (Tiny Tiny RSS, Google Reader API) now: read/star changes made here go up, new articles and the server&apos;s state come down.</source>
        <translation>Die Konten auf Feed-Servern (Tiny Tiny RSS, Google Reader API) jetzt synchronisieren: Hier vorgenommene Gelesen-/Stern-Änderungen werden hochgeladen, neue Artikel und der Status des Servers heruntergeladen.</translation>
    </message>
    <message>
        <source>The address of the feed to rename.</source>
        <translation>Die Adresse des Feeds, der umbenannt werden soll.</translation>
    </message>
    <message>
        <source>Its new name; without it (or empty) the feed shows its own title again.</source>
        <translation>Sein neuer Name; ohne (oder leer) zeigt der Feed wieder seinen eigenen Titel.</translation>
    </message>
    <message>
        <source>Give a feed a name of your own, or its own title back.</source>
        <translation>Einem Feed einen eigenen Namen geben oder ihm seinen Titel zurückgeben.</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a web page&apos;s that links to its feed; several may be given.</source>
        <translation>Die Adresse des Feeds oder einer Webseite, die auf ihren Feed verweist; mehrere sind möglich.</translation>
    </message>
    <message>
        <source>%1 needs a login; give it with &apos;freshet add %1 --user NAME&apos; (or --token).</source>
        <translation>%1 braucht eine Anmeldung; geben Sie sie mit „freshet add %1 --user NAME“ (oder --token) an.</translation>
    </message>
    <message>
        <source>%1 refused this login; &apos;freshet add %1 --user NAME&apos; (or --token) replaces it.</source>
        <translation>%1 hat diese Anmeldung abgelehnt; „freshet add %1 --user NAME“ (oder --token) ersetzt sie.</translation>
    </message>
    <message>
        <source>%1 is a feed of more than one account (%2); say which with --account NAME.</source>
        <translation>%1 ist ein Feed mehrerer Konten (%2); wählen Sie eines mit --account NAME.</translation>
    </message>
    <message>
        <source>The account holding the feed, needed only when more than one account has this address.</source>
        <translation>Das Konto, zu dem der Feed gehört; nur nötig, wenn mehrere Konten diese Adresse haben.</translation>
    </message>
    <message>
        <source>%1 offers several feeds, listed above; run &apos;freshet add&apos; again with the address of the one you want.</source>
        <translation>%1 bietet mehrere Feeds an (oben aufgeführt); rufen Sie „freshet add“ erneut mit der Adresse des gewünschten auf.</translation>
    </message>
    <message>
        <source>Fetch this feed (repeatable); without it, every due feed. A sync account&apos;s feed syncs its account.</source>
        <translation>Diesen Feed abrufen (wiederholbar); ohne Angabe jeden fälligen Feed. Der Feed eines Sync-Kontos synchronisiert sein Konto.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Show the version and where this profile keeps its data, or the licenses.</source>
        <translation>Die Version und den Speicherort der Daten dieses Profils anzeigen, oder die Lizenzen.</translation>
    </message>
    <message>
        <source>An OPML file exported by a feed reader (&quot;-&quot; for standard input).</source>
        <translation>Eine von einem Feedreader exportierte OPML-Datei („-“ für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Cannot write the OPML to standard output.</source>
        <translation>Die OPML-Datei kann nicht in die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>The interval was raised to the %1-minute minimum.</source>
        <translation>Das Intervall wurde auf das Minimum von %1 Minuten angehoben.</translation>
    </message>
    <message>
        <source>an unknown number lost</source>
        <translation>eine unbekannte Zahl verloren</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 verloren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept, %2</source>
        <translation>
            <numerusform>%1: %Ln Zeile behalten, %2</numerusform>
            <numerusform>%1: %Ln Zeilen behalten, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A Freshet window is open on this profile; close it, then run “freshet repair” again.</source>
        <translation>Ein Freshet-Fenster ist für dieses Profil geöffnet; schließen Sie es und führen Sie dann „freshet repair“ erneut aus.</translation>
    </message>
    <message>
        <source>%1 is refreshing this profile; run “freshet repair” again when it ends.</source>
        <translation>%1 aktualisiert gerade dieses Profil; führen Sie „freshet repair“ erneut aus, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The database is sound: nothing was changed.</source>
        <translation>Die Datenbank ist in Ordnung: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database was damaged:</source>
        <translation>Die Datenbank war beschädigt:</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Rebuilt from what could be read:</source>
        <translation>Aus dem Lesbaren neu aufgebaut:</translation>
    </message>
    <message>
        <source>Items lost that their feeds still list come back at the next fetch.</source>
        <translation>Verlorene Einträge, die ihre Feeds noch enthalten, kommen beim nächsten Abruf zurück.</translation>
    </message>
    <message>
        <source>Check the database and, if it is damaged, keep a copy of it and rebuild what can still be read.</source>
        <translation>Die Datenbank prüfen und, falls sie beschädigt ist, eine Kopie aufbewahren und neu aufbauen, was noch lesbar ist.</translation>
    </message>
    <message>
        <source>The items to mark, by the ids `freshet items` shows.</source>
        <translation>Die zu markierenden Einträge, mit den IDs, die `freshet items` zeigt.</translation>
    </message>
    <message>
        <source>Every item of the feed at this address instead.</source>
        <translation>Stattdessen alle Einträge des Feeds unter dieser Adresse.</translation>
    </message>
    <message>
        <source>Every item of every feed instead.</source>
        <translation>Stattdessen alle Einträge aller Feeds.</translation>
    </message>
    <message>
        <source>With --feed or --all: only items dated before this day (YYYY-MM-DD, local time) or moment (ISO 8601).</source>
        <translation>Mit --feed oder --all: nur Einträge, die vor diesem Tag (JJJJ-MM-TT, Ortszeit) oder Zeitpunkt (ISO 8601) datiert sind.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Name the items: item ids, --feed URL or --all (one of them).</source>
        <translation>Nennen Sie die Einträge: Eintrags-IDs, --feed URL oder --all (eines davon).</translation>
    </message>
    <message>
        <source>“%1” is not an item id: ids are the whole numbers `freshet items` shows.</source>
        <translation>„%1“ ist keine Eintrags-ID: IDs sind die ganzen Zahlen, die `freshet items` zeigt.</translation>
    </message>
    <message>
        <source>--before goes with --feed or --all, not with item ids.</source>
        <translation>--before gehört zu --feed oder --all, nicht zu Eintrags-IDs.</translation>
    </message>
    <message>
        <source>--before takes a day (2026-12-31) or a moment (2026-12-31T18:00 or with a zone, …Z).</source>
        <translation>--before nimmt einen Tag (2026-12-31) oder einen Zeitpunkt (2026-12-31T18:00 oder mit Zone, …Z).</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>Geben Sie einen mit --name an.</translation>
    </message>
    <message>
        <source>`freshet sync` fetches its feeds.</source>
        <translation>`freshet sync` ruft seine Feeds ab.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a feed&apos;s next refresh is already due</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>The address of the feed whose login changes.</source>
        <translation>Die Adresse des Feeds, dessen Anmeldung sich ändert.</translation>
    </message>
    <message>
        <source>Log in with HTTP Basic as this user; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>Mit HTTP Basic als dieser Benutzer anmelden; das Passwort wird vom Terminal oder von der Standardeingabe gelesen, nie von der Befehlszeile, und im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Log in with a bearer token, read from the terminal or from standard input.</source>
        <translation>Mit einem Bearer-Token anmelden, gelesen vom Terminal oder von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Forget the feed&apos;s login: its secret leaves the keychain.</source>
        <translation>Die Anmeldung des Feeds vergessen: Sein Geheimnis verlässt den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Give one of --user NAME, --token or --forget.</source>
        <translation>Geben Sie eines von --user NAME, --token oder --forget an.</translation>
    </message>
    <message>
        <source>Give a subscribed feed a login (HTTP Basic or a token), or forget it.</source>
        <translation>Einem abonnierten Feed eine Anmeldung geben (HTTP Basic oder ein Token) oder sie vergessen.</translation>
    </message>
    <message>
        <source>list: print the accounts as JSON; add, remove and login: print the outcome as JSON.</source>
        <translation>list: die Konten als JSON ausgeben; add, remove und login: das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--json cannot share standard output with the OPML document: give a file to export to.</source>
        <translation>--json kann die Standardausgabe nicht mit dem OPML-Dokument teilen: Geben Sie eine Datei für den Export an.</translation>
    </message>
    <message>
        <source>Pause download N (its number in the list); what it got is kept.</source>
        <translation>Download N anhalten (seine Nummer in der Liste); bereits Geladenes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Queue paused download N again.</source>
        <translation>Angehaltenen Download N wieder einreihen.</translation>
    </message>
    <message>
        <source>Queue failed download N again.</source>
        <translation>Fehlgeschlagenen Download N wieder einreihen.</translation>
    </message>
    <message>
        <source>Cancel download N and delete its partial file.</source>
        <translation>Download N abbrechen und seine Teildatei löschen.</translation>
    </message>
    <message>
        <source>Give one of --folder, --pause, --resume, --retry or --cancel at a time.</source>
        <translation>Bitte nur eine der Optionen --folder, --pause, --resume, --retry oder --cancel auf einmal angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a download number; &apos;freshet downloads&apos; lists them.</source>
        <translation>„%1“ ist keine Download-Nummer; „freshet downloads“ listet sie auf.</translation>
    </message>
    <message>
        <source>It continues with the next refresh or in the window; &apos;freshet download ITEM_ID&apos; runs it now.</source>
        <translation>Er läuft bei der nächsten Aktualisierung oder im Fenster weiter; „freshet download ITEM_ID“ startet ihn sofort.</translation>
    </message>
    <message>
        <source>The address of the feed to change.</source>
        <translation>Die Adresse des zu ändernden Feeds.</translation>
    </message>
    <message>
        <source>Its new address (it is fetched from there at the next refresh).</source>
        <translation>Seine neue Adresse (beim nächsten Aktualisieren wird von dort abgerufen).</translation>
    </message>
    <message>
        <source>Put it in this folder (&quot;/&quot; nests; empty: none).</source>
        <translation>In diesen Ordner legen („/“ verschachtelt; leer: keiner).</translation>
    </message>
    <message>
        <source>Check it every MINUTES, or &quot;auto&quot; as the feed and its new items suggest.</source>
        <translation>Alle MINUTES Minuten prüfen, oder „auto“, wie der Feed und seine neuen Einträge es nahelegen.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Change a feed&apos;s address, folder or how often it is checked.</source>
        <translation>Adresse, Ordner oder Prüfintervall eines Feeds ändern.</translation>
    </message>
    <message>
        <source>new PATH, rename PATH NAME, or delete PATH. PATH nests with &quot;/&quot;.</source>
        <translation>new PFAD, rename PFAD NAME oder delete PFAD. PFAD verschachtelt mit „/“.</translation>
    </message>
    <message>
        <source>delete: unsubscribe from the folder&apos;s feeds too, with their items (without it they move up a level).</source>
        <translation>delete: auch die Feeds des Ordners samt Einträgen abbestellen (ohne dies rücken sie eine Ebene nach oben).</translation>
    </message>
    <message>
        <source>Say what to do: new, rename or delete.</source>
        <translation>Sagen Sie, was zu tun ist: new, rename oder delete.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use new, rename or delete.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie new, rename oder delete.</translation>
    </message>
    <message>
        <source>Keep read items this many days (30 or 30d), or forever.</source>
        <translation>Gelesene Artikel so viele Tage behalten (30 oder 30d) oder für immer (forever).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Remove the read items the setting no longer keeps now, not after the next refresh.</source>
        <translation>Die gelesenen Artikel, die die Einstellung nicht mehr behält, jetzt entfernen, nicht erst nach der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>Print the setting and what was removed as JSON.</source>
        <translation>Die Einstellung und das Entfernte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Read items are kept for ever.</source>
        <translation>Gelesene Artikel werden für immer behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Read items are kept for %n day(s).</source>
        <translation>
            <numerusform>Gelesene Artikel werden %n Tag behalten.</numerusform>
            <numerusform>Gelesene Artikel werden %n Tage behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>--keep-read takes a number of days up to 3650 (30 or 30d), or forever.</source>
        <translation>--keep-read erwartet eine Anzahl Tage bis 3650 (30 oder 30d) oder forever.</translation>
    </message>
    <message>
        <source>Never removed: unread and starred items, items with a download, and a sync account&apos;s (its server keeps its own).</source>
        <translation>Nie entfernt: ungelesene und markierte Artikel, Artikel mit einem Download und die eines Sync-Kontos (dessen Server hat eigene Regeln).</translation>
    </message>
    <message>
        <source>Nothing to remove: every read item is kept.</source>
        <translation>Nichts zu entfernen: Alle gelesenen Artikel werden behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than %1; %2 freed.</source>
        <translation>
            <numerusform>%n gelesener Artikel älter als %1 entfernt; %2 frei geworden.</numerusform>
            <numerusform>%n gelesene Artikel älter als %1 entfernt; %2 frei geworden.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed after each refresh; --now removes them at once.</source>
        <translation>Sie werden nach jeder Aktualisierung entfernt; --now entfernt sie sofort.</translation>
    </message>
    <message>
        <source>Show or change how long read items are kept, or apply it now.</source>
        <translation>Anzeigen oder ändern, wie lange gelesene Artikel behalten werden, oder es jetzt anwenden.</translation>
    </message>
    <message>
        <source>A folder of this sync account&apos;s (on its server) instead of this device&apos;s.</source>
        <translation>Ein Ordner dieses Sync-Kontos (auf seinem Server) statt einer dieses Geräts.</translation>
    </message>
    <message>
        <source>Make, rename or delete a folder of this device&apos;s feeds or of a sync account&apos;s.</source>
        <translation>Einen Ordner der Feeds dieses Geräts oder eines Sync-Kontos anlegen, umbenennen oder löschen.</translation>
    </message>
    <message>
        <source>add PROTOCOL URL, list, remove NAME, or login NAME. PROTOCOL is ttrss (Tiny Tiny RSS) or greader (Google Reader API: FreshRSS, Miniflux).</source>
        <translation>add PROTOKOLL URL, list, remove NAME oder login NAME. PROTOKOLL ist ttrss (Tiny Tiny RSS) oder greader (Google-Reader-API: FreshRSS, Miniflux).</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>From this device the address answers: %1</source>
        <translation>Von diesem Gerät aus antwortet die Adresse: %1</translation>
    </message>
    <message>
        <source>new data</source>
        <translation>neue Daten</translation>
    </message>
    <message>
        <source>no new data</source>
        <translation>keine neuen Daten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>an account&apos;s last sync: its time, then how it ended</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>synced through the account “%1”, last sync: %2</source>
        <translation>synchronisiert über das Konto „%1“, letzte Synchronisierung: %2</translation>
    </message>
    <message>
        <source>Subscribe this sync account to the feeds, on its server, instead of this device.</source>
        <translation>Dieses Sync-Konto auf seinem Server für die Feeds anmelden statt dieses Geräts.</translation>
    </message>
    <message>
        <source>Subscribing account “%1”: %2 of %3</source>
        <translation>Konto „%1“ wird angemeldet: %2 von %3</translation>
    </message>
    <message>
        <source>The feeds and their articles come with the account&apos;s next sync: freshet sync --account %1</source>
        <translation>Die Feeds und ihre Artikel kommen mit der nächsten Synchronisierung des Kontos: freshet sync --account %1</translation>
    </message>
    <message>
        <source>read, unread, star, unstar, publish or unpublish (a Tiny Tiny RSS account&apos;s public feed).</source>
        <translation>read, unread, star, unstar, publish oder unpublish (der öffentliche Feed eines Tiny-Tiny-RSS-Kontos).</translation>
    </message>
    <message>
        <source>“%1” is not a mark: use read, unread, star, unstar, publish or unpublish.</source>
        <translation>„%1“ ist keine Markierung: read, unread, star, unstar, publish oder unpublish verwenden.</translation>
    </message>
    <message>
        <source>Mark items read or unread, starred or not (on a sync account too), published or not.</source>
        <translation>Artikel als gelesen oder ungelesen, mit Stern oder ohne (auch in einem Sync-Konto), veröffentlicht oder nicht markieren.</translation>
    </message>
    <message>
        <source>Some items are not searchable yet: %1</source>
        <translation>Einige Artikel sind noch nicht durchsuchbar: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ControlDownloadMessages</name>
    <message>
        <source>Download %1 is paused.</source>
        <translation>Download %1 ist angehalten.</translation>
    </message>
    <message>
        <source>Download %1 is queued again.</source>
        <translation>Download %1 ist wieder eingereiht.</translation>
    </message>
    <message>
        <source>Download %1 is cancelled and its partial file deleted.</source>
        <translation>Download %1 ist abgebrochen und seine Teildatei gelöscht.</translation>
    </message>
    <message>
        <source>There is no download %1.</source>
        <translation>Es gibt keinen Download %1.</translation>
    </message>
</context>
<context>
    <name>freshet::DatabaseMessages</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Die Schemaversion der Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This database was written by a newer Freshet (schema %1; this one knows %2). Update Freshet to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Freshet-Version geschrieben (Schema %1; diese Version kennt nur bis %2). Aktualisieren Sie Freshet, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Missing schema migration %1.</source>
        <translation>Schemamigration %1 fehlt.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schemamigration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was changed.</source>
        <translation>Die Datenbank ist schreibgeschützt: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database is busy in another Freshet process: nothing was changed. Try again in a moment.</source>
        <translation>Die Datenbank wird von einem anderen Freshet-Prozess verwendet: Es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Freshet database: %1</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Freshet-Datenbank: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: it would leave rows pointing at nothing.</source>
        <translation>Schemamigration %1 fehlgeschlagen: Sie würde Zeilen hinterlassen, die ins Leere verweisen.</translation>
    </message>
    <message>
        <source>The disk holding your profile is full: nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit Ihrem Profil ist voll: Nichts wurde geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is damaged (part of the file cannot be read); Freshet left it as it is. Run “freshet repair” to keep a copy of it and rebuild what can still be read.</source>
        <translation>Die Datenbank ist beschädigt (ein Teil der Datei ist nicht lesbar); Freshet hat sie unverändert gelassen. Führen Sie „freshet repair“ aus, um eine Kopie aufzubewahren und neu aufzubauen, was noch lesbar ist.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadManagerMessages</name>
    <message>
        <source>Item %1 does not exist or has no enclosure to download.</source>
        <translation>Artikel %1 existiert nicht oder hat keinen Anhang zum Herunterladen.</translation>
    </message>
    <message>
        <source>There is no download %1.</source>
        <translation>Es gibt keinen Download %1.</translation>
    </message>
    <message>
        <source>%1 Resuming…</source>
        <translation>%1 Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>The downloads database is not open.</source>
        <translation>Die Download-Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading %1; pause or cancel it there, or wait until it is done.</source>
        <translation>Ein anderer Freshet-Prozess lädt %1 herunter; halten Sie den Download dort an oder brechen Sie ihn dort ab, oder warten Sie, bis er fertig ist.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadMessages</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The enclosure&apos;s address is not a web address, so it cannot be downloaded.</source>
        <translation>Die Adresse des Anhangs ist keine Webadresse, daher kann er nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The enclosure&apos;s address is a %1: address, not http or https, so it cannot be downloaded.</source>
        <translation>Die Adresse des Anhangs ist eine %1:-Adresse, nicht http oder https, daher kann er nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadNowMessages</name>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation>%1 wurde nach %2 heruntergeladen</translation>
    </message>
    <message>
        <source>The download was removed while it ran.</source>
        <translation>Der Download wurde entfernt, während er lief.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading this file; try again when it is done.</source>
        <translation>Ein anderer Freshet-Prozess lädt diese Datei gerade herunter; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The download stopped: %1 The partial file %2 was kept; downloading it again resumes from there.</source>
        <translation>Der Download wurde unterbrochen: %1 Die Teildatei %2 bleibt erhalten; ein erneuter Download setzt dort fort.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsController</name>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 heruntergeladen.</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Download von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Downloads…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Download &amp;Enclosure</source>
        <translation>&amp;Anhang herunterladen</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>&amp;Automatic Downloads…</source>
        <translation>A&amp;utomatische Downloads…</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s): %p%</source>
        <translation>
            <numerusform>%n Download: %p%</numerusform>
            <numerusform>%n Downloads: %p%</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2, %3/s. Ctrl+Shift+D shows the downloads.</source>
        <translation>%1 von %2, %3/s. Ctrl+Shift+D zeigt die Downloads an.</translation>
    </message>
    <message>
        <source>Choose a feed first.</source>
        <translation>Wählen Sie zuerst einen Feed aus.</translation>
    </message>
    <message>
        <source>Downloads are unavailable: %1</source>
        <translation>Downloads sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Datei öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung kann %1 öffnen.</translation>
    </message>
    <message>
        <source>Change Fol&amp;der…</source>
        <translation>Ordner &amp;wechseln…</translation>
    </message>
    <message>
        <source>Finished downloads go to %1</source>
        <translation>Fertige Downloads werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Folder for Downloads</source>
        <translation>Ordner für Downloads</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsFolderMessages</name>
    <message>
        <source>Downloads go to %1</source>
        <translation>Downloads werden in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedDialog</name>
    <message>
        <source>Edit Feed</source>
        <translation>Feed bearbeiten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Automatically (as the feed and its new items suggest)</source>
        <translation>Automatisch (wie der Feed und seine neuen Einträge es nahelegen)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Prüfen:</translation>
    </message>
    <message>
        <source>Edit &amp;Login…</source>
        <translation>An&amp;meldedaten bearbeiten…</translation>
    </message>
    <message>
        <source>This feed comes through the account “%1”: its name and folder change on its server too, and its address and schedule are the server&apos;s.</source>
        <translation>Dieser Feed kommt über das Konto „%1“: Name und Ordner ändern sich auch auf dessen Server, Adresse und Zeitplan bestimmt der Server.</translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedMessages</name>
    <message>
        <source>“%1” is not an address Freshet can fetch: it needs http:// or https:// and a host.</source>
        <translation>„%1“ ist keine Adresse, die Freshet abrufen kann: Sie braucht http:// oder https:// und einen Host.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 comes through the account “%2”: its address and schedule are its server&apos;s, and only its name and folder can be changed here.</source>
        <translation>%1 kommt über das Konto „%2“: Adresse und Zeitplan bestimmt dessen Server, hier lassen sich nur Name und Ordner ändern.</translation>
    </message>
</context>
<context>
    <name>freshet::ExportOpmlMessages</name>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n Feed nach %1 exportiert</numerusform>
            <numerusform>%n Feeds nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Freshet subscriptions</source>
        <translation>Freshet-Abonnements</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDiscovery</name>
    <message>
        <source>No feed found at %1: it is neither a feed nor a page that links to one.</source>
        <translation>Unter %1 wurde kein Feed gefunden: Die Adresse ist weder ein Feed noch eine Seite, die auf einen verweist.</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: %2</source>
        <translation>Von %1 konnte nichts gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDownloadMessages</name>
    <message>
        <source>Saved the feed&apos;s automatic downloads.</source>
        <translation>Die automatischen Downloads des Feeds wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDownloadsDialog</name>
    <message>
        <source>Download new enclosures &amp;automatically</source>
        <translation>Neue Anhänge &amp;automatisch herunterladen</translation>
    </message>
    <message>
        <source>&amp;Skip files larger than</source>
        <translation>&amp;Dateien überspringen, die größer sind als</translation>
    </message>
    <message>
        <source>Only on &amp;unmetered networks</source>
        <translation>Nur in &amp;nicht getakteten Netzwerken</translation>
    </message>
    <message>
        <source>Automatic Downloads: %1</source>
        <translation>Automatische Downloads: %1</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Only items that arrive from now on are downloaded.</source>
        <translation>Nur Artikel, die ab jetzt eintreffen, werden heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedListModel</name>
    <message>
        <source>All items</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Deaktiviert: %1</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Letzter Fehler (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>last fetch failed</source>
        <translation>letzter Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Synced through the account “%1”</source>
        <translation>Synchronisiert über das Konto „%1“</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>freshet::FeedLoginFlow</name>
    <message>
        <source>Feed Login</source>
        <translation>Feed-Anmeldung</translation>
    </message>
</context>
<context>
    <name>freshet::FeedLoginMessages</name>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>Dieser Feed ist nicht mehr abonniert.</translation>
    </message>
    <message>
        <source>Saved the login of %1.</source>
        <translation>Die Anmeldung von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 has no login: nothing was changed.</source>
        <translation>%1 hat keine Anmeldung: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Forgot the login of %1.</source>
        <translation>Die Anmeldung von %1 wurde vergessen.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, %2 ungelesen</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Last fetch:</source>
        <translation>Zuletzt abgerufen:</translation>
    </message>
    <message>
        <source>Never fetched yet</source>
        <translation>Noch nie abgerufen</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>%n-mal hintereinander fehlgeschlagen.</numerusform>
            <numerusform>%n-mal hintereinander fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>Nächste Prüfung:</translation>
    </message>
    <message>
        <source>Never: %1</source>
        <translation>Nie: %1</translation>
    </message>
    <message>
        <source>With the next sync of “%1”</source>
        <translation>Mit der nächsten Synchronisierung von „%1“</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FeedRenameMessages</name>
    <message>
        <source>The server of account “%1” cannot rename feeds, so the new name is kept on this device only.</source>
        <translation>Der Server des Kontos „%1“ kann Feeds nicht umbenennen; der neue Name gilt daher nur auf diesem Gerät.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedStoreMessages</name>
    <message>
        <source>Already subscribed to %1</source>
        <translation>%1 ist bereits abonniert</translation>
    </message>
    <message>
        <source>The new feed could not be read back.</source>
        <translation>Der neue Feed konnte nicht wieder eingelesen werden.</translation>
    </message>
    <message>
        <source>The feed is no longer subscribed.</source>
        <translation>Der Feed ist nicht mehr abonniert.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>%1 ist bereits abonniert.</translation>
    </message>
    <message>
        <source>its address changed</source>
        <translation>seine Adresse hat sich geändert</translation>
    </message>
    <message numerus="yes">
        <source>its interval was set to %n minute(s)</source>
        <translation>
            <numerusform>sein Intervall wurde auf %n Minute gesetzt</numerusform>
            <numerusform>sein Intervall wurde auf %n Minuten gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a feed of this device can be edited here; a sync account&apos;s are its server&apos;s.</source>
        <translation>Hier lässt sich nur ein Feed dieses Geräts bearbeiten; die eines Sync-Kontos gehören seinem Server.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedTitleMessages</name>
    <message>
        <source>The feed could not be renamed: %1</source>
        <translation>Der Feed konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The feed could not be renamed: it is no longer subscribed.</source>
        <translation>Der Feed konnte nicht umbenannt werden: Er ist nicht mehr abonniert.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedUpdateMessages</name>
    <message>
        <source>disabled: %1</source>
        <translation>deaktiviert: %1</translation>
    </message>
    <message>
        <source>Same document as last time; not parsed.</source>
        <translation>Dasselbe Dokument wie beim letzten Mal; nicht ausgewertet.</translation>
    </message>
    <message>
        <source>The document is not a feed I can read: %1</source>
        <translation>Das Dokument ist kein lesbarer Feed: %1</translation>
    </message>
    <message>
        <source>Only part of the document could be read: %1</source>
        <translation>Nur ein Teil des Dokuments konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FeedUrlMessages</name>
    <message>
        <source>The feed address is empty.</source>
        <translation>Die Feed-Adresse ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: only http and https feeds can be fetched.</source>
        <translation>„%1“ ist keine Webadresse: Nur http- und https-Feeds können abgerufen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name.</source>
        <translation>„%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a user name or password; add the feed without them and give the login when Freshet asks, so it is kept in the keychain.</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort; fügen Sie den Feed ohne diese Angaben hinzu und geben Sie die Anmeldedaten ein, wenn Freshet danach fragt, damit sie im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: an address has no spaces.</source>
        <translation>„%1“ ist keine Webadresse: Eine Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: a host name has a dot, as in example.org.</source>
        <translation>„%1“ ist keine Webadresse: Ein Hostname enthält einen Punkt, wie in example.org.</translation>
    </message>
    <message>
        <source>The address starting &apos;%1…&apos; is longer than 8 KB, which no feed address is.</source>
        <translation>Die Adresse, die mit „%1…“ beginnt, ist länger als 8 KB, was keine Feed-Adresse ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains bytes that are not valid UTF-8 text; copy the address again from its source.</source>
        <translation>„%1“ enthält Bytes, die kein gültiger UTF-8-Text sind; kopieren Sie die Adresse erneut aus ihrer Quelle.</translation>
    </message>
</context>
<context>
    <name>freshet::FetchLogDialog</name>
    <message>
        <source>Fetch Log</source>
        <translation>Abrufprotokoll</translation>
    </message>
    <message>
        <source>Fetch runs</source>
        <translation>Abrufdurchläufe</translation>
    </message>
    <message>
        <source>When / feed</source>
        <translation>Zeitpunkt / Feed</translation>
    </message>
    <message>
        <source>Trigger / outcome</source>
        <translation>Auslöser / Ausgang</translation>
    </message>
    <message>
        <source>Result / HTTP</source>
        <translation>Ergebnis / HTTP</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Neue Artikel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>freshet::FetchLogMessages</name>
    <message>
        <source>The fetch log cannot be read: %1</source>
        <translation>Das Abrufprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FetchReport</name>
    <message>
        <source>Did not finish</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Neue Daten</translation>
    </message>
    <message>
        <source>No new data</source>
        <translation>Keine neuen Daten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 attempted, %2 updated, %3 not modified, %4 failed, %5 skipped</source>
        <translation>%1 versucht, %2 aktualisiert, %3 unverändert, %4 fehlgeschlagen, %5 übersprungen</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated item(s)</source>
        <translation>
            <numerusform>%n geänderter Eintrag</numerusform>
            <numerusform>%n geänderte Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Feeds: %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>The deadline was reached; unfinished feeds will be fetched next time.</source>
        <translation>Das Zeitlimit wurde erreicht; nicht abgeschlossene Feeds werden beim nächsten Mal abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline reached</source>
        <translation>Zeitlimit erreicht</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Background refresh is off.</source>
        <translation>Die Hintergrundaktualisierung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Background refresh: %1</source>
        <translation>Hintergrundaktualisierung: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>System</source>
        <comment>fetch trigger: the operating system&apos;s background task</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>Timer</source>
        <comment>fetch trigger: Freshet&apos;s own schedule while it runs</comment>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Push</source>
        <comment>fetch trigger: a push notification</comment>
        <translation>Push</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>fetch trigger: Refresh All</comment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Simulated</source>
        <comment>fetch trigger: Debug &gt; Simulate Background Fetch</comment>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>Command line</source>
        <comment>fetch trigger: freshet fetch</comment>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a feed&apos;s outcome</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>a feed&apos;s outcome: never fetched again (410 Gone)</comment>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Took %1 s of the %2 s budget, using %3 of CPU.</source>
        <translation>%1 s von %2 s Budget gebraucht, %3 CPU-Zeit.</translation>
    </message>
    <message>
        <source>Took %1 s, using %2 of CPU.</source>
        <translation>%1 s gebraucht, %2 CPU-Zeit.</translation>
    </message>
    <message>
        <source>Received %1 in %2 s of the %3 s budget, using %4 of CPU.</source>
        <translation>%1 in %2 s von %3 s Budget empfangen, %4 CPU-Zeit.</translation>
    </message>
    <message>
        <source>Received %1 in %2 s, using %3 of CPU.</source>
        <translation>%1 in %2 s empfangen, %3 CPU-Zeit.</translation>
    </message>
    <message>
        <source>%1 CPU, %2</source>
        <translation>%1 CPU, %2</translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in the last 24 hours: %n run(s), %1.</source>
        <translation>
            <numerusform>Aktualisierungen in den letzten 24 Stunden: %n Lauf, %1.</numerusform>
            <numerusform>Aktualisierungen in den letzten 24 Stunden: %n Läufe, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FetchService</name>
    <message>
        <source>The server closed the connection before the whole document arrived.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor das ganze Dokument angekommen ist.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The host name could not be found (%1).</source>
        <translation>Der Hostname konnte nicht gefunden werden (%1).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server sent a compressed document that is corrupt or expands far too much.</source>
        <translation>Der Server hat ein komprimiertes Dokument gesendet, das beschädigt ist oder beim Entpacken viel zu groß wird.</translation>
    </message>
    <message>
        <source>Not started: the time for this refresh ran out.</source>
        <translation>Nicht gestartet: Die Zeit für diese Aktualisierung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Stopped: the time for this refresh ran out.</source>
        <translation>Abgebrochen: Die Zeit für diese Aktualisierung ist abgelaufen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB; it was not read.</source>
        <translation>Das Dokument ist größer als %1 MB; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to an unusable address.</source>
        <translation>HTTP-%1-Weiterleitung an eine unbrauchbare Adresse.</translation>
    </message>
    <message>
        <source>The address redirects in a loop (back to %1).</source>
        <translation>Die Adresse leitet im Kreis weiter (zurück zu %1).</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Mehr als %1 Weiterleitungen.</translation>
    </message>
    <message>
        <source>The publisher removed this feed (HTTP 410 Gone).</source>
        <translation>Der Anbieter hat diesen Feed entfernt (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429).</source>
        <translation>Der Server bittet um weniger häufige Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP 503).</source>
        <translation>Der Server ist nicht verfügbar (HTTP 503).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Der Server antwortete mit HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The server redirected this feed from https to an insecure address (%1); it was not followed and the feed keeps its address, so subscribe to the new one yourself only if you trust it.</source>
        <translation>Der Server hat diesen Feed von https an eine unsichere Adresse (%1) weitergeleitet; der Weiterleitung wurde nicht gefolgt und der Feed behält seine Adresse. Abonnieren Sie die neue nur selbst, wenn Sie ihr vertrauen.</translation>
    </message>
</context>
<context>
    <name>freshet::FolderMessages</name>
    <message>
        <source>%1 is a file, not a folder; choose a folder for downloads.</source>
        <translation>%1 ist eine Datei, kein Ordner; wählen Sie einen Ordner für Downloads.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1; choose a folder you can write to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Made the folder “%1”.</source>
        <translation>Ordner „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation>Ordner „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Ordner „%1“ gelöscht; sein %n Feed ist eine Ebene nach oben gerückt.</numerusform>
            <numerusform>Ordner „%1“ gelöscht; seine %n Feeds sind eine Ebene nach oben gerückt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed from its %n feed(s).</source>
        <translation>
            <numerusform>Ordner „%1“ gelöscht und sein %n Feed abbestellt.</numerusform>
            <numerusform>Ordner „%1“ gelöscht und seine %n Feeds abbestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password or token could not be deleted from the keychain: %1</source>
        <translation>Ein Passwort oder Token konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders.</source>
        <translation>
            <numerusform>%n Feed aus seinem Ordner genommen.</numerusform>
            <numerusform>%n Feeds aus ihren Ordnern genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1”.</source>
        <translation>
            <numerusform>%n Feed nach „%1“ verschoben.</numerusform>
            <numerusform>%n Feeds nach „%1“ verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FolderStoreMessages</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a folder “%1”.</source>
        <translation>Es gibt bereits einen Ordner „%1“.</translation>
    </message>
    <message>
        <source>A folder cannot go inside itself.</source>
        <translation>Ein Ordner kann nicht in sich selbst liegen.</translation>
    </message>
    <message>
        <source>There is no folder “%1” any more.</source>
        <translation>Den Ordner „%1“ gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>freshet::HttpGetMessages</name>
    <message>
        <source>Only http and https downloads are supported, not &quot;%1&quot;.</source>
        <translation>Nur http- und https-Downloads werden unterstützt, nicht „%1“.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server redirected (%1) without saying where to.</source>
        <translation>Der Server hat umgeleitet (%1), ohne ein Ziel anzugeben.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Der Server hat mehr als %1-mal umgeleitet.</translation>
    </message>
    <message>
        <source>The server&apos;s redirects go round in a loop.</source>
        <translation>Die Umleitungen des Servers drehen sich im Kreis.</translation>
    </message>
    <message>
        <source>The server redirected from https to an insecure address; not followed.</source>
        <translation>Der Server hat von https auf eine unsichere Adresse umgeleitet; nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed before the whole file arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Datei angekommen ist.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Nothing arrived from %1 for %2 seconds.</source>
        <translation>Von %1 ist %2 Sekunden lang nichts angekommen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP: %1</translation>
    </message>
    <message>
        <source>The proxy refused to connect to %1 (HTTP %2).</source>
        <translation>Der Proxy hat die Verbindung zu %1 verweigert (HTTP %2).</translation>
    </message>
    <message>
        <source>Downloads need libcurl (libcurl.so.4), which could not be loaded: %1</source>
        <translation>Downloads brauchen libcurl (libcurl.so.4), das nicht geladen werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlMessages</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n Feed importiert</numerusform>
            <numerusform>%n Feeds importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n bereits abonniert</numerusform>
            <numerusform>%n bereits abonniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlToAccountMessages</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed account “%1” to %n feed(s) of %2</source>
        <translation>
            <numerusform>Konto „%1“ für %n Feed aus %2 angemeldet</numerusform>
            <numerusform>Konto „%1“ für %n Feeds aus %2 angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n bereits abonniert</numerusform>
            <numerusform>%n bereits abonniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>The import stopped at %1: %2</source>
        <translation>Der Import hielt bei %1 an: %2</translation>
    </message>
    <message>
        <source>%1: the server refused it: %2</source>
        <translation>%1: Der Server hat es abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>freshet::InstanceServerMessages</name>
    <message>
        <source>Freshet is already running on this profile.</source>
        <translation>Freshet läuft bereits mit diesem Profil.</translation>
    </message>
    <message>
        <source>Cannot listen for background runs (%1): %2</source>
        <translation>Hintergrundabrufe können nicht entgegengenommen werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>freshet::ItemSorting</name>
    <message>
        <source>Preparing the order by author…</source>
        <translation>Die Sortierung nach Autor wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the order by title…</source>
        <translation>Die Sortierung nach Titel wird vorbereitet…</translation>
    </message>
    <message>
        <source>Could not prepare the order by author: %1</source>
        <translation>Die Sortierung nach Autor konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Could not prepare the order by title: %1</source>
        <translation>Die Sortierung nach Titel konnte nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ItemTableModel</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>freshet::ItemView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Welcome to Freshet</source>
        <translation>Willkommen bei Freshet</translation>
    </message>
    <message>
        <source>You have no feeds yet. Freshet keeps them fresh in the background, so the latest items are already here when you open it.</source>
        <translation>Sie haben noch keine Feeds. Freshet hält sie im Hintergrund aktuell, sodass die neuesten Artikel schon da sind, wenn Sie es öffnen.</translation>
    </message>
    <message>
        <source>File &gt; Add Feed (Ctrl+N): the address of a feed, or of a web page that has one.</source>
        <translation>Datei &gt; Feed hinzufügen (Strg+N): die Adresse eines Feeds oder einer Webseite, die einen anbietet.</translation>
    </message>
    <message>
        <source>File &gt; Import OPML (Ctrl+I): the subscriptions exported by another feed reader.</source>
        <translation>Datei &gt; OPML importieren (Strg+I): die Abonnements, die ein anderer Feedreader exportiert hat.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts (F1) lists every command.</source>
        <translation>Hilfe &gt; Tastenkürzel (F1) listet alle Befehle auf.</translation>
    </message>
    <message>
        <source>This image is larger than %1 MB, so it was not loaded; open the article in the browser to see it.</source>
        <translation>Dieses Bild ist größer als %1 MB und wurde daher nicht geladen; öffnen Sie den Artikel im Browser, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>freshet::KeychainMessages</name>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. Unlock the login keychain (Keychain Access) and try again.</source>
        <translation>Kein Schlüsselbund verfügbar: Freshet speichert Passwörter nur im Schlüsselbund des Systems. Entsperren Sie den Schlüsselbund „Anmeldung“ (Keychain Access) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. Windows Credential Manager must be running.</source>
        <translation>Kein Schlüsselbund verfügbar: Freshet speichert Passwörter nur im Schlüsselbund des Systems. Windows Credential Manager muss ausgeführt werden.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the Android keystore, which did not answer.</source>
        <translation>Kein Schlüsselbund verfügbar: Freshet speichert Passwörter nur im Android-Keystore, der nicht geantwortet hat.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. On Linux install and unlock GNOME Keyring or KWallet (a Secret Service, for example &apos;apt install gnome-keyring&apos;), in a session with a D-Bus session bus, and try again.</source>
        <translation>Kein Schlüsselbund verfügbar: Freshet speichert Passwörter nur im Schlüsselbund des Systems. Installieren und entsperren Sie unter Linux GNOME Keyring oder KWallet (einen Secret Service, zum Beispiel &apos;apt install gnome-keyring&apos;) in einer Sitzung mit einem D-Bus-Sitzungsbus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no password or token for this feed; set the login again.</source>
        <translation>Der Schlüsselbund enthält weder ein Passwort noch ein Token für diesen Feed; geben Sie die Anmeldedaten erneut ein.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the login could not be used or saved.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher konnten die Anmeldedaten weder verwendet noch gespeichert werden.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored login.</source>
        <translation>Der Schlüsselbund konnte die gespeicherten Anmeldedaten nicht löschen.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
</context>
<context>
    <name>freshet::LaunchAgentMessages</name>
    <message>
        <source>launchctl %1 failed: %2</source>
        <translation>launchctl %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>LaunchAgent</source>
        <translation>LaunchAgent</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>LaunchAgent %1</source>
        <translation>LaunchAgent %1</translation>
    </message>
    <message>
        <source>no LaunchAgent</source>
        <translation>kein LaunchAgent</translation>
    </message>
</context>
<context>
    <name>freshet::LoginAccountMessages</name>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Logged in to account “%1”.</source>
        <translation>Beim Konto „%1“ angemeldet.</translation>
    </message>
</context>
<context>
    <name>freshet::LoginDialog</name>
    <message>
        <source>Feed Login</source>
        <translation>Feed-Anmeldung</translation>
    </message>
    <message>
        <source>This feed needs a login: %1</source>
        <translation>Dieser Feed erfordert eine Anmeldung: %1</translation>
    </message>
    <message>
        <source>The stored login was refused by %1. Enter it again:</source>
        <translation>Die gespeicherten Anmeldedaten wurden von %1 abgelehnt. Geben Sie sie erneut ein:</translation>
    </message>
    <message>
        <source>Login for %1</source>
        <translation>Anmeldung für %1</translation>
    </message>
    <message>
        <source>The password or token is kept in the system keychain, never in Freshet&apos;s own files.</source>
        <translation>Das Passwort oder Token wird im Schlüsselbund des Systems gespeichert, nie in Freshets eigenen Dateien.</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Token (Bearer)</source>
        <translation>Token (Bearer)</translation>
    </message>
    <message>
        <source>Kind of login</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
</context>
<context>
    <name>freshet::MainWindow</name>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Titel und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>A refresh is already running.</source>
        <translation>Es läuft bereits eine Aktualisierung.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>%n Feed wird aktualisiert…</numerusform>
            <numerusform>%n Feeds werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Aktualisierung: %1 von %2 Feeds</translation>
    </message>
    <message>
        <source>Simulated background fetch</source>
        <translation>Simulierter Hintergrundabruf</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. aktualisiert</numerusform>
            <numerusform>Vor %n Min. aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>Feed &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>Alle &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Delete Feed…</source>
        <translation>Feed &amp;löschen…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Nächster &amp;ungelesener Artikel</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Als &amp;gelesen/ungelesen markieren</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation>&amp;Stern setzen/entfernen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Freshet</source>
        <translation>Ü&amp;ber Freshet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Simulate &amp;Background Fetch</source>
        <translation>&amp;Hintergrundabruf simulieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Simulate &amp;Push Notification</source>
        <translation>&amp;Push-Benachrichtigung simulieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>No more unread items.</source>
        <translation>Keine weiteren ungelesenen Artikel.</translation>
    </message>
    <message>
        <source>No more items.</source>
        <translation>Keine weiteren Artikel.</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML-Dateien (*.opml)</translation>
    </message>
    <message>
        <source>Delete Feed</source>
        <translation>Feed löschen</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 and delete its %n item(s)?</source>
        <translation>
            <numerusform>Möchten Sie %1 abbestellen und %n Artikel löschen?</numerusform>
            <numerusform>Möchten Sie %1 abbestellen und %n Artikel löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Load &amp;Images</source>
        <translation>&amp;Bilder laden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Updating the %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed</source>
        <translation>Aktualisieren, während Freshet geschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>Do&amp;wnloads</translation>
    </message>
    <message>
        <source>Edit &amp;Login…</source>
        <translation>Anmeldedaten &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Forget Login</source>
        <translation>Anmeldedaten &amp;vergessen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced</source>
        <translation>
            <numerusform>%n Artikel synchronisiert</numerusform>
            <numerusform>%n Artikel synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n item(s) here?</source>
        <translation>
            <numerusform>Möchten Sie %1 im Konto „%2“ abbestellen (für alle Geräte, die es verwenden) und %n Artikel hier löschen?</numerusform>
            <numerusform>Möchten Sie %1 im Konto „%2“ abbestellen (für alle Geräte, die es verwenden) und %n Artikel hier löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Feed</source>
        <translation>Feed umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>Feed &amp;umbenennen…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>%1 is subscribed on “%2”, but its sync did not bring it yet.</source>
        <translation>%1 ist in „%2“ abonniert, aber die Synchronisierung hat ihn noch nicht gebracht.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Some entries were skipped; Show Details says why.</source>
        <translation>Einige Einträge wurden übersprungen; „Details einblenden“ sagt, warum.</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key of Next Unread Item</comment>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n Artikel passt</numerusform>
            <numerusform>%n Artikel passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh “%1”: %2 Help &gt; Fetch Log has the details.</source>
        <translation>„%1“ konnte nicht aktualisiert werden: %2 Einzelheiten unter Hilfe &gt; Abrufprotokoll.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feed(s) asked could be refreshed; Help &gt; Fetch Log says why for each.</source>
        <translation>
            <numerusform>Der abgefragte Feed konnte nicht aktualisiert werden; Hilfe &gt; Abrufprotokoll nennt den Grund.</numerusform>
            <numerusform>Keiner der %n abgefragten Feeds konnte aktualisiert werden; Hilfe &gt; Abrufprotokoll nennt jeweils den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds were due (next check %1); Refresh All asks every feed anyway.</source>
        <translation>Kein Feed war fällig (nächste Prüfung %1); „Alle aktualisieren“ fragt trotzdem jeden Feed ab.</translation>
    </message>
    <message>
        <source>Next &amp;Feed</source>
        <translation>Nächster &amp;Feed</translation>
    </message>
    <message>
        <source>Shift+J</source>
        <comment>the key of Next Feed</comment>
        <translation>Shift+J</translation>
    </message>
    <message>
        <source>This is the last feed.</source>
        <translation>Das ist der letzte Feed.</translation>
    </message>
    <message>
        <source>Previous F&amp;eed</source>
        <translation>Vorheriger F&amp;eed</translation>
    </message>
    <message>
        <source>Shift+K</source>
        <comment>the key of Previous Feed</comment>
        <translation>Shift+K</translation>
    </message>
    <message>
        <source>This is the first feed.</source>
        <translation>Das ist der erste Feed.</translation>
    </message>
    <message>
        <source>Fetch &amp;Log…</source>
        <translation>Abruf&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>De&amp;bug</source>
        <translation>De&amp;bug</translation>
    </message>
    <message>
        <source>Next page of the article; at its end, the next unread item</source>
        <translation>Nächste Seite des Artikels; an seinem Ende der nächste ungelesene Artikel</translation>
    </message>
    <message>
        <source>Previous page of the article</source>
        <translation>Vorherige Seite des Artikels</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Erster Artikel</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Letzter Artikel</translation>
    </message>
    <message>
        <source>Next pane: feeds, items, article, search</source>
        <translation>Nächster Bereich: Feeds, Artikel, Artikeltext, Suche</translation>
    </message>
    <message>
        <source>Refresh &amp;This Feed</source>
        <translation>Diesen Feed ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Open &amp;Website</source>
        <translation>&amp;Website öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Feed Address</source>
        <translation>Feed-Adresse k&amp;opieren</translation>
    </message>
    <message>
        <source>Choose a feed in the list first.</source>
        <translation>Wählen Sie zuerst einen Feed in der Liste aus.</translation>
    </message>
    <message>
        <source>This feed names no website.</source>
        <translation>Dieser Feed nennt keine Website.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>New F&amp;older…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Refresh &amp;This Folder</source>
        <translation>Diesen Ordner ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Re&amp;name Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name of the folder “%1”:</source>
        <translation>Neuer Name des Ordners „%1“:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation>Den leeren Ordner „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1”? It holds %n feed(s).</source>
        <translation>
            <numerusform>Den Ordner „%1“ löschen? Er enthält %n Feed.</numerusform>
            <numerusform>Den Ordner „%1“ löschen? Er enthält %n Feeds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its feeds can move up a level, or be unsubscribed with all their items.</source>
        <translation>Seine Feeds können eine Ebene nach oben rücken oder samt allen Einträgen abbestellt werden.</translation>
    </message>
    <message>
        <source>Move Feeds Up</source>
        <translation>Feeds nach oben rücken</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n Feed(s)</source>
        <translation>
            <numerusform>%n Feed abbestellen</numerusform>
            <numerusform>%n Feeds abbestellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Feeds</source>
        <translation>Feeds verschieben</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>&amp;Edit Feed…</source>
        <translation>&amp;Feed bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit Feed</source>
        <translation>Feed bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than the Settings keep them; %1 freed.</source>
        <translation>
            <numerusform>%n gelesener Eintrag, älter als die Einstellungen ihn behalten, entfernt; %1 frei geworden.</numerusform>
            <numerusform>%n gelesene Einträge, älter als die Einstellungen sie behalten, entfernt; %1 frei geworden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribe the account “%1” to the feeds of %2, on its server?</source>
        <translation>Das Konto „%1“ auf seinem Server für die Feeds aus %2 anmelden?</translation>
    </message>
    <message>
        <source>Its server then fetches them for every device that uses it. Or import them to this computer only.</source>
        <translation>Sein Server ruft sie dann für jedes Gerät ab, das es nutzt. Oder importieren Sie sie nur auf diesen Computer.</translation>
    </message>
    <message>
        <source>Into “%1”</source>
        <translation>In „%1“</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Importing %1 into “%2”…</source>
        <translation>%1 wird in „%2“ importiert…</translation>
    </message>
    <message>
        <source>Subscribing “%1” to feed %2 of %3…</source>
        <translation>„%1“ wird für Feed %2 von %3 angemeldet…</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>Veröffen&amp;tlicht</translation>
    </message>
    <message>
        <source>Shift+P</source>
        <comment>the key of Published</comment>
        <translation>Shift+P</translation>
    </message>
    <message>
        <source>Put the article in the public feed of its Tiny Tiny RSS account, or take it out</source>
        <translation>Den Artikel in den öffentlichen Feed seines Tiny-Tiny-RSS-Kontos stellen oder herausnehmen</translation>
    </message>
    <message>
        <source>Indexing articles for search…</source>
        <translation>Artikel werden für die Suche indiziert…</translation>
    </message>
</context>
<context>
    <name>freshet::MarkAllRead</name>
    <message>
        <source>&amp;Undo Mark All as Read</source>
        <translation>„Alle als gelesen markieren“ &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo Mark All as Read</source>
        <translation>„Alle als gelesen markieren“ rückgängig machen</translation>
    </message>
    <message>
        <source>Mark all %1 unread items of “%2” as read?</source>
        <translation>Alle %1 ungelesenen Artikel von „%2“ als gelesen markieren?</translation>
    </message>
    <message>
        <source>Mark all %1 unread items as read?</source>
        <translation>Alle %1 ungelesenen Artikel als gelesen markieren?</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Undo Mark All as Read (Ctrl+Z) takes it back.</source>
        <translation>„Alle als gelesen markieren“ rückgängig machen (Strg+Z) nimmt es zurück.</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>freshet::MarkItemsMessages</name>
    <message numerus="yes">
        <source>Marked %n item(s) as read.</source>
        <translation>
            <numerusform>%n Eintrag als gelesen markiert.</numerusform>
            <numerusform>%n Einträge als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) as unread.</source>
        <translation>
            <numerusform>%n Eintrag als ungelesen markiert.</numerusform>
            <numerusform>%n Einträge als ungelesen markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n item(s).</source>
        <translation>
            <numerusform>%n Eintrag mit Stern markiert.</numerusform>
            <numerusform>%n Einträge mit Stern markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star off %n item(s).</source>
        <translation>
            <numerusform>Stern von %n Eintrag entfernt.</numerusform>
            <numerusform>Stern von %n Einträgen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No item has the id %1: nothing was marked.</source>
        <translation>
            <numerusform>Kein Eintrag hat die ID %1: Nichts wurde markiert.</numerusform>
            <numerusform>Kein Eintrag hat die IDs %1: Nichts wurde markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) read again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Artikel wieder gelesen.</numerusform>
            <numerusform>Rückgängig gemacht: %n Artikel wieder gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) unread again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Artikel wieder ungelesen.</numerusform>
            <numerusform>Rückgängig gemacht: %n Artikel wieder ungelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) starred again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Artikel wieder mit Stern.</numerusform>
            <numerusform>Rückgängig gemacht: %n Artikel wieder mit Stern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) without a star again.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Artikel wieder ohne Stern.</numerusform>
            <numerusform>Rückgängig gemacht: %n Artikel wieder ohne Stern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) in the account&apos;s public feed.</source>
        <translation>
            <numerusform>%n Artikel im öffentlichen Feed des Kontos veröffentlicht.</numerusform>
            <numerusform>%n Artikel im öffentlichen Feed des Kontos veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of the account&apos;s public feed.</source>
        <translation>
            <numerusform>%n Artikel aus dem öffentlichen Feed des Kontos genommen.</numerusform>
            <numerusform>%n Artikel aus dem öffentlichen Feed des Kontos genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) published again.</source>
        <translation>
            <numerusform>Rückgängig: %n Artikel wieder veröffentlicht.</numerusform>
            <numerusform>Rückgängig: %n Artikel wieder veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) out of the public feed again.</source>
        <translation>
            <numerusform>Rückgängig: %n Artikel wieder aus dem öffentlichen Feed.</numerusform>
            <numerusform>Rückgängig: %n Artikel wieder aus dem öffentlichen Feed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the articles to publish: a whole feed is not published.</source>
        <translation>Die zu veröffentlichenden Artikel angeben: ein ganzer Feed wird nicht veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <source>Only the articles of a Tiny Tiny RSS account can be published, in its public feed; %n item(s) are not: %1. Nothing was marked.</source>
        <translation>
            <numerusform>Nur die Artikel eines Tiny-Tiny-RSS-Kontos können veröffentlicht werden, in dessen öffentlichem Feed; %n Artikel ist keiner: %1. Nichts wurde markiert.</numerusform>
            <numerusform>Nur die Artikel eines Tiny-Tiny-RSS-Kontos können veröffentlicht werden, in dessen öffentlichem Feed; %n Artikel sind keine: %1. Nichts wurde markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NewItemsBadge</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s): show them</source>
        <translation>
            <numerusform>%n neuer Artikel: anzeigen</numerusform>
            <numerusform>%n neue Artikel: anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NoticeMessages</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n feed(s)</source>
        <translation>
            <numerusform>%1 in %n Feed</numerusform>
            <numerusform>%1 in %n Feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NotifierMessages</name>
    <message>
        <source>No desktop session bus, so no notification was shown.</source>
        <translation>Kein Sitzungsbus des Desktops vorhanden, daher wurde keine Benachrichtigung angezeigt.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The desktop did not show the notification: %1</source>
        <translation>Der Desktop hat die Benachrichtigung nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>This platform shows notifications only from the Freshet window.</source>
        <translation>Auf dieser Plattform werden Benachrichtigungen nur aus dem Freshet-Fenster angezeigt.</translation>
    </message>
</context>
<context>
    <name>freshet::OpmlFileMessages</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large to be an OPML subscription list.</source>
        <translation>%1 ist größer als %2 MB und damit zu groß für eine OPML-Abonnementliste.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device), so nothing was written; choose a file name.</source>
        <translation>%1 ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät), daher wurde nichts geschrieben; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>freshet::OpmlMessages</name>
    <message>
        <source>This is not an OPML file (it starts with &lt;%1&gt;).</source>
        <translation>Dies ist keine OPML-Datei (sie beginnt mit &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The outlines are nested more than %1 deep.</source>
        <translation>Die outline-Elemente sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Outline &quot;%1&quot; (line %2) has no xmlUrl.</source>
        <translation>Das outline-Element „%1“ (Zeile %2) hat kein xmlUrl-Attribut.</translation>
    </message>
    <message>
        <source>The OPML file is damaged at line %1, column %2: %3</source>
        <translation>Die OPML-Datei ist in Zeile %1, Spalte %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>This is not an OPML file: it is empty.</source>
        <translation>Dies ist keine OPML-Datei: Sie ist leer.</translation>
    </message>
</context>
<context>
    <name>freshet::PullToRefresh</name>
    <message>
        <source>Release to refresh</source>
        <translation>Loslassen zum Aktualisieren</translation>
    </message>
    <message>
        <source>Pull to refresh</source>
        <translation>Ziehen zum Aktualisieren</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>freshet::QueueDownloadMessages</name>
    <message>
        <source>Already downloaded: %1</source>
        <translation>Bereits heruntergeladen: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic download(s) queued.</source>
        <translation>
            <numerusform>%n automatischer Download eingereiht.</numerusform>
            <numerusform>%n automatische Downloads eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RateLimitMessages</name>
    <message>
        <source>Rate-limited by the server until %1</source>
        <translation>Vom Server gebremst bis %1</translation>
    </message>
</context>
<context>
    <name>freshet::RefreshPolicyMessages</name>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>the server asked to retry after %1</source>
        <translation>der Server bat um einen erneuten Versuch in %1</translation>
    </message>
    <message>
        <source>default interval %1</source>
        <translation>Standardintervall %1</translation>
    </message>
    <message>
        <source>backing off after %1 failures: %2</source>
        <translation>längeres Intervall nach Fehlern (%1 in Folge): %2</translation>
    </message>
    <message>
        <source>the feed updates every %1</source>
        <translation>der Feed wird alle %1 aktualisiert</translation>
    </message>
    <message>
        <source>Cache-Control max-age %1</source>
        <translation>Cache-Control max-age %1</translation>
    </message>
    <message>
        <source>the server&apos;s Expires header, in %1</source>
        <translation>der Expires-Header des Servers, in %1</translation>
    </message>
    <message>
        <source>new items about every %1</source>
        <translation>neue Artikel etwa alle %1</translation>
    </message>
    <message>
        <source>checking every %1</source>
        <translation>Abruf alle %1</translation>
    </message>
    <message>
        <source>the feed asks for %1</source>
        <translation>der Feed wünscht %1</translation>
    </message>
    <message>
        <source>Freshet waits at least %1</source>
        <translation>Freshet wartet mindestens %1</translation>
    </message>
    <message>
        <source>Freshet checks at least every %1</source>
        <translation>Freshet prüft mindestens alle %1</translation>
    </message>
    <message>
        <source>every %1, as set for this feed</source>
        <translation>alle %1, wie für diesen Feed eingestellt</translation>
    </message>
</context>
<context>
    <name>freshet::RemoveAccountMessages</name>
    <message numerus="yes">
        <source>Removed the account “%1” and its %n feed(s) from this device; nothing changed on the server.</source>
        <translation>
            <numerusform>Das Konto „%1“ und sein %n Feed wurden von diesem Gerät entfernt; auf dem Server hat sich nichts geändert.</numerusform>
            <numerusform>Das Konto „%1“ und seine %n Feeds wurden von diesem Gerät entfernt; auf dem Server hat sich nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Sein Passwort konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>freshet::RemoveFeedMessages</name>
    <message numerus="yes">
        <source>Removed %1 and its %n item(s).</source>
        <translation>
            <numerusform>%1 mit %n Artikel entfernt.</numerusform>
            <numerusform>%1 mit %n Artikeln entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its password or token could not be deleted from the keychain: %1</source>
        <translation>Sein Passwort oder Token konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>%1 could not unsubscribe from %2; nothing was removed: %3</source>
        <translation>%1 konnte %2 nicht abbestellen; es wurde nichts entfernt: %3</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from %1 on account “%2” and removed its %n item(s) here.</source>
        <translation>
            <numerusform>%1 im Konto „%2“ abbestellt und %n Artikel hier entfernt.</numerusform>
            <numerusform>%1 im Konto „%2“ abbestellt und %n Artikel hier entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred item(s) stay under “%1” for as long as the server keeps them starred.</source>
        <translation>
            <numerusform>%n markierter Artikel bleibt unter „%1“, solange der Server ihn markiert hält.</numerusform>
            <numerusform>%n markierte Artikel bleiben unter „%1“, solange der Server sie markiert hält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RenameFeedDialog</name>
    <message>
        <source>Rename Feed</source>
        <translation>Feed umbenennen</translation>
    </message>
    <message>
        <source>&amp;Use the Feed&apos;s Own Title</source>
        <translation>Eigenen Titel des Feeds &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>freshet::RenameFeedMessages</name>
    <message>
        <source>%1 shows its own title again.</source>
        <translation>%1 zeigt wieder seinen eigenen Titel.</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2”.</source>
        <translation>%1 in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>%1 could not rename %2; nothing was changed: %3</source>
        <translation>%1 konnte %2 nicht umbenennen; nichts wurde geändert: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on account “%3”.</source>
        <translation>%1 im Konto „%3“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>%1 already has that name: nothing was changed.</source>
        <translation>%1 hat diesen Namen schon: Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>freshet::RepairMessages</name>
    <message>
        <source>Cannot keep a copy of the damaged database as %1: %2</source>
        <translation>Die beschädigte Datenbank kann nicht als %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>There is no database at %1: nothing to repair.</source>
        <translation>Unter %1 gibt es keine Datenbank: Nichts zu reparieren.</translation>
    </message>
    <message>
        <source>Nothing in %1 can be read (%2), so there is nothing to rebuild from; the file was left as it is. Restore it from a backup, or move it away to start with an empty profile.</source>
        <translation>Nichts in %1 ist lesbar (%2), daher gibt es nichts, woraus neu aufgebaut werden könnte; die Datei wurde unverändert gelassen. Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um mit einem leeren Profil zu beginnen.</translation>
    </message>
    <message>
        <source>The damaged database has schema %1 and this Freshet writes %2; repair it with the Freshet that wrote it. The file was left as it is.</source>
        <translation>Die beschädigte Datenbank hat Schema %1, und dieses Freshet schreibt %2; reparieren Sie sie mit dem Freshet, das sie geschrieben hat. Die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The database could not be rebuilt: %1 It was left as it is; a copy is at %2.</source>
        <translation>Die Datenbank konnte nicht neu aufgebaut werden: %1 Sie wurde unverändert gelassen; eine Kopie liegt unter %2.</translation>
    </message>
    <message>
        <source>The rebuilt database could not be put in place: move %1 to %2 yourself. The damaged file is kept at %3.</source>
        <translation>Die neu aufgebaute Datenbank konnte nicht an ihren Platz gebracht werden: Verschieben Sie %1 selbst nach %2. Die beschädigte Datei liegt unter %3.</translation>
    </message>
</context>
<context>
    <name>freshet::RunLockMessages</name>
    <message>
        <source>another Freshet process</source>
        <translation>ein anderer Freshet-Prozess</translation>
    </message>
    <message>
        <source>Freshet process %1 on %2</source>
        <translation>Freshet-Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: check that the profile folder can be written.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: Prüfen Sie, ob der Profilordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>freshet::SanitizerMessages</name>
    <message>
        <source>Audio on %1</source>
        <translation>Audio auf %1</translation>
    </message>
    <message>
        <source>Video on %1</source>
        <translation>Video auf %1</translation>
    </message>
    <message>
        <source>Embedded page from %1</source>
        <translation>Eingebettete Seite von %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>freshet::ScheduleMessages</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>as often as allowed (every %n min)</source>
        <translation>
            <numerusform>so oft wie erlaubt (alle %n Min.)</numerusform>
            <numerusform>so oft wie erlaubt (alle %n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n Min.</numerusform>
            <numerusform>alle %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>alle %n Std.</numerusform>
            <numerusform>alle %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Aktualisierung: %1</translation>
    </message>
</context>
<context>
    <name>freshet::SchedulerMessages</name>
    <message>
        <source>Automatic refresh is off.</source>
        <translation>Die automatische Aktualisierung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Refreshing now.</source>
        <translation>Wird gerade aktualisiert.</translation>
    </message>
    <message>
        <source>A refresh is due; waiting for the network.</source>
        <translation>Eine Aktualisierung ist fällig; Freshet wartet auf das Netzwerk.</translation>
    </message>
    <message>
        <source>A refresh is due; waiting for a network that is not metered.</source>
        <translation>Eine Aktualisierung ist fällig; Freshet wartet auf ein nicht getaktetes Netzwerk.</translation>
    </message>
    <message>
        <source>Next refresh at %1 (%2).</source>
        <translation>Nächste Aktualisierung um %1 (%2).</translation>
    </message>
    <message>
        <source>While Freshet is closed: %1 (%2)</source>
        <translation>Während Freshet geschlossen ist: %1 (%2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>freshet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>As often as feeds allow (10 min)</source>
        <translation>So oft die Feeds es erlauben (10 Min.)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Custom interval in minutes</source>
        <translation>Benutzerdefiniertes Intervall in Minuten</translation>
    </message>
    <message>
        <source>Tell me when a refresh finds new items</source>
        <translation>Benachrichtigen, wenn eine Aktualisierung neue Artikel findet</translation>
    </message>
    <message>
        <source>Load pictures (thumbnails and images in articles)</source>
        <translation>Bilder laden (Vorschaubilder und Bilder in Artikeln)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Feeds fetched at once</source>
        <translation>Gleichzeitig abgerufene Feeds</translation>
    </message>
    <message>
        <source>Feeds fetched at once from one server</source>
        <translation>Gleichzeitig abgerufene Feeds pro Server</translation>
    </message>
    <message>
        <source>Refresh while Freshet runs:</source>
        <translation>Aktualisieren, solange Freshet läuft:</translation>
    </message>
    <message>
        <source>Custom interval:</source>
        <translation>Benutzerdefiniertes Intervall:</translation>
    </message>
    <message>
        <source>Feeds fetched at once:</source>
        <translation>Gleichzeitig abgerufene Feeds:</translation>
    </message>
    <message>
        <source>…from one server:</source>
        <translation>…davon pro Server:</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed</source>
        <translation>Aktualisieren, während Freshet geschlossen ist</translation>
    </message>
    <message>
        <source>Wait for a network that is not metered</source>
        <translation>Auf ein nicht getaktetes Netzwerk warten</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed (%1)</source>
        <translation>Aktualisieren, während Freshet geschlossen ist (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A new language takes effect when Freshet starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Freshet.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Sync &amp;Accounts…</source>
        <translation>Sync-&amp;Konten…</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>As the system is</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Textgröße der Artikel</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Article text size:</source>
        <translation>Textgröße der Artikel:</translation>
    </message>
    <message>
        <source>Keep read items</source>
        <translation>Gelesene Einträge behalten</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Eine Woche</translation>
    </message>
    <message>
        <source>For a month</source>
        <translation>Einen Monat</translation>
    </message>
    <message>
        <source>For three months</source>
        <translation>Drei Monate</translation>
    </message>
    <message>
        <source>For a year</source>
        <translation>Ein Jahr</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Read items older than this are removed after each refresh; starred ones, and ones with a download, are always kept.</source>
        <translation>Gelesene Einträge, die älter sind, werden nach jedem Aktualisieren entfernt; Einträge mit Stern und solche mit einem Download bleiben immer.</translation>
    </message>
    <message>
        <source>Keep read items:</source>
        <translation>Gelesene Einträge behalten:</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS, FreshRSS, Miniflux: read and starred state shared by every device.</source>
        <translation>Tiny Tiny RSS, FreshRSS, Miniflux: Gelesen- und Markiert-Status auf allen Geräten gleich.</translation>
    </message>
</context>
<context>
    <name>freshet::StoreThreadMessages</name>
    <message>
        <source>The database is closed: Freshet is quitting.</source>
        <translation>Die Datenbank ist geschlossen: Freshet wird beendet.</translation>
    </message>
</context>
<context>
    <name>freshet::SubscribeHereMessages</name>
    <message>
        <source>Already subscribed to %1; nothing was added.</source>
        <translation>%1 ist bereits abonniert; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Es wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Updated the login of %1</source>
        <translation>Anmeldedaten von %1 aktualisiert</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>A login goes with exactly one feed address.</source>
        <translation>Eine Anmeldung gehört zu genau einer Feed-Adresse.</translation>
    </message>
    <message>
        <source>%1 was added but cannot log in (%2), and could not be taken out again: %3</source>
        <translation>%1 wurde hinzugefügt, kann sich aber nicht anmelden (%2) und konnte nicht wieder entfernt werden: %3</translation>
    </message>
</context>
<context>
    <name>freshet::SubscribeOnAccountMessages</name>
    <message>
        <source>Subscribed to %1 on account “%2”.</source>
        <translation>%1 im Konto „%2“ abonniert.</translation>
    </message>
    <message>
        <source>“%1” could not subscribe to %2; nothing was added: %3</source>
        <translation>„%1“ konnte %2 nicht abonnieren; nichts wurde hinzugefügt: %3</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login; nothing was subscribed.</source>
        <translation>Der Server des Kontos „%1“ hat die Anmeldung abgelehnt; es wurde nichts abonniert.</translation>
    </message>
    <message>
        <source>Account “%1” already has %2.</source>
        <translation>Das Konto „%1“ hat %2 bereits.</translation>
    </message>
    <message>
        <source>Account “%1” already has %2, in “%3”.</source>
        <translation>Das Konto „%1“ hat %2 bereits, in „%3“.</translation>
    </message>
    <message>
        <source>the server could not subscribe to it (HTTP 400), as when the address is not a feed the server can read.</source>
        <translation>Der Server konnte es nicht abonnieren (HTTP 400), wie bei einer Adresse, die kein für den Server lesbarer Feed ist.</translation>
    </message>
</context>
<context>
    <name>freshet::SubscriptionEditMessages</name>
    <message>
        <source>Unknown sync protocol.</source>
        <translation>Unbekanntes Synchronisierungsprotokoll.</translation>
    </message>
</context>
<context>
    <name>freshet::SyncFolderMessages</name>
    <message>
        <source>Made the folder “%1”. Its account&apos;s server has it once a feed is moved into it.</source>
        <translation>Ordner „%1“ angelegt. Der Server des Kontos hat ihn, sobald ein Feed hineinverschoben wird.</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2” on account “%3”.</source>
        <translation>Ordner „%1“ im Konto „%3“ in „%2“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed account “%2” from its %n feed(s).</source>
        <translation>
            <numerusform>Ordner „%1“ gelöscht und das Konto „%2“ von seinem %n Feed abgemeldet.</numerusform>
            <numerusform>Ordner „%1“ gelöscht und das Konto „%2“ von seinen %n Feeds abgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” on account “%2”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Ordner „%1“ im Konto „%2“ gelöscht; sein %n Feed ist eine Ebene höher gerückt.</numerusform>
            <numerusform>Ordner „%1“ im Konto „%2“ gelöscht; seine %n Feeds sind eine Ebene höher gerückt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders on account “%1”.</source>
        <translation>
            <numerusform>%n Feed im Konto „%1“ aus seinem Ordner genommen.</numerusform>
            <numerusform>%n Feeds im Konto „%1“ aus ihren Ordnern genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1” on account “%2”.</source>
        <translation>
            <numerusform>%n Feed im Konto „%2“ nach „%1“ verschoben.</numerusform>
            <numerusform>%n Feeds im Konto „%2“ nach „%1“ verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” could not rename the folder “%2”; nothing was changed: %3</source>
        <translation>Das Konto „%1“ konnte den Ordner „%2“ nicht umbenennen; nichts wurde geändert: %3</translation>
    </message>
    <message>
        <source>Account “%1” could not delete the folder “%2”: %3</source>
        <translation>Das Konto „%1“ konnte den Ordner „%2“ nicht löschen: %3</translation>
    </message>
    <message>
        <source>Account “%1” could not move the feeds to “%2”; nothing was changed: %3</source>
        <translation>Das Konto „%1“ konnte die Feeds nicht nach „%2“ verschieben; nichts wurde geändert: %3</translation>
    </message>
    <message numerus="yes">
        <source>The server of account “%1” keeps every feed in a folder: it put the %n feed(s) in “%2”.</source>
        <translation>
            <numerusform>Der Server des Kontos „%1“ hält jeden Feed in einem Ordner: Er hat den Feed in „%2“ gelegt.</numerusform>
            <numerusform>Der Server des Kontos „%1“ hält jeden Feed in einem Ordner: Er hat die %n Feeds in „%2“ gelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::SyncProtocolMessages</name>
    <message>
        <source>Tiny Tiny RSS</source>
        <translation>Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Auf diesem Gerät</translation>
    </message>
    <message>
        <source>Google Reader API (FreshRSS, Miniflux)</source>
        <translation>Google-Reader-API (FreshRSS, Miniflux)</translation>
    </message>
</context>
<context>
    <name>freshet::SyncRunnerMessages</name>
    <message>
        <source>Freshet does not know the sync protocol “%1”.</source>
        <translation>Freshet kennt das Synchronisierungsprotokoll „%1“ nicht.</translation>
    </message>
</context>
<context>
    <name>freshet::SyncedFeedAccountMessages</name>
    <message>
        <source>The account of %1 is gone.</source>
        <translation>Das Konto des Feeds %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The password of account “%1” could not be read: %2</source>
        <translation>Das Passwort des Kontos „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login last time; log in to it again first.</source>
        <translation>Der Server des Kontos „%1“ hat die Anmeldung beim letzten Mal abgelehnt; melden Sie sich zuerst erneut an.</translation>
    </message>
    <message>
        <source>The account is gone.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>freshet::SystemdMessages</name>
    <message>
        <source>systemctl was not found: refreshing while Freshet is closed needs systemd. Freshet still refreshes while its window or tray icon is open.</source>
        <translation>systemctl wurde nicht gefunden: Zum Aktualisieren bei geschlossenem Freshet wird systemd benötigt. Freshet aktualisiert weiterhin, solange sein Fenster oder sein Symbol im Infobereich geöffnet ist.</translation>
    </message>
    <message>
        <source>Your systemd user session did not accept the timer (systemctl --user %1: %2). Refreshing while Freshet is closed needs a systemd user session; Freshet still refreshes while its window or tray icon is open.</source>
        <translation>Ihre systemd-Benutzersitzung hat den Timer nicht angenommen (systemctl --user %1: %2). Zum Aktualisieren bei geschlossenem Freshet wird eine systemd-Benutzersitzung benötigt; Freshet aktualisiert weiterhin, solange sein Fenster oder sein Symbol im Infobereich geöffnet ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>systemd-Benutzer-Timer</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>systemd user timer %1</source>
        <translation>systemd-Benutzer-Timer %1</translation>
    </message>
    <message>
        <source>no systemd user timer</source>
        <translation>kein systemd-Benutzer-Timer</translation>
    </message>
</context>
<context>
    <name>freshet::TaskSchedulerMessages</name>
    <message>
        <source>Task Scheduler task</source>
        <translation>Task-Scheduler-Aufgabe</translation>
    </message>
    <message>
        <source>Cannot write the task definition: %1</source>
        <translation>Die Aufgabendefinition kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Task Scheduler refused the task: %1</source>
        <translation>Task Scheduler hat die Aufgabe abgelehnt: %1</translation>
    </message>
    <message>
        <source>Task Scheduler task %1</source>
        <translation>Task-Scheduler-Aufgabe %1</translation>
    </message>
    <message>
        <source>no Task Scheduler task</source>
        <translation>keine Task-Scheduler-Aufgabe</translation>
    </message>
</context>
<context>
    <name>freshet::TouchRowDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <comment>an item&apos;s age: published less than a minute ago</comment>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>freshet::TransferMessages</name>
    <message>
        <source>Cannot create the downloads folder %1.</source>
        <translation>Der Download-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading this file.</source>
        <translation>Ein anderer Freshet-Prozess lädt diese Datei gerade herunter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server antwortete mit %1 %2.</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>Die Datei ist %1 groß und überschreitet die Grenze von %2.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2. The partial file was kept; free some space and resume.</source>
        <translation>In %1 konnte nicht geschrieben werden: %2. Die unvollständige Datei wurde aufbewahrt; geben Sie Speicherplatz frei und setzen Sie den Download fort.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>Die Datei überschreitet die Grenze von %1.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The connection ended after %1 of %2 bytes.</source>
        <translation>Die Verbindung endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, more than the %2 it announced.</source>
        <translation>Der Server hat %1 Bytes gesendet, mehr als die angekündigten %2.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, but the feed announced %2; the file may be incomplete. The partial file was kept.</source>
        <translation>Der Server hat %1 Bytes gesendet, der Feed hat aber %2 angekündigt; die Datei ist möglicherweise unvollständig. Die unvollständige Datei wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 more are needed, %3 are free.</source>
        <translation>Nicht genug freier Speicherplatz in %1: Es werden noch %2 benötigt, frei sind %3.</translation>
    </message>
    <message>
        <source>Cannot move the finished download into %1.</source>
        <translation>Der fertige Download kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1; choose another folder for downloads.</source>
        <translation>Im Ordner %1 kann nicht geschrieben werden; wählen Sie einen anderen Ordner für Downloads.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
</context>
<context>
    <name>freshet::TrayIcon</name>
    <message>
        <source>&amp;Open Freshet</source>
        <translation>Freshet ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Freshet: %n unread</source>
        <translation>
            <numerusform>Freshet: %n ungelesen</numerusform>
            <numerusform>Freshet: %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::WorkManagerMessages</name>
    <message>
        <source>WorkManager periodic work</source>
        <translation>periodischer WorkManager-Auftrag</translation>
    </message>
    <message>
        <source>WorkManager refused the background refresh.</source>
        <translation>WorkManager hat die Hintergrundaktualisierung abgelehnt.</translation>
    </message>
    <message>
        <source>WorkManager periodic work &quot;%1&quot;</source>
        <translation>periodischer WorkManager-Auftrag „%1“</translation>
    </message>
    <message>
        <source>no WorkManager work</source>
        <translation>kein WorkManager-Auftrag</translation>
    </message>
</context>
<context>
    <name>freshet::sync::ConnectionErrorMessages</name>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The host %1 could not be found.</source>
        <translation>Der Host %1 konnte nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before it answered.</source>
        <translation>Der Server %1 hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>freshet::sync::GoogleReaderClient</name>
    <message>
        <source>The server accepted the subscription but does not list the feed.</source>
        <translation>Der Server hat das Abonnement angenommen, führt den Feed aber nicht auf.</translation>
    </message>
    <message>
        <source>The account has no valid server address (http or https).</source>
        <translation>Das Konto hat keine gültige Serveradresse (http oder https).</translation>
    </message>
    <message>
        <source>The server ended the session and did not accept the new login either.</source>
        <translation>Der Server hat die Sitzung beendet und auch die erneute Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>No Google Reader API answers at this address (HTTP %1). For FreshRSS the address ends in /api/greader.php.</source>
        <translation>Unter dieser Adresse antwortet keine Google Reader API (HTTP %1). Bei FreshRSS endet die Adresse auf /api/greader.php.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB.</source>
        <translation>Die Antwort des Servers war größer als %1 MB.</translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation>Der Server unterstützt diese Anfrage nicht (HTTP 501).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what the Google Reader API sends.</source>
        <translation>Die Antwort des Servers entspricht nicht dem, was die Google Reader API sendet.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent the request on from https to an insecure address (%1); it was not followed.</source>
        <translation>Der Server hat die Anfrage von https an eine unsichere Adresse (%1) weitergeleitet; der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server sent the request on to %1, where this account&apos;s login for %2 is not sent. If the service moved there, change the account&apos;s server address.</source>
        <translation>Der Server hat die Anfrage an %1 weitergeleitet, wohin die Anmeldung dieses Kontos für %2 nicht gesendet wird. Wenn der Dienst dorthin umgezogen ist, ändern Sie die Serveradresse des Kontos.</translation>
    </message>
    <message>
        <source>The server no longer lists the feed that was moved.</source>
        <translation>Der Server führt den verschobenen Feed nicht mehr auf.</translation>
    </message>
    <message>
        <source>The Google Reader API cannot list recently read articles.</source>
        <translation>Die Google-Reader-API kann kürzlich gelesene Artikel nicht auflisten.</translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssApi</name>
    <message>
        <source>The server ended the session, and logging in again did not help.</source>
        <translation>Der Server hat die Sitzung beendet, und eine erneute Anmeldung hat nicht geholfen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login has no session.</source>
        <translation>Die Antwort des Servers auf die Anmeldung enthält keine Sitzung.</translation>
    </message>
    <message>
        <source>The API is switched off for this tt-rss account: enable &quot;API access&quot; in tt-rss&apos;s preferences, then log in again.</source>
        <translation>Die API ist für dieses tt-rss-Konto ausgeschaltet: Aktivieren Sie „API-Zugriff“ in den Einstellungen von tt-rss und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>tt-rss did not accept the user name or password.</source>
        <translation>tt-rss hat den Benutzernamen oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>tt-rss refused the login (%1).</source>
        <translation>tt-rss hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB.</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 MB ist.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2). Try again later.</source>
        <translation>Bei %1 ist ein Fehler aufgetreten (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2): check the address and the login.</source>
        <translation>%1 hat den Zugriff verweigert (HTTP %2): Prüfen Sie die Adresse und die Anmeldedaten.</translation>
    </message>
    <message>
        <source>%1 sends its API elsewhere (%2): use that address for the account.</source>
        <translation>%1 leitet seine API an eine andere Adresse weiter (%2): Verwenden Sie diese Adresse für das Konto.</translation>
    </message>
    <message>
        <source>%1 has no tt-rss API at this address (HTTP %2).</source>
        <translation>%1 bietet unter dieser Adresse keine tt-rss-API an (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with something other than the tt-rss API&apos;s JSON.</source>
        <translation>%1 hat mit etwas anderem als dem JSON der tt-rss-API geantwortet.</translation>
    </message>
    <message>
        <source>tt-rss refused the request (%1).</source>
        <translation>tt-rss hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server&apos;s list of categories was not understood.</source>
        <translation>Die Kategorienliste des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server&apos;s list of feeds was not understood.</source>
        <translation>Die Feedliste des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server&apos;s list of articles was not understood.</source>
        <translation>Die Artikelliste des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server sent the same articles again while paging.</source>
        <translation>Der Server hat beim seitenweisen Abruf dieselben Artikel erneut gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the subscription was not understood.</source>
        <translation>Die Antwort des Servers auf das Abonnement wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>tt-rss found no feed address in %1.</source>
        <translation>tt-rss hat in %1 keine Feed-Adresse gefunden.</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed.</source>
        <translation>%1 ist eine Webseite ohne Feed.</translation>
    </message>
    <message>
        <source>%1 offers several feeds; subscribe to one of them: %2</source>
        <translation>%1 bietet mehrere Feeds an; abonnieren Sie einen davon: %2</translation>
    </message>
    <message>
        <source>tt-rss could not download %1: %2</source>
        <translation>tt-rss konnte %1 nicht herunterladen: %2</translation>
    </message>
    <message>
        <source>tt-rss could not subscribe to %1 (code %2).</source>
        <translation>tt-rss konnte %1 nicht abonnieren (Code %2).</translation>
    </message>
    <message>
        <source>tt-rss does not list the feed it subscribed to (%1).</source>
        <translation>tt-rss führt den abonnierten Feed nicht auf (%1).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename feeds through its API: rename the feed in tt-rss&apos;s web interface.</source>
        <translation>Tiny Tiny RSS kann Feeds nicht über seine API umbenennen: Benennen Sie den Feed in der Weboberfläche von tt-rss um.</translation>
    </message>
    <message>
        <source>The server&apos;s unread count was not understood.</source>
        <translation>Die vom Server gemeldete Zahl ungelesener Artikel wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot change categories through its API: change them in tt-rss&apos;s web interface (Preferences &gt; Feeds), and the next sync brings them here.</source>
        <translation>Tiny Tiny RSS kann Kategorien über seine API nicht ändern: Ändern Sie sie in der Weboberfläche von tt-rss (Einstellungen &gt; Feeds), die nächste Synchronisierung bringt sie hierher.</translation>
    </message>
</context>
<context>
    <name>info</name>
    <message>
        <source>Freshet %1 on Qt %2</source>
        <translation>Freshet %1 mit Qt %2</translation>
    </message>
    <message>
        <source>Data folder:  %1</source>
        <translation>Datenordner:    %1</translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation>Datenbank:      %1</translation>
    </message>
    <message>
        <source>Settings:     %1</source>
        <translation>Einstellungen:  %1</translation>
    </message>
    <message>
        <source>Cache folder: %1</source>
        <translation>Cache-Ordner:   %1</translation>
    </message>
    <message>
        <source>Show Freshet&apos;s license and those of the libraries it links.</source>
        <translation>Die Lizenz von Freshet und die der eingebundenen Bibliotheken anzeigen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Freshet cannot start</source>
        <translation>Freshet kann nicht starten</translation>
    </message>
    <message>
        <source>Show the Debug menu.</source>
        <translation>Das Menü „Debug“ anzeigen.</translation>
    </message>
    <message>
        <source>Do not refresh the feeds when the window opens.</source>
        <translation>Die Feeds beim Öffnen des Fensters nicht aktualisieren.</translation>
    </message>
    <message>
        <source>Print &apos;first-paint-ms N&apos; once the item table is painted, then quit.</source>
        <translation>&apos;first-paint-ms N&apos; ausgeben, sobald die Artikeltabelle gezeichnet ist, und dann beenden.</translation>
    </message>
    <message>
        <source>Keep the database, settings and caches in DIR (default: $%1, else the platform&apos;s data folder).</source>
        <translation>Datenbank, Einstellungen und Caches in ORDNER ablegen (Standard: $%1, sonst der Datenordner der Plattform).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Try &apos;freshet --help&apos;.</source>
        <translation>Versuchen Sie &apos;freshet --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: freshet [--profile DIR] [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: freshet [--profile ORDNER] [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Without a command, Freshet opens its main window.</source>
        <translation>Ohne Befehl öffnet Freshet sein Hauptfenster.</translation>
    </message>
    <message>
        <source>&apos;freshet COMMAND --help&apos; describes one command.</source>
        <translation>&apos;freshet BEFEHL --help&apos; beschreibt einen einzelnen Befehl.</translation>
    </message>
    <message>
        <source>Freshet is already running on this profile; its window was brought to the front.</source>
        <translation>Freshet läuft bereits mit diesem Profil; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Lay the window out for a phone (one pane at a time), a tablet or a desktop, instead of choosing from the screen.</source>
        <translation>Das Fenster für ein Telefon (ein Bereich nach dem anderen), ein Tablet oder einen Desktop anordnen, statt nach dem Bildschirm zu wählen.</translation>
    </message>
    <message>
        <source>--form-factor takes phone, tablet or desktop, not &apos;%1&apos;.</source>
        <translation>--form-factor nimmt phone, tablet oder desktop, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Tell on standard error what Freshet does: each request and answer, sync step, download and scheduling decision (never a password or token). QT_LOGGING_RULES picks areas: freshet.fetch, freshet.sync, freshet.store, freshet.downloads, freshet.scheduler.</source>
        <translation>Auf der Standardfehlerausgabe berichten, was Freshet tut: jede Anfrage und Antwort, jeden Synchronisierungsschritt, jeden Download und jede Planungsentscheidung (nie ein Passwort oder Token). QT_LOGGING_RULES wählt Bereiche: freshet.fetch, freshet.sync, freshet.store, freshet.downloads, freshet.scheduler.</translation>
    </message>
    <message>
        <source>cannot open the window: %1 (%2). Reinstall Freshet to get it back.</source>
        <translation>das Fenster lässt sich nicht öffnen: %1 (%2). Installieren Sie Freshet neu, um es zurückzubekommen.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>Resolve relative links against &lt;URL&gt;, as if the file was fetched from there.</source>
        <translation>Relative Links gegen &lt;URL&gt; auflösen, als wäre die Datei von dort abgerufen worden.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema feed-conformance/1).</source>
        <translation>Das Ergebnis als JSON ausgeben (Schema feed-conformance/1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Format:      %1 %2</source>
        <translation>Format:        %1 %2</translation>
    </message>
    <message>
        <source>Encoding:    %1</source>
        <translation>Kodierung:     %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>Titel:         %1</translation>
    </message>
    <message>
        <source>Link:        %1</source>
        <translation>Link:          %1</translation>
    </message>
    <message>
        <source>Feed link:   %1</source>
        <translation>Feed-Link:     %1</translation>
    </message>
    <message>
        <source>Updated:     %1</source>
        <translation>Aktualisiert:  %1</translation>
    </message>
    <message>
        <source>TTL:         %1 min</source>
        <translation>TTL:           %1 Min.</translation>
    </message>
    <message>
        <source>Items:       %1</source>
        <translation>Artikel:       %1</translation>
    </message>
    <message>
        <source>Error:       %1</source>
        <translation>Fehler:        %1</translation>
    </message>
    <message>
        <source>(the items above were recovered before the error)</source>
        <translation>(die obigen Artikel konnten vor dem Fehler gelesen werden)</translation>
    </message>
    <message>
        <source>parse takes exactly one FILE.</source>
        <translation>parse erwartet genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2.</source>
        <translation>kann „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL.</source>
        <translation>„%1“ ist keine absolute URL.</translation>
    </message>
    <message>
        <source>%1 (assumed: the bytes suggest no encoding)</source>
        <translation>%1 (angenommen: die Bytes deuten auf keine Kodierung hin)</translation>
    </message>
    <message>
        <source>%1 (guessed from the bytes, confidence %2/100)</source>
        <translation>%1 (aus den Bytes erraten, Sicherheit %2/100)</translation>
    </message>
</context>
</TS>
