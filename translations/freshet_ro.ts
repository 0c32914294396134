<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>FeedParser</name>
    <message>
        <source>The document does not declare its encoding and is not valid UTF-8.</source>
        <translation>Documentul nu își declară codificarea și nu este UTF-8 valid.</translation>
    </message>
    <message>
        <source>The document contains bytes that are not valid %1.</source>
        <translation>Documentul conține octeți nevalizi pentru codificarea %1.</translation>
    </message>
    <message>
        <source>The document declares an unknown encoding (%1).</source>
        <translation>Documentul declară o codificare necunoscută (%1).</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Documentul nu are element rădăcină.</translation>
    </message>
    <message>
        <source>The document is XML but not a feed (its root element is &lt;%1&gt;).</source>
        <translation>Documentul este XML, dar nu este un flux (elementul său rădăcină este &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The document is %1 bytes long, more than the limit of %2 bytes.</source>
        <translation>Documentul are %1 de octeți, peste limita de %2 de octeți.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Documentul este gol.</translation>
    </message>
    <message>
        <source>The document uses namespace prefixes it does not declare; they were read as the usual namespaces.</source>
        <translation>Documentul folosește prefixe de spații de nume pe care nu le declară; au fost interpretate ca spațiile de nume obișnuite.</translation>
    </message>
    <message>
        <source>The document is not valid JSON (at offset %1): %2.</source>
        <translation>Documentul nu este JSON valid (la poziția %1): %2.</translation>
    </message>
    <message>
        <source>The document is JSON but not a JSON Feed.</source>
        <translation>Documentul este JSON, dar nu este un JSON Feed.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep.</source>
        <translation>Documentul are elemente imbricate la o adâncime mai mare de %1.</translation>
    </message>
    <message>
        <source>The document defines entities that expand too much (an entity expansion attack?).</source>
        <translation>Documentul definește entități care se extind prea mult (un atac prin expansiunea entităților?).</translation>
    </message>
    <message>
        <source>The document ends too early (line %1): it is truncated or incomplete.</source>
        <translation>Documentul se termină prea devreme (linia %1): este trunchiat sau incomplet.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>Documentul nu este XML bine format (linia %1, coloana %2): %3</translation>
    </message>
    <message>
        <source>The document does not declare its encoding and is not valid UTF-8; it was read as %1, which its bytes suggest.</source>
        <translation>Documentul nu își declară codificarea și nu este UTF-8 valid; a fost citit ca %1, după cum sugerează octeții săi.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 exists but is not a folder</source>
        <translation>%1 există, dar nu este un dosar</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Dosarul %1 nu poate fi creat</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Nu se poate scrie în dosarul %1: %2</translation>
    </message>
</context>
<context>
    <name>freshet::AboutDialog</name>
    <message>
        <source>About Freshet</source>
        <translation>Despre Freshet</translation>
    </message>
    <message>
        <source>A feed reader whose content is refreshed while nobody is looking.</source>
        <translation>Un cititor de fluxuri al cărui conținut se actualizează cât timp nu se uită nimeni.</translation>
    </message>
    <message>
        <source>Freshet is free software under the MIT License: you may use, copy, change and share it, keeping the copyright and license notice.</source>
        <translation>Freshet este software liber sub licența MIT: îl puteți folosi, copia, modifica și distribui, păstrând nota privind drepturile de autor și licența.</translation>
    </message>
</context>
<context>
    <name>freshet::AboutMessages</name>
    <message>
        <source>public domain</source>
        <translation>domeniu public</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Construit cu Qt %1, rulează pe Qt %2.</translation>
    </message>
    <message>
        <source>Libraries Freshet links, and their licenses:</source>
        <translation>Bibliotecile pe care le folosește Freshet și licențele lor:</translation>
    </message>
    <message>
        <source>The full texts: %1 when Freshet was installed from its Debian package, LICENSE in its source.</source>
        <translation>Textele complete: %1 când Freshet a fost instalat din pachetul Debian, LICENSE în sursele sale.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountLoginDialog</name>
    <message>
        <source>Add Sync Account</source>
        <translation>Adăugare cont de sincronizare</translation>
    </message>
    <message>
        <source>Log In Again</source>
        <translation>Autentificare din nou</translation>
    </message>
    <message>
        <source>Read on every device: Freshet syncs with the feed server you use. Its feeds, articles, and read and starred state come from the server.</source>
        <translation>Citiți pe orice dispozitiv: Freshet se sincronizează cu serverul de fluxuri pe care îl folosiți. Fluxurile, articolele și starea de citit și cu stea provin de pe server.</translation>
    </message>
    <message>
        <source>The server of the account “%1” refused its login. Enter the password again:</source>
        <translation>Serverul contului „%1” a refuzat autentificarea. Introduceți din nou parola:</translation>
    </message>
    <message>
        <source>https://example.org/tt-rss/ or https://example.org/api/greader.php</source>
        <translation>https://example.org/tt-rss/ sau https://example.org/api/greader.php</translation>
    </message>
    <message>
        <source>The server&apos;s host name</source>
        <translation>Numele de gazdă al serverului</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviciu:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serverului:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nume de &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;Name in Freshet:</source>
        <translation>&amp;Nume în Freshet:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Freshet&apos;s own files. For FreshRSS and Miniflux use the API password set in the server&apos;s profile page.</source>
        <translation>Parola este păstrată în depozitul de chei al sistemului, niciodată în fișierele proprii ale Freshet. Pentru FreshRSS și Miniflux, folosiți parola API setată în pagina de profil de pe server.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Autentificare la %1…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Autentificare reușită.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountStoreMessages</name>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Există deja un cont numit „%1”.</translation>
    </message>
    <message>
        <source>The new account could not be read back.</source>
        <translation>Noul cont nu a putut fi recitit.</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>Contul local nu poate fi eliminat.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountSyncMessages</name>
    <message>
        <source>Could not store what the server sent: %1</source>
        <translation>Datele trimise de server nu au putut fi salvate: %1</translation>
    </message>
</context>
<context>
    <name>freshet::AccountsController</name>
    <message>
        <source>Remove Account</source>
        <translation>Eliminare cont</translation>
    </message>
    <message numerus="yes">
        <source>Remove the account “%1” and its %n feed(s) from this device? Nothing changes on the server.</source>
        <translation>
            <numerusform>Eliminați de pe acest dispozitiv contul „%1” și %n flux? Pe server nu se modifică nimic.</numerusform>
            <numerusform>Eliminați de pe acest dispozitiv contul „%1” și cele %n fluxuri ale sale? Pe server nu se modifică nimic.</numerusform>
            <numerusform>Eliminați de pe acest dispozitiv contul „%1” și cele %n de fluxuri ale sale? Pe server nu se modifică nimic.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AccountsDialog</name>
    <message>
        <source>&amp;Log In Again…</source>
        <translation>Autentificare din &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizează acum</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Elimină…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Conturi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>Feeds of a sync account come from its server, which fetches them; read and starred state is shared with every device that uses it.</source>
        <translation>Fluxurile unui cont de sincronizare provin de pe serverul său, care le și preia; starea de citit și cu stea este partajată cu toate dispozitivele care folosesc contul.</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Se sincronizează „%1”…</translation>
    </message>
    <message>
        <source>The server refused the login: log in again</source>
        <translation>Serverul a refuzat autentificarea: autentificați-vă din nou</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Ultima sincronizare a eșuat: %1</translation>
    </message>
    <message>
        <source>Synced %1; %2 feeds, %3 unread</source>
        <translation>Sincronizat la %1; fluxuri: %2, necitite: %3</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Încă nesincronizat</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modificare în așteptarea trimiterii</numerusform>
            <numerusform>%n modificări în așteptarea trimiterii</numerusform>
            <numerusform>%n de modificări în așteptarea trimiterii</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync accounts yet. Add one to read the feeds of your Tiny Tiny RSS, FreshRSS or Miniflux account here.</source>
        <translation>Încă nu există conturi sincronizate. Adăugați unul pentru a citi aici fluxurile contului dvs. Tiny Tiny RSS, FreshRSS sau Miniflux.</translation>
    </message>
</context>
<context>
    <name>freshet::AdaptiveMessages</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>la fiecare %1</translation>
    </message>
    <message numerus="yes">
        <source>every %1: stretched %2x after %n run(s) without new data</source>
        <translation>
            <numerusform>la fiecare %1: interval mărit de %2 ori după %n preluare fără date noi</numerusform>
            <numerusform>la fiecare %1: interval mărit de %2 ori după %n preluări fără date noi</numerusform>
            <numerusform>la fiecare %1: interval mărit de %2 ori după %n de preluări fără date noi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AddAccountMessages</name>
    <message>
        <source>Added account “%1” (%2 at %3).</source>
        <translation>Contul „%1” a fost adăugat (%2 la %3).</translation>
    </message>
    <message>
        <source>The account “%1” could not be taken out again either (%2): remove it before adding it again.</source>
        <translation>Nici contul „%1” nu a putut fi scos (%2): eliminați-l înainte de a-l adăuga din nou.</translation>
    </message>
    <message>
        <source>Unknown protocol “%1”: use %2.</source>
        <translation>Protocol necunoscut „%1”: folosiți %2.</translation>
    </message>
    <message>
        <source>Give the user name on the server.</source>
        <translation>Indicați numele de utilizator de pe server.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”: choose another name.</source>
        <translation>Există deja un cont numit „%1”: alegeți alt nume.</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Autentificarea la %1 a eșuat: %2</translation>
    </message>
</context>
<context>
    <name>freshet::AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Adăugare flux</translation>
    </message>
    <message>
        <source>The address of a feed, or of a web page that has one:</source>
        <translation>Adresa unui flux sau a unei pagini web care are unul:</translation>
    </message>
    <message>
        <source>Local feeds</source>
        <translation>Fluxuri locale</translation>
    </message>
    <message>
        <source>Add &amp;to:</source>
        <translation>Adăugare î&amp;n:</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Se caută un flux la %1…</translation>
    </message>
    <message>
        <source>This page offers several feeds:</source>
        <translation>Această pagină oferă mai multe fluxuri:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosar:</translation>
    </message>
</context>
<context>
    <name>freshet::AddToAccount</name>
    <message>
        <source>Subscribing to %1 on “%2”…</source>
        <translation>Abonare la %1 în „%2”…</translation>
    </message>
    <message>
        <source>The server of “%1” refused its login; log in again in Accounts.</source>
        <translation>Serverul contului „%1” a refuzat autentificarea; autentificați-vă din nou în Conturi.</translation>
    </message>
    <message>
        <source>Not subscribed to %1: the server of “%2” needs its password.</source>
        <translation>Nu v-ați abonat la %1: serverul contului „%2” are nevoie de parolă.</translation>
    </message>
    <message>
        <source>Subscribed to %1 on “%2”; syncing the account…</source>
        <translation>Abonat la %1 în „%2”; contul se sincronizează…</translation>
    </message>
</context>
<context>
    <name>freshet::ArchivedArticlesMessages</name>
    <message>
        <source>Archived articles</source>
        <translation>Articole arhivate</translation>
    </message>
</context>
<context>
    <name>freshet::ArticleHeader</name>
    <message>
        <source>Article</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Cu stea</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Stea</translation>
    </message>
    <message>
        <source>Starred: click to unstar (S)</source>
        <translation>Cu stea: clic pentru a scoate steaua (S)</translation>
    </message>
    <message>
        <source>Star this item (S)</source>
        <translation>Pune stea acestui articol (S)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicat</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publică</translation>
    </message>
    <message>
        <source>In the account&apos;s public feed: click to take it out (Shift+P)</source>
        <translation>În fluxul public al contului: clic pentru a-l scoate (Shift+P)</translation>
    </message>
    <message>
        <source>Put this article in the account&apos;s public feed (Shift+P)</source>
        <translation>Pune acest articol în fluxul public al contului (Shift+P)</translation>
    </message>
</context>
<context>
    <name>freshet::AuthorizationMessages</name>
    <message>
        <source>This feed needs a login, and the stored login was refused (HTTP 401). Check the user name and password, or the token.</source>
        <translation>Acest flux necesită autentificare, iar datele de autentificare salvate au fost refuzate (HTTP 401). Verificați numele de utilizator și parola sau tokenul.</translation>
    </message>
    <message>
        <source>This feed needs a login (HTTP 401).</source>
        <translation>Acest flux necesită autentificare (HTTP 401).</translation>
    </message>
    <message>
        <source>This feed moved to %1, where its login for %2 is not sent; log in again there.</source>
        <translation>Acest flux s-a mutat la %1, unde datele de autentificare pentru %2 nu sunt trimise; autentificați-vă din nou acolo.</translation>
    </message>
    <message>
        <source>This feed&apos;s server sent the request on to %1, where its login for %2 is not sent (HTTP 401); ask the publisher why.</source>
        <translation>Serverul acestui flux a trimis cererea mai departe la %1, unde datele de autentificare pentru %2 nu sunt trimise (HTTP 401); întrebați editorul de ce.</translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundFetchMessages</name>
    <message>
        <source>%1 is refreshing this profile; this run stopped without fetching.</source>
        <translation>%1 actualizează deja acest profil; această rulare s-a oprit fără a prelua nimic.</translation>
    </message>
    <message>
        <source>The password of account “%1” could not be read: %2</source>
        <translation>Parola contului „%1” nu a putut fi citită: %2</translation>
    </message>
    <message>
        <source>Sync of account “%1” failed: %2</source>
        <translation>Sincronizarea contului „%1” a eșuat: %2</translation>
    </message>
    <message>
        <source>Account “%1” synced in part (the deadline came first): %2 new, %3 changed, %4 read/star changes sent, %5 received.</source>
        <translation>Contul „%1” a fost sincronizat parțial (timpul limită a fost atins înainte de final): articole noi: %2, modificate: %3, modificări citit/stea trimise: %4, primite: %5.</translation>
    </message>
    <message>
        <source>Account “%1” synced: %2 new, %3 changed, %4 read/star changes sent, %5 received.</source>
        <translation>Contul „%1” a fost sincronizat: articole noi: %2, modificate: %3, modificări citit/stea trimise: %4, primite: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n read/star change(s) made here still wait for the server; the next sync sends them.</source>
        <translation>
            <numerusform>%n modificare citit/stea făcută aici încă așteaptă serverul; următoarea sincronizare o trimite.</numerusform>
            <numerusform>%n modificări citit/stea făcute aici încă așteaptă serverul; următoarea sincronizare le trimite.</numerusform>
            <numerusform>%n de modificări citit/stea făcute aici încă așteaptă serverul; următoarea sincronizare le trimite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundRunMessages</name>
    <message>
        <source>Not fetching yet: the background interval is %1; the next run is due after %2.</source>
        <translation>Încă nu se preia nimic: în fundal, actualizarea are loc %1; următoarea preluare este programată după %2.</translation>
    </message>
    <message>
        <source>The Freshet window stopped answering; fetched here instead.</source>
        <translation>Fereastra Freshet nu mai răspundea; preluarea s-a făcut aici în locul ei.</translation>
    </message>
</context>
<context>
    <name>freshet::BgTaskMessages</name>
    <message>
        <source>iOS refused the background refresh: %1</source>
        <translation>iOS a refuzat actualizarea în fundal: %1</translation>
    </message>
    <message>
        <source>iOS background app refresh</source>
        <translation>actualizarea în fundal din iOS</translation>
    </message>
    <message>
        <source>iOS background app refresh (Settings &gt; General &gt; Background App Refresh)</source>
        <translation>actualizarea în fundal din iOS (Configurări &gt; General &gt; Reîmprospătare în fundal)</translation>
    </message>
    <message>
        <source>no background app refresh requested</source>
        <translation>nicio actualizare în fundal cerută</translation>
    </message>
</context>
<context>
    <name>freshet::Cli</name>
    <message>
        <source>missing argument. Try &apos;freshet COMMAND --help&apos;.</source>
        <translation>lipsește un argument. Încercați &apos;freshet COMANDĂ --help&apos;.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>Put the feeds in this folder (&quot;/&quot; nests).</source>
        <translation>Plasează fluxurile în acest dosar („/” separă subdosarele).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
    <message>
        <source>The address of the feed to unsubscribe from.</source>
        <translation>Adresa fluxului de la care vă dezabonați.</translation>
    </message>
    <message>
        <source>Not subscribed to %1. &apos;freshet list&apos; shows the feeds.</source>
        <translation>Nu sunteți abonat la %1. Comanda &apos;freshet list&apos; afișează fluxurile.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afișează în format JSON.</translation>
    </message>
    <message>
        <source>No feeds yet. Add one with &apos;freshet add URL&apos; or &apos;freshet import FILE.opml&apos;.</source>
        <translation>Încă nu există fluxuri. Adăugați unul cu &apos;freshet add URL&apos; sau &apos;freshet import FILE.opml&apos;.</translation>
    </message>
    <message>
        <source>%1 unread of %2</source>
        <translation>necitite: %1 din %2</translation>
    </message>
    <message>
        <source>last: %1 (%2)</source>
        <translation>ultimul rezultat: %1 (%2)</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>încă nepreluat</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>dezactivat: %1</translation>
    </message>
    <message>
        <source>next: %1 (%2)</source>
        <translation>următoarea preluare: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>eroare: %1</translation>
    </message>
    <message>
        <source>Subscribe to one or more feeds.</source>
        <translation>Abonarea la unul sau mai multe fluxuri.</translation>
    </message>
    <message>
        <source>Unsubscribe from a feed and delete its items.</source>
        <translation>Dezabonarea de la un flux și ștergerea articolelor sale.</translation>
    </message>
    <message>
        <source>List the feeds: unread counts, last result, next fetch and why.</source>
        <translation>Listarea fluxurilor: numărul de articole necitite, ultimul rezultat, următoarea preluare și motivul ei.</translation>
    </message>
    <message>
        <source>Fetch every feed, not only the ones that are due.</source>
        <translation>Preia toate fluxurile, nu doar pe cele ajunse la termen.</translation>
    </message>
    <message>
        <source>The time budget in seconds (default 30, as the OS gives).</source>
        <translation>Timpul alocat, în secunde (implicit 30, cât acordă sistemul de operare).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECUNDE</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afișează rezumatul în format JSON.</translation>
    </message>
    <message>
        <source>Run one background fetch of the due feeds, within a deadline.</source>
        <translation>Rularea unei preluări în fundal a fluxurilor ajunse la termen, într-un timp limită.</translation>
    </message>
    <message>
        <source>Only this feed&apos;s items.</source>
        <translation>Doar articolele acestui flux.</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Doar articolele necitite.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Doar articolele cu stea.</translation>
    </message>
    <message>
        <source>Only items whose title or text contains these words.</source>
        <translation>Doar articolele al căror titlu sau text conține aceste cuvinte.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>CUVINTE</translation>
    </message>
    <message>
        <source>At most N items (default 50).</source>
        <translation>Cel mult N articole (implicit 50).</translation>
    </message>
    <message>
        <source>Print JSON, with each item&apos;s summary and content.</source>
        <translation>Afișează în format JSON, cu rezumatul și conținutul fiecărui articol.</translation>
    </message>
    <message>
        <source>List cached items, newest first (* unread, ★ starred).</source>
        <translation>Listarea articolelor din cache, cele mai noi primele (* necitit, ★ cu stea).</translation>
    </message>
    <message>
        <source>The last N runs (default 10).</source>
        <translation>Ultimele N preluări (implicit 10).</translation>
    </message>
    <message>
        <source>No fetch has run yet.</source>
        <translation>Nu a rulat încă nicio preluare.</translation>
    </message>
    <message>
        <source>Show recent fetch runs and each feed&apos;s outcome.</source>
        <translation>Afișarea preluărilor recente și a rezultatului fiecărui flux.</translation>
    </message>
    <message>
        <source>Where to write the OPML file (&quot;-&quot; for standard output).</source>
        <translation>Unde se scrie fișierul OPML („-” pentru ieșirea standard).</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders.</source>
        <translation>Abonarea la fluxurile dintr-un fișier OPML, păstrând dosarele acestuia.</translation>
    </message>
    <message>
        <source>Write the subscriptions to an OPML file, with folders.</source>
        <translation>Scrierea abonamentelor într-un fișier OPML, cu tot cu dosare.</translation>
    </message>
    <message>
        <source>At most N requests at once (default %1).</source>
        <translation>Cel mult N cereri simultane (implicit %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N requests at once to one host (default %1).</source>
        <translation>Cel mult N cereri simultane către aceeași gazdă (implicit %1).</translation>
    </message>
    <message>
        <source>new feed</source>
        <translation>flux nou</translation>
    </message>
    <message>
        <source>Parse a feed file (RSS, Atom, JSON Feed) and print what was found.</source>
        <translation>Analiza unui fișier de flux (RSS, Atom, JSON Feed) și afișarea a ceea ce s-a găsit.</translation>
    </message>
    <message>
        <source>Run as the OS scheduler does: hand the run to a Freshet window open on this profile, otherwise fetch here and show a desktop notification on new items.</source>
        <translation>Rulează ca planificatorul sistemului de operare: predă preluarea unei ferestre Freshet deschise pe acest profil, altfel preia aici și afișează o notificare pe desktop dacă există articole noi.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Run by the Freshet window open on this profile.</source>
        <translation>Rulat de fereastra Freshet deschisă pe acest profil.</translation>
    </message>
    <message>
        <source>The push trigger: fetch the named feeds (or every due feed) now, in the running window if there is one.</source>
        <translation>Declanșatorul push: preluarea imediată a fluxurilor indicate (sau a tuturor fluxurilor ajunse la termen), în fereastra deschisă, dacă există una.</translation>
    </message>
    <message>
        <source>How often: never, minimum, or seconds (900), minutes (15m) or hours (2h).</source>
        <translation>Cât de des: never, minimum sau un număr de secunde (900), minute (15m) ori ore (2h).</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVAL</translation>
    </message>
    <message>
        <source>Let the OS refresh while Freshet is closed: on or off.</source>
        <translation>Permite sistemului de operare să actualizeze cât timp Freshet este închis: on sau off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Wait for a network that is not metered: on or off.</source>
        <translation>Așteaptă o rețea necontorizată: on sau off.</translation>
    </message>
    <message>
        <source>Print the schedule as JSON.</source>
        <translation>Afișează planificarea în format JSON.</translation>
    </message>
    <message>
        <source>--interval takes never, minimum, or a duration such as 900, 15m or 2h (up to 7 days).</source>
        <translation>--interval acceptă never, minimum sau o durată precum 900, 15m sau 2h (cel mult 7 zile).</translation>
    </message>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 acceptă on sau off.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nu se poate scrie %1.</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualizare: %1</translation>
    </message>
    <message>
        <source>Effective interval: %1</source>
        <translation>Interval efectiv: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activat</translation>
    </message>
    <message>
        <source>off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>Skip metered networks: %1</source>
        <translation>Evită rețelele contorizate: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Ultima preluare: %1</translation>
    </message>
    <message>
        <source>Next run expected: %1</source>
        <translation>Următoarea preluare estimată: %1</translation>
    </message>
    <message>
        <source>Show or change how often Freshet refreshes, also while it is closed.</source>
        <translation>Afișarea sau modificarea frecvenței cu care Freshet se actualizează, inclusiv cât timp este închis.</translation>
    </message>
    <message>
        <source>Put finished downloads in DIR from now on (empty: the default).</source>
        <translation>Plasează de acum înainte descărcările finalizate în DOSAR (gol: dosarul implicit).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSAR</translation>
    </message>
    <message>
        <source>No downloads. Start one with &apos;freshet download ITEM_ID&apos;.</source>
        <translation>Nu există descărcări. Porniți una cu &apos;freshet download ITEM_ID&apos;.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>articolul %1</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>mai rămân %1:%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item id; &apos;freshet items&apos; shows them.</source>
        <translation>„%1” nu este un ID de articol; comanda &apos;freshet items&apos; le afișează.</translation>
    </message>
    <message>
        <source>List enclosure downloads with their state and progress.</source>
        <translation>Listarea descărcărilor de atașamente, cu starea și progresul lor.</translation>
    </message>
    <message>
        <source>Download an item&apos;s enclosure now, resuming a partial download.</source>
        <translation>Descărcarea imediată a atașamentului unui articol, cu reluarea unei descărcări parțiale.</translation>
    </message>
    <message>
        <source>The feed needs a login (HTTP Basic) with this user name; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>Fluxul necesită autentificare (HTTP Basic) cu acest nume de utilizator; parola este citită din terminal sau de la intrarea standard, niciodată din linia de comandă, și este păstrată în depozitul de chei al sistemului.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>The feed needs a bearer token, read from the terminal or from standard input and kept in the system keychain.</source>
        <translation>Fluxul necesită un token Bearer, citit din terminal sau de la intrarea standard și păstrat în depozitul de chei al sistemului.</translation>
    </message>
    <message>
        <source>Give either --user or --token, not both.</source>
        <translation>Specificați fie --user, fie --token, nu pe amândouă.</translation>
    </message>
    <message>
        <source>--user and --token take exactly one feed address.</source>
        <translation>--user și --token acceptă exact o singură adresă de flux.</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user necesită un nume de utilizator.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Parola pentru %1 la %2: </translation>
    </message>
    <message>
        <source>Token for %1: </source>
        <translation>Tokenul pentru %1: </translation>
    </message>
    <message>
        <source>login: user name %1, password in the keychain</source>
        <translation>autentificare: nume de utilizator %1, parola în depozitul de chei</translation>
    </message>
    <message>
        <source>login: token in the keychain</source>
        <translation>autentificare: token în depozitul de chei</translation>
    </message>
    <message>
        <source>No password or token was given: type it when asked, or pipe it to standard input. It is never taken from the command line.</source>
        <translation>Nu s-a furnizat nicio parolă și niciun token: introduceți-l când vi se cere sau transmiteți-l prin pipe la intrarea standard. Nu este preluat niciodată din linia de comandă.</translation>
    </message>
    <message>
        <source>add: the user name on the server; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>add: numele de utilizator de pe server; parola este citită din terminal sau de la intrarea standard, niciodată din linia de comandă, și este păstrată în depozitul de chei al sistemului.</translation>
    </message>
    <message>
        <source>add: what to call the account (default: the server&apos;s host name).</source>
        <translation>add: numele contului (implicit: numele de gazdă al serverului).</translation>
    </message>
    <message>
        <source>Give the user name on the server with --user NAME.</source>
        <translation>Indicați numele de utilizator de pe server cu --user NUME.</translation>
    </message>
    <message>
        <source>--name needs a name.</source>
        <translation>--name necesită un nume.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 ca %2</translation>
    </message>
    <message>
        <source>%1 feeds, %2 unread</source>
        <translation>fluxuri: %1, necitite: %2</translation>
    </message>
    <message>
        <source>%1 read/star changes waiting to be sent</source>
        <translation>modificări citit/stea în așteptarea trimiterii: %1</translation>
    </message>
    <message>
        <source>login needed: freshet account login %1</source>
        <translation>autentificare necesară: freshet account login %1</translation>
    </message>
    <message>
        <source>“%1” is the account of feeds on this device; it has no server.</source>
        <translation>„%1” este contul fluxurilor de pe acest dispozitiv; nu are server.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Nu există niciun cont numit „%1”.</translation>
    </message>
    <message>
        <source>Say what to do: add, list, remove or login.</source>
        <translation>Indicați ce trebuie făcut: add, list, remove sau login.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use add, list, remove or login.</source>
        <translation>Acțiune necunoscută „%1”: folosiți add, list, remove sau login.</translation>
    </message>
    <message>
        <source>Manage sync accounts on feed servers: add, list, remove, log in again.</source>
        <translation>Gestionarea conturilor de sincronizare de pe serverele de fluxuri: adăugare, listare, eliminare, reautentificare.</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login last time. Log in again with: freshet account login %1</source>
        <translation>Serverul contului „%1” a refuzat autentificarea data trecută. Autentificați-vă din nou cu: freshet account login %1</translation>
    </message>
    <message>
        <source>The account could not be synced now; `freshet sync` tries again. %1</source>
        <translation>Contul nu a putut fi sincronizat acum; `freshet sync` va încerca din nou. %1</translation>
    </message>
    <message>
        <source>Account “%1” has no feed %2.</source>
        <translation>Contul „%1” nu are fluxul %2.</translation>
    </message>
    <message>
        <source>Skip enclosures larger than SIZE (500M, 2G, 700K or bytes); none: no limit.</source>
        <translation>Omite atașamentele mai mari decât DIMENSIUNE (500M, 2G, 700K sau octeți); none: fără limită.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>DIMENSIUNE</translation>
    </message>
    <message>
        <source>Download only on networks that are not metered: on or off.</source>
        <translation>Descarcă doar în rețele necontorizate: on sau off.</translation>
    </message>
    <message>
        <source>Print the setting as JSON.</source>
        <translation>Afișează setarea în format JSON.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither on nor off.</source>
        <translation>„%1” nu este nici on, nici off.</translation>
    </message>
    <message>
        <source>--max-size takes a size such as 500M, 2G or 700K, or none; not &apos;%1&apos;.</source>
        <translation>--max-size acceptă o dimensiune precum 500M, 2G sau 700K ori none, nu „%1”.</translation>
    </message>
    <message>
        <source>--unmetered-only takes on or off.</source>
        <translation>--unmetered-only acceptă on sau off.</translation>
    </message>
    <message>
        <source>Automatic downloads for %1: %2</source>
        <translation>Descărcări automate pentru %1: %2</translation>
    </message>
    <message>
        <source>Size limit: %1</source>
        <translation>Limită de dimensiune: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>Only on unmetered networks: %1</source>
        <translation>Doar în rețele necontorizate: %1</translation>
    </message>
    <message>
        <source>Enclosures of items that arrive from now on are downloaded after each refresh.</source>
        <translation>Atașamentele articolelor care sosesc de acum înainte se descarcă după fiecare actualizare.</translation>
    </message>
    <message>
        <source>Show or change whether a feed&apos;s new enclosures download automatically.</source>
        <translation>Afișarea sau modificarea descărcării automate a atașamentelor noi ale unui flux.</translation>
    </message>
    <message>
        <source>Subscribe on this sync account&apos;s server instead of on this device.</source>
        <translation>Abonarea se face pe serverul acestui cont de sincronizare, nu pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>Downloads completed: %1, still queued: %2</source>
        <translation>Descărcări finalizate: %1, încă în coadă: %2</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login (the session expired and logging in again failed, or the password changed). Log in again with: freshet account login %1</source>
        <translation>Serverul contului „%1” a refuzat autentificarea (sesiunea a expirat și reautentificarea a eșuat, sau parola s-a schimbat). Autentificați-vă din nou cu: freshet account login %1</translation>
    </message>
    <message>
        <source>Sync only this account (see `freshet account list`).</source>
        <translation>Sincronizează doar acest cont (consultați `freshet account list`).</translation>
    </message>
    <message>
        <source>There is no sync account; add one with `freshet account add`.</source>
        <translation>Nu există niciun cont de sincronizare; adăugați unul cu `freshet account add`.</translation>
    </message>
    <message>
        <source>Sync the accounts on feed servers (Tiny Tiny RSS, Google Reader API) now: read/star changes made here go up, new articles and the server&apos;s state come down.</source>
        <translation>Sincronizarea imediată a conturilor de pe serverele de fluxuri (Tiny Tiny RSS, Google Reader API): modificările citit/stea făcute aici sunt trimise, iar articolele noi și starea serverului sunt preluate.</translation>
    </message>
    <message>
        <source>The address of the feed to rename.</source>
        <translation>Adresa fluxului de redenumit.</translation>
    </message>
    <message>
        <source>Its new name; without it (or empty) the feed shows its own title again.</source>
        <translation>Noul nume; fără el (sau gol), fluxul își afișează din nou propriul titlu.</translation>
    </message>
    <message>
        <source>Give a feed a name of your own, or its own title back.</source>
        <translation>Dați unui flux un nume propriu sau redați-i titlul său.</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a web page&apos;s that links to its feed; several may be given.</source>
        <translation>Adresa fluxului sau a unei pagini web care trimite la fluxul ei; se pot da mai multe.</translation>
    </message>
    <message>
        <source>%1 needs a login; give it with &apos;freshet add %1 --user NAME&apos; (or --token).</source>
        <translation>%1 necesită autentificare; dați-o cu „freshet add %1 --user NUME” (sau --token).</translation>
    </message>
    <message>
        <source>%1 refused this login; &apos;freshet add %1 --user NAME&apos; (or --token) replaces it.</source>
        <translation>%1 a refuzat această autentificare; „freshet add %1 --user NUME” (sau --token) o înlocuiește.</translation>
    </message>
    <message>
        <source>%1 is a feed of more than one account (%2); say which with --account NAME.</source>
        <translation>%1 este un flux al mai multor conturi (%2); alegeți unul cu --account NUME.</translation>
    </message>
    <message>
        <source>The account holding the feed, needed only when more than one account has this address.</source>
        <translation>Contul care conține fluxul, necesar doar când mai multe conturi au această adresă.</translation>
    </message>
    <message>
        <source>%1 offers several feeds, listed above; run &apos;freshet add&apos; again with the address of the one you want.</source>
        <translation>%1 oferă mai multe fluxuri, listate mai sus; rulați din nou „freshet add” cu adresa celui dorit.</translation>
    </message>
    <message>
        <source>Fetch this feed (repeatable); without it, every due feed. A sync account&apos;s feed syncs its account.</source>
        <translation>Preia acest flux (se poate repeta); fără el, fiecare flux scadent. Fluxul unui cont sincronizat sincronizează contul său.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 așteaptă un număr întreg de la %2 la %3, nu „%4”.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 așteaptă un număr de la %2 la %3, nu „%4”.</translation>
    </message>
    <message>
        <source>Show the version and where this profile keeps its data, or the licenses.</source>
        <translation>Afișează versiunea și locul unde acest profil își păstrează datele, sau licențele.</translation>
    </message>
    <message>
        <source>An OPML file exported by a feed reader (&quot;-&quot; for standard input).</source>
        <translation>Un fișier OPML exportat de un cititor de fluxuri („-” pentru intrarea standard).</translation>
    </message>
    <message>
        <source>Cannot write the OPML to standard output.</source>
        <translation>OPML-ul nu poate fi scris la ieșirea standard.</translation>
    </message>
    <message>
        <source>The interval was raised to the %1-minute minimum.</source>
        <translation>Intervalul a fost mărit la minimul de %1 minute.</translation>
    </message>
    <message>
        <source>an unknown number lost</source>
        <translation>un număr necunoscut de rânduri pierdute</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 pierdute</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept, %2</source>
        <translation>
            <numerusform>%1: %Ln rând păstrat, %2</numerusform>
            <numerusform>%1: %Ln rânduri păstrate, %2</numerusform>
            <numerusform>%1: %Ln de rânduri păstrate, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A Freshet window is open on this profile; close it, then run “freshet repair” again.</source>
        <translation>O fereastră Freshet este deschisă pe acest profil; închideți-o, apoi rulați din nou „freshet repair”.</translation>
    </message>
    <message>
        <source>%1 is refreshing this profile; run “freshet repair” again when it ends.</source>
        <translation>%1 actualizează acest profil; rulați din nou „freshet repair” după ce termină.</translation>
    </message>
    <message>
        <source>The database is sound: nothing was changed.</source>
        <translation>Baza de date este intactă: nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>The database was damaged:</source>
        <translation>Baza de date era deteriorată:</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Fișierul deteriorat este păstrat ca %1.</translation>
    </message>
    <message>
        <source>Rebuilt from what could be read:</source>
        <translation>Reconstruită din ce s-a putut citi:</translation>
    </message>
    <message>
        <source>Items lost that their feeds still list come back at the next fetch.</source>
        <translation>Articolele pierdute pe care fluxurile lor încă le listează revin la următoarea preluare.</translation>
    </message>
    <message>
        <source>Check the database and, if it is damaged, keep a copy of it and rebuild what can still be read.</source>
        <translation>Verifică baza de date și, dacă este deteriorată, păstrează o copie și reconstruiește ce se mai poate citi.</translation>
    </message>
    <message>
        <source>The items to mark, by the ids `freshet items` shows.</source>
        <translation>Articolele de marcat, după id-urile pe care le arată `freshet items`.</translation>
    </message>
    <message>
        <source>Every item of the feed at this address instead.</source>
        <translation>În schimb, toate articolele fluxului de la această adresă.</translation>
    </message>
    <message>
        <source>Every item of every feed instead.</source>
        <translation>În schimb, toate articolele tuturor fluxurilor.</translation>
    </message>
    <message>
        <source>With --feed or --all: only items dated before this day (YYYY-MM-DD, local time) or moment (ISO 8601).</source>
        <translation>Cu --feed sau --all: doar articolele datate înainte de această zi (AAAA-LL-ZZ, ora locală) sau de acest moment (ISO 8601).</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afișează rezultatul ca JSON.</translation>
    </message>
    <message>
        <source>Name the items: item ids, --feed URL or --all (one of them).</source>
        <translation>Indicați articolele: id-uri de articole, --feed URL sau --all (doar una dintre ele).</translation>
    </message>
    <message>
        <source>“%1” is not an item id: ids are the whole numbers `freshet items` shows.</source>
        <translation>„%1” nu este un id de articol: id-urile sunt numerele întregi pe care le arată `freshet items`.</translation>
    </message>
    <message>
        <source>--before goes with --feed or --all, not with item ids.</source>
        <translation>--before merge cu --feed sau --all, nu cu id-uri de articole.</translation>
    </message>
    <message>
        <source>--before takes a day (2026-12-31) or a moment (2026-12-31T18:00 or with a zone, …Z).</source>
        <translation>--before primește o zi (2026-12-31) sau un moment (2026-12-31T18:00 sau cu fus orar, …Z).</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>Indicați unul cu --name.</translation>
    </message>
    <message>
        <source>`freshet sync` fetches its feeds.</source>
        <translation>`freshet sync` îi aduce fluxurile.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a feed&apos;s next refresh is already due</comment>
        <translation>acum</translation>
    </message>
    <message>
        <source>The address of the feed whose login changes.</source>
        <translation>Adresa fluxului a cărui autentificare se schimbă.</translation>
    </message>
    <message>
        <source>Log in with HTTP Basic as this user; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>Autentificare HTTP Basic ca acest utilizator; parola este citită din terminal sau de la intrarea standard, niciodată din linia de comandă, și păstrată în portcheiul sistemului.</translation>
    </message>
    <message>
        <source>Log in with a bearer token, read from the terminal or from standard input.</source>
        <translation>Autentificare cu un token bearer, citit din terminal sau de la intrarea standard.</translation>
    </message>
    <message>
        <source>Forget the feed&apos;s login: its secret leaves the keychain.</source>
        <translation>Uită autentificarea fluxului: secretul său părăsește portcheiul.</translation>
    </message>
    <message>
        <source>Give one of --user NAME, --token or --forget.</source>
        <translation>Indicați una dintre --user NUME, --token sau --forget.</translation>
    </message>
    <message>
        <source>Give a subscribed feed a login (HTTP Basic or a token), or forget it.</source>
        <translation>Dați unui flux abonat o autentificare (HTTP Basic sau un token) sau uitați-o.</translation>
    </message>
    <message>
        <source>list: print the accounts as JSON; add, remove and login: print the outcome as JSON.</source>
        <translation>list: afișează conturile ca JSON; add, remove și login: afișează rezultatul ca JSON.</translation>
    </message>
    <message>
        <source>--json cannot share standard output with the OPML document: give a file to export to.</source>
        <translation>--json nu poate împărți ieșirea standard cu documentul OPML: indicați un fișier în care să exportați.</translation>
    </message>
    <message>
        <source>Pause download N (its number in the list); what it got is kept.</source>
        <translation>Întrerupe descărcarea N (numărul ei din listă); ce s-a primit deja se păstrează.</translation>
    </message>
    <message>
        <source>Queue paused download N again.</source>
        <translation>Pune din nou în coadă descărcarea întreruptă N.</translation>
    </message>
    <message>
        <source>Queue failed download N again.</source>
        <translation>Pune din nou în coadă descărcarea eșuată N.</translation>
    </message>
    <message>
        <source>Cancel download N and delete its partial file.</source>
        <translation>Anulează descărcarea N și șterge fișierul ei parțial.</translation>
    </message>
    <message>
        <source>Give one of --folder, --pause, --resume, --retry or --cancel at a time.</source>
        <translation>Dați o singură opțiune odată dintre --folder, --pause, --resume, --retry sau --cancel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a download number; &apos;freshet downloads&apos; lists them.</source>
        <translation>„%1” nu este un număr de descărcare; „freshet downloads” le afișează.</translation>
    </message>
    <message>
        <source>It continues with the next refresh or in the window; &apos;freshet download ITEM_ID&apos; runs it now.</source>
        <translation>Continuă la următoarea reîmprospătare sau în fereastră; „freshet download ITEM_ID” o pornește acum.</translation>
    </message>
    <message>
        <source>The address of the feed to change.</source>
        <translation>Adresa fluxului de modificat.</translation>
    </message>
    <message>
        <source>Its new address (it is fetched from there at the next refresh).</source>
        <translation>Noua sa adresă (va fi preluat de acolo la următoarea actualizare).</translation>
    </message>
    <message>
        <source>Put it in this folder (&quot;/&quot; nests; empty: none).</source>
        <translation>Îl pune în acest dosar („/” imbrică; gol: niciunul).</translation>
    </message>
    <message>
        <source>Check it every MINUTES, or &quot;auto&quot; as the feed and its new items suggest.</source>
        <translation>Îl verifică la fiecare MINUTES minute, sau „auto” după cum sugerează fluxul și articolele sale noi.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Change a feed&apos;s address, folder or how often it is checked.</source>
        <translation>Modifică adresa, dosarul sau cât de des este verificat un flux.</translation>
    </message>
    <message>
        <source>new PATH, rename PATH NAME, or delete PATH. PATH nests with &quot;/&quot;.</source>
        <translation>new CALE, rename CALE NUME sau delete CALE. CALE imbrică cu „/”.</translation>
    </message>
    <message>
        <source>delete: unsubscribe from the folder&apos;s feeds too, with their items (without it they move up a level).</source>
        <translation>delete: dezabonează și fluxurile dosarului, cu articolele lor (fără asta, urcă un nivel).</translation>
    </message>
    <message>
        <source>Say what to do: new, rename or delete.</source>
        <translation>Spuneți ce să fac: new, rename sau delete.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use new, rename or delete.</source>
        <translation>Acțiune necunoscută „%1”: folosiți new, rename sau delete.</translation>
    </message>
    <message>
        <source>Keep read items this many days (30 or 30d), or forever.</source>
        <translation>Păstrează articolele citite atâtea zile (30 sau 30d) sau pentru totdeauna (forever).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>ZILE</translation>
    </message>
    <message>
        <source>Remove the read items the setting no longer keeps now, not after the next refresh.</source>
        <translation>Șterge acum articolele citite pe care setarea nu le mai păstrează, nu după următoarea actualizare.</translation>
    </message>
    <message>
        <source>Print the setting and what was removed as JSON.</source>
        <translation>Afișează setarea și ce s-a șters ca JSON.</translation>
    </message>
    <message>
        <source>Read items are kept for ever.</source>
        <translation>Articolele citite sunt păstrate pentru totdeauna.</translation>
    </message>
    <message numerus="yes">
        <source>Read items are kept for %n day(s).</source>
        <translation>
            <numerusform>Articolele citite sunt păstrate %n zi.</numerusform>
            <numerusform>Articolele citite sunt păstrate %n zile.</numerusform>
            <numerusform>Articolele citite sunt păstrate %n de zile.</numerusform>
        </translation>
    </message>
    <message>
        <source>--keep-read takes a number of days up to 3650 (30 or 30d), or forever.</source>
        <translation>--keep-read primește un număr de zile de până la 3650 (30 sau 30d) sau forever.</translation>
    </message>
    <message>
        <source>Never removed: unread and starred items, items with a download, and a sync account&apos;s (its server keeps its own).</source>
        <translation>Nu se șterg niciodată: articolele necitite și cu stea, cele cu o descărcare și cele ale unui cont sincronizat (serverul său are propriile reguli).</translation>
    </message>
    <message>
        <source>Nothing to remove: every read item is kept.</source>
        <translation>Nimic de șters: toate articolele citite sunt păstrate.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than %1; %2 freed.</source>
        <translation>
            <numerusform>S-a șters %n articol citit mai vechi de %1; %2 eliberați.</numerusform>
            <numerusform>S-au șters %n articole citite mai vechi de %1; %2 eliberați.</numerusform>
            <numerusform>S-au șters %n de articole citite mai vechi de %1; %2 eliberați.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed after each refresh; --now removes them at once.</source>
        <translation>Sunt șterse după fiecare actualizare; --now le șterge imediat.</translation>
    </message>
    <message>
        <source>Show or change how long read items are kept, or apply it now.</source>
        <translation>Arată sau schimbă cât timp sunt păstrate articolele citite, sau aplică acum.</translation>
    </message>
    <message>
        <source>A folder of this sync account&apos;s (on its server) instead of this device&apos;s.</source>
        <translation>Un dosar al acestui cont sincronizat (pe serverul său) în locul unuia de pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>Make, rename or delete a folder of this device&apos;s feeds or of a sync account&apos;s.</source>
        <translation>Creează, redenumește sau șterge un dosar al fluxurilor de pe acest dispozitiv sau al unui cont sincronizat.</translation>
    </message>
    <message>
        <source>add PROTOCOL URL, list, remove NAME, or login NAME. PROTOCOL is ttrss (Tiny Tiny RSS) or greader (Google Reader API: FreshRSS, Miniflux).</source>
        <translation>add PROTOCOL URL, list, remove NUME sau login NUME. PROTOCOL este ttrss (Tiny Tiny RSS) sau greader (API Google Reader: FreshRSS, Miniflux).</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>ultima sincronizare: %1</translation>
    </message>
    <message>
        <source>From this device the address answers: %1</source>
        <translation>De pe acest dispozitiv, adresa răspunde: %1</translation>
    </message>
    <message>
        <source>new data</source>
        <translation>date noi</translation>
    </message>
    <message>
        <source>no new data</source>
        <translation>nicio dată nouă</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>an account&apos;s last sync: its time, then how it ended</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>synced through the account “%1”, last sync: %2</source>
        <translation>sincronizat prin contul „%1”, ultima sincronizare: %2</translation>
    </message>
    <message>
        <source>Subscribe this sync account to the feeds, on its server, instead of this device.</source>
        <translation>Abonează acest cont sincronizat la fluxuri, pe serverul său, în locul acestui dispozitiv.</translation>
    </message>
    <message>
        <source>Subscribing account “%1”: %2 of %3</source>
        <translation>Se abonează contul „%1”: %2 din %3</translation>
    </message>
    <message>
        <source>The feeds and their articles come with the account&apos;s next sync: freshet sync --account %1</source>
        <translation>Fluxurile și articolele lor vin la următoarea sincronizare a contului: freshet sync --account %1</translation>
    </message>
    <message>
        <source>read, unread, star, unstar, publish or unpublish (a Tiny Tiny RSS account&apos;s public feed).</source>
        <translation>read, unread, star, unstar, publish sau unpublish (fluxul public al unui cont Tiny Tiny RSS).</translation>
    </message>
    <message>
        <source>“%1” is not a mark: use read, unread, star, unstar, publish or unpublish.</source>
        <translation>„%1” nu este un marcaj: folosiți read, unread, star, unstar, publish sau unpublish.</translation>
    </message>
    <message>
        <source>Mark items read or unread, starred or not (on a sync account too), published or not.</source>
        <translation>Marchează articole ca citite sau necitite, cu stea sau fără (și într-un cont sincronizat), publicate sau nu.</translation>
    </message>
    <message>
        <source>Some items are not searchable yet: %1</source>
        <translation>Unele articole nu pot fi încă găsite prin căutare: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ControlDownloadMessages</name>
    <message>
        <source>Download %1 is paused.</source>
        <translation>Descărcarea %1 este întreruptă.</translation>
    </message>
    <message>
        <source>Download %1 is queued again.</source>
        <translation>Descărcarea %1 este din nou în coadă.</translation>
    </message>
    <message>
        <source>Download %1 is cancelled and its partial file deleted.</source>
        <translation>Descărcarea %1 este anulată, iar fișierul ei parțial a fost șters.</translation>
    </message>
    <message>
        <source>There is no download %1.</source>
        <translation>Nu există descărcarea %1.</translation>
    </message>
</context>
<context>
    <name>freshet::DatabaseMessages</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Nu se poate citi versiunea schemei bazei de date.</translation>
    </message>
    <message>
        <source>This database was written by a newer Freshet (schema %1; this one knows %2). Update Freshet to open it.</source>
        <translation>Această bază de date a fost scrisă de o versiune mai nouă de Freshet (schema %1; versiunea aceasta cunoaște doar până la %2). Actualizați Freshet pentru a o deschide.</translation>
    </message>
    <message>
        <source>Missing schema migration %1.</source>
        <translation>Lipsește migrarea de schemă %1.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Migrarea de schemă %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was changed.</source>
        <translation>Baza de date este doar pentru citire: nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The database is busy in another Freshet process: nothing was changed. Try again in a moment.</source>
        <translation>Baza de date este ocupată de un alt proces Freshet: nu s-a modificat nimic. Încercați din nou peste câteva momente.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Freshet database: %1</source>
        <translation>Fișierul bazei de date este deteriorat sau nu este o bază de date Freshet: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nu se poate deschide baza de date %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: it would leave rows pointing at nothing.</source>
        <translation>Migrarea de schemă %1 a eșuat: ar lăsa rânduri care trimit către date inexistente.</translation>
    </message>
    <message>
        <source>The disk holding your profile is full: nothing was changed. Free some space and try again.</source>
        <translation>Discul care conține profilul dumneavoastră este plin: nu s-a schimbat nimic. Eliberați spațiu și încercați din nou.</translation>
    </message>
    <message>
        <source>The database is damaged (part of the file cannot be read); Freshet left it as it is. Run “freshet repair” to keep a copy of it and rebuild what can still be read.</source>
        <translation>Baza de date este deteriorată (o parte din fișier nu poate fi citită); Freshet a lăsat-o neschimbată. Rulați „freshet repair” pentru a păstra o copie și a reconstrui ce se mai poate citi.</translation>
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
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Viteză</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Timp rămas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadManagerMessages</name>
    <message>
        <source>Item %1 does not exist or has no enclosure to download.</source>
        <translation>Articolul %1 nu există sau nu are niciun atașament de descărcat.</translation>
    </message>
    <message>
        <source>There is no download %1.</source>
        <translation>Nu există descărcarea %1.</translation>
    </message>
    <message>
        <source>%1 Resuming…</source>
        <translation>%1 Se reia…</translation>
    </message>
    <message>
        <source>The downloads database is not open.</source>
        <translation>Baza de date a descărcărilor nu este deschisă.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading %1; pause or cancel it there, or wait until it is done.</source>
        <translation>Un alt proces Freshet descarcă %1; întrerupeți-l sau anulați-l acolo, ori așteptați să termine.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadMessages</name>
    <message>
        <source>Queued</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Se descarcă</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>În pauză</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
    <message>
        <source>The enclosure&apos;s address is not a web address, so it cannot be downloaded.</source>
        <translation>Adresa atașamentului nu este o adresă web, deci nu poate fi descărcat.</translation>
    </message>
    <message>
        <source>The enclosure&apos;s address is a %1: address, not http or https, so it cannot be downloaded.</source>
        <translation>Adresa atașamentului este o adresă %1:, nu http sau https, deci nu poate fi descărcat.</translation>
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
        <translation>%1 a fost descărcat în %2</translation>
    </message>
    <message>
        <source>The download was removed while it ran.</source>
        <translation>Descărcarea a fost eliminată în timp ce rula.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading this file; try again when it is done.</source>
        <translation>Un alt proces Freshet descarcă acest fișier; încercați din nou după ce termină.</translation>
    </message>
    <message>
        <source>The download stopped: %1 The partial file %2 was kept; downloading it again resumes from there.</source>
        <translation>Descărcarea s-a oprit: %1 Fișierul parțial %2 a fost păstrat; o nouă descărcare continuă de acolo.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsController</name>
    <message>
        <source>Downloaded %1.</source>
        <translation>S-a descărcat %1.</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Descărcarea %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Descărcări…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Download &amp;Enclosure</source>
        <translation>Descarcă &amp;atașamentul</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>&amp;Automatic Downloads…</source>
        <translation>Descărcări a&amp;utomate…</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s): %p%</source>
        <translation>
            <numerusform>%n descărcare: %p%</numerusform>
            <numerusform>%n descărcări: %p%</numerusform>
            <numerusform>%n de descărcări: %p%</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2, %3/s. Ctrl+Shift+D shows the downloads.</source>
        <translation>%1 din %2, %3/s. Ctrl+Shift+D afișează descărcările.</translation>
    </message>
    <message>
        <source>Choose a feed first.</source>
        <translation>Alegeți mai întâi un flux.</translation>
    </message>
    <message>
        <source>Downloads are unavailable: %1</source>
        <translation>Descărcările nu sunt disponibile: %1</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Descărcări</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauză</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reia</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Anulează descărcarea</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Încearcă din &amp;nou</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Deschide fișierul</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afișează în do&amp;sar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Nicio aplicație nu poate deschide %1.</translation>
    </message>
    <message>
        <source>Change Fol&amp;der…</source>
        <translation>Schim&amp;bă dosarul…</translation>
    </message>
    <message>
        <source>Finished downloads go to %1</source>
        <translation>Descărcările finalizate se salvează în %1</translation>
    </message>
    <message>
        <source>Folder for Downloads</source>
        <translation>Dosarul pentru descărcări</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsFolderMessages</name>
    <message>
        <source>Downloads go to %1</source>
        <translation>Descărcările se salvează în %1</translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedDialog</name>
    <message>
        <source>Edit Feed</source>
        <translation>Editare flux</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>Automatically (as the feed and its new items suggest)</source>
        <translation>Automat (după cum sugerează fluxul și articolele sale noi)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>La fiecare %n minut</numerusform>
            <numerusform>La fiecare %n minute</numerusform>
            <numerusform>La fiecare %n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>La fiecare oră</numerusform>
            <numerusform>La fiecare %n ore</numerusform>
            <numerusform>La fiecare %n de ore</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosar:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Verificare:</translation>
    </message>
    <message>
        <source>Edit &amp;Login…</source>
        <translation>Modifică datele de au&amp;tentificare…</translation>
    </message>
    <message>
        <source>This feed comes through the account “%1”: its name and folder change on its server too, and its address and schedule are the server&apos;s.</source>
        <translation>Acest flux vine prin contul „%1”: numele și dosarul său se schimbă și pe serverul său, iar adresa și programul sunt ale serverului.</translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedMessages</name>
    <message>
        <source>“%1” is not an address Freshet can fetch: it needs http:// or https:// and a host.</source>
        <translation>„%1” nu este o adresă pe care Freshet o poate prelua: are nevoie de http:// sau https:// și de o gazdă.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Modificările aduse lui %1 au fost salvate.</translation>
    </message>
    <message>
        <source>%1 comes through the account “%2”: its address and schedule are its server&apos;s, and only its name and folder can be changed here.</source>
        <translation>%1 vine prin contul „%2”: adresa și programul sunt ale serverului său și aici se pot schimba doar numele și dosarul.</translation>
    </message>
</context>
<context>
    <name>freshet::ExportOpmlMessages</name>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>S-a exportat %n flux în %1</numerusform>
            <numerusform>S-au exportat %n fluxuri în %1</numerusform>
            <numerusform>S-au exportat %n de fluxuri în %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Freshet subscriptions</source>
        <translation>Abonamente Freshet</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDiscovery</name>
    <message>
        <source>No feed found at %1: it is neither a feed nor a page that links to one.</source>
        <translation>Nu s-a găsit niciun flux la %1: adresa nu este nici un flux, nici o pagină care trimite la unul.</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: %2</source>
        <translation>Nu s-a putut citi nimic de la %1: %2</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDownloadMessages</name>
    <message>
        <source>Saved the feed&apos;s automatic downloads.</source>
        <translation>Descărcările automate ale fluxului au fost salvate.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDownloadsDialog</name>
    <message>
        <source>Download new enclosures &amp;automatically</source>
        <translation>Descarcă &amp;automat atașamentele noi</translation>
    </message>
    <message>
        <source>&amp;Skip files larger than</source>
        <translation>&amp;Omite fișierele mai mari de</translation>
    </message>
    <message>
        <source>Only on &amp;unmetered networks</source>
        <translation>Doar în rețele &amp;necontorizate</translation>
    </message>
    <message>
        <source>Automatic Downloads: %1</source>
        <translation>Descărcări automate: %1</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Only items that arrive from now on are downloaded.</source>
        <translation>Se descarcă doar articolele care sosesc de acum înainte.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedListModel</name>
    <message>
        <source>All items</source>
        <translation>Toate articolele</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Cu stea</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Dezactivat: %1</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Ultima eroare (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n necitit</numerusform>
            <numerusform>%1, %n necitite</numerusform>
            <numerusform>%1, %n necitite</numerusform>
        </translation>
    </message>
    <message>
        <source>last fetch failed</source>
        <translation>ultima preluare a eșuat</translation>
    </message>
    <message>
        <source>Synced through the account “%1”</source>
        <translation>Sincronizat prin contul „%1”</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Pe acest computer</translation>
    </message>
</context>
<context>
    <name>freshet::FeedLoginFlow</name>
    <message>
        <source>Feed Login</source>
        <translation>Autentificare flux</translation>
    </message>
</context>
<context>
    <name>freshet::FeedLoginMessages</name>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>Acest flux nu mai este abonat.</translation>
    </message>
    <message>
        <source>Saved the login of %1.</source>
        <translation>Autentificarea pentru %1 a fost salvată.</translation>
    </message>
    <message>
        <source>%1 has no login: nothing was changed.</source>
        <translation>%1 nu are autentificare: nimic nu a fost schimbat.</translation>
    </message>
    <message>
        <source>Forgot the login of %1.</source>
        <translation>Autentificarea pentru %1 a fost uitată.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Proprietățile lui %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cont:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Pe acest computer</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dosar:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articole:</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, %2 necitite</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Adăugat:</translation>
    </message>
    <message>
        <source>Last fetch:</source>
        <translation>Ultima preluare:</translation>
    </message>
    <message>
        <source>Never fetched yet</source>
        <translation>Nepreluat încă</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Stare HTTP:</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Niciun răspuns</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>A eșuat de %n dată la rând.</numerusform>
            <numerusform>A eșuat de %n ori la rând.</numerusform>
            <numerusform>A eșuat de %n de ori la rând.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Ultima eroare:</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>Următoarea verificare:</translation>
    </message>
    <message>
        <source>Never: %1</source>
        <translation>Niciodată: %1</translation>
    </message>
    <message>
        <source>With the next sync of “%1”</source>
        <translation>La următoarea sincronizare a „%1”</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>De ce: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FeedRenameMessages</name>
    <message>
        <source>The server of account “%1” cannot rename feeds, so the new name is kept on this device only.</source>
        <translation>Serverul contului „%1” nu poate redenumi fluxuri, așa că noul nume se păstrează doar pe acest dispozitiv.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedStoreMessages</name>
    <message>
        <source>Already subscribed to %1</source>
        <translation>Sunteți deja abonat la %1</translation>
    </message>
    <message>
        <source>The new feed could not be read back.</source>
        <translation>Noul flux nu a putut fi recitit.</translation>
    </message>
    <message>
        <source>The feed is no longer subscribed.</source>
        <translation>Fluxul nu mai este abonat.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>Deja abonat la %1.</translation>
    </message>
    <message>
        <source>its address changed</source>
        <translation>adresa sa s-a schimbat</translation>
    </message>
    <message numerus="yes">
        <source>its interval was set to %n minute(s)</source>
        <translation>
            <numerusform>intervalul său a fost setat la %n minut</numerusform>
            <numerusform>intervalul său a fost setat la %n minute</numerusform>
            <numerusform>intervalul său a fost setat la %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a feed of this device can be edited here; a sync account&apos;s are its server&apos;s.</source>
        <translation>Aici poate fi editat doar un flux al acestui dispozitiv; cele ale unui cont sincronizat sunt ale serverului său.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedTitleMessages</name>
    <message>
        <source>The feed could not be renamed: %1</source>
        <translation>Fluxul nu a putut fi redenumit: %1</translation>
    </message>
    <message>
        <source>The feed could not be renamed: it is no longer subscribed.</source>
        <translation>Fluxul nu a putut fi redenumit: nu mai sunteți abonat la el.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedUpdateMessages</name>
    <message>
        <source>disabled: %1</source>
        <translation>dezactivat: %1</translation>
    </message>
    <message>
        <source>Same document as last time; not parsed.</source>
        <translation>Același document ca data trecută; nu a fost analizat.</translation>
    </message>
    <message>
        <source>The document is not a feed I can read: %1</source>
        <translation>Documentul nu este un flux care poate fi citit: %1</translation>
    </message>
    <message>
        <source>Only part of the document could be read: %1</source>
        <translation>Doar o parte din document a putut fi citită: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Salvarea a eșuat: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FeedUrlMessages</name>
    <message>
        <source>The feed address is empty.</source>
        <translation>Adresa fluxului este goală.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: only http and https feeds can be fetched.</source>
        <translation>„%1” nu este o adresă web: pot fi preluate doar fluxuri http și https.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name.</source>
        <translation>„%1” nu are nume de gazdă.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a user name or password; add the feed without them and give the login when Freshet asks, so it is kept in the keychain.</source>
        <translation>„%1” conține un nume de utilizator sau o parolă; adăugați fluxul fără acestea și introduceți datele de autentificare atunci când vi le cere Freshet, pentru a fi păstrate în depozitul de chei al sistemului.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: an address has no spaces.</source>
        <translation>„%1” nu este o adresă web: o adresă nu conține spații.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web address.</source>
        <translation>„%1” nu este o adresă web validă.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: a host name has a dot, as in example.org.</source>
        <translation>„%1” nu este o adresă web: un nume de gazdă conține un punct, ca în example.org.</translation>
    </message>
    <message>
        <source>The address starting &apos;%1…&apos; is longer than 8 KB, which no feed address is.</source>
        <translation>Adresa care începe cu „%1…” are peste 8 KB, cât nu are nicio adresă de flux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains bytes that are not valid UTF-8 text; copy the address again from its source.</source>
        <translation>„%1” conține octeți care nu sunt text UTF-8 valid; copiați din nou adresa din sursa ei.</translation>
    </message>
</context>
<context>
    <name>freshet::FetchLogDialog</name>
    <message>
        <source>Fetch Log</source>
        <translation>Jurnalul preluărilor</translation>
    </message>
    <message>
        <source>Fetch runs</source>
        <translation>Preluări efectuate</translation>
    </message>
    <message>
        <source>When / feed</source>
        <translation>Când / flux</translation>
    </message>
    <message>
        <source>Trigger / outcome</source>
        <translation>Declanșator / stare</translation>
    </message>
    <message>
        <source>Result / HTTP</source>
        <translation>Rezultat / HTTP</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Articole noi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reîncarcă</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>freshet::FetchLogMessages</name>
    <message>
        <source>The fetch log cannot be read: %1</source>
        <translation>Jurnalul preluărilor nu poate fi citit: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FetchReport</name>
    <message>
        <source>Did not finish</source>
        <translation>Neterminat</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Date noi</translation>
    </message>
    <message>
        <source>No new data</source>
        <translation>Fără date noi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>%1 attempted, %2 updated, %3 not modified, %4 failed, %5 skipped</source>
        <translation>încercate: %1, actualizate: %2, nemodificate: %3, eșuate: %4, omise: %5</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Rezultat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated item(s)</source>
        <translation>
            <numerusform>%n articol modificat</numerusform>
            <numerusform>%n articole modificate</numerusform>
            <numerusform>%n de articole modificate</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Fluxuri: %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 omis: %2</translation>
    </message>
    <message>
        <source>The deadline was reached; unfinished feeds will be fetched next time.</source>
        <translation>Timpul limită a fost atins; fluxurile neterminate vor fi preluate data viitoare.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n articol nou</numerusform>
            <numerusform>%n articole noi</numerusform>
            <numerusform>%n de articole noi</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline reached</source>
        <translation>timp limită atins</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Background refresh is off.</source>
        <translation>Actualizarea în fundal este dezactivată.</translation>
    </message>
    <message>
        <source>Background refresh: %1</source>
        <translation>Actualizare în fundal: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>System</source>
        <comment>fetch trigger: the operating system&apos;s background task</comment>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Timer</source>
        <comment>fetch trigger: Freshet&apos;s own schedule while it runs</comment>
        <translation>Temporizator</translation>
    </message>
    <message>
        <source>Push</source>
        <comment>fetch trigger: a push notification</comment>
        <translation>Push</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>fetch trigger: Refresh All</comment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Simulated</source>
        <comment>fetch trigger: Debug &gt; Simulate Background Fetch</comment>
        <translation>Simulat</translation>
    </message>
    <message>
        <source>Command line</source>
        <comment>fetch trigger: freshet fetch</comment>
        <translation>Linie de comandă</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizat</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nimic nou</translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation>Nemodificat</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a feed&apos;s outcome</comment>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>a feed&apos;s outcome: never fetched again (410 Gone)</comment>
        <translation>Retras</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Took %1 s of the %2 s budget, using %3 of CPU.</source>
        <translation>A durat %1 s din bugetul de %2 s, folosind %3 de procesor.</translation>
    </message>
    <message>
        <source>Took %1 s, using %2 of CPU.</source>
        <translation>A durat %1 s, folosind %2 de procesor.</translation>
    </message>
    <message>
        <source>Received %1 in %2 s of the %3 s budget, using %4 of CPU.</source>
        <translation>S-au primit %1 în %2 s din bugetul de %3 s, folosind %4 de procesor.</translation>
    </message>
    <message>
        <source>Received %1 in %2 s, using %3 of CPU.</source>
        <translation>S-au primit %1 în %2 s, folosind %3 de procesor.</translation>
    </message>
    <message>
        <source>%1 CPU, %2</source>
        <translation>%1 procesor, %2</translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in the last 24 hours: %n run(s), %1.</source>
        <translation>
            <numerusform>Actualizări în ultimele 24 de ore: %n rulare, %1.</numerusform>
            <numerusform>Actualizări în ultimele 24 de ore: %n rulări, %1.</numerusform>
            <numerusform>Actualizări în ultimele 24 de ore: %n de rulări, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FetchService</name>
    <message>
        <source>The server closed the connection before the whole document arrived.</source>
        <translation>Serverul a închis conexiunea înainte de sosirea întregului document.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Serverul a refuzat conexiunea.</translation>
    </message>
    <message>
        <source>The host name could not be found (%1).</source>
        <translation>Numele de gazdă nu a putut fi găsit (%1).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Conexiunea securizată a eșuat: %1</translation>
    </message>
    <message>
        <source>The server sent a compressed document that is corrupt or expands far too much.</source>
        <translation>Serverul a trimis un document comprimat care este corupt sau devine mult prea mare la decomprimare.</translation>
    </message>
    <message>
        <source>Not started: the time for this refresh ran out.</source>
        <translation>Nu a pornit: timpul alocat acestei actualizări s-a epuizat.</translation>
    </message>
    <message>
        <source>Stopped: the time for this refresh ran out.</source>
        <translation>Oprit: timpul alocat acestei actualizări s-a epuizat.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Niciun răspuns complet în decurs de %1 secunde.</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB; it was not read.</source>
        <translation>Documentul depășește %1 MB; nu a fost citit.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to an unusable address.</source>
        <translation>Redirecționare HTTP %1 către o adresă inutilizabilă.</translation>
    </message>
    <message>
        <source>The address redirects in a loop (back to %1).</source>
        <translation>Adresa redirecționează în buclă (înapoi la %1).</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Prea multe redirecționări (peste %1).</translation>
    </message>
    <message>
        <source>The publisher removed this feed (HTTP 410 Gone).</source>
        <translation>Editorul a eliminat acest flux (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429).</source>
        <translation>Serverul cere reducerea ritmului cererilor (HTTP 429).</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP 503).</source>
        <translation>Serverul nu este disponibil (HTTP 503).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Serverul a răspuns cu HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The server redirected this feed from https to an insecure address (%1); it was not followed and the feed keeps its address, so subscribe to the new one yourself only if you trust it.</source>
        <translation>Serverul a redirecționat acest flux de la https la o adresă nesigură (%1); redirecționarea nu a fost urmată, iar fluxul își păstrează adresa. Abonați-vă singur la cea nouă doar dacă aveți încredere în ea.</translation>
    </message>
</context>
<context>
    <name>freshet::FolderMessages</name>
    <message>
        <source>%1 is a file, not a folder; choose a folder for downloads.</source>
        <translation>%1 este un fișier, nu un dosar; alegeți un dosar pentru descărcări.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; choose a folder you can write to.</source>
        <translation>Dosarul %1 nu poate fi creat; alegeți un dosar în care puteți scrie.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1; choose a folder you can write to.</source>
        <translation>Nu se poate scrie în dosarul %1; alegeți un dosar în care puteți scrie.</translation>
    </message>
    <message>
        <source>Made the folder “%1”.</source>
        <translation>Dosarul „%1” a fost creat.</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation>Dosarul „%1” a fost redenumit „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Dosarul „%1” a fost șters; fluxul său (%n) a urcat un nivel.</numerusform>
            <numerusform>Dosarul „%1” a fost șters; cele %n fluxuri ale sale au urcat un nivel.</numerusform>
            <numerusform>Dosarul „%1” a fost șters; cele %n de fluxuri ale sale au urcat un nivel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed from its %n feed(s).</source>
        <translation>
            <numerusform>Dosarul „%1” a fost șters, iar abonarea la fluxul său (%n) a fost anulată.</numerusform>
            <numerusform>Dosarul „%1” a fost șters, iar abonările la cele %n fluxuri ale sale au fost anulate.</numerusform>
            <numerusform>Dosarul „%1” a fost șters, iar abonările la cele %n de fluxuri ale sale au fost anulate.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password or token could not be deleted from the keychain: %1</source>
        <translation>O parolă sau un token nu a putut fi șters din portofelul de chei: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders.</source>
        <translation>
            <numerusform>%n flux a fost scos din dosarul său.</numerusform>
            <numerusform>%n fluxuri au fost scoase din dosarele lor.</numerusform>
            <numerusform>%n de fluxuri au fost scoase din dosarele lor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1”.</source>
        <translation>
            <numerusform>%n flux a fost mutat în „%1”.</numerusform>
            <numerusform>%n fluxuri au fost mutate în „%1”.</numerusform>
            <numerusform>%n de fluxuri au fost mutate în „%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FolderStoreMessages</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dosar are nevoie de un nume.</translation>
    </message>
    <message>
        <source>There is already a folder “%1”.</source>
        <translation>Există deja un dosar „%1”.</translation>
    </message>
    <message>
        <source>A folder cannot go inside itself.</source>
        <translation>Un dosar nu poate fi mutat în el însuși.</translation>
    </message>
    <message>
        <source>There is no folder “%1” any more.</source>
        <translation>Dosarul „%1” nu mai există.</translation>
    </message>
</context>
<context>
    <name>freshet::HttpGetMessages</name>
    <message>
        <source>Only http and https downloads are supported, not &quot;%1&quot;.</source>
        <translation>Sunt acceptate doar descărcările http și https, nu „%1”.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Conexiunea securizată cu %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>The server redirected (%1) without saying where to.</source>
        <translation>Serverul a redirecționat (%1) fără să spună unde.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Serverul a redirecționat de mai mult de %1 ori.</translation>
    </message>
    <message>
        <source>The server&apos;s redirects go round in a loop.</source>
        <translation>Redirecționările serverului se învârt în buclă.</translation>
    </message>
    <message>
        <source>The server redirected from https to an insecure address; not followed.</source>
        <translation>Serverul a redirecționat de la https către o adresă nesigură; redirecționarea nu a fost urmată.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Serverul a închis conexiunea înainte de a răspunde.</translation>
    </message>
    <message>
        <source>The connection was closed before the whole file arrived.</source>
        <translation>Conexiunea a fost închisă înainte să sosească întregul fișier.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Conexiunea cu %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Nothing arrived from %1 for %2 seconds.</source>
        <translation>Nu a sosit nimic de la %1 timp de %2 secunde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP: %1</source>
        <translation>Răspunsul serverului nu este HTTP valid: %1</translation>
    </message>
    <message>
        <source>The proxy refused to connect to %1 (HTTP %2).</source>
        <translation>Proxy-ul a refuzat conectarea la %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Downloads need libcurl (libcurl.so.4), which could not be loaded: %1</source>
        <translation>Descărcările au nevoie de libcurl (libcurl.so.4), care nu a putut fi încărcată: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlMessages</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nu s-a importat nimic din %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n flux importat</numerusform>
            <numerusform>%n fluxuri importate</numerusform>
            <numerusform>%n de fluxuri importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n deja abonat</numerusform>
            <numerusform>%n deja abonate</numerusform>
            <numerusform>%n deja abonate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omis</numerusform>
            <numerusform>%n omise</numerusform>
            <numerusform>%n omise</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omis: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlToAccountMessages</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nu s-a importat nimic din %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed account “%1” to %n feed(s) of %2</source>
        <translation>
            <numerusform>Contul „%1” a fost abonat la %n flux din %2</numerusform>
            <numerusform>Contul „%1” a fost abonat la %n fluxuri din %2</numerusform>
            <numerusform>Contul „%1” a fost abonat la %n de fluxuri din %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n deja abonat</numerusform>
            <numerusform>%n deja abonate</numerusform>
            <numerusform>%n deja abonate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omis</numerusform>
            <numerusform>%n omise</numerusform>
            <numerusform>%n omise</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omis: %1</translation>
    </message>
    <message>
        <source>The import stopped at %1: %2</source>
        <translation>Importul s-a oprit la %1: %2</translation>
    </message>
    <message>
        <source>%1: the server refused it: %2</source>
        <translation>%1: serverul l-a refuzat: %2</translation>
    </message>
</context>
<context>
    <name>freshet::InstanceServerMessages</name>
    <message>
        <source>Freshet is already running on this profile.</source>
        <translation>Freshet rulează deja pe acest profil.</translation>
    </message>
    <message>
        <source>Cannot listen for background runs (%1): %2</source>
        <translation>Nu se pot recepționa cererile de preluare în fundal (%1): %2</translation>
    </message>
</context>
<context>
    <name>freshet::ItemSorting</name>
    <message>
        <source>Preparing the order by author…</source>
        <translation>Se pregătește ordonarea după autor…</translation>
    </message>
    <message>
        <source>Preparing the order by title…</source>
        <translation>Se pregătește ordonarea după titlu…</translation>
    </message>
    <message>
        <source>Could not prepare the order by author: %1</source>
        <translation>Ordonarea după autor nu a putut fi pregătită: %1</translation>
    </message>
    <message>
        <source>Could not prepare the order by title: %1</source>
        <translation>Ordonarea după titlu nu a putut fi pregătită: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ItemTableModel</name>
    <message>
        <source>(no title)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>citit</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>necitit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Necitit</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Cu stea</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagine</translation>
    </message>
</context>
<context>
    <name>freshet::ItemView</name>
    <message>
        <source>Article</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation>Selectați un articol pentru a-l citi.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>Welcome to Freshet</source>
        <translation>Bun venit în Freshet</translation>
    </message>
    <message>
        <source>You have no feeds yet. Freshet keeps them fresh in the background, so the latest items are already here when you open it.</source>
        <translation>Nu aveți încă niciun flux. Freshet le actualizează în fundal, astfel încât cele mai noi articole sunt deja aici când îl deschideți.</translation>
    </message>
    <message>
        <source>File &gt; Add Feed (Ctrl+N): the address of a feed, or of a web page that has one.</source>
        <translation>Fișier &gt; Adaugă flux (Ctrl+N): adresa unui flux sau a unei pagini web care oferă unul.</translation>
    </message>
    <message>
        <source>File &gt; Import OPML (Ctrl+I): the subscriptions exported by another feed reader.</source>
        <translation>Fișier &gt; Importă OPML (Ctrl+I): abonamentele exportate de un alt cititor de fluxuri.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts (F1) lists every command.</source>
        <translation>Ajutor &gt; Scurtături de tastatură (F1) listează toate comenzile.</translation>
    </message>
    <message>
        <source>This image is larger than %1 MB, so it was not loaded; open the article in the browser to see it.</source>
        <translation>Această imagine are peste %1 MB, deci nu a fost încărcată; deschideți articolul în browser pentru a o vedea.</translation>
    </message>
</context>
<context>
    <name>freshet::KeychainMessages</name>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. Unlock the login keychain (Keychain Access) and try again.</source>
        <translation>Nu este disponibil niciun depozit de chei: Freshet păstrează parolele doar în depozitul de chei al sistemului. Deblocați depozitul de chei „login” (Keychain Access) și încercați din nou.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. Windows Credential Manager must be running.</source>
        <translation>Nu este disponibil niciun depozit de chei: Freshet păstrează parolele doar în depozitul de chei al sistemului. Windows Credential Manager trebuie să ruleze.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the Android keystore, which did not answer.</source>
        <translation>Nu este disponibil niciun depozit de chei: Freshet păstrează parolele doar în depozitul de chei Android, care nu a răspuns.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. On Linux install and unlock GNOME Keyring or KWallet (a Secret Service, for example &apos;apt install gnome-keyring&apos;), in a session with a D-Bus session bus, and try again.</source>
        <translation>Nu este disponibil niciun depozit de chei: Freshet păstrează parolele doar în depozitul de chei al sistemului. Pe Linux, instalați și deblocați GNOME Keyring sau KWallet (un Secret Service, de exemplu &apos;apt install gnome-keyring&apos;), într-o sesiune cu o magistrală de sesiune D-Bus, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The keychain has no password or token for this feed; set the login again.</source>
        <translation>Depozitul de chei nu conține nicio parolă și niciun token pentru acest flux; introduceți din nou datele de autentificare.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the login could not be used or saved.</source>
        <translation>Accesul la depozitul de chei a fost refuzat, așa că datele de autentificare nu au putut fi folosite sau salvate.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and try again.</source>
        <translation>Depozitul de chei este blocat sau a refuzat accesul; deblocați-l și încercați din nou.</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored login.</source>
        <translation>Depozitul de chei nu a putut șterge datele de autentificare salvate.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Depozitul de chei a întâmpinat o eroare.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Mesajul depozitului de chei: %1)</translation>
    </message>
