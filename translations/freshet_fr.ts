<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FeedParser</name>
    <message>
        <source>The document does not declare its encoding and is not valid UTF-8.</source>
        <translation>Le document ne déclare pas son encodage et n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>The document contains bytes that are not valid %1.</source>
        <translation>Le document contient des octets non valides pour l’encodage %1.</translation>
    </message>
    <message>
        <source>The document declares an unknown encoding (%1).</source>
        <translation>Le document déclare un encodage inconnu (%1).</translation>
    </message>
    <message>
        <source>The document has no root element.</source>
        <translation>Le document n’a pas d’élément racine.</translation>
    </message>
    <message>
        <source>The document is XML but not a feed (its root element is &lt;%1&gt;).</source>
        <translation>Le document est du XML mais pas un flux (son élément racine est &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The document is %1 bytes long, more than the limit of %2 bytes.</source>
        <translation>Le document fait %1 octets, au-delà de la limite de %2 octets.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Le document est vide.</translation>
    </message>
    <message>
        <source>The document uses namespace prefixes it does not declare; they were read as the usual namespaces.</source>
        <translation>Le document utilise des préfixes d’espace de noms qu’il ne déclare pas&#xa0;; ils ont été lus comme les espaces de noms habituels.</translation>
    </message>
    <message>
        <source>The document is not valid JSON (at offset %1): %2.</source>
        <translation>Le document n’est pas du JSON valide (à la position %1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The document is JSON but not a JSON Feed.</source>
        <translation>Le document est du JSON mais pas un JSON Feed.</translation>
    </message>
    <message>
        <source>The document nests elements more than %1 deep.</source>
        <translation>Le document imbrique des éléments sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The document defines entities that expand too much (an entity expansion attack?).</source>
        <translation>Le document définit des entités qui se développent beaucoup trop (une attaque par expansion d’entités&#xa0;?).</translation>
    </message>
    <message>
        <source>The document ends too early (line %1): it is truncated or incomplete.</source>
        <translation>Le document se termine trop tôt (ligne %1)&#xa0;: il est tronqué ou incomplet.</translation>
    </message>
    <message>
        <source>The document is not well-formed XML (line %1, column %2): %3</source>
        <translation>Le document n’est pas du XML bien formé (ligne %1, colonne %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The document does not declare its encoding and is not valid UTF-8; it was read as %1, which its bytes suggest.</source>
        <translation>Le document ne déclare pas son encodage et n’est pas de l’UTF-8 valide&#xa0;; il a été lu en %1, ce que suggèrent ses octets.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 exists but is not a folder</source>
        <translation>%1 existe mais n’est pas un dossier</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Impossible d’écrire dans le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::AboutDialog</name>
    <message>
        <source>About Freshet</source>
        <translation>À propos de Freshet</translation>
    </message>
    <message>
        <source>A feed reader whose content is refreshed while nobody is looking.</source>
        <translation>Un lecteur de flux dont le contenu s’actualise pendant que personne ne regarde.</translation>
    </message>
    <message>
        <source>Freshet is free software under the MIT License: you may use, copy, change and share it, keeping the copyright and license notice.</source>
        <translation>Freshet est un logiciel libre sous licence MIT&#xa0;: vous pouvez l’utiliser, le copier, le modifier et le partager, en conservant la mention de droit d’auteur et de licence.</translation>
    </message>
</context>
<context>
    <name>freshet::AboutMessages</name>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Libraries Freshet links, and their licenses:</source>
        <translation>Bibliothèques liées à Freshet et leurs licences&#xa0;:</translation>
    </message>
    <message>
        <source>The full texts: %1 when Freshet was installed from its Debian package, LICENSE in its source.</source>
        <translation>Les textes complets&#xa0;: %1 si Freshet a été installé depuis son paquet Debian, LICENSE dans ses sources.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountLoginDialog</name>
    <message>
        <source>Add Sync Account</source>
        <translation>Ajouter un compte de synchronisation</translation>
    </message>
    <message>
        <source>Log In Again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Read on every device: Freshet syncs with the feed server you use. Its feeds, articles, and read and starred state come from the server.</source>
        <translation>Lisez sur tous vos appareils&#xa0;: Freshet se synchronise avec le serveur de flux que vous utilisez. Les flux, les articles et les états lu et favori proviennent du serveur.</translation>
    </message>
    <message>
        <source>The server of the account “%1” refused its login. Enter the password again:</source>
        <translation>Le serveur du compte «&#xa0;%1&#xa0;» a refusé la connexion. Saisissez à nouveau le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.org/tt-rss/ or https://example.org/api/greader.php</source>
        <translation>https://example.org/tt-rss/ ou https://example.org/api/greader.php</translation>
    </message>
    <message>
        <source>The server&apos;s host name</source>
        <translation>Le nom d’hôte du serveur</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name in Freshet:</source>
        <translation>&amp;Nom dans Freshet&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in Freshet&apos;s own files. For FreshRSS and Miniflux use the API password set in the server&apos;s profile page.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans les fichiers de Freshet. Pour FreshRSS et Miniflux, utilisez le mot de passe d’API défini sur la page de profil du serveur.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountStoreMessages</name>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The new account could not be read back.</source>
        <translation>Le nouveau compte n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>The local account cannot be removed.</source>
        <translation>Le compte local ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>freshet::AccountSyncMessages</name>
    <message>
        <source>Could not store what the server sent: %1</source>
        <translation>Impossible d’enregistrer ce que le serveur a envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::AccountsController</name>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message numerus="yes">
        <source>Remove the account “%1” and its %n feed(s) from this device? Nothing changes on the server.</source>
        <translation>
            <numerusform>Voulez-vous supprimer de cet appareil le compte «&#xa0;%1&#xa0;» et %n flux&#xa0;? Rien ne change sur le serveur.</numerusform>
            <numerusform>Voulez-vous supprimer de cet appareil le compte «&#xa0;%1&#xa0;» et ses %n flux&#xa0;? Rien ne change sur le serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AccountsDialog</name>
    <message>
        <source>&amp;Log In Again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Feeds of a sync account come from its server, which fetches them; read and starred state is shared with every device that uses it.</source>
        <translation>Les flux d’un compte de synchronisation proviennent de son serveur, qui se charge de les récupérer&#xa0;; les états lu et favori sont partagés avec tous les appareils qui utilisent ce compte.</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The server refused the login: log in again</source>
        <translation>Le serveur a refusé la connexion&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Échec de la dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced %1; %2 feeds, %3 unread</source>
        <translation>Synchronisé le %1&#xa0;; flux&#xa0;: %2, non lus&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync accounts yet. Add one to read the feeds of your Tiny Tiny RSS, FreshRSS or Miniflux account here.</source>
        <translation>Aucun compte synchronisé pour l’instant. Ajoutez-en un pour lire ici les flux de votre compte Tiny Tiny RSS, FreshRSS ou Miniflux.</translation>
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
    <message>
        <source>every %1</source>
        <translation>toutes les %1</translation>
    </message>
    <message numerus="yes">
        <source>every %1: stretched %2x after %n run(s) without new data</source>
        <translation>
            <numerusform>toutes les %1&#xa0;: intervalle multiplié par %2 après %n récupération sans nouvelles données</numerusform>
            <numerusform>toutes les %1&#xa0;: intervalle multiplié par %2 après %n récupérations sans nouvelles données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::AddAccountMessages</name>
    <message>
        <source>Added account “%1” (%2 at %3).</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté (%2 sur %3).</translation>
    </message>
    <message>
        <source>The account “%1” could not be taken out again either (%2): remove it before adding it again.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas pu être retiré non plus (%2)&#xa0;: supprimez-le avant de l’ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Unknown protocol “%1”: use %2.</source>
        <translation>Protocole «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>Give the user name on the server.</source>
        <translation>Indiquez le nom d’utilisateur sur le serveur.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”: choose another name.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>The address of a feed, or of a web page that has one:</source>
        <translation>L’adresse d’un flux, ou d’une page web qui en propose un&#xa0;:</translation>
    </message>
    <message>
        <source>Local feeds</source>
        <translation>Flux locaux</translation>
    </message>
    <message>
        <source>Add &amp;to:</source>
        <translation>Ajouter &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Recherche d’un flux à l’adresse %1…</translation>
    </message>
    <message>
        <source>This page offers several feeds:</source>
        <translation>Cette page propose plusieurs flux&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>freshet::AddToAccount</name>
    <message>
        <source>Subscribing to %1 on “%2”…</source>
        <translation>Abonnement à %1 sur «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>The server of “%1” refused its login; log in again in Accounts.</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» a refusé la connexion&#xa0;; reconnectez-vous dans Comptes.</translation>
    </message>
    <message>
        <source>Not subscribed to %1: the server of “%2” needs its password.</source>
        <translation>Pas d’abonnement à %1&#xa0;: le serveur de «&#xa0;%2&#xa0;» a besoin de son mot de passe.</translation>
    </message>
    <message>
        <source>Subscribed to %1 on “%2”; syncing the account…</source>
        <translation>Abonné à %1 sur «&#xa0;%2&#xa0;»&#xa0;; synchronisation du compte…</translation>
    </message>
</context>
<context>
    <name>freshet::ArchivedArticlesMessages</name>
    <message>
        <source>Archived articles</source>
        <translation>Articles archivés</translation>
    </message>
</context>
<context>
    <name>freshet::ArticleHeader</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>Starred: click to unstar (S)</source>
        <translation>Favori&#xa0;: cliquer pour l’enlever des favoris (S)</translation>
    </message>
    <message>
        <source>Star this item (S)</source>
        <translation>Mettre cet article en favori (S)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>In the account&apos;s public feed: click to take it out (Shift+P)</source>
        <translation>Dans le flux public du compte&#xa0;: cliquer pour l’en retirer (Maj+P)</translation>
    </message>
    <message>
        <source>Put this article in the account&apos;s public feed (Shift+P)</source>
        <translation>Mettre cet article dans le flux public du compte (Maj+P)</translation>
    </message>
</context>
<context>
    <name>freshet::AuthorizationMessages</name>
    <message>
        <source>This feed needs a login, and the stored login was refused (HTTP 401). Check the user name and password, or the token.</source>
        <translation>Ce flux exige une connexion, et les identifiants enregistrés ont été refusés (HTTP 401). Vérifiez le nom d’utilisateur et le mot de passe, ou le jeton.</translation>
    </message>
    <message>
        <source>This feed needs a login (HTTP 401).</source>
        <translation>Ce flux exige une connexion (HTTP 401).</translation>
    </message>
    <message>
        <source>This feed moved to %1, where its login for %2 is not sent; log in again there.</source>
        <translation>Ce flux a déménagé vers %1, où son identifiant pour %2 n’est pas envoyé&#xa0;; connectez-vous à nouveau là-bas.</translation>
    </message>
    <message>
        <source>This feed&apos;s server sent the request on to %1, where its login for %2 is not sent (HTTP 401); ask the publisher why.</source>
        <translation>Le serveur de ce flux a renvoyé la requête vers %1, où son identifiant pour %2 n’est pas envoyé (HTTP 401)&#xa0;; demandez-en la raison à l’éditeur.</translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundFetchMessages</name>
    <message>
        <source>%1 is refreshing this profile; this run stopped without fetching.</source>
        <translation>%1 actualise déjà ce profil&#xa0;; cette exécution s’est arrêtée sans rien récupérer.</translation>
    </message>
    <message>
        <source>The password of account “%1” could not be read: %2</source>
        <translation>Le mot de passe du compte «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync of account “%1” failed: %2</source>
        <translation>Échec de la synchronisation du compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account “%1” synced in part (the deadline came first): %2 new, %3 changed, %4 read/star changes sent, %5 received.</source>
        <translation>Compte «&#xa0;%1&#xa0;» partiellement synchronisé (le délai a été atteint avant la fin)&#xa0;: nouveaux articles&#xa0;: %2, modifiés&#xa0;: %3, modifications lu/favori envoyées&#xa0;: %4, reçues&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Account “%1” synced: %2 new, %3 changed, %4 read/star changes sent, %5 received.</source>
        <translation>Compte «&#xa0;%1&#xa0;» synchronisé&#xa0;: nouveaux articles&#xa0;: %2, modifiés&#xa0;: %3, modifications lu/favori envoyées&#xa0;: %4, reçues&#xa0;: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n read/star change(s) made here still wait for the server; the next sync sends them.</source>
        <translation>
            <numerusform>%n changement lu/favori fait ici attend encore le serveur&#xa0;; la prochaine synchronisation l’envoie.</numerusform>
            <numerusform>%n changements lu/favori faits ici attendent encore le serveur&#xa0;; la prochaine synchronisation les envoie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::BackgroundRunMessages</name>
    <message>
        <source>Not fetching yet: the background interval is %1; the next run is due after %2.</source>
        <translation>Pas encore de récupération&#xa0;: en arrière-plan, l’actualisation a lieu %1&#xa0;; la prochaine récupération est prévue après %2.</translation>
    </message>
    <message>
        <source>The Freshet window stopped answering; fetched here instead.</source>
        <translation>La fenêtre Freshet ne répondait plus&#xa0;; la récupération a eu lieu ici à la place.</translation>
    </message>
</context>
<context>
    <name>freshet::BgTaskMessages</name>
    <message>
        <source>iOS refused the background refresh: %1</source>
        <translation>iOS a refusé l’actualisation en arrière-plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>iOS background app refresh</source>
        <translation>actualisation en arrière-plan d’iOS</translation>
    </message>
    <message>
        <source>iOS background app refresh (Settings &gt; General &gt; Background App Refresh)</source>
        <translation>actualisation en arrière-plan d’iOS (Réglages &gt; Général &gt; Actualisation en arrière-plan)</translation>
    </message>
    <message>
        <source>no background app refresh requested</source>
        <translation>aucune actualisation en arrière-plan demandée</translation>
    </message>
</context>
<context>
    <name>freshet::Cli</name>
    <message>
        <source>missing argument. Try &apos;freshet COMMAND --help&apos;.</source>
        <translation>argument manquant. Essayez &apos;freshet COMMANDE --help&apos;.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Put the feeds in this folder (&quot;/&quot; nests).</source>
        <translation>Placer les flux dans ce dossier («&#xa0;/&#xa0;» sépare les sous-dossiers).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The address of the feed to unsubscribe from.</source>
        <translation>L’adresse du flux dont vous voulez vous désabonner.</translation>
    </message>
    <message>
        <source>Not subscribed to %1. &apos;freshet list&apos; shows the feeds.</source>
        <translation>Vous n’êtes pas abonné à %1. La commande &apos;freshet list&apos; affiche les flux.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>No feeds yet. Add one with &apos;freshet add URL&apos; or &apos;freshet import FILE.opml&apos;.</source>
        <translation>Aucun flux pour l’instant. Ajoutez-en un avec &apos;freshet add URL&apos; ou &apos;freshet import FILE.opml&apos;.</translation>
    </message>
    <message>
        <source>%1 unread of %2</source>
        <translation>non lus&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>last: %1 (%2)</source>
        <translation>dernier résultat&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>pas encore récupéré</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>next: %1 (%2)</source>
        <translation>prochaine récupération&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscribe to one or more feeds.</source>
        <translation>S’abonner à un ou plusieurs flux.</translation>
    </message>
    <message>
        <source>Unsubscribe from a feed and delete its items.</source>
        <translation>Se désabonner d’un flux et supprimer ses articles.</translation>
    </message>
    <message>
        <source>List the feeds: unread counts, last result, next fetch and why.</source>
        <translation>Lister les flux&#xa0;: nombre d’articles non lus, dernier résultat, prochaine récupération et sa raison.</translation>
    </message>
    <message>
        <source>Fetch every feed, not only the ones that are due.</source>
        <translation>Récupérer tous les flux, et pas seulement ceux arrivés à échéance.</translation>
    </message>
    <message>
        <source>The time budget in seconds (default 30, as the OS gives).</source>
        <translation>Le temps alloué en secondes (30 par défaut, comme l’accorde le système).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le résumé en JSON.</translation>
    </message>
    <message>
        <source>Run one background fetch of the due feeds, within a deadline.</source>
        <translation>Lancer une récupération en arrière-plan des flux arrivés à échéance, dans un délai imparti.</translation>
    </message>
    <message>
        <source>Only this feed&apos;s items.</source>
        <translation>Uniquement les articles de ce flux.</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Uniquement les articles non lus.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Uniquement les articles favoris.</translation>
    </message>
    <message>
        <source>Only items whose title or text contains these words.</source>
        <translation>Uniquement les articles dont le titre ou le texte contient ces mots.</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>MOTS</translation>
    </message>
    <message>
        <source>At most N items (default 50).</source>
        <translation>Au plus N articles (50 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON, with each item&apos;s summary and content.</source>
        <translation>Afficher en JSON, avec le résumé et le contenu de chaque article.</translation>
    </message>
    <message>
        <source>List cached items, newest first (* unread, ★ starred).</source>
        <translation>Lister les articles en cache, les plus récents d’abord (* non lu, ★ favori).</translation>
    </message>
    <message>
        <source>The last N runs (default 10).</source>
        <translation>Les N dernières récupérations (10 par défaut).</translation>
    </message>
    <message>
        <source>No fetch has run yet.</source>
        <translation>Aucune récupération n’a encore eu lieu.</translation>
    </message>
    <message>
        <source>Show recent fetch runs and each feed&apos;s outcome.</source>
        <translation>Afficher les récupérations récentes et le résultat de chaque flux.</translation>
    </message>
    <message>
        <source>Where to write the OPML file (&quot;-&quot; for standard output).</source>
        <translation>Où écrire le fichier OPML («&#xa0;-&#xa0;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file, keeping its folders.</source>
        <translation>S’abonner aux flux d’un fichier OPML, en conservant ses dossiers.</translation>
    </message>
    <message>
        <source>Write the subscriptions to an OPML file, with folders.</source>
        <translation>Écrire les abonnements dans un fichier OPML, avec les dossiers.</translation>
    </message>
    <message>
        <source>At most N requests at once (default %1).</source>
        <translation>Au plus N requêtes simultanées (%1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N requests at once to one host (default %1).</source>
        <translation>Au plus N requêtes simultanées vers un même hôte (%1 par défaut).</translation>
    </message>
    <message>
        <source>new feed</source>
        <translation>nouveau flux</translation>
    </message>
    <message>
        <source>Parse a feed file (RSS, Atom, JSON Feed) and print what was found.</source>
        <translation>Analyser un fichier de flux (RSS, Atom, JSON Feed) et afficher ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>Run as the OS scheduler does: hand the run to a Freshet window open on this profile, otherwise fetch here and show a desktop notification on new items.</source>
        <translation>S’exécuter comme le planificateur du système&#xa0;: confier la récupération à une fenêtre Freshet ouverte sur ce profil, sinon récupérer ici et afficher une notification de bureau en cas de nouveaux articles.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Run by the Freshet window open on this profile.</source>
        <translation>Exécuté par la fenêtre Freshet ouverte sur ce profil.</translation>
    </message>
    <message>
        <source>The push trigger: fetch the named feeds (or every due feed) now, in the running window if there is one.</source>
        <translation>Le déclencheur push&#xa0;: récupérer maintenant les flux indiqués (ou tous les flux arrivés à échéance), dans la fenêtre ouverte s’il y en a une.</translation>
    </message>
    <message>
        <source>How often: never, minimum, or seconds (900), minutes (15m) or hours (2h).</source>
        <translation>Fréquence&#xa0;: never, minimum, ou des secondes (900), des minutes (15m) ou des heures (2h).</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>Let the OS refresh while Freshet is closed: on or off.</source>
        <translation>Laisser le système actualiser les flux pendant que Freshet est fermé&#xa0;: on ou off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Wait for a network that is not metered: on or off.</source>
        <translation>Attendre un réseau non limité&#xa0;: on ou off.</translation>
    </message>
    <message>
        <source>Print the schedule as JSON.</source>
        <translation>Afficher la planification en JSON.</translation>
    </message>
    <message>
        <source>--interval takes never, minimum, or a duration such as 900, 15m or 2h (up to 7 days).</source>
        <translation>--interval attend never, minimum, ou une durée comme 900, 15m ou 2h (7 jours au plus).</translation>
    </message>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 attend on ou off.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Effective interval: %1</source>
        <translation>Intervalle effectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Skip metered networks: %1</source>
        <translation>Éviter les réseaux limités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Dernière récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next run expected: %1</source>
        <translation>Prochaine récupération prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show or change how often Freshet refreshes, also while it is closed.</source>
        <translation>Afficher ou modifier la fréquence d’actualisation de Freshet, y compris quand il est fermé.</translation>
    </message>
    <message>
        <source>Put finished downloads in DIR from now on (empty: the default).</source>
        <translation>Placer désormais les téléchargements terminés dans DOSSIER (vide&#xa0;: l’emplacement par défaut).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>No downloads. Start one with &apos;freshet download ITEM_ID&apos;.</source>
        <translation>Aucun téléchargement. Lancez-en un avec &apos;freshet download ITEM_ID&apos;.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>reste %1:%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item id; &apos;freshet items&apos; shows them.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’article&#xa0;; la commande &apos;freshet items&apos; les affiche.</translation>
    </message>
    <message>
        <source>List enclosure downloads with their state and progress.</source>
        <translation>Lister les téléchargements de pièces jointes avec leur état et leur progression.</translation>
    </message>
    <message>
        <source>Download an item&apos;s enclosure now, resuming a partial download.</source>
        <translation>Télécharger immédiatement la pièce jointe d’un article, en reprenant un téléchargement partiel.</translation>
    </message>
    <message>
        <source>The feed needs a login (HTTP Basic) with this user name; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>Le flux exige une connexion (HTTP Basic) avec ce nom d’utilisateur&#xa0;; le mot de passe est lu depuis le terminal ou l’entrée standard, jamais depuis la ligne de commande, et conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The feed needs a bearer token, read from the terminal or from standard input and kept in the system keychain.</source>
        <translation>Le flux exige un jeton Bearer, lu depuis le terminal ou l’entrée standard et conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Give either --user or --token, not both.</source>
        <translation>Indiquez soit --user, soit --token, mais pas les deux.</translation>
    </message>
    <message>
        <source>--user and --token take exactly one feed address.</source>
        <translation>--user et --token acceptent exactement une adresse de flux.</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user exige un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>Token for %1: </source>
        <translation>Jeton pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>login: user name %1, password in the keychain</source>
        <translation>connexion&#xa0;: nom d’utilisateur %1, mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>login: token in the keychain</source>
        <translation>connexion&#xa0;: jeton dans le trousseau</translation>
    </message>
    <message>
        <source>No password or token was given: type it when asked, or pipe it to standard input. It is never taken from the command line.</source>
        <translation>Aucun mot de passe ni jeton n’a été fourni&#xa0;: saisissez-le lorsqu’il est demandé, ou transmettez-le par un tube sur l’entrée standard. Il n’est jamais lu depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>add: the user name on the server; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>add&#xa0;: le nom d’utilisateur sur le serveur&#xa0;; le mot de passe est lu depuis le terminal ou l’entrée standard, jamais depuis la ligne de commande, et conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>add: what to call the account (default: the server&apos;s host name).</source>
        <translation>add&#xa0;: le nom à donner au compte (par défaut&#xa0;: le nom d’hôte du serveur).</translation>
    </message>
    <message>
        <source>Give the user name on the server with --user NAME.</source>
        <translation>Indiquez le nom d’utilisateur sur le serveur avec --user NOM.</translation>
    </message>
    <message>
        <source>--name needs a name.</source>
        <translation>--name attend un nom.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>%1 feeds, %2 unread</source>
        <translation>flux&#xa0;: %1, non lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 read/star changes waiting to be sent</source>
        <translation>modifications lu/favori en attente d’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>login needed: freshet account login %1</source>
        <translation>connexion requise&#xa0;: freshet account login %1</translation>
    </message>
    <message>
        <source>“%1” is the account of feeds on this device; it has no server.</source>
        <translation>«&#xa0;%1&#xa0;» est le compte des flux de cet appareil&#xa0;; il n’a pas de serveur.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Il n’existe aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say what to do: add, list, remove or login.</source>
        <translation>Indiquez l’action à effectuer&#xa0;: add, list, remove ou login.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use add, list, remove or login.</source>
        <translation>Action «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez add, list, remove ou login.</translation>
    </message>
    <message>
        <source>Manage sync accounts on feed servers: add, list, remove, log in again.</source>
        <translation>Gérer les comptes de synchronisation sur des serveurs de flux&#xa0;: ajouter, lister, supprimer, se reconnecter.</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login last time. Log in again with: freshet account login %1</source>
        <translation>Le serveur du compte «&#xa0;%1&#xa0;» a refusé la connexion la dernière fois. Reconnectez-vous avec&#xa0;: freshet account login %1</translation>
    </message>
    <message>
        <source>The account could not be synced now; `freshet sync` tries again. %1</source>
        <translation>Le compte n’a pas pu être synchronisé pour l’instant&#xa0;; `freshet sync` réessaiera. %1</translation>
    </message>
    <message>
        <source>Account “%1” has no feed %2.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas de flux %2.</translation>
    </message>
    <message>
        <source>Skip enclosures larger than SIZE (500M, 2G, 700K or bytes); none: no limit.</source>
        <translation>Ignorer les pièces jointes de plus de TAILLE (500M, 2G, 700K ou en octets)&#xa0;; none&#xa0;: aucune limite.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Download only on networks that are not metered: on or off.</source>
        <translation>Télécharger uniquement sur les réseaux non limités&#xa0;: on ou off.</translation>
    </message>
    <message>
        <source>Print the setting as JSON.</source>
        <translation>Afficher le paramètre en JSON.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither on nor off.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni on ni off.</translation>
    </message>
    <message>
        <source>--max-size takes a size such as 500M, 2G or 700K, or none; not &apos;%1&apos;.</source>
        <translation>--max-size attend une taille comme 500M, 2G ou 700K, ou none, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--unmetered-only takes on or off.</source>
        <translation>--unmetered-only attend on ou off.</translation>
    </message>
    <message>
        <source>Automatic downloads for %1: %2</source>
        <translation>Téléchargements automatiques pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Size limit: %1</source>
        <translation>Taille maximale&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Only on unmetered networks: %1</source>
        <translation>Uniquement sur les réseaux non limités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enclosures of items that arrive from now on are downloaded after each refresh.</source>
        <translation>Les pièces jointes des articles reçus à partir de maintenant sont téléchargées après chaque actualisation.</translation>
    </message>
    <message>
        <source>Show or change whether a feed&apos;s new enclosures download automatically.</source>
        <translation>Afficher ou modifier le téléchargement automatique des nouvelles pièces jointes d’un flux.</translation>
    </message>
    <message>
        <source>Subscribe on this sync account&apos;s server instead of on this device.</source>
        <translation>S’abonner sur le serveur de ce compte de synchronisation plutôt que sur cet appareil.</translation>
    </message>
    <message>
        <source>Downloads completed: %1, still queued: %2</source>
        <translation>Téléchargements terminés&#xa0;: %1, encore en file d’attente&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login (the session expired and logging in again failed, or the password changed). Log in again with: freshet account login %1</source>
        <translation>Le serveur du compte «&#xa0;%1&#xa0;» a refusé la connexion (la session a expiré et la reconnexion a échoué, ou le mot de passe a changé). Reconnectez-vous avec&#xa0;: freshet account login %1</translation>
    </message>
    <message>
        <source>Sync only this account (see `freshet account list`).</source>
        <translation>Synchroniser uniquement ce compte (voir `freshet account list`).</translation>
    </message>
    <message>
        <source>There is no sync account; add one with `freshet account add`.</source>
        <translation>Aucun compte de synchronisation&#xa0;; ajoutez-en un avec `freshet account add`.</translation>
    </message>
    <message>
        <source>Sync the accounts on feed servers (Tiny Tiny RSS, Google Reader API) now: read/star changes made here go up, new articles and the server&apos;s state come down.</source>
        <translation>Synchroniser maintenant les comptes sur les serveurs de flux (Tiny Tiny RSS, Google Reader API)&#xa0;: les modifications lu/favori faites ici sont envoyées, les nouveaux articles et l’état du serveur sont reçus.</translation>
    </message>
    <message>
        <source>The address of the feed to rename.</source>
        <translation>L’adresse du flux à renommer.</translation>
    </message>
    <message>
        <source>Its new name; without it (or empty) the feed shows its own title again.</source>
        <translation>Son nouveau nom&#xa0;; sans (ou vide), le flux reprend son propre titre.</translation>
    </message>
    <message>
        <source>Give a feed a name of your own, or its own title back.</source>
        <translation>Donner à un flux un nom de votre choix, ou lui rendre son propre titre.</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a web page&apos;s that links to its feed; several may be given.</source>
        <translation>L’adresse du flux, ou celle d’une page web qui mène à son flux&#xa0;; plusieurs sont possibles.</translation>
    </message>
    <message>
        <source>%1 needs a login; give it with &apos;freshet add %1 --user NAME&apos; (or --token).</source>
        <translation>%1 demande une connexion&#xa0;; indiquez-la avec «&#xa0;freshet add %1 --user NOM&#xa0;» (ou --token).</translation>
    </message>
    <message>
        <source>%1 refused this login; &apos;freshet add %1 --user NAME&apos; (or --token) replaces it.</source>
        <translation>%1 a refusé cette connexion&#xa0;; «&#xa0;freshet add %1 --user NOM&#xa0;» (ou --token) la remplace.</translation>
    </message>
    <message>
        <source>%1 is a feed of more than one account (%2); say which with --account NAME.</source>
        <translation>%1 est un flux de plusieurs comptes (%2)&#xa0;; précisez lequel avec --account NOM.</translation>
    </message>
    <message>
        <source>The account holding the feed, needed only when more than one account has this address.</source>
        <translation>Le compte qui contient le flux, nécessaire seulement quand plusieurs comptes ont cette adresse.</translation>
    </message>
    <message>
        <source>%1 offers several feeds, listed above; run &apos;freshet add&apos; again with the address of the one you want.</source>
        <translation>%1 propose plusieurs flux, listés ci-dessus&#xa0;; relancez «&#xa0;freshet add&#xa0;» avec l’adresse de celui que vous voulez.</translation>
    </message>
    <message>
        <source>Fetch this feed (repeatable); without it, every due feed. A sync account&apos;s feed syncs its account.</source>
        <translation>Récupérer ce flux (répétable)&#xa0;; sans cela, chaque flux à échéance. Le flux d’un compte synchronisé synchronise son compte.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 attend un nombre de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Show the version and where this profile keeps its data, or the licenses.</source>
        <translation>Afficher la version et l’emplacement des données de ce profil, ou les licences.</translation>
    </message>
    <message>
        <source>An OPML file exported by a feed reader (&quot;-&quot; for standard input).</source>
        <translation>Un fichier OPML exporté par un lecteur de flux («&#xa0;-&#xa0;» pour l’entrée standard).</translation>
    </message>
    <message>
        <source>Cannot write the OPML to standard output.</source>
        <translation>Impossible d’écrire l’OPML sur la sortie standard.</translation>
    </message>
    <message>
        <source>The interval was raised to the %1-minute minimum.</source>
        <translation>L’intervalle a été relevé au minimum de %1 minutes.</translation>
    </message>
    <message>
        <source>an unknown number lost</source>
        <translation>un nombre inconnu de lignes perdues</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 perdues</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) kept, %2</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne gardée, %2</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes gardées, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A Freshet window is open on this profile; close it, then run “freshet repair” again.</source>
        <translation>Une fenêtre de Freshet est ouverte sur ce profil&#xa0;; fermez-la, puis relancez «&#xa0;freshet repair&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is refreshing this profile; run “freshet repair” again when it ends.</source>
        <translation>%1 actualise ce profil&#xa0;; relancez «&#xa0;freshet repair&#xa0;» quand ce sera fini.</translation>
    </message>
    <message>
        <source>The database is sound: nothing was changed.</source>
        <translation>La base de données est saine&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database was damaged:</source>
        <translation>La base de données était endommagée&#xa0;:</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous %1.</translation>
    </message>
    <message>
        <source>Rebuilt from what could be read:</source>
        <translation>Reconstruite à partir de ce qui a pu être lu&#xa0;:</translation>
    </message>
    <message>
        <source>Items lost that their feeds still list come back at the next fetch.</source>
        <translation>Les articles perdus que leurs flux listent encore reviendront à la prochaine récupération.</translation>
    </message>
    <message>
        <source>Check the database and, if it is damaged, keep a copy of it and rebuild what can still be read.</source>
        <translation>Vérifier la base de données et, si elle est endommagée, en garder une copie et reconstruire ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>The items to mark, by the ids `freshet items` shows.</source>
        <translation>Les articles à marquer, par les identifiants qu’affiche `freshet items`.</translation>
    </message>
    <message>
        <source>Every item of the feed at this address instead.</source>
        <translation>À la place, tous les articles du flux à cette adresse.</translation>
    </message>
    <message>
        <source>Every item of every feed instead.</source>
        <translation>À la place, tous les articles de tous les flux.</translation>
    </message>
    <message>
        <source>With --feed or --all: only items dated before this day (YYYY-MM-DD, local time) or moment (ISO 8601).</source>
        <translation>Avec --feed ou --all&#xa0;: seulement les articles datés d’avant ce jour (AAAA-MM-JJ, heure locale) ou ce moment (ISO 8601).</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Name the items: item ids, --feed URL or --all (one of them).</source>
        <translation>Indiquez les articles&#xa0;: des identifiants, --feed URL ou --all (un seul des trois).</translation>
    </message>
    <message>
        <source>“%1” is not an item id: ids are the whole numbers `freshet items` shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’article&#xa0;: ce sont les nombres entiers qu’affiche `freshet items`.</translation>
    </message>
    <message>
        <source>--before goes with --feed or --all, not with item ids.</source>
        <translation>--before va avec --feed ou --all, pas avec des identifiants d’articles.</translation>
    </message>
    <message>
        <source>--before takes a day (2026-12-31) or a moment (2026-12-31T18:00 or with a zone, …Z).</source>
        <translation>--before prend un jour (2026-12-31) ou un moment (2026-12-31T18:00 ou avec un fuseau, …Z).</translation>
    </message>
    <message>
        <source>Give one with --name.</source>
        <translation>Indiquez-en un avec --name.</translation>
    </message>
    <message>
        <source>`freshet sync` fetches its feeds.</source>
        <translation>`freshet sync` récupère ses flux.</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a feed&apos;s next refresh is already due</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>The address of the feed whose login changes.</source>
        <translation>L’adresse du flux dont l’identifiant change.</translation>
    </message>
    <message>
        <source>Log in with HTTP Basic as this user; the password is read from the terminal or from standard input, never from the command line, and kept in the system keychain.</source>
        <translation>Se connecter en HTTP Basic avec cet utilisateur&#xa0;; le mot de passe est lu depuis le terminal ou l’entrée standard, jamais depuis la ligne de commande, et conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Log in with a bearer token, read from the terminal or from standard input.</source>
        <translation>Se connecter avec un jeton bearer, lu depuis le terminal ou l’entrée standard.</translation>
    </message>
    <message>
        <source>Forget the feed&apos;s login: its secret leaves the keychain.</source>
        <translation>Oublier l’identifiant du flux&#xa0;: son secret quitte le trousseau.</translation>
    </message>
    <message>
        <source>Give one of --user NAME, --token or --forget.</source>
        <translation>Indiquez l’une des options --user NOM, --token ou --forget.</translation>
    </message>
    <message>
        <source>Give a subscribed feed a login (HTTP Basic or a token), or forget it.</source>
        <translation>Donner un identifiant à un flux abonné (HTTP Basic ou un jeton), ou l’oublier.</translation>
    </message>
    <message>
        <source>list: print the accounts as JSON; add, remove and login: print the outcome as JSON.</source>
        <translation>list&#xa0;: afficher les comptes en JSON&#xa0;; add, remove et login&#xa0;: afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>--json cannot share standard output with the OPML document: give a file to export to.</source>
        <translation>--json ne peut pas partager la sortie standard avec le document OPML&#xa0;: indiquez un fichier où exporter.</translation>
    </message>
    <message>
        <source>Pause download N (its number in the list); what it got is kept.</source>
        <translation>Mettre en pause le téléchargement N (son numéro dans la liste)&#xa0;; ce qui est déjà reçu est conservé.</translation>
    </message>
    <message>
        <source>Queue paused download N again.</source>
        <translation>Remettre en file le téléchargement N en pause.</translation>
    </message>
    <message>
        <source>Queue failed download N again.</source>
        <translation>Remettre en file le téléchargement N qui a échoué.</translation>
    </message>
    <message>
        <source>Cancel download N and delete its partial file.</source>
        <translation>Annuler le téléchargement N et supprimer son fichier partiel.</translation>
    </message>
    <message>
        <source>Give one of --folder, --pause, --resume, --retry or --cancel at a time.</source>
        <translation>Indiquez une seule option à la fois parmi --folder, --pause, --resume, --retry ou --cancel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a download number; &apos;freshet downloads&apos; lists them.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléchargement&#xa0;; «&#xa0;freshet downloads&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>It continues with the next refresh or in the window; &apos;freshet download ITEM_ID&apos; runs it now.</source>
        <translation>Il reprendra à la prochaine actualisation ou dans la fenêtre&#xa0;; «&#xa0;freshet download ITEM_ID&#xa0;» le lance tout de suite.</translation>
    </message>
    <message>
        <source>The address of the feed to change.</source>
        <translation>L’adresse du flux à modifier.</translation>
    </message>
    <message>
        <source>Its new address (it is fetched from there at the next refresh).</source>
        <translation>Sa nouvelle adresse (il y sera récupéré à la prochaine actualisation).</translation>
    </message>
    <message>
        <source>Put it in this folder (&quot;/&quot; nests; empty: none).</source>
        <translation>Le mettre dans ce dossier («&#xa0;/&#xa0;» imbrique&#xa0;; vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>Check it every MINUTES, or &quot;auto&quot; as the feed and its new items suggest.</source>
        <translation>Le vérifier toutes les MINUTES minutes, ou «&#xa0;auto&#xa0;» selon ce que suggèrent le flux et ses nouveaux articles.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Change a feed&apos;s address, folder or how often it is checked.</source>
        <translation>Modifier l’adresse, le dossier ou la fréquence de vérification d’un flux.</translation>
    </message>
    <message>
        <source>new PATH, rename PATH NAME, or delete PATH. PATH nests with &quot;/&quot;.</source>
        <translation>new CHEMIN, rename CHEMIN NOM, ou delete CHEMIN. CHEMIN imbrique avec «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>delete: unsubscribe from the folder&apos;s feeds too, with their items (without it they move up a level).</source>
        <translation>delete&#xa0;: se désabonner aussi des flux du dossier, avec leurs articles (sans cela, ils remontent d’un niveau).</translation>
    </message>
    <message>
        <source>Say what to do: new, rename or delete.</source>
        <translation>Dites quoi faire&#xa0;: new, rename ou delete.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use new, rename or delete.</source>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez new, rename ou delete.</translation>
    </message>
    <message>
        <source>Keep read items this many days (30 or 30d), or forever.</source>
        <translation>Garder les articles lus ce nombre de jours (30 ou 30d), ou pour toujours (forever).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Remove the read items the setting no longer keeps now, not after the next refresh.</source>
        <translation>Supprimer maintenant les articles lus que le réglage ne garde plus, sans attendre la prochaine actualisation.</translation>
    </message>
    <message>
        <source>Print the setting and what was removed as JSON.</source>
        <translation>Afficher le réglage et ce qui a été supprimé en JSON.</translation>
    </message>
    <message>
        <source>Read items are kept for ever.</source>
        <translation>Les articles lus sont gardés pour toujours.</translation>
    </message>
    <message numerus="yes">
        <source>Read items are kept for %n day(s).</source>
        <translation>
            <numerusform>Les articles lus sont gardés %n jour.</numerusform>
            <numerusform>Les articles lus sont gardés %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>--keep-read takes a number of days up to 3650 (30 or 30d), or forever.</source>
        <translation>--keep-read attend un nombre de jours jusqu’à 3650 (30 ou 30d), ou forever.</translation>
    </message>
    <message>
        <source>Never removed: unread and starred items, items with a download, and a sync account&apos;s (its server keeps its own).</source>
        <translation>Jamais supprimés&#xa0;: les articles non lus et favoris, ceux qui ont un téléchargement, et ceux d’un compte synchronisé (son serveur a ses propres règles).</translation>
    </message>
    <message>
        <source>Nothing to remove: every read item is kept.</source>
        <translation>Rien à supprimer&#xa0;: tous les articles lus sont gardés.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than %1; %2 freed.</source>
        <translation>
            <numerusform>%n article lu antérieur au %1 supprimé&#xa0;; %2 libérés.</numerusform>
            <numerusform>%n articles lus antérieurs au %1 supprimés&#xa0;; %2 libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed after each refresh; --now removes them at once.</source>
        <translation>Ils sont supprimés après chaque actualisation&#xa0;; --now les supprime tout de suite.</translation>
    </message>
    <message>
        <source>Show or change how long read items are kept, or apply it now.</source>
        <translation>Afficher ou changer combien de temps les articles lus sont gardés, ou l’appliquer maintenant.</translation>
    </message>
    <message>
        <source>A folder of this sync account&apos;s (on its server) instead of this device&apos;s.</source>
        <translation>Un dossier de ce compte synchronisé (sur son serveur) au lieu d’un dossier de cet appareil.</translation>
    </message>
    <message>
        <source>Make, rename or delete a folder of this device&apos;s feeds or of a sync account&apos;s.</source>
        <translation>Créer, renommer ou supprimer un dossier des flux de cet appareil ou d’un compte synchronisé.</translation>
    </message>
    <message>
        <source>add PROTOCOL URL, list, remove NAME, or login NAME. PROTOCOL is ttrss (Tiny Tiny RSS) or greader (Google Reader API: FreshRSS, Miniflux).</source>
        <translation>add PROTOCOLE URL, list, remove NOM ou login NOM. PROTOCOLE est ttrss (Tiny Tiny RSS) ou greader (API Google Reader{N}: FreshRSS, Miniflux).</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>From this device the address answers: %1</source>
        <translation>Depuis cet appareil, l’adresse répond&#xa0;: %1</translation>
    </message>
    <message>
        <source>new data</source>
        <translation>nouvelles données</translation>
    </message>
    <message>
        <source>no new data</source>
        <translation>pas de nouvelles données</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>an account&apos;s last sync: its time, then how it ended</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>synced through the account “%1”, last sync: %2</source>
        <translation>synchronisé par le compte «&#xa0;%1&#xa0;», dernière synchronisation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Subscribe this sync account to the feeds, on its server, instead of this device.</source>
        <translation>Abonner ce compte synchronisé aux flux, sur son serveur, au lieu de cet appareil.</translation>
    </message>
    <message>
        <source>Subscribing account “%1”: %2 of %3</source>
        <translation>Abonnement du compte «&#xa0;%1&#xa0;»&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>The feeds and their articles come with the account&apos;s next sync: freshet sync --account %1</source>
        <translation>Les flux et leurs articles arrivent avec la prochaine synchronisation du compte&#xa0;: freshet sync --account %1</translation>
    </message>
    <message>
        <source>read, unread, star, unstar, publish or unpublish (a Tiny Tiny RSS account&apos;s public feed).</source>
        <translation>read, unread, star, unstar, publish ou unpublish (le flux public d’un compte Tiny Tiny RSS).</translation>
    </message>
    <message>
        <source>“%1” is not a mark: use read, unread, star, unstar, publish or unpublish.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une marque&#xa0;: utilisez read, unread, star, unstar, publish ou unpublish.</translation>
    </message>
    <message>
        <source>Mark items read or unread, starred or not (on a sync account too), published or not.</source>
        <translation>Marquer des articles lus ou non lus, favoris ou non (aussi sur un compte synchronisé), publiés ou non.</translation>
    </message>
    <message>
        <source>Some items are not searchable yet: %1</source>
        <translation>Certains articles ne sont pas encore consultables par la recherche : %1</translation>
    </message>
</context>
<context>
    <name>freshet::ControlDownloadMessages</name>
    <message>
        <source>Download %1 is paused.</source>
        <translation>Le téléchargement %1 est en pause.</translation>
    </message>
    <message>
        <source>Download %1 is queued again.</source>
        <translation>Le téléchargement %1 est de nouveau en file.</translation>
    </message>
    <message>
        <source>Download %1 is cancelled and its partial file deleted.</source>
        <translation>Le téléchargement %1 est annulé et son fichier partiel supprimé.</translation>
    </message>
    <message>
        <source>There is no download %1.</source>
        <translation>Le téléchargement %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>freshet::DatabaseMessages</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Impossible de lire la version du schéma de la base de données.</translation>
    </message>
    <message>
        <source>This database was written by a newer Freshet (schema %1; this one knows %2). Update Freshet to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Freshet (schéma %1&#xa0;; celle-ci ne connaît que jusqu’au %2). Mettez Freshet à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Missing schema migration %1.</source>
        <translation>Migration de schéma %1 manquante.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Échec de la migration de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was changed.</source>
        <translation>La base de données est en lecture seule&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database is busy in another Freshet process: nothing was changed. Try again in a moment.</source>
        <translation>La base de données est occupée par un autre processus Freshet&#xa0;: rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Freshet database: %1</source>
        <translation>Le fichier de base de données est endommagé ou n’est pas une base de données Freshet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: it would leave rows pointing at nothing.</source>
        <translation>Échec de la migration de schéma %1&#xa0;: elle laisserait des lignes faisant référence à des données inexistantes.</translation>
    </message>
    <message>
        <source>The disk holding your profile is full: nothing was changed. Free some space and try again.</source>
        <translation>Le disque qui contient votre profil est plein&#xa0;: rien n’a été modifié. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The database is damaged (part of the file cannot be read); Freshet left it as it is. Run “freshet repair” to keep a copy of it and rebuild what can still be read.</source>
        <translation>La base de données est endommagée (une partie du fichier est illisible)&#xa0;; Freshet l’a laissée telle quelle. Lancez «&#xa0;freshet repair&#xa0;» pour en garder une copie et reconstruire ce qui peut encore être lu.</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time Left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadManagerMessages</name>
    <message>
        <source>Item %1 does not exist or has no enclosure to download.</source>
        <translation>L’article %1 n’existe pas ou n’a pas de pièce jointe à télécharger.</translation>
    </message>
    <message>
        <source>There is no download %1.</source>
        <translation>Le téléchargement %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 Resuming…</source>
        <translation>%1 Reprise en cours…</translation>
    </message>
    <message>
        <source>The downloads database is not open.</source>
        <translation>La base de données des téléchargements n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading %1; pause or cancel it there, or wait until it is done.</source>
        <translation>Un autre processus Freshet télécharge %1&#xa0;; mettez-le en pause ou annulez-le là-bas, ou attendez qu’il ait fini.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadMessages</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The enclosure&apos;s address is not a web address, so it cannot be downloaded.</source>
        <translation>L’adresse de la pièce jointe n’est pas une adresse web, elle ne peut donc pas être téléchargée.</translation>
    </message>
    <message>
        <source>The enclosure&apos;s address is a %1: address, not http or https, so it cannot be downloaded.</source>
        <translation>L’adresse de la pièce jointe est une adresse %1:, pas http ou https, elle ne peut donc pas être téléchargée.</translation>
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
        <translation>%1 téléchargé dans %2</translation>
    </message>
    <message>
        <source>The download was removed while it ran.</source>
        <translation>Le téléchargement a été supprimé pendant qu’il s’exécutait.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading this file; try again when it is done.</source>
        <translation>Un autre processus Freshet télécharge ce fichier&#xa0;; réessayez lorsqu’il aura terminé.</translation>
    </message>
    <message>
        <source>The download stopped: %1 The partial file %2 was kept; downloading it again resumes from there.</source>
        <translation>Le téléchargement s’est arrêté&#xa0;: %1 Le fichier partiel %2 a été conservé&#xa0;; le télécharger de nouveau reprend à partir de là.</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsController</name>
    <message>
        <source>Downloaded %1.</source>
        <translation>%1 téléchargé.</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Échec du téléchargement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Downloads…</source>
        <translation>&amp;Téléchargements…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Download &amp;Enclosure</source>
        <translation>Télécharger la &amp;pièce jointe</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>&amp;Automatic Downloads…</source>
        <translation>Téléchargements &amp;automatiques…</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s): %p%</source>
        <translation>
            <numerusform>%n téléchargement&#xa0;: %p%</numerusform>
            <numerusform>%n téléchargements&#xa0;: %p%</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2, %3/s. Ctrl+Shift+D shows the downloads.</source>
        <translation>%1 sur %2, %3/s. Ctrl+Shift+D affiche les téléchargements.</translation>
    </message>
    <message>
        <source>Choose a feed first.</source>
        <translation>Choisissez d’abord un flux.</translation>
    </message>
    <message>
        <source>Downloads are unavailable: %1</source>
        <translation>Les téléchargements sont indisponibles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsDialog</name>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application ne peut ouvrir %1.</translation>
    </message>
    <message>
        <source>Change Fol&amp;der…</source>
        <translation>&amp;Changer de dossier…</translation>
    </message>
    <message>
        <source>Finished downloads go to %1</source>
        <translation>Les téléchargements terminés sont enregistrés dans %1</translation>
    </message>
    <message>
        <source>Folder for Downloads</source>
        <translation>Dossier des téléchargements</translation>
    </message>
</context>
<context>
    <name>freshet::DownloadsFolderMessages</name>
    <message>
        <source>Downloads go to %1</source>
        <translation>Les téléchargements sont enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedDialog</name>
    <message>
        <source>Edit Feed</source>
        <translation>Modifier le flux</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Automatically (as the feed and its new items suggest)</source>
        <translation>Automatiquement (selon le flux et ses nouveaux articles)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les heures</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Edit &amp;Login…</source>
        <translation>Modifier les &amp;identifiants…</translation>
    </message>
    <message>
        <source>This feed comes through the account “%1”: its name and folder change on its server too, and its address and schedule are the server&apos;s.</source>
        <translation>Ce flux vient du compte «&#xa0;%1&#xa0;»&#xa0;: son nom et son dossier changent aussi sur son serveur, et son adresse et son calendrier sont ceux du serveur.</translation>
    </message>
</context>
<context>
    <name>freshet::EditFeedMessages</name>
    <message>
        <source>“%1” is not an address Freshet can fetch: it needs http:// or https:// and a host.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse que Freshet peut récupérer&#xa0;: il faut http:// ou https:// et un hôte.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>%1 comes through the account “%2”: its address and schedule are its server&apos;s, and only its name and folder can be changed here.</source>
        <translation>%1 vient du compte «&#xa0;%2&#xa0;»&#xa0;: son adresse et son calendrier sont ceux de son serveur, et seuls son nom et son dossier peuvent changer ici.</translation>
    </message>
</context>
<context>
    <name>freshet::ExportOpmlMessages</name>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n flux exporté vers %1</numerusform>
            <numerusform>%n flux exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Freshet subscriptions</source>
        <translation>Abonnements Freshet</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDiscovery</name>
    <message>
        <source>No feed found at %1: it is neither a feed nor a page that links to one.</source>
        <translation>Aucun flux trouvé à l’adresse %1&#xa0;: ce n’est ni un flux ni une page qui renvoie vers un flux.</translation>
    </message>
    <message>
        <source>Nothing could be read from %1: %2</source>
        <translation>Impossible de lire quoi que ce soit depuis %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDownloadMessages</name>
    <message>
        <source>Saved the feed&apos;s automatic downloads.</source>
        <translation>Téléchargements automatiques du flux enregistrés.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedDownloadsDialog</name>
    <message>
        <source>Download new enclosures &amp;automatically</source>
        <translation>Télécharger &amp;automatiquement les nouvelles pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Skip files larger than</source>
        <translation>&amp;Ignorer les fichiers de plus de</translation>
    </message>
    <message>
        <source>Only on &amp;unmetered networks</source>
        <translation>Uniquement sur les réseaux &amp;non limités</translation>
    </message>
    <message>
        <source>Automatic Downloads: %1</source>
        <translation>Téléchargements automatiques&#xa0;: %1</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Only items that arrive from now on are downloaded.</source>
        <translation>Seuls les articles reçus à partir de maintenant sont téléchargés.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedListModel</name>
    <message>
        <source>All items</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>Désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Dernière erreur (%1)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>last fetch failed</source>
        <translation>échec de la dernière récupération</translation>
    </message>
    <message>
        <source>Synced through the account “%1”</source>
        <translation>Synchronisé via le compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>freshet::FeedLoginFlow</name>
    <message>
        <source>Feed Login</source>
        <translation>Connexion au flux</translation>
    </message>
</context>
<context>
    <name>freshet::FeedLoginMessages</name>
    <message>
        <source>That feed is no longer subscribed.</source>
        <translation>Ce flux n’est plus suivi.</translation>
    </message>
    <message>
        <source>Saved the login of %1.</source>
        <translation>Identifiant de %1 enregistré.</translation>
    </message>
    <message>
        <source>%1 has no login: nothing was changed.</source>
        <translation>%1 n’a pas d’identifiant&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Forgot the login of %1.</source>
        <translation>Identifiant de %1 oublié.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2 unread</source>
        <translation>%1, dont %2 non lus</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>Last fetch:</source>
        <translation>Dernière récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Never fetched yet</source>
        <translation>Jamais récupéré</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Statut HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>%n échec consécutif.</numerusform>
            <numerusform>%n échecs consécutifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Next check:</source>
        <translation>Prochaine vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Never: %1</source>
        <translation>Jamais&#xa0;: %1</translation>
    </message>
    <message>
        <source>With the next sync of “%1”</source>
        <translation>À la prochaine synchronisation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FeedRenameMessages</name>
    <message>
        <source>The server of account “%1” cannot rename feeds, so the new name is kept on this device only.</source>
        <translation>Le serveur du compte «&#xa0;%1&#xa0;» ne sait pas renommer les flux&#xa0;: le nouveau nom n’est gardé que sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedStoreMessages</name>
    <message>
        <source>Already subscribed to %1</source>
        <translation>Déjà abonné à %1</translation>
    </message>
    <message>
        <source>The new feed could not be read back.</source>
        <translation>Le nouveau flux n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>The feed is no longer subscribed.</source>
        <translation>Le flux n’est plus suivi.</translation>
    </message>
    <message>
        <source>Already subscribed to %1.</source>
        <translation>Déjà abonné à %1.</translation>
    </message>
    <message>
        <source>its address changed</source>
        <translation>son adresse a changé</translation>
    </message>
    <message numerus="yes">
        <source>its interval was set to %n minute(s)</source>
        <translation>
            <numerusform>son intervalle a été fixé à %n minute</numerusform>
            <numerusform>son intervalle a été fixé à %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a feed of this device can be edited here; a sync account&apos;s are its server&apos;s.</source>
        <translation>Seul un flux de cet appareil peut être modifié ici&#xa0;; ceux d’un compte synchronisé sont ceux de son serveur.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedTitleMessages</name>
    <message>
        <source>The feed could not be renamed: %1</source>
        <translation>Le flux n’a pas pu être renommé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The feed could not be renamed: it is no longer subscribed.</source>
        <translation>Le flux n’a pas pu être renommé&#xa0;: vous n’y êtes plus abonné.</translation>
    </message>
</context>
<context>
    <name>freshet::FeedUpdateMessages</name>
    <message>
        <source>disabled: %1</source>
        <translation>désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same document as last time; not parsed.</source>
        <translation>Même document que la dernière fois&#xa0;; non analysé.</translation>
    </message>
    <message>
        <source>The document is not a feed I can read: %1</source>
        <translation>Le document n’est pas un flux lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only part of the document could be read: %1</source>
        <translation>Seule une partie du document a pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Échec de l’enregistrement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FeedUrlMessages</name>
    <message>
        <source>The feed address is empty.</source>
        <translation>L’adresse du flux est vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: only http and https feeds can be fetched.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: seuls les flux http et https peuvent être récupérés.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a user name or password; add the feed without them and give the login when Freshet asks, so it is kept in the keychain.</source>
        <translation>«&#xa0;%1&#xa0;» contient un nom d’utilisateur ou un mot de passe&#xa0;; ajoutez le flux sans ces informations et saisissez vos identifiants lorsque Freshet les demande, afin qu’ils soient conservés dans le trousseau.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: an address has no spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: une adresse ne contient pas d’espaces.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address: a host name has a dot, as in example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: un nom d’hôte contient un point, comme example.org.</translation>
    </message>
    <message>
        <source>The address starting &apos;%1…&apos; is longer than 8 KB, which no feed address is.</source>
        <translation>L’adresse commençant par «&#xa0;%1…&#xa0;» dépasse 8 Ko, ce qu’aucune adresse de flux ne fait.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains bytes that are not valid UTF-8 text; copy the address again from its source.</source>
        <translation>«&#xa0;%1&#xa0;» contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; copiez à nouveau l’adresse depuis sa source.</translation>
    </message>
</context>
<context>
    <name>freshet::FetchLogDialog</name>
    <message>
        <source>Fetch Log</source>
        <translation>Journal des récupérations</translation>
    </message>
    <message>
        <source>Fetch runs</source>
        <translation>Récupérations effectuées</translation>
    </message>
    <message>
        <source>When / feed</source>
        <translation>Quand / flux</translation>
    </message>
    <message>
        <source>Trigger / outcome</source>
        <translation>Déclencheur / issue</translation>
    </message>
    <message>
        <source>Result / HTTP</source>
        <translation>Résultat / HTTP</translation>
    </message>
    <message>
        <source>New items</source>
        <translation>Nouveaux articles</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>freshet::FetchLogMessages</name>
    <message>
        <source>The fetch log cannot be read: %1</source>
        <translation>Le journal des récupérations ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::FetchReport</name>
    <message>
        <source>Did not finish</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>New data</source>
        <translation>Nouvelles données</translation>
    </message>
    <message>
        <source>No new data</source>
        <translation>Aucune nouvelle donnée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 attempted, %2 updated, %3 not modified, %4 failed, %5 skipped</source>
        <translation>tentés&#xa0;: %1, mis à jour&#xa0;: %2, non modifiés&#xa0;: %3, en échec&#xa0;: %4, ignorés&#xa0;: %5</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n updated item(s)</source>
        <translation>
            <numerusform>%n article modifié</numerusform>
            <numerusform>%n articles modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The deadline was reached; unfinished feeds will be fetched next time.</source>
        <translation>Le délai a été atteint&#xa0;; les flux non terminés seront récupérés la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline reached</source>
        <translation>délai atteint</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Background refresh is off.</source>
        <translation>L’actualisation en arrière-plan est désactivée.</translation>
    </message>
    <message>
        <source>Background refresh: %1</source>
        <translation>Actualisation en arrière-plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>System</source>
        <comment>fetch trigger: the operating system&apos;s background task</comment>
        <translation>Système</translation>
    </message>
    <message>
        <source>Timer</source>
        <comment>fetch trigger: Freshet&apos;s own schedule while it runs</comment>
        <translation>Minuterie</translation>
    </message>
    <message>
        <source>Push</source>
        <comment>fetch trigger: a push notification</comment>
        <translation>Push</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>fetch trigger: Refresh All</comment>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Simulated</source>
        <comment>fetch trigger: Debug &gt; Simulate Background Fetch</comment>
        <translation>Simulé</translation>
    </message>
    <message>
        <source>Command line</source>
        <comment>fetch trigger: freshet fetch</comment>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Not modified</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a feed&apos;s outcome</comment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>a feed&apos;s outcome: never fetched again (410 Gone)</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Took %1 s of the %2 s budget, using %3 of CPU.</source>
        <translation>%1 s utilisées sur un budget de %2 s, avec %3 de processeur.</translation>
    </message>
    <message>
        <source>Took %1 s, using %2 of CPU.</source>
        <translation>%1 s utilisées, avec %2 de processeur.</translation>
    </message>
    <message>
        <source>Received %1 in %2 s of the %3 s budget, using %4 of CPU.</source>
        <translation>%1 reçus en %2 s sur un budget de %3 s, avec %4 de processeur.</translation>
    </message>
    <message>
        <source>Received %1 in %2 s, using %3 of CPU.</source>
        <translation>%1 reçus en %2 s, avec %3 de processeur.</translation>
    </message>
    <message>
        <source>%1 CPU, %2</source>
        <translation>%1 processeur, %2</translation>
    </message>
    <message numerus="yes">
        <source>Refreshes in the last 24 hours: %n run(s), %1.</source>
        <translation>
            <numerusform>Actualisations des dernières 24 heures&#xa0;: %n passage, %1.</numerusform>
            <numerusform>Actualisations des dernières 24 heures&#xa0;: %n passages, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FetchService</name>
    <message>
        <source>The server closed the connection before the whole document arrived.</source>
        <translation>Le serveur a fermé la connexion avant la réception complète du document.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The host name could not be found (%1).</source>
        <translation>Le nom d’hôte est introuvable (%1).</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent a compressed document that is corrupt or expands far too much.</source>
        <translation>Le serveur a envoyé un document compressé corrompu ou bien trop volumineux une fois décompressé.</translation>
    </message>
    <message>
        <source>Not started: the time for this refresh ran out.</source>
        <translation>Non démarré&#xa0;: le temps imparti à cette actualisation est écoulé.</translation>
    </message>
    <message>
        <source>Stopped: the time for this refresh ran out.</source>
        <translation>Arrêté&#xa0;: le temps imparti à cette actualisation est écoulé.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Aucune réponse complète en %1 secondes.</translation>
    </message>
    <message>
        <source>The document is larger than %1 MB; it was not read.</source>
        <translation>Le document dépasse %1 Mo&#xa0;; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to an unusable address.</source>
        <translation>Redirection HTTP %1 vers une adresse inutilisable.</translation>
    </message>
    <message>
        <source>The address redirects in a loop (back to %1).</source>
        <translation>L’adresse redirige en boucle (retour à %1).</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Plus de %1 redirections.</translation>
    </message>
    <message>
        <source>The publisher removed this feed (HTTP 410 Gone).</source>
        <translation>L’éditeur a supprimé ce flux (HTTP 410 Gone).</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429).</source>
        <translation>Le serveur demande de ralentir (HTTP 429).</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP 503).</source>
        <translation>Le serveur est indisponible (HTTP 503).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>Le serveur a répondu HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The server redirected this feed from https to an insecure address (%1); it was not followed and the feed keeps its address, so subscribe to the new one yourself only if you trust it.</source>
        <translation>Le serveur a redirigé ce flux de https vers une adresse non sécurisée (%1)&#xa0;; la redirection n’a pas été suivie et le flux garde son adresse. Abonnez-vous vous-même à la nouvelle seulement si vous lui faites confiance.</translation>
    </message>
</context>
<context>
    <name>freshet::FolderMessages</name>
    <message>
        <source>%1 is a file, not a folder; choose a folder for downloads.</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;; choisissez un dossier pour les téléchargements.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier %1&#xa0;; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1; choose a folder you can write to.</source>
        <translation>Impossible d’écrire dans le dossier %1&#xa0;; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Made the folder “%1”.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé&#xa0;; son flux (%n) remonte d’un niveau.</numerusform>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé&#xa0;; ses %n flux remontent d’un niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed from its %n feed(s).</source>
        <translation>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé et abonnement à son flux (%n) résilié.</numerusform>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé et abonnements à ses %n flux résiliés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password or token could not be deleted from the keychain: %1</source>
        <translation>Un mot de passe ou un jeton n’a pas pu être supprimé du trousseau&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders.</source>
        <translation>
            <numerusform>%n flux sorti de son dossier.</numerusform>
            <numerusform>%n flux sortis de leurs dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1”.</source>
        <translation>
            <numerusform>%n flux déplacé dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n flux déplacés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::FolderStoreMessages</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a folder “%1”.</source>
        <translation>Il existe déjà un dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A folder cannot go inside itself.</source>
        <translation>Un dossier ne peut pas se trouver dans lui-même.</translation>
    </message>
    <message>
        <source>There is no folder “%1” any more.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
</context>
<context>
    <name>freshet::HttpGetMessages</name>
    <message>
        <source>Only http and https downloads are supported, not &quot;%1&quot;.</source>
        <translation>Seuls les téléchargements http et https sont pris en charge, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server redirected (%1) without saying where to.</source>
        <translation>Le serveur a redirigé (%1) sans indiquer vers où.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Le serveur a redirigé plus de %1 fois.</translation>
    </message>
    <message>
        <source>The server&apos;s redirects go round in a loop.</source>
        <translation>Les redirections du serveur tournent en boucle.</translation>
    </message>
    <message>
        <source>The server redirected from https to an insecure address; not followed.</source>
        <translation>Le serveur a redirigé de https vers une adresse non sécurisée&#xa0;; redirection non suivie.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The connection was closed before the whole file arrived.</source>
        <translation>La connexion a été fermée avant l’arrivée du fichier entier.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing arrived from %1 for %2 seconds.</source>
        <translation>Rien n’est arrivé de %1 depuis %2 secondes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid HTTP: %1</source>
        <translation>La réponse du serveur n’est pas du HTTP valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The proxy refused to connect to %1 (HTTP %2).</source>
        <translation>Le proxy a refusé de se connecter à %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Downloads need libcurl (libcurl.so.4), which could not be loaded: %1</source>
        <translation>Les téléchargements ont besoin de libcurl (libcurl.so.4), qui n’a pas pu être chargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlMessages</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n flux importé</numerusform>
            <numerusform>%n flux importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n déjà abonné</numerusform>
            <numerusform>%n déjà abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ImportOpmlToAccountMessages</name>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed account “%1” to %n feed(s) of %2</source>
        <translation>
            <numerusform>Compte «&#xa0;%1&#xa0;» abonné à %n flux de %2</numerusform>
            <numerusform>Compte «&#xa0;%1&#xa0;» abonné à %n flux de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n déjà abonné</numerusform>
            <numerusform>%n déjà abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import stopped at %1: %2</source>
        <translation>L’importation s’est arrêtée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the server refused it: %2</source>
        <translation>%1&#xa0;: le serveur l’a refusé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::InstanceServerMessages</name>
    <message>
        <source>Freshet is already running on this profile.</source>
        <translation>Freshet est déjà en cours d’exécution sur ce profil.</translation>
    </message>
    <message>
        <source>Cannot listen for background runs (%1): %2</source>
        <translation>Impossible de recevoir les demandes de récupération en arrière-plan (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::ItemSorting</name>
    <message>
        <source>Preparing the order by author…</source>
        <translation>Préparation du tri par auteur…</translation>
    </message>
    <message>
        <source>Preparing the order by title…</source>
        <translation>Préparation du tri par titre…</translation>
    </message>
    <message>
        <source>Could not prepare the order by author: %1</source>
        <translation>Impossible de préparer le tri par auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not prepare the order by title: %1</source>
        <translation>Impossible de préparer le tri par titre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::ItemTableModel</name>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>freshet::ItemView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Select an item to read it.</source>
        <translation>Sélectionnez un article pour le lire.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Welcome to Freshet</source>
        <translation>Bienvenue dans Freshet</translation>
    </message>
    <message>
        <source>You have no feeds yet. Freshet keeps them fresh in the background, so the latest items are already here when you open it.</source>
        <translation>Vous n’avez encore aucun flux. Freshet les actualise en arrière-plan&#xa0;: les derniers articles sont déjà là quand vous l’ouvrez.</translation>
    </message>
    <message>
        <source>File &gt; Add Feed (Ctrl+N): the address of a feed, or of a web page that has one.</source>
        <translation>Fichier &gt; Ajouter un flux (Ctrl+N)&#xa0;: l’adresse d’un flux, ou d’une page web qui en propose un.</translation>
    </message>
    <message>
        <source>File &gt; Import OPML (Ctrl+I): the subscriptions exported by another feed reader.</source>
        <translation>Fichier &gt; Importer un fichier OPML (Ctrl+I)&#xa0;: les abonnements exportés par un autre lecteur de flux.</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts (F1) lists every command.</source>
        <translation>Aide &gt; Raccourcis clavier (F1) liste toutes les commandes.</translation>
    </message>
    <message>
        <source>This image is larger than %1 MB, so it was not loaded; open the article in the browser to see it.</source>
        <translation>Cette image dépasse %1 Mo, elle n’a donc pas été chargée&#xa0;; ouvrez l’article dans le navigateur pour la voir.</translation>
    </message>
</context>
<context>
    <name>freshet::KeychainMessages</name>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. Unlock the login keychain (Keychain Access) and try again.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: Freshet conserve les mots de passe uniquement dans le trousseau du système. Déverrouillez le trousseau «&#xa0;session&#xa0;» (Keychain Access) et réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. Windows Credential Manager must be running.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: Freshet conserve les mots de passe uniquement dans le trousseau du système. Windows Credential Manager doit être en cours d’exécution.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the Android keystore, which did not answer.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: Freshet conserve les mots de passe uniquement dans le magasin de clés Android, qui n’a pas répondu.</translation>
    </message>
    <message>
        <source>No keychain is available: Freshet stores passwords only in the system keychain. On Linux install and unlock GNOME Keyring or KWallet (a Secret Service, for example &apos;apt install gnome-keyring&apos;), in a session with a D-Bus session bus, and try again.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: Freshet conserve les mots de passe uniquement dans le trousseau du système. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (un Secret Service, par exemple &apos;apt install gnome-keyring&apos;), dans une session disposant d’un bus de session D-Bus, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no password or token for this feed; set the login again.</source>
        <translation>Le trousseau ne contient ni mot de passe ni jeton pour ce flux&#xa0;; saisissez à nouveau les identifiants.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so the login could not be used or saved.</source>
        <translation>L’accès au trousseau a été refusé&#xa0;; les identifiants n’ont donc pas pu être utilisés ni enregistrés.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access; unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès&#xa0;; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored login.</source>
        <translation>Le trousseau n’a pas pu supprimer les identifiants enregistrés.</translation>
    </message>
    <message>
        <source>The keychain failed.</source>
        <translation>Le trousseau a rencontré une erreur.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Message du trousseau&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>freshet::LaunchAgentMessages</name>
    <message>
        <source>launchctl %1 failed: %2</source>
        <translation>Échec de launchctl %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>LaunchAgent</source>
        <translation>LaunchAgent</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>LaunchAgent %1</source>
        <translation>LaunchAgent %1</translation>
    </message>
    <message>
        <source>no LaunchAgent</source>
        <translation>aucun LaunchAgent</translation>
    </message>
</context>
<context>
    <name>freshet::LoginAccountMessages</name>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Logged in to account “%1”.</source>
        <translation>Connecté au compte «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>freshet::LoginDialog</name>
    <message>
        <source>Feed Login</source>
        <translation>Connexion au flux</translation>
    </message>
    <message>
        <source>This feed needs a login: %1</source>
        <translation>Ce flux exige une connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stored login was refused by %1. Enter it again:</source>
        <translation>Les identifiants enregistrés ont été refusés par %1. Saisissez-les à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Login for %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>The password or token is kept in the system keychain, never in Freshet&apos;s own files.</source>
        <translation>Le mot de passe ou le jeton est conservé dans le trousseau du système, jamais dans les fichiers de Freshet.</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Token (Bearer)</source>
        <translation>Jeton (Bearer)</translation>
    </message>
    <message>
        <source>Kind of login</source>
        <translation>Type de connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
</context>
<context>
    <name>freshet::MainWindow</name>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Rechercher dans les titres et le texte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l’actualisation</translation>
    </message>
    <message>
        <source>A refresh is already running.</source>
        <translation>Une actualisation est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Actualisation de %n flux…</numerusform>
            <numerusform>Actualisation de %n flux…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing %1 of %2 feeds</source>
        <translation>Actualisation&#xa0;: %1 flux sur %2</translation>
    </message>
    <message>
        <source>Simulated background fetch</source>
        <translation>Récupération en arrière-plan simulée</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Mis à jour à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Mis à jour il y a %n min</numerusform>
            <numerusform>Mis à jour il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exporter en OPML…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Delete Feed…</source>
        <translation>&amp;Supprimer le flux…</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Ar&amp;ticle</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Article &amp;non lu suivant</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Marquer comme &amp;lu/non lu</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Toggle &amp;Star</source>
        <translation>Ajouter aux/retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>&amp;Non lus uniquement</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Freshet</source>
        <translation>À &amp;propos de Freshet</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Simulate &amp;Background Fetch</source>
        <translation>Simuler une récupération en &amp;arrière-plan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Simulate &amp;Push Notification</source>
        <translation>Simuler une notification &amp;push</translation>
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
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>No more unread items.</source>
        <translation>Il n’y a plus d’articles non lus.</translation>
    </message>
    <message>
        <source>No more items.</source>
        <translation>Il n’y a plus d’articles.</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>Importer un fichier OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>Exporter en OPML</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>Fichiers OPML (*.opml)</translation>
    </message>
    <message>
        <source>Delete Feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 and delete its %n item(s)?</source>
        <translation>
            <numerusform>Voulez-vous vous désabonner de %1 et supprimer %n article&#xa0;?</numerusform>
            <numerusform>Voulez-vous vous désabonner de %1 et supprimer ses %n articles&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Load &amp;Images</source>
        <translation>Charger les &amp;images</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Updating the %1…</source>
        <translation>Mise à jour en cours&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed</source>
        <translation>Actualiser pendant que Freshet est fermé</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>Télé&amp;chargements</translation>
    </message>
    <message>
        <source>Edit &amp;Login…</source>
        <translation>&amp;Modifier les identifiants…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Forget Login</source>
        <translation>&amp;Oublier les identifiants</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) synced</source>
        <translation>
            <numerusform>%n article synchronisé</numerusform>
            <numerusform>%n articles synchronisés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n item(s) here?</source>
        <translation>
            <numerusform>Voulez-vous vous désabonner de %1 sur le compte «&#xa0;%2&#xa0;» (pour tous les appareils qui l’utilisent) et supprimer %n article ici&#xa0;?</numerusform>
            <numerusform>Voulez-vous vous désabonner de %1 sur le compte «&#xa0;%2&#xa0;» (pour tous les appareils qui l’utilisent) et supprimer ses %n articles ici&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Feed</source>
        <translation>Renommer le flux</translation>
    </message>
    <message>
        <source>Re&amp;name Feed…</source>
        <translation>Re&amp;nommer le flux…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>%1 is subscribed on “%2”, but its sync did not bring it yet.</source>
        <translation>%1 est abonné sur «&#xa0;%2&#xa0;», mais la synchronisation ne l’a pas encore apporté.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Some entries were skipped; Show Details says why.</source>
        <translation>Certaines entrées ont été ignorées&#xa0;; «&#xa0;Afficher les détails&#xa0;» dit pourquoi.</translation>
    </message>
    <message>
        <source>N</source>
        <comment>the key of Next Unread Item</comment>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n article correspond</numerusform>
            <numerusform>%n articles correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh “%1”: %2 Help &gt; Fetch Log has the details.</source>
        <translation>Impossible d’actualiser «&#xa0;%1&#xa0;»&#xa0;: %2 Aide &gt; Journal des récupérations donne les détails.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n feed(s) asked could be refreshed; Help &gt; Fetch Log says why for each.</source>
        <translation>
            <numerusform>Le flux interrogé n’a pas pu être actualisé&#xa0;; Aide &gt; Journal des récupérations dit pourquoi.</numerusform>
            <numerusform>Aucun des %n flux interrogés n’a pu être actualisé&#xa0;; Aide &gt; Journal des récupérations dit pourquoi pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds were due (next check %1); Refresh All asks every feed anyway.</source>
        <translation>Aucun flux n’était à vérifier (prochaine vérification à %1)&#xa0;; «&#xa0;Tout actualiser&#xa0;» interroge quand même chaque flux.</translation>
    </message>
    <message>
        <source>Next &amp;Feed</source>
        <translation>Flux suiv&amp;ant</translation>
    </message>
    <message>
        <source>Shift+J</source>
        <comment>the key of Next Feed</comment>
        <translation>Shift+J</translation>
    </message>
    <message>
        <source>This is the last feed.</source>
        <translation>C’est le dernier flux.</translation>
    </message>
    <message>
        <source>Previous F&amp;eed</source>
        <translation>Flux précé&amp;dent</translation>
    </message>
    <message>
        <source>Shift+K</source>
        <comment>the key of Previous Feed</comment>
        <translation>Shift+K</translation>
    </message>
    <message>
        <source>This is the first feed.</source>
        <translation>C’est le premier flux.</translation>
    </message>
    <message>
        <source>Fetch &amp;Log…</source>
        <translation>&amp;Journal des récupérations…</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>Tout marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>De&amp;bug</source>
        <translation>&amp;Débogage</translation>
    </message>
    <message>
        <source>Next page of the article; at its end, the next unread item</source>
        <translation>Page suivante de l’article&#xa0;; à la fin, l’article non lu suivant</translation>
    </message>
    <message>
        <source>Previous page of the article</source>
        <translation>Page précédente de l’article</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Premier article</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Dernier article</translation>
    </message>
    <message>
        <source>Next pane: feeds, items, article, search</source>
        <translation>Zone suivante&#xa0;: flux, articles, article, recherche</translation>
    </message>
    <message>
        <source>Refresh &amp;This Feed</source>
        <translation>Actualiser ce flu&amp;x</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Open &amp;Website</source>
        <translation>Ouvrir le site &amp;web</translation>
    </message>
    <message>
        <source>&amp;Copy Feed Address</source>
        <translation>Co&amp;pier l’adresse du flux</translation>
    </message>
    <message>
        <source>Choose a feed in the list first.</source>
        <translation>Choisissez d’abord un flux dans la liste.</translation>
    </message>
    <message>
        <source>This feed names no website.</source>
        <translation>Ce flux n’indique aucun site web.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoo&amp;m arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>New F&amp;older…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Refresh &amp;This Folder</source>
        <translation>Actualiser &amp;ce dossier</translation>
    </message>
    <message>
        <source>Re&amp;name Folder…</source>
        <translation>Re&amp;nommer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nom du nouveau dossier dans «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name of the folder “%1”:</source>
        <translation>Nouveau nom du dossier «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation>Supprimer le dossier vide «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder “%1”? It holds %n feed(s).</source>
        <translation>
            <numerusform>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Il contient %n flux.</numerusform>
            <numerusform>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Il contient %n flux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its feeds can move up a level, or be unsubscribed with all their items.</source>
        <translation>Ses flux peuvent remonter d’un niveau, ou être désabonnés avec tous leurs articles.</translation>
    </message>
    <message>
        <source>Move Feeds Up</source>
        <translation>Remonter les flux</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n Feed(s)</source>
        <translation>
            <numerusform>Se désabonner de %n flux</numerusform>
            <numerusform>Se désabonner de %n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Feeds</source>
        <translation>Déplacer les flux</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation>P&amp;ropriétés…</translation>
    </message>
    <message>
        <source>&amp;Edit Feed…</source>
        <translation>Modi&amp;fier le flux…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit Feed</source>
        <translation>Modifier le flux</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n read item(s) older than the Settings keep them; %1 freed.</source>
        <translation>
            <numerusform>%n article lu plus ancien que ce que gardent les réglages a été supprimé&#xa0;; %1 libérés.</numerusform>
            <numerusform>%n articles lus plus anciens que ce que gardent les réglages ont été supprimés&#xa0;; %1 libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribe the account “%1” to the feeds of %2, on its server?</source>
        <translation>Abonner le compte «&#xa0;%1&#xa0;» aux flux de %2, sur son serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Its server then fetches them for every device that uses it. Or import them to this computer only.</source>
        <translation>Son serveur les récupère alors pour chaque appareil qui l’utilise. Ou importez-les sur cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Into “%1”</source>
        <translation>Dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Importing %1 into “%2”…</source>
        <translation>Importation de %1 dans «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>Subscribing “%1” to feed %2 of %3…</source>
        <translation>Abonnement de «&#xa0;%1&#xa0;» au flux %2 sur %3…</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>P&amp;ublié</translation>
    </message>
    <message>
        <source>Shift+P</source>
        <comment>the key of Published</comment>
        <translation>Shift+P</translation>
    </message>
    <message>
        <source>Put the article in the public feed of its Tiny Tiny RSS account, or take it out</source>
        <translation>Mettre l’article dans le flux public de son compte Tiny Tiny RSS, ou l’en retirer</translation>
    </message>
    <message>
        <source>Indexing articles for search…</source>
        <translation>Indexation des articles pour la recherche…</translation>
    </message>
</context>
<context>
    <name>freshet::MarkAllRead</name>
    <message>
        <source>&amp;Undo Mark All as Read</source>
        <translation>&amp;Annuler «&#xa0;Tout marquer comme lu&#xa0;»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo Mark All as Read</source>
        <translation>Annuler «&#xa0;Tout marquer comme lu&#xa0;»</translation>
    </message>
    <message>
        <source>Mark all %1 unread items of “%2” as read?</source>
        <translation>Marquer comme lus les %1 articles non lus de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Mark all %1 unread items as read?</source>
        <translation>Marquer comme lus les %1 articles non lus&#xa0;?</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Undo Mark All as Read (Ctrl+Z) takes it back.</source>
        <translation>Annuler «&#xa0;Tout marquer comme lu&#xa0;» (Ctrl+Z) revient en arrière.</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lus</translation>
    </message>
</context>
<context>
    <name>freshet::MarkItemsMessages</name>
    <message numerus="yes">
        <source>Marked %n item(s) as read.</source>
        <translation>
            <numerusform>%n article marqué comme lu.</numerusform>
            <numerusform>%n articles marqués comme lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) as unread.</source>
        <translation>
            <numerusform>%n article marqué comme non lu.</numerusform>
            <numerusform>%n articles marqués comme non lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n item(s).</source>
        <translation>
            <numerusform>%n article ajouté aux favoris.</numerusform>
            <numerusform>%n articles ajoutés aux favoris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the star off %n item(s).</source>
        <translation>
            <numerusform>%n article retiré des favoris.</numerusform>
            <numerusform>%n articles retirés des favoris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No item has the id %1: nothing was marked.</source>
        <translation>
            <numerusform>Aucun article n’a l’identifiant %1&#xa0;: rien n’a été marqué.</numerusform>
            <numerusform>Aucun article n’a les identifiants %1&#xa0;: rien n’a été marqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) read again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n article de nouveau lu.</numerusform>
            <numerusform>Annulé&#xa0;: %n articles de nouveau lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) unread again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n article de nouveau non lu.</numerusform>
            <numerusform>Annulé&#xa0;: %n articles de nouveau non lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) starred again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n article de nouveau en favori.</numerusform>
            <numerusform>Annulé&#xa0;: %n articles de nouveau en favoris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) without a star again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n article de nouveau hors favoris.</numerusform>
            <numerusform>Annulé&#xa0;: %n articles de nouveau hors favoris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) in the account&apos;s public feed.</source>
        <translation>
            <numerusform>%n article publié dans le flux public du compte.</numerusform>
            <numerusform>%n articles publiés dans le flux public du compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of the account&apos;s public feed.</source>
        <translation>
            <numerusform>%n article retiré du flux public du compte.</numerusform>
            <numerusform>%n articles retirés du flux public du compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) published again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n article de nouveau publié.</numerusform>
            <numerusform>Annulé&#xa0;: %n articles de nouveau publiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n item(s) out of the public feed again.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n article de nouveau hors du flux public.</numerusform>
            <numerusform>Annulé&#xa0;: %n articles de nouveau hors du flux public.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the articles to publish: a whole feed is not published.</source>
        <translation>Nommez les articles à publier&#xa0;: un flux entier ne se publie pas.</translation>
    </message>
    <message numerus="yes">
        <source>Only the articles of a Tiny Tiny RSS account can be published, in its public feed; %n item(s) are not: %1. Nothing was marked.</source>
        <translation>
            <numerusform>Seuls les articles d’un compte Tiny Tiny RSS peuvent être publiés, dans son flux public&#xa0;; %n article ne l’est pas&#xa0;: %1. Rien n’a été marqué.</numerusform>
            <numerusform>Seuls les articles d’un compte Tiny Tiny RSS peuvent être publiés, dans son flux public&#xa0;; %n articles ne le sont pas&#xa0;: %1. Rien n’a été marqué.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NewItemsBadge</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s): show them</source>
        <translation>
            <numerusform>%n nouvel article&#xa0;: l’afficher</numerusform>
            <numerusform>%n nouveaux articles&#xa0;: les afficher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NoticeMessages</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n feed(s)</source>
        <translation>
            <numerusform>%1 dans %n flux</numerusform>
            <numerusform>%1 dans %n flux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::NotifierMessages</name>
    <message>
        <source>No desktop session bus, so no notification was shown.</source>
        <translation>Aucun bus de session du bureau&#xa0;: aucune notification n’a été affichée.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>The desktop did not show the notification: %1</source>
        <translation>Le bureau n’a pas affiché la notification&#xa0;: %1</translation>
    </message>
    <message>
        <source>This platform shows notifications only from the Freshet window.</source>
        <translation>Sur cette plateforme, les notifications ne sont affichées que depuis la fenêtre Freshet.</translation>
    </message>
</context>
<context>
    <name>freshet::OpmlFileMessages</name>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large to be an OPML subscription list.</source>
        <translation>%1 dépasse %2 Mo, c’est trop pour une liste d’abonnements OPML.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device), so nothing was written; choose a file name.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un dossier, un tube ou un périphérique), rien n’a donc été écrit&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::OpmlMessages</name>
    <message>
        <source>This is not an OPML file (it starts with &lt;%1&gt;).</source>
        <translation>Ce n’est pas un fichier OPML (il commence par &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The outlines are nested more than %1 deep.</source>
        <translation>Les éléments outline sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>Outline &quot;%1&quot; (line %2) has no xmlUrl.</source>
        <translation>L’élément outline «&#xa0;%1&#xa0;» (ligne %2) n’a pas d’attribut xmlUrl.</translation>
    </message>
    <message>
        <source>The OPML file is damaged at line %1, column %2: %3</source>
        <translation>Le fichier OPML est endommagé à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This is not an OPML file: it is empty.</source>
        <translation>Ce n’est pas un fichier OPML&#xa0;: il est vide.</translation>
    </message>
</context>
<context>
    <name>freshet::PullToRefresh</name>
    <message>
        <source>Release to refresh</source>
        <translation>Relâcher pour actualiser</translation>
    </message>
    <message>
        <source>Pull to refresh</source>
        <translation>Tirer pour actualiser</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
</context>
<context>
    <name>freshet::QueueDownloadMessages</name>
    <message>
        <source>Already downloaded: %1</source>
        <translation>Déjà téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic download(s) queued.</source>
        <translation>
            <numerusform>%n téléchargement automatique mis en file.</numerusform>
            <numerusform>%n téléchargements automatiques mis en file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RateLimitMessages</name>
    <message>
        <source>Rate-limited by the server until %1</source>
        <translation>Limité par le serveur jusqu’à %1</translation>
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
        <translation>le serveur a demandé de réessayer dans %1</translation>
    </message>
    <message>
        <source>default interval %1</source>
        <translation>intervalle par défaut de %1</translation>
    </message>
    <message>
        <source>backing off after %1 failures: %2</source>
        <translation>intervalle allongé après des échecs (%1 de suite)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the feed updates every %1</source>
        <translation>le flux est mis à jour toutes les %1</translation>
    </message>
    <message>
        <source>Cache-Control max-age %1</source>
        <translation>Cache-Control max-age %1</translation>
    </message>
    <message>
        <source>the server&apos;s Expires header, in %1</source>
        <translation>l’en-tête Expires du serveur, dans %1</translation>
    </message>
    <message>
        <source>new items about every %1</source>
        <translation>de nouveaux articles environ toutes les %1</translation>
    </message>
    <message>
        <source>checking every %1</source>
        <translation>vérification toutes les %1</translation>
    </message>
    <message>
        <source>the feed asks for %1</source>
        <translation>le flux demande %1</translation>
    </message>
    <message>
        <source>Freshet waits at least %1</source>
        <translation>Freshet attend au moins %1</translation>
    </message>
    <message>
        <source>Freshet checks at least every %1</source>
        <translation>Freshet vérifie au moins toutes les %1</translation>
    </message>
    <message>
        <source>every %1, as set for this feed</source>
        <translation>toutes les %1, comme réglé pour ce flux</translation>
    </message>
</context>
<context>
    <name>freshet::RemoveAccountMessages</name>
    <message numerus="yes">
        <source>Removed the account “%1” and its %n feed(s) from this device; nothing changed on the server.</source>
        <translation>
            <numerusform>Compte «&#xa0;%1&#xa0;» et son %n flux retirés de cet appareil&#xa0;; rien n’a changé sur le serveur.</numerusform>
            <numerusform>Compte «&#xa0;%1&#xa0;» et ses %n flux retirés de cet appareil&#xa0;; rien n’a changé sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its password could not be removed from the keychain: %1</source>
        <translation>Son mot de passe n’a pas pu être effacé du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::RemoveFeedMessages</name>
    <message numerus="yes">
        <source>Removed %1 and its %n item(s).</source>
        <translation>
            <numerusform>%1 supprimé, avec %n article.</numerusform>
            <numerusform>%1 supprimé, avec ses %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its password or token could not be deleted from the keychain: %1</source>
        <translation>Son mot de passe ou jeton n’a pas pu être supprimé du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not unsubscribe from %2; nothing was removed: %3</source>
        <translation>%1 n’a pas pu se désabonner de %2&#xa0;; rien n’a été supprimé&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribed from %1 on account “%2” and removed its %n item(s) here.</source>
        <translation>
            <numerusform>Désabonnement de %1 effectué sur le compte «&#xa0;%2&#xa0;»&#xa0;; %n article supprimé ici.</numerusform>
            <numerusform>Désabonnement de %1 effectué sur le compte «&#xa0;%2&#xa0;»&#xa0;; ses %n articles ont été supprimés ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred item(s) stay under “%1” for as long as the server keeps them starred.</source>
        <translation>
            <numerusform>%n article favori reste sous «&#xa0;%1&#xa0;» tant que le serveur le garde en favori.</numerusform>
            <numerusform>%n articles favoris restent sous «&#xa0;%1&#xa0;» tant que le serveur les garde en favoris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::RenameFeedDialog</name>
    <message>
        <source>Rename Feed</source>
        <translation>Renommer le flux</translation>
    </message>
    <message>
        <source>&amp;Use the Feed&apos;s Own Title</source>
        <translation>&amp;Utiliser le titre du flux</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>freshet::RenameFeedMessages</name>
    <message>
        <source>%1 shows its own title again.</source>
        <translation>%1 affiche de nouveau son propre titre.</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2”.</source>
        <translation>%1 renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 could not rename %2; nothing was changed: %3</source>
        <translation>%1 n’a pas pu renommer %2&#xa0;; rien n’a été modifié&#xa0;: %3</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on account “%3”.</source>
        <translation>%1 renommé en «&#xa0;%2&#xa0;» sur le compte «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 already has that name: nothing was changed.</source>
        <translation>%1 porte déjà ce nom&#xa0;: rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>freshet::RepairMessages</name>
    <message>
        <source>Cannot keep a copy of the damaged database as %1: %2</source>
        <translation>Impossible de garder une copie de la base endommagée sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no database at %1: nothing to repair.</source>
        <translation>Il n’y a pas de base de données à %1&#xa0;: rien à réparer.</translation>
    </message>
    <message>
        <source>Nothing in %1 can be read (%2), so there is nothing to rebuild from; the file was left as it is. Restore it from a backup, or move it away to start with an empty profile.</source>
        <translation>Rien dans %1 n’est lisible (%2), il n’y a donc rien à partir de quoi reconstruire&#xa0;; le fichier a été laissé tel quel. Restaurez-le depuis une sauvegarde, ou déplacez-le pour repartir d’un profil vide.</translation>
    </message>
    <message>
        <source>The damaged database has schema %1 and this Freshet writes %2; repair it with the Freshet that wrote it. The file was left as it is.</source>
        <translation>La base endommagée a le schéma %1 et ce Freshet écrit le %2&#xa0;; réparez-la avec le Freshet qui l’a écrite. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The database could not be rebuilt: %1 It was left as it is; a copy is at %2.</source>
        <translation>La base de données n’a pas pu être reconstruite&#xa0;: %1 Elle a été laissée telle quelle&#xa0;; une copie se trouve à %2.</translation>
    </message>
    <message>
        <source>The rebuilt database could not be put in place: move %1 to %2 yourself. The damaged file is kept at %3.</source>
        <translation>La base reconstruite n’a pas pu être mise en place&#xa0;: déplacez vous-même %1 vers %2. Le fichier endommagé est conservé à %3.</translation>
    </message>
</context>
<context>
    <name>freshet::RunLockMessages</name>
    <message>
        <source>another Freshet process</source>
        <translation>un autre processus Freshet</translation>
    </message>
    <message>
        <source>Freshet process %1 on %2</source>
        <translation>le processus Freshet %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: check that the profile folder can be written.</source>
        <translation>Impossible de créer le fichier de verrou %1&#xa0;: vérifiez que le dossier du profil est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>freshet::SanitizerMessages</name>
    <message>
        <source>Audio on %1</source>
        <translation>Audio sur %1</translation>
    </message>
    <message>
        <source>Video on %1</source>
        <translation>Vidéo sur %1</translation>
    </message>
    <message>
        <source>Embedded page from %1</source>
        <translation>Page intégrée de %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>freshet::ScheduleMessages</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>as often as allowed (every %n min)</source>
        <translation>
            <numerusform>aussi souvent que permis (toutes les %n min)</numerusform>
            <numerusform>aussi souvent que permis (toutes les %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>toutes les %n min</numerusform>
            <numerusform>toutes les %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n h</source>
        <translation>
            <numerusform>toutes les %n h</numerusform>
            <numerusform>toutes les %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh: %1</source>
        <translation>Actualisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>freshet::SchedulerMessages</name>
    <message>
        <source>Automatic refresh is off.</source>
        <translation>L’actualisation automatique est désactivée.</translation>
    </message>
    <message>
        <source>Refreshing now.</source>
        <translation>Actualisation en cours.</translation>
    </message>
    <message>
        <source>A refresh is due; waiting for the network.</source>
        <translation>Une actualisation est prévue&#xa0;; en attente du réseau.</translation>
    </message>
    <message>
        <source>A refresh is due; waiting for a network that is not metered.</source>
        <translation>Une actualisation est prévue&#xa0;; en attente d’un réseau non limité.</translation>
    </message>
    <message>
        <source>Next refresh at %1 (%2).</source>
        <translation>Prochaine actualisation à %1 (%2).</translation>
    </message>
    <message>
        <source>While Freshet is closed: %1 (%2)</source>
        <translation>Quand Freshet est fermé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>freshet::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>As often as feeds allow (10 min)</source>
        <translation>Aussi souvent que les flux le permettent (10 min)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Custom interval in minutes</source>
        <translation>Intervalle personnalisé en minutes</translation>
    </message>
    <message>
        <source>Tell me when a refresh finds new items</source>
        <translation>Me prévenir quand une actualisation trouve de nouveaux articles</translation>
    </message>
    <message>
        <source>Load pictures (thumbnails and images in articles)</source>
        <translation>Charger les images (vignettes et images des articles)</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Feeds fetched at once</source>
        <translation>Flux récupérés simultanément</translation>
    </message>
    <message>
        <source>Feeds fetched at once from one server</source>
        <translation>Flux récupérés simultanément depuis un même serveur</translation>
    </message>
    <message>
        <source>Refresh while Freshet runs:</source>
        <translation>Actualiser pendant que Freshet fonctionne&#xa0;:</translation>
    </message>
    <message>
        <source>Custom interval:</source>
        <translation>Intervalle personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Feeds fetched at once:</source>
        <translation>Flux récupérés simultanément&#xa0;:</translation>
    </message>
    <message>
        <source>…from one server:</source>
        <translation>…depuis un même serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed</source>
        <translation>Actualiser pendant que Freshet est fermé</translation>
    </message>
    <message>
        <source>Wait for a network that is not metered</source>
        <translation>Attendre un réseau non limité</translation>
    </message>
    <message>
        <source>Refresh while Freshet is closed (%1)</source>
        <translation>Actualiser pendant que Freshet est fermé (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language takes effect when Freshet starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Freshet.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Sync &amp;Accounts…</source>
        <translation>&amp;Comptes de synchronisation…</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system is</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Taille du texte des articles</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Article text size:</source>
        <translation>Taille du texte des articles&#xa0;:</translation>
    </message>
    <message>
        <source>Keep read items</source>
        <translation>Conserver les articles lus</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Pour toujours</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <source>For a month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <source>For three months</source>
        <translation>Trois mois</translation>
    </message>
    <message>
        <source>For a year</source>
        <translation>Un an</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Read items older than this are removed after each refresh; starred ones, and ones with a download, are always kept.</source>
        <translation>Les articles lus plus anciens sont supprimés après chaque actualisation&#xa0;; les favoris et ceux qui ont un téléchargement sont toujours gardés.</translation>
    </message>
    <message>
        <source>Keep read items:</source>
        <translation>Conserver les articles lus&#xa0;:</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS, FreshRSS, Miniflux: read and starred state shared by every device.</source>
        <translation>Tiny Tiny RSS, FreshRSS, Miniflux&#xa0;: états lu et favori partagés par tous les appareils.</translation>
    </message>
</context>
<context>
    <name>freshet::StoreThreadMessages</name>
    <message>
        <source>The database is closed: Freshet is quitting.</source>
        <translation>La base de données est fermée&#xa0;: Freshet se ferme.</translation>
    </message>
</context>
<context>
    <name>freshet::SubscribeHereMessages</name>
    <message>
        <source>Already subscribed to %1; nothing was added.</source>
        <translation>Déjà abonné à %1&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Rien n’a été ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated the login of %1</source>
        <translation>Identifiants de %1 mis à jour</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>A login goes with exactly one feed address.</source>
        <translation>Un identifiant va avec une seule adresse de flux.</translation>
    </message>
    <message>
        <source>%1 was added but cannot log in (%2), and could not be taken out again: %3</source>
        <translation>%1 a été ajouté mais ne peut pas se connecter (%2), et n’a pas pu être retiré&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>freshet::SubscribeOnAccountMessages</name>
    <message>
        <source>Subscribed to %1 on account “%2”.</source>
        <translation>Abonnement à %1 effectué sur le compte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” could not subscribe to %2; nothing was added: %3</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu s’abonner à %2&#xa0;; rien n’a été ajouté&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login; nothing was subscribed.</source>
        <translation>Le serveur du compte «&#xa0;%1&#xa0;» a refusé la connexion&#xa0;; rien n’a été abonné.</translation>
    </message>
    <message>
        <source>Account “%1” already has %2.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a déjà %2.</translation>
    </message>
    <message>
        <source>Account “%1” already has %2, in “%3”.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a déjà %2, dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>the server could not subscribe to it (HTTP 400), as when the address is not a feed the server can read.</source>
        <translation>le serveur n’a pas pu s’y abonner (HTTP 400), comme lorsque l’adresse n’est pas un flux que le serveur sait lire.</translation>
    </message>
</context>
<context>
    <name>freshet::SubscriptionEditMessages</name>
    <message>
        <source>Unknown sync protocol.</source>
        <translation>Protocole de synchronisation inconnu.</translation>
    </message>
</context>
<context>
    <name>freshet::SyncFolderMessages</name>
    <message>
        <source>Made the folder “%1”. Its account&apos;s server has it once a feed is moved into it.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» créé. Le serveur du compte l’aura dès qu’un flux y sera déplacé.</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2” on account “%3”.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;» sur le compte «&#xa0;%3&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” and unsubscribed account “%2” from its %n feed(s).</source>
        <translation>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé et compte «&#xa0;%2&#xa0;» désabonné de son %n flux.</numerusform>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé et compte «&#xa0;%2&#xa0;» désabonné de ses %n flux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the folder “%1” on account “%2”; its %n feed(s) moved up a level.</source>
        <translation>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé sur le compte «&#xa0;%2&#xa0;»&#xa0;; son %n flux est remonté d’un niveau.</numerusform>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé sur le compte «&#xa0;%2&#xa0;»&#xa0;; ses %n flux sont remontés d’un niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) out of their folders on account “%1”.</source>
        <translation>
            <numerusform>%n flux sorti de son dossier sur le compte «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n flux sortis de leurs dossiers sur le compte «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n feed(s) to “%1” on account “%2”.</source>
        <translation>
            <numerusform>%n flux déplacé vers «&#xa0;%1&#xa0;» sur le compte «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>%n flux déplacés vers «&#xa0;%1&#xa0;» sur le compte «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Account “%1” could not rename the folder “%2”; nothing was changed: %3</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas pu renommer le dossier «&#xa0;%2&#xa0;»&#xa0;; rien n’a été changé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Account “%1” could not delete the folder “%2”: %3</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas pu supprimer le dossier «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Account “%1” could not move the feeds to “%2”; nothing was changed: %3</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n’a pas pu déplacer les flux vers «&#xa0;%2&#xa0;»&#xa0;; rien n’a été changé&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>The server of account “%1” keeps every feed in a folder: it put the %n feed(s) in “%2”.</source>
        <translation>
            <numerusform>Le serveur du compte «&#xa0;%1&#xa0;» range chaque flux dans un dossier&#xa0;: il a mis le flux dans «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Le serveur du compte «&#xa0;%1&#xa0;» range chaque flux dans un dossier&#xa0;: il a mis les %n flux dans «&#xa0;%2&#xa0;».</numerusform>
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
        <translation>Sur cet appareil</translation>
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
        <translation>Freshet ne connaît pas le protocole de synchronisation «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>freshet::SyncedFeedAccountMessages</name>
    <message>
        <source>The account of %1 is gone.</source>
        <translation>Le compte du flux %1 n’existe plus.</translation>
    </message>
    <message>
        <source>The password of account “%1” could not be read: %2</source>
        <translation>Le mot de passe du compte «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server of account “%1” refused its login last time; log in to it again first.</source>
        <translation>Le serveur du compte «&#xa0;%1&#xa0;» a refusé sa connexion la dernière fois&#xa0;; reconnectez-vous d’abord.</translation>
    </message>
    <message>
        <source>The account is gone.</source>
        <translation>Le compte n’existe plus.</translation>
    </message>
</context>
<context>
    <name>freshet::SystemdMessages</name>
    <message>
        <source>systemctl was not found: refreshing while Freshet is closed needs systemd. Freshet still refreshes while its window or tray icon is open.</source>
        <translation>systemctl est introuvable&#xa0;: l’actualisation pendant que Freshet est fermé nécessite systemd. Freshet continue d’actualiser tant que sa fenêtre ou son icône dans la zone de notification est ouverte.</translation>
    </message>
    <message>
        <source>Your systemd user session did not accept the timer (systemctl --user %1: %2). Refreshing while Freshet is closed needs a systemd user session; Freshet still refreshes while its window or tray icon is open.</source>
        <translation>Votre session utilisateur systemd n’a pas accepté le minuteur (systemctl --user %1&#xa0;: %2). L’actualisation pendant que Freshet est fermé nécessite une session utilisateur systemd&#xa0;; Freshet continue d’actualiser tant que sa fenêtre ou son icône dans la zone de notification est ouverte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>minuteur utilisateur systemd</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>systemd user timer %1</source>
        <translation>minuteur utilisateur systemd %1</translation>
    </message>
    <message>
        <source>no systemd user timer</source>
        <translation>aucun minuteur utilisateur systemd</translation>
    </message>
</context>
<context>
    <name>freshet::TaskSchedulerMessages</name>
    <message>
        <source>Task Scheduler task</source>
        <translation>tâche Task Scheduler</translation>
    </message>
    <message>
        <source>Cannot write the task definition: %1</source>
        <translation>Impossible d’écrire la définition de la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task Scheduler refused the task: %1</source>
        <translation>Task Scheduler a refusé la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task Scheduler task %1</source>
        <translation>tâche Task Scheduler %1</translation>
    </message>
    <message>
        <source>no Task Scheduler task</source>
        <translation>aucune tâche Task Scheduler</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <comment>an item&apos;s age: published less than a minute ago</comment>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>freshet::TransferMessages</name>
    <message>
        <source>Cannot create the downloads folder %1.</source>
        <translation>Impossible de créer le dossier des téléchargements %1.</translation>
    </message>
    <message>
        <source>Another Freshet process is downloading this file.</source>
        <translation>Un autre processus Freshet télécharge ce fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Le serveur a répondu %1 %2.</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>Le fichier fait %1, au-delà de la limite de %2.</translation>
    </message>
    <message>
        <source>Could not write to %1: %2. The partial file was kept; free some space and resume.</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2. Le fichier partiel a été conservé&#xa0;; libérez de l’espace et reprenez le téléchargement.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>Le fichier dépasse la limite de %1.</translation>
    </message>
    <message>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
    <message>
        <source>The connection ended after %1 of %2 bytes.</source>
        <translation>La connexion s’est interrompue après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, more than the %2 it announced.</source>
        <translation>Le serveur a envoyé %1 octets, plus que les %2 annoncés.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, but the feed announced %2; the file may be incomplete. The partial file was kept.</source>
        <translation>Le serveur a envoyé %1 octets, mais le flux en annonçait %2&#xa0;; le fichier est peut-être incomplet. Le fichier partiel a été conservé.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 more are needed, %3 are free.</source>
        <translation>Espace libre insuffisant dans %1&#xa0;: %2 supplémentaires sont nécessaires, %3 sont disponibles.</translation>
    </message>
    <message>
        <source>Cannot move the finished download into %1.</source>
        <translation>Impossible de déplacer le téléchargement terminé dans %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1; choose another folder for downloads.</source>
        <translation>Impossible d’écrire dans le dossier %1&#xa0;; choisissez un autre dossier pour les téléchargements.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
</context>
<context>
    <name>freshet::TrayIcon</name>
    <message>
        <source>&amp;Open Freshet</source>
        <translation>&amp;Ouvrir Freshet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Freshet: %n unread</source>
        <translation>
            <numerusform>Freshet&#xa0;: %n non lu</numerusform>
            <numerusform>Freshet&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>freshet::WorkManagerMessages</name>
    <message>
        <source>WorkManager periodic work</source>
        <translation>tâche périodique WorkManager</translation>
    </message>
    <message>
        <source>WorkManager refused the background refresh.</source>
        <translation>WorkManager a refusé l’actualisation en arrière-plan.</translation>
    </message>
    <message>
        <source>WorkManager periodic work &quot;%1&quot;</source>
        <translation>tâche périodique WorkManager «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no WorkManager work</source>
        <translation>aucune tâche WorkManager</translation>
    </message>
</context>
<context>
    <name>freshet::sync::ConnectionErrorMessages</name>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The host %1 could not be found.</source>
        <translation>L’hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before it answered.</source>
        <translation>Le serveur %1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>freshet::sync::GoogleReaderClient</name>
    <message>
        <source>The server accepted the subscription but does not list the feed.</source>
        <translation>Le serveur a accepté l’abonnement mais ne liste pas le flux.</translation>
    </message>
    <message>
        <source>The account has no valid server address (http or https).</source>
        <translation>Le compte n’a pas d’adresse de serveur valide (http ou https).</translation>
    </message>
    <message>
        <source>The server ended the session and did not accept the new login either.</source>
        <translation>Le serveur a mis fin à la session et n’a pas non plus accepté la nouvelle connexion.</translation>
    </message>
    <message>
        <source>No Google Reader API answers at this address (HTTP %1). For FreshRSS the address ends in /api/greader.php.</source>
        <translation>Aucune Google Reader API ne répond à cette adresse (HTTP %1). Pour FreshRSS, l’adresse se termine par /api/greader.php.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Le serveur %1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB.</source>
        <translation>La réponse du serveur dépassait %1 Mo.</translation>
    </message>
    <message>
        <source>The server does not support this request (HTTP 501).</source>
        <translation>Le serveur ne prend pas en charge cette requête (HTTP 501).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré une erreur (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what the Google Reader API sends.</source>
        <translation>La réponse du serveur ne correspond pas à ce qu’envoie la Google Reader API.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server sent the request on from https to an insecure address (%1); it was not followed.</source>
        <translation>Le serveur a renvoyé la requête de https vers une adresse non sécurisée (%1)&#xa0;; elle n’a pas été suivie.</translation>
    </message>
    <message>
        <source>The server sent the request on to %1, where this account&apos;s login for %2 is not sent. If the service moved there, change the account&apos;s server address.</source>
        <translation>Le serveur a renvoyé la requête vers %1, où l’identifiant de ce compte pour %2 n’est pas envoyé. Si le service y a déménagé, changez l’adresse du serveur du compte.</translation>
    </message>
    <message>
        <source>The server no longer lists the feed that was moved.</source>
        <translation>Le serveur ne liste plus le flux déplacé.</translation>
    </message>
    <message>
        <source>The Google Reader API cannot list recently read articles.</source>
        <translation>L’API Google Reader ne peut pas lister les articles lus récemment.</translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssApi</name>
    <message>
        <source>The server ended the session, and logging in again did not help.</source>
        <translation>Le serveur a mis fin à la session, et la reconnexion n’a pas résolu le problème.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the login has no session.</source>
        <translation>La réponse du serveur à la connexion ne contient pas de session.</translation>
    </message>
    <message>
        <source>The API is switched off for this tt-rss account: enable &quot;API access&quot; in tt-rss&apos;s preferences, then log in again.</source>
        <translation>L’API est désactivée pour ce compte tt-rss&#xa0;: activez «&#xa0;Accès API&#xa0;» dans les préférences de tt-rss, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>tt-rss did not accept the user name or password.</source>
        <translation>tt-rss n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>tt-rss refused the login (%1).</source>
        <translation>tt-rss a refusé la connexion (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mo.</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2). Try again later.</source>
        <translation>%1 a rencontré une erreur (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2): check the address and the login.</source>
        <translation>%1 a refusé l’accès (HTTP %2)&#xa0;: vérifiez l’adresse et les identifiants.</translation>
    </message>
    <message>
        <source>%1 sends its API elsewhere (%2): use that address for the account.</source>
        <translation>%1 redirige son API ailleurs (%2)&#xa0;: utilisez cette adresse pour le compte.</translation>
    </message>
    <message>
        <source>%1 has no tt-rss API at this address (HTTP %2).</source>
        <translation>%1 n’a pas d’API tt-rss à cette adresse (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with something other than the tt-rss API&apos;s JSON.</source>
        <translation>%1 a répondu autre chose que le JSON de l’API tt-rss.</translation>
    </message>
    <message>
        <source>tt-rss refused the request (%1).</source>
        <translation>tt-rss a refusé la requête (%1).</translation>
    </message>
</context>
<context>
    <name>freshet::sync::TtRssClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La réponse du serveur n’a pas été comprise.</translation>
    </message>
    <message>
        <source>The server&apos;s list of categories was not understood.</source>
        <translation>La liste des catégories du serveur n’a pas été comprise.</translation>
    </message>
    <message>
        <source>The server&apos;s list of feeds was not understood.</source>
        <translation>La liste des flux du serveur n’a pas été comprise.</translation>
    </message>
    <message>
        <source>The server&apos;s list of articles was not understood.</source>
        <translation>La liste des articles du serveur n’a pas été comprise.</translation>
    </message>
    <message>
        <source>The server sent the same articles again while paging.</source>
        <translation>Le serveur a renvoyé les mêmes articles lors de la pagination.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the subscription was not understood.</source>
        <translation>La réponse du serveur à l’abonnement n’a pas été comprise.</translation>
    </message>
    <message>
        <source>tt-rss found no feed address in %1.</source>
        <translation>tt-rss n’a trouvé aucune adresse de flux dans %1.</translation>
    </message>
    <message>
        <source>%1 is a web page without a feed.</source>
        <translation>%1 est une page web sans flux.</translation>
    </message>
    <message>
        <source>%1 offers several feeds; subscribe to one of them: %2</source>
        <translation>%1 propose plusieurs flux&#xa0;; abonnez-vous à l’un d’eux&#xa0;: %2</translation>
    </message>
    <message>
        <source>tt-rss could not download %1: %2</source>
        <translation>tt-rss n’a pas pu télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tt-rss could not subscribe to %1 (code %2).</source>
        <translation>tt-rss n’a pas pu s’abonner à %1 (code %2).</translation>
    </message>
    <message>
        <source>tt-rss does not list the feed it subscribed to (%1).</source>
        <translation>tt-rss ne liste pas le flux auquel il s’est abonné (%1).</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot rename feeds through its API: rename the feed in tt-rss&apos;s web interface.</source>
        <translation>Tiny Tiny RSS ne permet pas de renommer des flux via son API&#xa0;: renommez le flux dans l’interface web de tt-rss.</translation>
    </message>
    <message>
        <source>The server&apos;s unread count was not understood.</source>
        <translation>Le nombre d’articles non lus indiqué par le serveur n’a pas été compris.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS cannot change categories through its API: change them in tt-rss&apos;s web interface (Preferences &gt; Feeds), and the next sync brings them here.</source>
        <translation>Tiny Tiny RSS ne peut pas changer les catégories par son API&#xa0;: changez-les dans l’interface web de tt-rss (Préférences &gt; Flux), la prochaine synchronisation les apportera ici.</translation>
    </message>
</context>
<context>
    <name>info</name>
    <message>
        <source>Freshet %1 on Qt %2</source>
        <translation>Freshet %1 sur Qt %2</translation>
    </message>
    <message>
        <source>Data folder:  %1</source>
        <translation>Dossier de données&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation>Base de données&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Settings:     %1</source>
        <translation>Paramètres&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Cache folder: %1</source>
        <translation>Dossier du cache&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Show Freshet&apos;s license and those of the libraries it links.</source>
        <translation>Afficher la licence de Freshet et celles des bibliothèques liées.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Freshet cannot start</source>
        <translation>Freshet ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Show the Debug menu.</source>
        <translation>Afficher le menu Débogage.</translation>
    </message>
    <message>
        <source>Do not refresh the feeds when the window opens.</source>
        <translation>Ne pas actualiser les flux à l’ouverture de la fenêtre.</translation>
    </message>
    <message>
        <source>Print &apos;first-paint-ms N&apos; once the item table is painted, then quit.</source>
        <translation>Afficher &apos;first-paint-ms N&apos; une fois le tableau des articles dessiné, puis quitter.</translation>
    </message>
    <message>
        <source>Keep the database, settings and caches in DIR (default: $%1, else the platform&apos;s data folder).</source>
        <translation>Conserver la base de données, les paramètres et les caches dans DOSSIER (par défaut&#xa0;: $%1, sinon le dossier de données de la plateforme).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Try &apos;freshet --help&apos;.</source>
        <translation>Essayez &apos;freshet --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: freshet [--profile DIR] [COMMAND] [OPTIONS]</source>
        <translation>Utilisation&#xa0;: freshet [--profile DOSSIER] [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a command, Freshet opens its main window.</source>
        <translation>Sans commande, Freshet ouvre sa fenêtre principale.</translation>
    </message>
    <message>
        <source>&apos;freshet COMMAND --help&apos; describes one command.</source>
        <translation>&apos;freshet COMMANDE --help&apos; décrit une commande.</translation>
    </message>
    <message>
        <source>Freshet is already running on this profile; its window was brought to the front.</source>
        <translation>Freshet est déjà en cours d’exécution sur ce profil&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Lay the window out for a phone (one pane at a time), a tablet or a desktop, instead of choosing from the screen.</source>
        <translation>Disposer la fenêtre pour un téléphone (un volet à la fois), une tablette ou un ordinateur, au lieu de choisir d’après l’écran.</translation>
    </message>
    <message>
        <source>--form-factor takes phone, tablet or desktop, not &apos;%1&apos;.</source>
        <translation>--form-factor accepte phone, tablet ou desktop, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Tell on standard error what Freshet does: each request and answer, sync step, download and scheduling decision (never a password or token). QT_LOGGING_RULES picks areas: freshet.fetch, freshet.sync, freshet.store, freshet.downloads, freshet.scheduler.</source>
        <translation>Dire sur la sortie d’erreur ce que fait Freshet&#xa0;: chaque requête et réponse, étape de synchronisation, téléchargement et décision de planification (jamais un mot de passe ni un jeton). QT_LOGGING_RULES choisit des domaines&#xa0;: freshet.fetch, freshet.sync, freshet.store, freshet.downloads, freshet.scheduler.</translation>
    </message>
    <message>
        <source>cannot open the window: %1 (%2). Reinstall Freshet to get it back.</source>
        <translation>impossible d’ouvrir la fenêtre : %1 (%2). Réinstallez Freshet pour la retrouver.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>parse</name>
    <message>
        <source>Resolve relative links against &lt;URL&gt;, as if the file was fetched from there.</source>
        <translation>Résoudre les liens relatifs par rapport à &lt;URL&gt;, comme si le fichier avait été récupéré à cette adresse.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema feed-conformance/1).</source>
        <translation>Afficher le résultat en JSON (schéma feed-conformance/1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Format:      %1 %2</source>
        <translation>Format&#xa0;:        %1 %2</translation>
    </message>
    <message>
        <source>Encoding:    %1</source>
        <translation>Encodage&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>Titre&#xa0;:         %1</translation>
    </message>
    <message>
        <source>Link:        %1</source>
        <translation>Lien&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Feed link:   %1</source>
        <translation>Lien du flux&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Updated:     %1</source>
        <translation>Mis à jour&#xa0;:    %1</translation>
    </message>
    <message>
        <source>TTL:         %1 min</source>
        <translation>TTL&#xa0;:           %1 min</translation>
    </message>
    <message>
        <source>Items:       %1</source>
        <translation>Articles&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Error:       %1</source>
        <translation>Erreur&#xa0;:        %1</translation>
    </message>
    <message>
        <source>(the items above were recovered before the error)</source>
        <translation>(les articles ci-dessus ont pu être lus avant l’erreur)</translation>
    </message>
    <message>
        <source>parse takes exactly one FILE.</source>
        <translation>parse attend exactement un fichier (FILE).</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2.</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL absolue.</translation>
    </message>
    <message>
        <source>%1 (assumed: the bytes suggest no encoding)</source>
        <translation>%1 (supposé&#xa0;: les octets ne suggèrent aucun encodage)</translation>
    </message>
    <message>
        <source>%1 (guessed from the bytes, confidence %2/100)</source>
        <translation>%1 (deviné d’après les octets, confiance %2/100)</translation>
    </message>
</context>
</TS>