</context>
<context>
    <name>freshet::LaunchAgentMessages</name>
    <message>
        <source>launchctl %1 failed: %2</source>
        <translation>launchctl %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>LaunchAgent</source>
        <translation>LaunchAgent</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>LaunchAgent %1</source>
        <translation>LaunchAgent %1</translation>
    </message>
    <message>
        <source>no LaunchAgent</source>
        <translation>niciun LaunchAgent</translation>
    </message>
</context>
<context>
    <name>freshet::LoginAccountMessages</name>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Autentificarea la %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Logged in to account “%1”.</source>
        <translation>Autentificare reușită pentru contul „%1”.</translation>
    </message>
</context>
<context>
    <name>freshet::LoginDialog</name>
    <message>
        <source>Feed Login</source>
        <translation>Autentificare flux</translation>
    </message>
    <message>
        <source>This feed needs a login: %1</source>
        <translation>Acest flux necesită autentificare: %1</translation>
    </message>
    <message>
        <source>The stored login was refused by %1. Enter it again:</source>
        <translation>Datele de autentificare salvate au fost refuzate de %1. Introduceți-le din nou:</translation>
    </message>
    <message>
        <source>Login for %1</source>
        <translation>Autentificare pentru %1</translation>
    </message>
    <message>
        <source>The password or token is kept in the system keychain, never in Freshet&apos;s own files.</source>
        <translation>Parola sau tokenul este păstrat în depozitul de chei al sistemului, niciodată în fișierele proprii ale Freshet.</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nume de utilizator și parolă</translation>
    </message>
    <message>
        <source>Token (Bearer)</source>
        <translation>Token (Bearer)</translation>
    </message>
    <message>
        <source>Kind of login</source>
        <translation>Tipul de autentificare</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nume de &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
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
        <translation>Fluxuri</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Căutați în titluri și text</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progresul actualizării</translation>
    </message>
    <message>
        <source>A refresh is already running.</source>
        <translation>O actualizare este deja în curs.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Se actualizează %n flux…</numerusform>
            <numerusform>Se actualizează %n fluxuri…</numerusform>
            <numerusform>Se actualizează %n de fluxuri…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Actualizare fluxuri: %1 din %2</translation>
    </message>
    <message>
        <source>Simulated background fetch</source>
        <translation>Preluare în fundal simulată</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n necitit</numerusform>
            <numerusform>%n necitite</numerusform>
            <numerusform>%n necitite</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizat chiar acum</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Actualizat acum %n min</numerusform>
            <numerusform>Actualizat acum %n min</numerusform>
            <numerusform>Actualizat acum %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Adaugă flux…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importă OPML…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exportă OPML…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ieși&amp;re</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;luxuri</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Actualizează tot</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Delete Feed…</source>
        <translation>Ș&amp;terge fluxul…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>A&amp;rticol</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Articolul &amp;următor</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Articolul &amp;anterior</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Următorul articol &amp;necitit</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Marchează ca &amp;citit/necitit</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation>Adaugă/elimină &amp;steaua</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Deschide în &amp;browser</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Doar &amp;necitite</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Scurtături de &amp;tastatură</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Freshet</source>
        <translation>&amp;Despre Freshet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Bara principală</translation>
    </message>
    <message>
        <source>Simulate &amp;Background Fetch</source>
        <translation>Simulează o preluare în &amp;fundal</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Simulate &amp;Push Notification</source>
        <translation>Simulează o notificare &amp;push</translation>
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
        <translation>Deschide &amp;dosarul de date</translation>
    </message>
    <message>
        <source>No more unread items.</source>
        <translation>Nu mai există articole necitite.</translation>
    </message>
    <message>
        <source>No more items.</source>
        <translation>Nu mai există articole.</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Adăugare flux</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importare OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fișiere OPML (*.opml *.xml);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exportare OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fișiere OPML (*.opml)</translation>
    </message>
    <message>
        <source>Delete Feed</source>
        <translation>Ștergere flux</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 and delete its %n item(s)?</source>
        <translation>
            <numerusform>Vă dezabonați de la %1 și ștergeți %n articol?</numerusform>
            <numerusform>Vă dezabonați de la %1 și ștergeți %n articole?</numerusform>
            <numerusform>Vă dezabonați de la %1 și ștergeți %n de articole?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scurtături de tastatură</translation>
    </message>
    <message>
        <source>Load &amp;Images</source>
        <translation>Încarcă &amp;imaginile</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>Updating the %1…</source>
        <translation>Se actualizează %1…</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed</source>
        <translation>Actualizează cât timp Freshet este închis</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>Des&amp;cărcări</translation>
    </message>
    <message>
        <source>Edit &amp;Login…</source>
        <translation>&amp;Modifică datele de autentificare…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Forget Login</source>
        <translation>&amp;Uită datele de autentificare</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Marchează</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Deschide în browser</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mai mult</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced</source>
        <translation>
            <numerusform>%n articol sincronizat</numerusform>
            <numerusform>%n articole sincronizate</numerusform>
            <numerusform>%n de articole sincronizate</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;onturi…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n item(s) here?</source>
        <translation>
            <numerusform>Vă dezabonați de la %1 în contul „%2” (pentru toate dispozitivele care îl folosesc) și ștergeți aici %n articol?</numerusform>
            <numerusform>Vă dezabonați de la %1 în contul „%2” (pentru toate dispozitivele care îl folosesc) și ștergeți aici %n articole?</numerusform>
            <numerusform>Vă dezabonați de la %1 în contul „%2” (pentru toate dispozitivele care îl folosesc) și ștergeți aici %n de articole?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Feed</source>
        <translation>Redenumire flux</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>Rede&amp;numire flux…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>%1 is subscribed on “%2”, but its sync did not bring it yet.</source>
        <translation>%1 este abonat în „%2”, dar sincronizarea nu l-a adus încă.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Some entries were skipped; Show Details says why.</source>
        <translation>Unele intrări au fost omise; „Arată detaliile” spune de ce.</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key of Next Unread Item</comment>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n articol corespunde</numerusform>
            <numerusform>%n articole corespund</numerusform>
            <numerusform>%n de articole corespund</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh “%1”: %2 Help &gt; Fetch Log has the details.</source>
        <translation>„%1” nu a putut fi actualizat: %2 Detaliile sunt în Ajutor &gt; Jurnalul preluărilor.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feed(s) asked could be refreshed; Help &gt; Fetch Log says why for each.</source>
        <translation>
            <numerusform>Fluxul interogat nu a putut fi actualizat; Ajutor &gt; Jurnalul preluărilor spune de ce.</numerusform>
            <numerusform>Niciunul dintre cele %n fluxuri interogate nu a putut fi actualizat; Ajutor &gt; Jurnalul preluărilor spune de ce pentru fiecare.</numerusform>
            <numerusform>Niciunul dintre cele %n de fluxuri interogate nu a putut fi actualizat; Ajutor &gt; Jurnalul preluărilor spune de ce pentru fiecare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds were due (next check %1); Refresh All asks every feed anyway.</source>
        <translation>Niciun flux nu era de verificat (următoarea verificare la %1); „Actualizează tot” interoghează oricum fiecare flux.</translation>
    </message>
    <message>
        <source>Next &amp;Feed</source>
        <translation>&amp;Fluxul următor</translation>
    </message>
    <message>
        <source>Shift+J</source>
        <comment>the key of Next Feed</comment>
        <translation>Shift+J</translation>
    </message>
    <message>
        <source>This is the last feed.</source>
        <translation>Acesta este ultimul flux.</translation>
    </message>
    <message>
        <source>Previous F&amp;eed</source>
        <translation>Fluxul &amp;precedent</translation>
    </message>
    <message>
        <source>Shift+K</source>
        <comment>the key of Previous Feed</comment>
        <translation>Shift+K</translation>
    </message>
    <message>
        <source>This is the first feed.</source>
        <translation>Acesta este primul flux.</translation>
    </message>
    <message>
        <source>Fetch &amp;Log…</source>
        <translation>&amp;Jurnalul preluărilor…</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>Marchează toate ca &amp;citite</translation>
    </message>
    <message>
        <source>De&amp;bug</source>
        <translation>&amp;Depanare</translation>
    </message>
    <message>
        <source>Next page of the article; at its end, the next unread item</source>
        <translation>Pagina următoare a articolului; la sfârșit, următorul articol necitit</translation>
    </message>
    <message>
        <source>Previous page of the article</source>
        <translation>Pagina anterioară a articolului</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Primul articol</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Ultimul articol</translation>
    </message>
    <message>
        <source>Next pane: feeds, items, article, search</source>
        <translation>Zona următoare: fluxuri, articole, articol, căutare</translation>
    </message>
    <message>
        <source>Refresh &amp;This Feed</source>
        <translation>Actualizează acest &amp;flux</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Open &amp;Website</source>
        <translation>Deschide site-ul &amp;web</translation>
    </message>
    <message>
        <source>&amp;Copy Feed Address</source>
        <translation>Co&amp;piază adresa fluxului</translation>
    </message>
    <message>
        <source>Choose a feed in the list first.</source>
        <translation>Alegeți mai întâi un flux din listă.</translation>
    </message>
    <message>
        <source>This feed names no website.</source>
        <translation>Acest flux nu indică niciun site web.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 a fost copiat</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>&amp;Mărește</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Micșo&amp;rează</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Mărime re&amp;ală</translation>
    </message>
    <message>
        <source>New F&amp;older…</source>
        <translation>&amp;Dosar nou…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Refresh &amp;This Folder</source>
        <translation>Actualizează acest do&amp;sar</translation>
    </message>
    <message>
        <source>Re&amp;name Folder…</source>
        <translation>Rede&amp;numire dosar…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>Ș&amp;terge dosarul…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosar nou</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Numele noului dosar:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Numele noului dosar din „%1”:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Redenumire dosar</translation>
    </message>
    <message>
        <source>New name of the folder “%1”:</source>
        <translation>Noul nume al dosarului „%1”:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Redenumește</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ștergere dosar</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation>Ștergeți dosarul gol „%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1”? It holds %n feed(s).</source>
        <translation>
            <numerusform>Ștergeți dosarul „%1”? Conține %n flux.</numerusform>
            <numerusform>Ștergeți dosarul „%1”? Conține %n fluxuri.</numerusform>
            <numerusform>Ștergeți dosarul „%1”? Conține %n de fluxuri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its feeds can move up a level, or be unsubscribed with all their items.</source>
        <translation>Fluxurile sale pot urca un nivel sau pot fi dezabonate împreună cu toate articolele lor.</translation>
    </message>
    <message>
        <source>Move Feeds Up</source>
        <translation>Urcă fluxurile</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n Feed(s)</source>
        <translation>
            <numerusform>Dezabonare de la %n flux</numerusform>
            <numerusform>Dezabonare de la %n fluxuri</numerusform>
            <numerusform>Dezabonare de la %n de fluxuri</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Feeds</source>
        <translation>Mutare fluxuri</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation>P&amp;roprietăți…</translation>
    </message>
    <message>
        <source>&amp;Edit Feed…</source>
        <translation>&amp;Editare flux…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit Feed</source>
        <translation>Editare flux</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than the Settings keep them; %1 freed.</source>
        <translation>
            <numerusform>A fost eliminat %n articol citit mai vechi decât păstrează setările; %1 eliberați.</numerusform>
            <numerusform>Au fost eliminate %n articole citite mai vechi decât păstrează setările; %1 eliberați.</numerusform>
            <numerusform>Au fost eliminate %n de articole citite mai vechi decât păstrează setările; %1 eliberați.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribe the account “%1” to the feeds of %2, on its server?</source>
        <translation>Abonați contul „%1” la fluxurile din %2, pe serverul său?</translation>
    </message>
    <message>
        <source>Its server then fetches them for every device that uses it. Or import them to this computer only.</source>
        <translation>Serverul său le preia apoi pentru fiecare dispozitiv care îl folosește. Sau importați-le doar pe acest calculator.</translation>
    </message>
    <message>
        <source>Into “%1”</source>
        <translation>În „%1”</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Pe acest calculator</translation>
    </message>
    <message>
        <source>Importing %1 into “%2”…</source>
        <translation>Se importă %1 în „%2”…</translation>
    </message>
    <message>
        <source>Subscribing “%1” to feed %2 of %3…</source>
        <translation>Se abonează „%1” la fluxul %2 din %3…</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>Pub&amp;licat</translation>
    </message>
    <message>
        <source>Shift+P</source>
        <comment>the key of Published</comment>
        <translation>Shift+P</translation>
    </message>
    <message>
        <source>Put the article in the public feed of its Tiny Tiny RSS account, or take it out</source>
        <translation>Pune articolul în fluxul public al contului său Tiny Tiny RSS sau scoate-l de acolo</translation>
    </message>
    <message>
        <source>Indexing articles for search…</source>
        <translation>Se indexează articolele pentru căutare…</translation>
    </message>
</context>
<context>
    <name>freshet::MarkAllRead</name>
    <message>
        <source>&amp;Undo Mark All as Read</source>
        <translation>Anu&amp;lează marcarea tuturor ca citite</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Undo Mark All as Read</source>
        <translation>Anulează marcarea tuturor ca citite</translation>
    </message>
    <message>
        <source>Mark all %1 unread items of “%2” as read?</source>
        <translation>Marcați ca citite toate cele %1 articole necitite din „%2”?</translation>
    </message>
    <message>
        <source>Mark all %1 unread items as read?</source>
        <translation>Marcați ca citite toate cele %1 articole necitite?</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Marchează toate ca citite</translation>
    </message>
    <message>
        <source>Undo Mark All as Read (Ctrl+Z) takes it back.</source>
        <translation>Anularea marcării tuturor ca citite (Ctrl+Z) o revocă.</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marchează ca citite</translation>
    </message>
</context>
<context>
    <name>freshet::MarkItemsMessages</name>
    <message numerus="yes">
        <source>Marked %n item(s) as read.</source>
        <translation>
            <numerusform>%n articol marcat ca citit.</numerusform>
            <numerusform>%n articole marcate ca citite.</numerusform>
            <numerusform>%n de articole marcate ca citite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) as unread.</source>
        <translation>
            <numerusform>%n articol marcat ca necitit.</numerusform>
            <numerusform>%n articole marcate ca necitite.</numerusform>
            <numerusform>%n de articole marcate ca necitite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n item(s).</source>
        <translation>
            <numerusform>%n articol marcat cu stea.</numerusform>
            <numerusform>%n articole marcate cu stea.</numerusform>
            <numerusform>%n de articole marcate cu stea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star off %n item(s).</source>
        <translation>
            <numerusform>S-a scos steaua de pe %n articol.</numerusform>
            <numerusform>S-a scos steaua de pe %n articole.</numerusform>
            <numerusform>S-a scos steaua de pe %n de articole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No item has the id %1: nothing was marked.</source>
        <translation>
            <numerusform>Niciun articol nu are id-ul %1: nu s-a marcat nimic.</numerusform>
            <numerusform>Niciun articol nu are id-urile %1: nu s-a marcat nimic.</numerusform>
            <numerusform>Niciun articol nu are id-urile %1: nu s-a marcat nimic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) read again.</source>
        <translation>
            <numerusform>Anulat: %n articol este din nou citit.</numerusform>
            <numerusform>Anulat: %n articole sunt din nou citite.</numerusform>
            <numerusform>Anulat: %n de articole sunt din nou citite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) unread again.</source>
        <translation>
            <numerusform>Anulat: %n articol este din nou necitit.</numerusform>
            <numerusform>Anulat: %n articole sunt din nou necitite.</numerusform>
            <numerusform>Anulat: %n de articole sunt din nou necitite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) starred again.</source>
        <translation>
            <numerusform>Anulat: %n articol are din nou stea.</numerusform>
            <numerusform>Anulat: %n articole au din nou stea.</numerusform>
            <numerusform>Anulat: %n de articole au din nou stea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) without a star again.</source>
        <translation>
            <numerusform>Anulat: %n articol este din nou fără stea.</numerusform>
            <numerusform>Anulat: %n articole sunt din nou fără stea.</numerusform>
            <numerusform>Anulat: %n de articole sunt din nou fără stea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) in the account&apos;s public feed.</source>
        <translation>
            <numerusform>%n articol publicat în fluxul public al contului.</numerusform>
            <numerusform>%n articole publicate în fluxul public al contului.</numerusform>
            <numerusform>%n de articole publicate în fluxul public al contului.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of the account&apos;s public feed.</source>
        <translation>
            <numerusform>%n articol scos din fluxul public al contului.</numerusform>
            <numerusform>%n articole scoase din fluxul public al contului.</numerusform>
            <numerusform>%n de articole scoase din fluxul public al contului.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) published again.</source>
        <translation>
            <numerusform>Anulat: %n articol publicat din nou.</numerusform>
            <numerusform>Anulat: %n articole publicate din nou.</numerusform>
            <numerusform>Anulat: %n de articole publicate din nou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) out of the public feed again.</source>
        <translation>
            <numerusform>Anulat: %n articol din nou în afara fluxului public.</numerusform>
            <numerusform>Anulat: %n articole din nou în afara fluxului public.</numerusform>
            <numerusform>Anulat: %n de articole din nou în afara fluxului public.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the articles to publish: a whole feed is not published.</source>
        <translation>Numiți articolele de publicat: un flux întreg nu se publică.</translation>
    </message>
    <message numerus="yes">
        <source>Only the articles of a Tiny Tiny RSS account can be published, in its public feed; %n item(s) are not: %1. Nothing was marked.</source>
        <translation>
            <numerusform>Doar articolele unui cont Tiny Tiny RSS pot fi publicate, în fluxul său public; %n articol nu este: %1. Nu s-a marcat nimic.</numerusform>
            <numerusform>Doar articolele unui cont Tiny Tiny RSS pot fi publicate, în fluxul său public; %n articole nu sunt: %1. Nu s-a marcat nimic.</numerusform>
            <numerusform>Doar articolele unui cont Tiny Tiny RSS pot fi publicate, în fluxul său public; %n de articole nu sunt: %1. Nu s-a marcat nimic.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NewItemsBadge</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nou</numerusform>
            <numerusform>%n noi</numerusform>
            <numerusform>%n noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s): show them</source>
        <translation>
            <numerusform>%n articol nou: afișează-l</numerusform>
            <numerusform>%n articole noi: afișează-le</numerusform>
            <numerusform>%n de articole noi: afișează-le</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NoticeMessages</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n articol nou</numerusform>
            <numerusform>%n articole noi</numerusform>
            <numerusform>%n de articole noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n feed(s)</source>
        <translation>
            <numerusform>%1 în %n flux</numerusform>
            <numerusform>%1 în %n fluxuri</numerusform>
            <numerusform>%1 în %n de fluxuri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NotifierMessages</name>
    <message>
        <source>No desktop session bus, so no notification was shown.</source>
        <translation>Nu există o magistrală de sesiune a desktopului, așa că nu s-a afișat nicio notificare.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>The desktop did not show the notification: %1</source>
        <translation>Desktopul nu a afișat notificarea: %1</translation>
    </message>
    <message>
        <source>This platform shows notifications only from the Freshet window.</source>
        <translation>Pe această platformă, notificările sunt afișate doar din fereastra Freshet.</translation>
    </message>
</context>
<context>
    <name>freshet::OpmlFileMessages</name>
    <message>
        <source>standard input</source>
        <translation>intrarea standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large to be an OPML subscription list.</source>
        <translation>%1 are peste %2 MB, prea mult pentru o listă de abonamente OPML.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device), so nothing was written; choose a file name.</source>
        <translation>%1 nu este un fișier obișnuit (este un dosar, un pipe sau un dispozitiv), deci nu s-a scris nimic; alegeți un nume de fișier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 nu poate fi scris: %2</translation>
    </message>
</context>
<context>
    <name>freshet::OpmlMessages</name>
    <message>
        <source>This is not an OPML file (it starts with &lt;%1&gt;).</source>
        <translation>Acesta nu este un fișier OPML (începe cu &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The outlines are nested more than %1 deep.</source>
        <translation>Elementele outline sunt imbricate la o adâncime mai mare de %1.</translation>
    </message>
    <message>
        <source>Outline &quot;%1&quot; (line %2) has no xmlUrl.</source>
        <translation>Elementul outline „%1” (linia %2) nu are atributul xmlUrl.</translation>
    </message>
    <message>
        <source>The OPML file is damaged at line %1, column %2: %3</source>
        <translation>Fișierul OPML este deteriorat la linia %1, coloana %2: %3</translation>
    </message>
    <message>
        <source>This is not an OPML file: it is empty.</source>
        <translation>Acesta nu este un fișier OPML: este gol.</translation>
    </message>
</context>
<context>
    <name>freshet::PullToRefresh</name>
    <message>
        <source>Release to refresh</source>
        <translation>Eliberează pentru actualizare</translation>
    </message>
    <message>
        <source>Pull to refresh</source>
        <translation>Trage pentru actualizare</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Se actualizează…</translation>
    </message>
</context>
<context>
    <name>freshet::QueueDownloadMessages</name>
    <message>
        <source>Already downloaded: %1</source>
        <translation>Deja descărcat: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Se descarcă %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic download(s) queued.</source>
        <translation>
            <numerusform>%n descărcare automată pusă în coadă.</numerusform>
            <numerusform>%n descărcări automate puse în coadă.</numerusform>
            <numerusform>%n de descărcări automate puse în coadă.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RateLimitMessages</name>
    <message>
        <source>Rate-limited by the server until %1</source>
        <translation>Limitat de server până la %1</translation>
    </message>
</context>
<context>
    <name>freshet::RefreshPolicyMessages</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>the server asked to retry after %1</source>
        <translation>serverul a cerut reîncercarea peste %1</translation>
    </message>
    <message>
        <source>default interval %1</source>
        <translation>interval implicit de %1</translation>
    </message>
    <message>
        <source>backing off after %1 failures: %2</source>
        <translation>interval mărit după erori (%1 la rând): %2</translation>
    </message>
    <message>
        <source>the feed updates every %1</source>
        <translation>fluxul se actualizează la fiecare %1</translation>
    </message>
    <message>
        <source>Cache-Control max-age %1</source>
        <translation>Cache-Control max-age %1</translation>
    </message>
    <message>
        <source>the server&apos;s Expires header, in %1</source>
        <translation>antetul Expires al serverului, peste %1</translation>
    </message>
    <message>
        <source>new items about every %1</source>
        <translation>articole noi aproximativ la fiecare %1</translation>
    </message>
    <message>
        <source>checking every %1</source>
        <translation>verificare la fiecare %1</translation>
    </message>
    <message>
        <source>the feed asks for %1</source>
        <translation>fluxul cere %1</translation>
    </message>
    <message>
        <source>Freshet waits at least %1</source>
        <translation>Freshet așteaptă cel puțin %1</translation>
    </message>
    <message>
        <source>Freshet checks at least every %1</source>
        <translation>Freshet verifică cel puțin o dată la %1</translation>
    </message>
    <message>
        <source>every %1, as set for this feed</source>
        <translation>la fiecare %1, cum s-a setat pentru acest flux</translation>
    </message>
</context>
<context>
    <name>freshet::RemoveAccountMessages</name>
    <message numerus="yes">
        <source>Removed the account “%1” and its %n feed(s) from this device; nothing changed on the server.</source>
        <translation>
            <numerusform>Contul „%1” și %n flux al său au fost eliminate de pe acest dispozitiv; nimic nu s-a schimbat pe server.</numerusform>
            <numerusform>Contul „%1” și cele %n fluxuri ale sale au fost eliminate de pe acest dispozitiv; nimic nu s-a schimbat pe server.</numerusform>
            <numerusform>Contul „%1” și cele %n de fluxuri ale sale au fost eliminate de pe acest dispozitiv; nimic nu s-a schimbat pe server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Parola sa nu a putut fi ștearsă din depozitul de chei: %1</translation>
    </message>
</context>
<context>
    <name>freshet::RemoveFeedMessages</name>
    <message numerus="yes">
        <source>Removed %1 and its %n item(s).</source>
        <translation>
            <numerusform>S-a eliminat %1 cu %n articol.</numerusform>
            <numerusform>S-a eliminat %1 cu %n articole.</numerusform>
            <numerusform>S-a eliminat %1 cu %n de articole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its password or token could not be deleted from the keychain: %1</source>
        <translation>Parola sau tokenul său nu a putut fi șters din portchei: %1</translation>
    </message>
    <message>
        <source>%1 could not unsubscribe from %2; nothing was removed: %3</source>
        <translation>%1 nu s-a putut dezabona de la %2; nu s-a eliminat nimic: %3</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from %1 on account “%2” and removed its %n item(s) here.</source>
        <translation>
            <numerusform>V-ați dezabonat de la %1 în contul „%2”, iar %n articol a fost eliminat aici.</numerusform>
            <numerusform>V-ați dezabonat de la %1 în contul „%2”, iar cele %n articole au fost eliminate aici.</numerusform>
            <numerusform>V-ați dezabonat de la %1 în contul „%2”, iar cele %n de articole au fost eliminate aici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred item(s) stay under “%1” for as long as the server keeps them starred.</source>
        <translation>
            <numerusform>%n articol cu stea rămâne sub „%1” cât timp serverul îl păstrează cu stea.</numerusform>
            <numerusform>%n articole cu stea rămân sub „%1” cât timp serverul le păstrează cu stea.</numerusform>
            <numerusform>%n de articole cu stea rămân sub „%1” cât timp serverul le păstrează cu stea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RenameFeedDialog</name>
    <message>
        <source>Rename Feed</source>
        <translation>Redenumire flux</translation>
    </message>
    <message>
        <source>&amp;Use the Feed&apos;s Own Title</source>
        <translation>Folosește titl&amp;ul fluxului</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
</context>
<context>
    <name>freshet::RenameFeedMessages</name>
    <message>
        <source>%1 shows its own title again.</source>
        <translation>%1 își afișează din nou propriul titlu.</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2”.</source>
        <translation>%1 a fost redenumit „%2”.</translation>
    </message>
    <message>
        <source>%1 could not rename %2; nothing was changed: %3</source>
        <translation>%1 nu a putut redenumi %2; nu s-a modificat nimic: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on account “%3”.</source>
        <translation>%1 a fost redenumit „%2” în contul „%3”.</translation>
    </message>
    <message>
        <source>%1 already has that name: nothing was changed.</source>
        <translation>%1 are deja acest nume: nu s-a schimbat nimic.</translation>
    </message>
</context>
<context>
    <name>freshet::RepairMessages</name>
    <message>
        <source>Cannot keep a copy of the damaged database as %1: %2</source>
        <translation>Nu se poate păstra o copie a bazei de date deteriorate ca %1: %2</translation>
    </message>
    <message>
        <source>There is no database at %1: nothing to repair.</source>
        <translation>Nu există nicio bază de date la %1: nimic de reparat.</translation>
    </message>
    <message>
        <source>Nothing in %1 can be read (%2), so there is nothing to rebuild from; the file was left as it is. Restore it from a backup, or move it away to start with an empty profile.</source>
        <translation>Nimic din %1 nu poate fi citit (%2), deci nu există nimic din care să se reconstruiască; fișierul a fost lăsat neschimbat. Restaurați-l dintr-o copie de rezervă sau mutați-l pentru a începe cu un profil gol.</translation>
    </message>
    <message>
        <source>The damaged database has schema %1 and this Freshet writes %2; repair it with the Freshet that wrote it. The file was left as it is.</source>
        <translation>Baza de date deteriorată are schema %1, iar acest Freshet scrie %2; reparați-o cu Freshet-ul care a scris-o. Fișierul a fost lăsat neschimbat.</translation>
    </message>
    <message>
        <source>The database could not be rebuilt: %1 It was left as it is; a copy is at %2.</source>
        <translation>Baza de date nu a putut fi reconstruită: %1 A fost lăsată neschimbată; o copie se află la %2.</translation>
    </message>
    <message>
        <source>The rebuilt database could not be put in place: move %1 to %2 yourself. The damaged file is kept at %3.</source>
        <translation>Baza de date reconstruită nu a putut fi pusă la locul ei: mutați dumneavoastră %1 la %2. Fișierul deteriorat este păstrat la %3.</translation>
    </message>
</context>
<context>
    <name>freshet::RunLockMessages</name>
    <message>
        <source>another Freshet process</source>
        <translation>un alt proces Freshet</translation>
    </message>
    <message>
        <source>Freshet process %1 on %2</source>
        <translation>procesul Freshet %1 de pe %2</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: check that the profile folder can be written.</source>
        <translation>Nu se poate crea fișierul de blocare %1: verificați că se poate scrie în dosarul profilului.</translation>
    </message>
</context>
<context>
    <name>freshet::SanitizerMessages</name>
    <message>
        <source>Audio on %1</source>
        <translation>Audio pe %1</translation>
    </message>
    <message>
        <source>Video on %1</source>
        <translation>Video pe %1</translation>
    </message>
    <message>
        <source>Embedded page from %1</source>
        <translation>Pagină încorporată de pe %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
</context>
<context>
    <name>freshet::ScheduleMessages</name>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message numerus="yes">
        <source>as often as allowed (every %n min)</source>
        <translation>
            <numerusform>cât de des este permis (la fiecare %n min)</numerusform>
            <numerusform>cât de des este permis (la fiecare %n min)</numerusform>
            <numerusform>cât de des este permis (la fiecare %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>la fiecare %n min</numerusform>
            <numerusform>la fiecare %n min</numerusform>
            <numerusform>la fiecare %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>la fiecare %n h</numerusform>
            <numerusform>la fiecare %n h</numerusform>
            <numerusform>la fiecare %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualizare: %1</translation>
    </message>
</context>
<context>
    <name>freshet::SchedulerMessages</name>
    <message>
        <source>Automatic refresh is off.</source>
        <translation>Actualizarea automată este dezactivată.</translation>
    </message>
    <message>
        <source>Refreshing now.</source>
        <translation>Actualizare în curs.</translation>
    </message>
    <message>
        <source>A refresh is due; waiting for the network.</source>
        <translation>O actualizare a ajuns la termen; se așteaptă rețeaua.</translation>
    </message>
    <message>
        <source>A refresh is due; waiting for a network that is not metered.</source>
        <translation>O actualizare a ajuns la termen; se așteaptă o rețea necontorizată.</translation>
    </message>
    <message>
        <source>Next refresh at %1 (%2).</source>
        <translation>Următoarea actualizare la %1 (%2).</translation>
    </message>
    <message>
        <source>While Freshet is closed: %1 (%2)</source>
        <translation>Cât timp Freshet este închis: %1 (%2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activat</translation>
    </message>
    <message>
        <source>off</source>
        <translation>dezactivat</translation>
    </message>
</context>
<context>
    <name>freshet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niciodată</translation>
    </message>
    <message>
        <source>As often as feeds allow (10 min)</source>
        <translation>Cât de des permit fluxurile (10 min)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>La fiecare 15 minute</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>La fiecare 30 de minute</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>În fiecare oră</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Custom interval in minutes</source>
        <translation>Interval personalizat în minute</translation>
    </message>
    <message>
        <source>Tell me when a refresh finds new items</source>
        <translation>Anunță-mă când o actualizare găsește articole noi</translation>
    </message>
    <message>
        <source>Load pictures (thumbnails and images in articles)</source>
        <translation>Încarcă imaginile (miniaturi și imagini din articole)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuă în zona de notificare când fereastra este închisă</translation>
    </message>
    <message>
        <source>Feeds fetched at once</source>
        <translation>Fluxuri preluate simultan</translation>
    </message>
    <message>
        <source>Feeds fetched at once from one server</source>
        <translation>Fluxuri preluate simultan de la același server</translation>
    </message>
    <message>
        <source>Refresh while Freshet runs:</source>
        <translation>Actualizează cât timp rulează Freshet:</translation>
    </message>
    <message>
        <source>Custom interval:</source>
        <translation>Interval personalizat:</translation>
    </message>
    <message>
        <source>Feeds fetched at once:</source>
        <translation>Fluxuri preluate simultan:</translation>
    </message>
    <message>
        <source>…from one server:</source>
        <translation>…de la același server:</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed</source>
        <translation>Actualizează cât timp Freshet este închis</translation>
    </message>
    <message>
        <source>Wait for a network that is not metered</source>
        <translation>Așteaptă o rețea necontorizată</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed (%1)</source>
        <translation>Actualizează cât timp Freshet este închis (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>A new language takes effect when Freshet starts again.</source>
        <translation>O limbă nouă se aplică la următoarea pornire a Freshet.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Sync &amp;Accounts…</source>
        <translation>&amp;Conturi de sincronizare…</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Conturi:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>As the system is</source>
        <translation>Ca sistemul</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luminos</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Întunecat</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Dimensiunea textului articolelor</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Aspect:</translation>
    </message>
    <message>
        <source>Article text size:</source>
        <translation>Dimensiunea textului articolelor:</translation>
    </message>
    <message>
        <source>Keep read items</source>
        <translation>Păstrează articolele citite</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Pentru totdeauna</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>O săptămână</translation>
    </message>
    <message>
        <source>For a month</source>
        <translation>O lună</translation>
    </message>
    <message>
        <source>For three months</source>
        <translation>Trei luni</translation>
    </message>
    <message>
        <source>For a year</source>
        <translation>Un an</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Read items older than this are removed after each refresh; starred ones, and ones with a download, are always kept.</source>
        <translation>Articolele citite mai vechi de atât sunt eliminate după fiecare actualizare; cele cu stea și cele cu o descărcare sunt păstrate mereu.</translation>
    </message>
    <message>
        <source>Keep read items:</source>
        <translation>Păstrează articolele citite:</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS, FreshRSS, Miniflux: read and starred state shared by every device.</source>
        <translation>Tiny Tiny RSS, FreshRSS, Miniflux: starea citit și cu stea comună tuturor dispozitivelor.</translation>
    </message>
</context>
<context>
    <name>freshet::StoreThreadMessages</name>
    <message>
        <source>The database is closed: Freshet is quitting.</source>
        <translation>Baza de date este închisă: Freshet se închide.</translation>
    </message>
</context>
<context>
    <name>freshet::SubscribeHereMessages</name>
    <message>
        <source>Already subscribed to %1; nothing was added.</source>
        <translation>Sunteți deja abonat la %1; nu s-a adăugat nimic.</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nu s-a adăugat nimic: %1</translation>
    </message>
    <message>
        <source>Updated the login of %1</source>
        <translation>Datele de autentificare pentru %1 au fost actualizate</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>S-a adăugat %1</translation>
    </message>
    <message>
        <source>A login goes with exactly one feed address.</source>
        <translation>O autentificare se potrivește cu exact o adresă de flux.</translation>
    </message>
    <message>
        <source>%1 was added but cannot log in (%2), and could not be taken out again: %3</source>
        <translation>%1 a fost adăugat, dar nu se poate autentifica (%2) și nu a putut fi scos din nou: %3</translation>
    </message>
</context>
<context>
    <name>freshet::SubscribeOnAccountMessages</name>
    <message>
        <source>Subscribed to %1 on account “%2”.</source>
        <translation>V-ați abonat la %1 în contul „%2”.</translation>
    </message>
    <message>
        <source>“%1” could not subscribe to %2; nothing was added: %3</source>
        <translation>„%1” nu s-a putut abona la %2; nu s-a adăugat nimic: %3</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login; nothing was subscribed.</source>
        <translation>Serverul contului „%1” a refuzat autentificarea; nu s-a făcut niciun abonament.</translation>
    </message>
    <message>
        <source>Account “%1” already has %2.</source>
        <translation>Contul „%1” are deja %2.</translation>
    </message>
    <message>
        <source>Account “%1” already has %2, in “%3”.</source>
        <translation>Contul „%1” are deja %2, în „%3”.</translation>
    </message>
    <message>
        <source>the server could not subscribe to it (HTTP 400), as when the address is not a feed the server can read.</source>
        <translation>serverul nu s-a putut abona (HTTP 400), ca atunci când adresa nu este un flux pe care serverul îl poate citi.</translation>
    </message>
</context>
<context>
    <name>freshet::SubscriptionEditMessages</name>
    <message>
        <source>Unknown sync protocol.</source>
        <translation>Protocol de sincronizare necunoscut.</translation>
    </message>
</context>
<context>
    <name>freshet::SyncFolderMessages</name>
    <message>
        <source>Made the folder “%1”. Its account&apos;s server has it once a feed is moved into it.</source>
        <translation>S-a creat dosarul „%1”. Serverul contului îl va avea după ce un flux este mutat în el.</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2” on account “%3”.</source>
        <translation>Dosarul „%1” a fost redenumit „%2” în contul „%3”.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed account “%2” from its %n feed(s).</source>
        <translation>
            <numerusform>Dosarul „%1” a fost șters și contul „%2” a fost dezabonat de la %n flux al său.</numerusform>
            <numerusform>Dosarul „%1” a fost șters și contul „%2” a fost dezabonat de la cele %n fluxuri ale sale.</numerusform>
            <numerusform>Dosarul „%1” a fost șters și contul „%2” a fost dezabonat de la cele %n de fluxuri ale sale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” on account “%2”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Dosarul „%1” a fost șters din contul „%2”; fluxul său (%n) a urcat un nivel.</numerusform>
            <numerusform>Dosarul „%1” a fost șters din contul „%2”; cele %n fluxuri ale sale au urcat un nivel.</numerusform>
            <numerusform>Dosarul „%1” a fost șters din contul „%2”; cele %n de fluxuri ale sale au urcat un nivel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders on account “%1”.</source>
        <translation>
            <numerusform>%n flux a fost scos din dosarul său în contul „%1”.</numerusform>
            <numerusform>%n fluxuri au fost scoase din dosarele lor în contul „%1”.</numerusform>
            <numerusform>%n de fluxuri au fost scoase din dosarele lor în contul „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1” on account “%2”.</source>
        <translation>
            <numerusform>%n flux a fost mutat în „%1” în contul „%2”.</numerusform>
            <numerusform>%n fluxuri au fost mutate în „%1” în contul „%2”.</numerusform>
            <numerusform>%n de fluxuri au fost mutate în „%1” în contul „%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” could not rename the folder “%2”; nothing was changed: %3</source>
        <translation>Contul „%1” nu a putut redenumi dosarul „%2”; nu s-a schimbat nimic: %3</translation>
    </message>
    <message>
        <source>Account “%1” could not delete the folder “%2”: %3</source>
        <translation>Contul „%1” nu a putut șterge dosarul „%2”: %3</translation>
    </message>
    <message>
        <source>Account “%1” could not move the feeds to “%2”; nothing was changed: %3</source>
        <translation>Contul „%1” nu a putut muta fluxurile în „%2”; nu s-a schimbat nimic: %3</translation>
    </message>
    <message numerus="yes">
        <source>The server of account “%1” keeps every feed in a folder: it put the %n feed(s) in “%2”.</source>
        <translation>
            <numerusform>Serverul contului „%1” ține fiecare flux într-un dosar: a pus fluxul în „%2”.</numerusform>
            <numerusform>Serverul contului „%1” ține fiecare flux într-un dosar: a pus cele %n fluxuri în „%2”.</numerusform>
            <numerusform>Serverul contului „%1” ține fiecare flux într-un dosar: a pus cele %n de fluxuri în „%2”.</numerusform>
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
        <translation>Pe acest dispozitiv</translation>
    </message>
    <message>
        <source>Google Reader API (FreshRSS, Miniflux)</source>
        <translation>API Google Reader (FreshRSS, Miniflux)</translation>
    </message>
</context>
<context>
    <name>freshet::SyncRunnerMessages</name>
    <message>
        <source>Freshet does not know the sync protocol “%1”.</source>
        <translation>Freshet nu cunoaște protocolul de sincronizare „%1”.</translation>
    </message>
</context>
<context>
    <name>freshet::SyncedFeedAccountMessages</name>
    <message>
        <source>The account of %1 is gone.</source>
        <translation>Contul fluxului %1 nu mai există.</translation>
    </message>
    <message>
        <source>The password of account “%1” could not be read: %2</source>
        <translation>Parola contului „%1” nu a putut fi citită: %2</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login last time; log in to it again first.</source>
        <translation>Serverul contului „%1” a refuzat autentificarea data trecută; autentificați-vă mai întâi din nou.</translation>
    </message>
    <message>
        <source>The account is gone.</source>
        <translation>Contul nu mai există.</translation>
    </message>
</context>
<context>
    <name>freshet::SystemdMessages</name>
    <message>
        <source>systemctl was not found: refreshing while Freshet is closed needs systemd. Freshet still refreshes while its window or tray icon is open.</source>
        <translation>systemctl nu a fost găsit: actualizarea cât timp Freshet este închis necesită systemd. Freshet continuă să actualizeze cât timp fereastra sau pictograma sa din zona de notificare este deschisă.</translation>
    </message>
    <message>
        <source>Your systemd user session did not accept the timer (systemctl --user %1: %2). Refreshing while Freshet is closed needs a systemd user session; Freshet still refreshes while its window or tray icon is open.</source>
        <translation>Sesiunea dumneavoastră de utilizator systemd nu a acceptat temporizatorul (systemctl --user %1: %2). Actualizarea cât timp Freshet este închis necesită o sesiune de utilizator systemd; Freshet continuă să actualizeze cât timp fereastra sau pictograma sa din zona de notificare este deschisă.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>temporizatorul de utilizator systemd</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Nu se poate crea %1.</translation>
    </message>
    <message>
        <source>systemd user timer %1</source>
        <translation>temporizatorul de utilizator systemd %1</translation>
    </message>
    <message>
        <source>no systemd user timer</source>
        <translation>niciun temporizator de utilizator systemd</translation>
    </message>
</context>
<context>
    <name>freshet::TaskSchedulerMessages</name>
    <message>
        <source>Task Scheduler task</source>
        <translation>activitatea din Task Scheduler</translation>
    </message>
    <message>
        <source>Cannot write the task definition: %1</source>
        <translation>Nu se poate scrie definiția activității: %1</translation>
    </message>
    <message>
        <source>Task Scheduler refused the task: %1</source>
        <translation>Task Scheduler a refuzat activitatea: %1</translation>
    </message>
    <message>
        <source>Task Scheduler task %1</source>
        <translation>activitatea %1 din Task Scheduler</translation>
    </message>
    <message>
        <source>no Task Scheduler task</source>
        <translation>nicio activitate în Task Scheduler</translation>
    </message>
</context>
<context>
    <name>freshet::TouchRowDelegate</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <comment>an item&apos;s age: published less than a minute ago</comment>
        <translation>acum</translation>
    </message>
</context>
<context>
    <name>freshet::TransferMessages</name>
    <message>
        <source>Cannot create the downloads folder %1.</source>
        <translation>Nu se poate crea dosarul pentru descărcări %1.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading this file.</source>
        <translation>Un alt proces Freshet descarcă acest fișier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Serverul a răspuns cu %1 %2.</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>Fișierul are %1, peste limita de %2.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2. The partial file was kept; free some space and resume.</source>
        <translation>Nu s-a putut scrie în %1: %2. Fișierul parțial a fost păstrat; eliberați spațiu și reluați descărcarea.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>Fișierul depășește limita de %1.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>Conexiunea s-a întrerupt.</translation>
    </message>
    <message>
        <source>The connection ended after %1 of %2 bytes.</source>
        <translation>Conexiunea s-a încheiat după %1 din %2 de octeți.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, more than the %2 it announced.</source>
        <translation>Serverul a trimis %1 de octeți, mai mult decât cei %2 anunțați.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, but the feed announced %2; the file may be incomplete. The partial file was kept.</source>
        <translation>Serverul a trimis %1 de octeți, dar fluxul a anunțat %2; fișierul poate fi incomplet. Fișierul parțial a fost păstrat.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 more are needed, %3 are free.</source>
        <translation>Spațiu liber insuficient în %1: mai sunt necesari %2, iar liberi sunt doar %3.</translation>
    </message>
    <message>
        <source>Cannot move the finished download into %1.</source>
        <translation>Descărcarea finalizată nu poate fi mutată în %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1; choose another folder for downloads.</source>
        <translation>Nu se poate scrie în dosarul %1; alegeți alt dosar pentru descărcări.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Serverul a răspuns %1.</translation>
    </message>
</context>
<context>
    <name>freshet::TrayIcon</name>
    <message>
        <source>&amp;Open Freshet</source>
        <translation>&amp;Deschide Freshet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizează</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ieși&amp;re</translation>
    </message>
    <message numerus="yes">
        <source>Freshet: %n unread</source>
        <translation>
            <numerusform>Freshet: %n necitit</numerusform>
            <numerusform>Freshet: %n necitite</numerusform>
            <numerusform>Freshet: %n necitite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::WorkManagerMessages</name>
    <message>
        <source>WorkManager periodic work</source>
        <translation>lucrarea periodică WorkManager</translation>
    </message>
    <message>
        <source>WorkManager refused the background refresh.</source>
        <translation>WorkManager a refuzat actualizarea în fundal.</translation>
    </message>
    <message>
        <source>WorkManager periodic work &quot;%1&quot;</source>
        <translation>lucrarea periodică WorkManager „%1”</translation>
    </message>
    <message>
        <source>no WorkManager work</source>
        <translation>nicio lucrare WorkManager</translation>
    </message>
</context>
<context>
    <name>freshet::sync::ConnectionErrorMessages</name>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Serverul %1 a refuzat conexiunea.</translation>
    </message>
    <message>
        <source>The host %1 could not be found.</source>
        <translation>Gazda %1 nu a putut fi găsită.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before it answered.</source>
        <translation>Serverul %1 a închis conexiunea înainte să răspundă.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Serverul %1 nu a răspuns la timp.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Conexiunea securizată cu %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Conexiunea cu %1 a eșuat: %2</translation>
    </message>
</context>
<context>
    <name>freshet::sync::GoogleReaderClient</name>
    <message>
        <source>The server accepted the subscription but does not list the feed.</source>
        <translation>Serverul a acceptat abonamentul, dar nu listează fluxul.</translation>
    </message>
    <message>
        <source>The account has no valid server address (http or https).</source>
        <translation>Contul nu are o adresă de server validă (http sau https).</translation>
    </message>
    <message>
        <source>The server ended the session and did not accept the new login either.</source>
        <translation>Serverul a încheiat sesiunea și nu a acceptat nici noua autentificare.</translation>
    </message>
    <message>
        <source>No Google Reader API answers at this address (HTTP %1). For FreshRSS the address ends in /api/greader.php.</source>
        <translation>La această adresă nu răspunde nicio Google Reader API (HTTP %1). Pentru FreshRSS, adresa se termină în /api/greader.php.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Serverul %1 nu a răspuns în decurs de %2 secunde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB.</source>
        <translation>Răspunsul serverului depășea %1 MB.</translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation>Serverul nu acceptă această cerere (HTTP 501).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Serverul a întâmpinat o eroare (HTTP %1). Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Serverul a refuzat cererea (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what the Google Reader API sends.</source>
        <translation>Răspunsul serverului nu corespunde cu ceea ce trimite Google Reader API.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Serverul nu a acceptat numele de utilizator sau parola.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Cererea a fost anulată.</translation>
    </message>
    <message>
        <source>The server sent the request on from https to an insecure address (%1); it was not followed.</source>
        <translation>Serverul a trimis cererea mai departe de la https la o adresă nesigură (%1); redirecționarea nu a fost urmată.</translation>
    </message>
    <message>
        <source>The server sent the request on to %1, where this account&apos;s login for %2 is not sent. If the service moved there, change the account&apos;s server address.</source>
        <translation>Serverul a trimis cererea mai departe la %1, unde datele de autentificare ale acestui cont pentru %2 nu sunt trimise. Dacă serviciul s-a mutat acolo, schimbați adresa serverului contului.</translation>
    </message>
    <message>
        <source>The server no longer lists the feed that was moved.</source>
        <translation>Serverul nu mai listează fluxul mutat.</translation>
    </message>
    <message>
        <source>The Google Reader API cannot list recently read articles.</source>
        <translation>API-ul Google Reader nu poate lista articolele citite recent.</translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssApi</name>
    <message>
        <source>The server ended the session, and logging in again did not help.</source>
        <translation>Serverul a încheiat sesiunea, iar reautentificarea nu a ajutat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login has no session.</source>
        <translation>Răspunsul serverului la autentificare nu conține nicio sesiune.</translation>
    </message>
    <message>
        <source>The API is switched off for this tt-rss account: enable &quot;API access&quot; in tt-rss&apos;s preferences, then log in again.</source>
        <translation>API-ul este dezactivat pentru acest cont tt-rss: activați „Acces API” în preferințele tt-rss, apoi autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>tt-rss did not accept the user name or password.</source>
        <translation>tt-rss nu a acceptat numele de utilizator sau parola.</translation>
    </message>
    <message>
        <source>tt-rss refused the login (%1).</source>
        <translation>tt-rss a refuzat autentificarea (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 nu a răspuns în decurs de %n secundă.</numerusform>
            <numerusform>%1 nu a răspuns în decurs de %n secunde.</numerusform>
            <numerusform>%1 nu a răspuns în decurs de %n de secunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB.</source>
        <translation>%1 a trimis un răspuns mai mare de %2 MB.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2). Try again later.</source>
        <translation>%1 a întâmpinat o eroare (HTTP %2). Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2): check the address and the login.</source>
        <translation>%1 a refuzat accesul (HTTP %2): verificați adresa și datele de autentificare.</translation>
    </message>
    <message>
        <source>%1 sends its API elsewhere (%2): use that address for the account.</source>
        <translation>%1 redirecționează API-ul în altă parte (%2): folosiți acea adresă pentru cont.</translation>
    </message>
    <message>
        <source>%1 has no tt-rss API at this address (HTTP %2).</source>
        <translation>%1 nu are API tt-rss la această adresă (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with something other than the tt-rss API&apos;s JSON.</source>
        <translation>%1 a răspuns cu altceva decât JSON-ul API-ului tt-rss.</translation>
    </message>
    <message>
        <source>tt-rss refused the request (%1).</source>
        <translation>tt-rss a refuzat cererea (%1).</translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Sincronizarea a fost anulată.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Răspunsul serverului nu a fost înțeles.</translation>
    </message>
    <message>
        <source>The server&apos;s list of categories was not understood.</source>
        <translation>Lista de categorii a serverului nu a fost înțeleasă.</translation>
    </message>
    <message>
        <source>The server&apos;s list of feeds was not understood.</source>
        <translation>Lista de fluxuri a serverului nu a fost înțeleasă.</translation>
    </message>
    <message>
        <source>The server&apos;s list of articles was not understood.</source>
        <translation>Lista de articole a serverului nu a fost înțeleasă.</translation>
    </message>
    <message>
        <source>The server sent the same articles again while paging.</source>
        <translation>Serverul a trimis din nou aceleași articole în timpul paginării.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the subscription was not understood.</source>
        <translation>Răspunsul serverului la abonare nu a fost înțeles.</translation>
    </message>
    <message>
        <source>tt-rss found no feed address in %1.</source>
        <translation>tt-rss nu a găsit nicio adresă de flux în %1.</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed.</source>
        <translation>%1 este o pagină web fără flux.</translation>
    </message>
    <message>
        <source>%1 offers several feeds; subscribe to one of them: %2</source>
        <translation>%1 oferă mai multe fluxuri; abonați-vă la unul dintre ele: %2</translation>
    </message>
    <message>
        <source>tt-rss could not download %1: %2</source>
        <translation>tt-rss nu a putut descărca %1: %2</translation>
    </message>
    <message>
        <source>tt-rss could not subscribe to %1 (code %2).</source>
        <translation>tt-rss nu s-a putut abona la %1 (cod %2).</translation>
    </message>
    <message>
        <source>tt-rss does not list the feed it subscribed to (%1).</source>
        <translation>tt-rss nu listează fluxul la care s-a abonat (%1).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename feeds through its API: rename the feed in tt-rss&apos;s web interface.</source>
        <translation>Tiny Tiny RSS nu poate redenumi fluxuri prin API-ul său: redenumiți fluxul în interfața web tt-rss.</translation>
    </message>
    <message>
        <source>The server&apos;s unread count was not understood.</source>
        <translation>Numărul de articole necitite raportat de server nu a fost înțeles.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot change categories through its API: change them in tt-rss&apos;s web interface (Preferences &gt; Feeds), and the next sync brings them here.</source>
        <translation>Tiny Tiny RSS nu poate schimba categoriile prin API-ul său: schimbați-le în interfața web tt-rss (Preferințe &gt; Fluxuri), iar următoarea sincronizare le aduce aici.</translation>
    </message>
</context>
<context>
    <name>info</name>
    <message>
        <source>Freshet %1 on Qt %2</source>
        <translation>Freshet %1 pe Qt %2</translation>
    </message>
    <message>
        <source>Data folder:  %1</source>
        <translation>Dosar de date:  %1</translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation>Bază de date:   %1</translation>
    </message>
    <message>
        <source>Settings:     %1</source>
        <translation>Setări:         %1</translation>
    </message>
    <message>
        <source>Cache folder: %1</source>
        <translation>Dosar cache:    %1</translation>
    </message>
    <message>
        <source>Show Freshet&apos;s license and those of the libraries it links.</source>
        <translation>Afișează licența Freshet și pe cele ale bibliotecilor folosite.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument neașteptat „%1”.</translation>
    </message>
    <message>
        <source>Freshet cannot start</source>
        <translation>Freshet nu poate porni</translation>
    </message>
    <message>
        <source>Show the Debug menu.</source>
        <translation>Afișează meniul Depanare.</translation>
    </message>
    <message>
        <source>Do not refresh the feeds when the window opens.</source>
        <translation>Nu actualizează fluxurile la deschiderea ferestrei.</translation>
    </message>
    <message>
        <source>Print &apos;first-paint-ms N&apos; once the item table is painted, then quit.</source>
        <translation>Afișează &apos;first-paint-ms N&apos; după ce tabelul de articole a fost desenat, apoi se închide.</translation>
    </message>
    <message>
        <source>Keep the database, settings and caches in DIR (default: $%1, else the platform&apos;s data folder).</source>
        <translation>Păstrează baza de date, setările și cache-urile în DOSAR (implicit: $%1, altfel dosarul de date al platformei).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSAR</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <source>Try &apos;freshet --help&apos;.</source>
        <translation>Încercați &apos;freshet --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comandă necunoscută „%1”.</translation>
    </message>
    <message>
        <source>Usage: freshet [--profile DIR] [COMMAND] [OPTIONS]</source>
        <translation>Utilizare: freshet [--profile DOSAR] [COMANDĂ] [OPȚIUNI]</translation>
    </message>
    <message>
        <source>Without a command, Freshet opens its main window.</source>
        <translation>Fără o comandă, Freshet își deschide fereastra principală.</translation>
    </message>
    <message>
        <source>&apos;freshet COMMAND --help&apos; describes one command.</source>
        <translation>&apos;freshet COMANDĂ --help&apos; descrie o comandă.</translation>
    </message>
    <message>
        <source>Freshet is already running on this profile; its window was brought to the front.</source>
        <translation>Freshet rulează deja pe acest profil; fereastra sa a fost adusă în prim-plan.</translation>
    </message>
    <message>
        <source>Lay the window out for a phone (one pane at a time), a tablet or a desktop, instead of choosing from the screen.</source>
        <translation>Aranjează fereastra pentru telefon (câte un panou), tabletă sau desktop, în loc să aleagă după ecran.</translation>
    </message>
    <message>
        <source>--form-factor takes phone, tablet or desktop, not &apos;%1&apos;.</source>
        <translation>--form-factor acceptă phone, tablet sau desktop, nu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Tell on standard error what Freshet does: each request and answer, sync step, download and scheduling decision (never a password or token). QT_LOGGING_RULES picks areas: freshet.fetch, freshet.sync, freshet.store, freshet.downloads, freshet.scheduler.</source>
        <translation>Spune pe ieșirea de erori ce face Freshet: fiecare cerere și răspuns, pas de sincronizare, descărcare și decizie de planificare (niciodată o parolă sau un token). QT_LOGGING_RULES alege domeniile: freshet.fetch, freshet.sync, freshet.store, freshet.downloads, freshet.scheduler.</translation>
    </message>
    <message>
        <source>cannot open the window: %1 (%2). Reinstall Freshet to get it back.</source>
        <translation>fereastra nu poate fi deschisă: %1 (%2). Reinstalați Freshet pentru a o recupera.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>negăsit</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>Resolve relative links against &lt;URL&gt;, as if the file was fetched from there.</source>
        <translation>Rezolvă legăturile relative față de &lt;URL&gt;, ca și cum fișierul ar fi fost preluat de acolo.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema feed-conformance/1).</source>
        <translation>Afișează rezultatul în format JSON (schema feed-conformance/1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(lipsește)</translation>
    </message>
    <message>
        <source>Format:      %1 %2</source>
        <translation>Format:             %1 %2</translation>
    </message>
    <message>
        <source>Encoding:    %1</source>
        <translation>Codificare:         %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>Titlu:              %1</translation>
    </message>
    <message>
        <source>Link:        %1</source>
        <translation>Legătură:           %1</translation>
    </message>
    <message>
        <source>Feed link:   %1</source>
        <translation>Legătura fluxului:  %1</translation>
    </message>
    <message>
        <source>Updated:     %1</source>
        <translation>Actualizat:         %1</translation>
    </message>
    <message>
        <source>TTL:         %1 min</source>
        <translation>TTL:                %1 min</translation>
    </message>
    <message>
        <source>Items:       %1</source>
        <translation>Articole:           %1</translation>
    </message>
    <message>
        <source>Error:       %1</source>
        <translation>Eroare:             %1</translation>
    </message>
    <message>
        <source>(the items above were recovered before the error)</source>
        <translation>(articolele de mai sus au fost recuperate înainte de eroare)</translation>
    </message>
    <message>
        <source>parse takes exactly one FILE.</source>
        <translation>parse acceptă exact un fișier (FILE).</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2.</source>
        <translation>nu se poate citi „%1”: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL.</source>
        <translation>„%1” nu este un URL absolut.</translation>
    </message>
    <message>
        <source>%1 (assumed: the bytes suggest no encoding)</source>
        <translation>%1 (presupus: octeții nu sugerează nicio codificare)</translation>
    </message>
    <message>
        <source>%1 (guessed from the bytes, confidence %2/100)</source>
        <translation>%1 (ghicit din octeți, încredere %2/100)</translation>
    </message>
</context>
</TS>
