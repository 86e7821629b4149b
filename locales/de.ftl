## glossary: link = Link
## glossary: file = Datei
## glossary: queue = Warteschlange
## glossary: quality = Qualität
## glossary: album = Album
## glossary: cookies = Cookies

start =
    Hallo { $name }! Ich bin Pishtaz, ein Download-Bot.

    Schick mir einen Link, und ich schicke dir die Datei:
    • Videos von YouTube, Instagram, X und über tausend anderen Seiten (kommen als abspielbare Videos)
    • GIFs (kommen als Animationen)
    • jeden direkten Datei-Link (kommt als Dokument)

    Dateien bis { $limit } werden unterstützt. /help zeigt Beispiele.
help =
    So benutzt du Pishtaz:
    1. Schick einen Link, zum Beispiel:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Verfolge die Statusnachricht; mit „Abbrechen“ stoppst du.
    3. Die Datei kommt in diesem Chat an.

    Wörter nach einem Video-Link, in beliebiger Reihenfolge:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — nur dieser Abschnitt (oder 1:02:00-1:04:30)
    • audio — der Ton als m4a mit Titel und Cover; video; doc — als Dokument
    • 360, 480, 720, 1080 — die höchste Bildhöhe
    • subs — Untertitel als .srt-Dateien; subs:de — eine Sprache; subs:burn — ins Bild eingebrannt

    Befehle:
    /history — deine letzten Links
    /settings — Sprache, Videoqualität, als Video oder Dokument senden
    /cancel — deine wartenden und laufenden Downloads abbrechen
    /pdf <Link> — eine Webseite als PDF
hint = Bitte schick einen gültigen Link, der mit http:// oder https:// beginnt, zum Beispiel: https://example.com/file.pdf
error-generic = Entschuldigung, da ist etwas schiefgegangen. Bitte versuch es noch einmal.
banned = Du wurdest für diesen Bot gesperrt.
cmd-start = Begrüßung und Vorstellung
cmd-help = So benutzt du den Bot
cmd-history = Deine letzten Links
cmd-settings = Sprache und Videoeinstellungen
cmd-cancel = Deine Downloads abbrechen
cmd-pdf = Eine Webseite als PDF
cmd-admin = Admin-Bereich
cmd-dashboard = Web-Dashboard (Einmal-Login-Link)
cmd-ytdlp = yt-dlp-Version und Update
cmd-cookies = Der Cookie-Pool für yt-dlp
button-cancel = ✖️ Abbrechen
cancel-done = Abgebrochen.
cancel-nothing = Nichts abzubrechen.
queue-full = Du hast schon { $max } wartende Links. Bitte warte, bis einige fertig sind.
refused-scheme = ❌ Nur http://- und https://-Links können heruntergeladen werden.
refused-address = ❌ Dieser Link zeigt auf eine private oder lokale Netzwerkadresse, die dieser Bot nicht abruft.
status-queued = ⏳ In der Warteschlange: Platz { $position }
status-starting = ⚙️ Starte…
status-probing = 🔎 Prüfe den Link…
status-downloading = ⬇️ Lade herunter…
status-uploading = ⬆️ Sende an Telegram…
status-streaming = ⬇️⬆️ Lade herunter und sende gleichzeitig…
status-both-sides = heruntergeladen { $down } % · gesendet { $up } %
status-merging = 🎞 Füge Video und Ton zusammen…
status-converting = 🎞 Wandle um…
status-splitting = ✂️ Teile in Stücke…
status-rendering = 🖨 Erstelle die Seite…
status-eta = noch { $eta }
status-paused = ⏸ Der Bot startet neu; dein Download geht gleich weiter.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Diese Datei ist { $size } groß, mehr als die Grenze dieses Bots von { $limit }.
fail-page-too-large = ❌ Diese Seite beschreibt sich mit mehr Daten, als der Bot liest (über 8 MB), daher wurde sie nicht abgerufen.
fail-over-upload-limit = ❌ Diese Datei ({ $size }) ist größer als { $limit }, das Maximum, das dieser Server über die Telegram Bot API senden kann. Für größere Dateien muss der Betreiber API_ID und API_HASH setzen.
fail-http-status = ❌ Die Website hat mit Fehler { $status } geantwortet. Prüfe, ob der Link im Browser funktioniert.
fail-timeout = ❌ Der Download hat zu lange gedauert und wurde gestoppt.
fail-stalled = ❌ Die Website hat keine Daten mehr gesendet, daher wurde der Download gestoppt.
fail-network = ❌ Die Verbindung zur Website ist fehlgeschlagen oder abgebrochen. Bitte versuch es später noch einmal.
fail-redirects = ❌ Der Link leitet zu oft weiter.
fail-guard = ❌ Dieser Link führt zu einer privaten oder lokalen Netzwerkadresse, die dieser Bot nicht abruft.
fail-disk-full = ❌ Der Server hat gerade keinen Platz für diese Datei. Bitte versuch es später noch einmal.
fail-disk-short = ❌ Diese Datei braucht { $size } freien Speicher auf dem Server, frei sind gerade nur { $limit }.
fail-cancelled = ✖️ Download abgebrochen.
fail-telegram-refused = ❌ Telegram hat diese Datei abgelehnt.
fail-direct-only = ❌ Telegram konnte diesen Link nicht selbst abrufen, und dieser Server sendet Links nur auf diesem Weg.
fail-unsupported = ❌ Unter diesem Link wurde kein Video und keine Datei gefunden.
fail-private = ❌ Dieses Video ist privat: nur sein Besitzer (oder wen er erlaubt) kann es sehen.
fail-geo = ❌ Dieses Video ist in der Region des Servers nicht verfügbar.
fail-extractor-broken = ❌ Die Seite hat sich geändert, und der Downloader konnte sie nicht lesen. Ein Update des Downloaders wurde gestartet; bitte versuch es in ein paar Minuten noch einmal.
fail-rate-limited = ❌ Die Seite begrenzt oder blockiert gerade die Anfragen dieses Servers. Bitte versuch es in etwa einer Stunde noch einmal.
fail-bot-check = ❌ Die Seite wollte, dass der Bot beweist, kein Roboter zu sein („Sign in to confirm you're not a bot“), und der Bot kam gerade nicht durch. Die Admins wissen Bescheid; bitte versuch es später noch einmal.
fail-removed = ❌ Dieses Video wurde entfernt oder ist nicht mehr verfügbar.
fail-login = ❌ Diese Seite verlangt für diesen Link ein angemeldetes Konto, und die Konten des Bots konnten ihn nicht öffnen. Die Admins können mit /cookies Cookies aus einem angemeldeten Browser hinzufügen.
fail-format = ❌ Kein Format dieses Videos passt in die Größengrenze ({ $limit }).
fail-tool-missing = ❌ Dieser Server kann diese Art von Link gerade nicht verarbeiten.
fail-video-unavailable = ❌ Video-Seiten sind auf diesem Server gerade nicht verfügbar, daher kann diese Seite nicht abgerufen werden. Die Admins wissen Bescheid.
fail-interrupted = ❌ Dein Download wurde zweimal durch einen Neustart unterbrochen und deshalb gestoppt. Bitte schick den Link noch einmal.
fail-internal = ❌ Entschuldigung, bei diesem Download ist etwas schiefgegangen. Bitte versuch es noch einmal.
quality-ask = 🎬 { $title }
    Wähle eine Qualität (Größen sind geschätzt):
question-expired = ⌛ Diese Auswahl ist abgelaufen. Schick den Link noch einmal, um zu wählen.
quality-chosen = ✅ Gewählt: { $choice }
quality-audio = 🎵 Nur Ton
quality-auto = Automatisch
quality-ask-label = Fragen
settings-title =
    ⚙️ Einstellungen
    Sprache: { $language }
    Videoqualität: { $quality }
    Videos senden als: { $sendAs }
settings-as-video = Video
settings-as-document = Dokument
settings-saved = Gespeichert
quality-best = 🎬 Beste verfügbare
retention-title = ⚠️ <b>Links vor der Löschung</b> — { $user } (ID <code>{ $id }</code>)
retention-deletes-at = gelöscht am { $date }
retention-deleted = 🗑 schon gelöscht (der Bot war während der Warnfrist aus)
retention-more = … und { $count } weitere
history-empty = Du hast noch keine Links geschickt.
history-title = 🕘 Deine Links ({ $total }):
history-deleted-on = entfernt am { $date }
outcome-pending = ⏳ wartet
outcome-delivered = ✅ zugestellt
outcome-failed = ❌ fehlgeschlagen
outcome-cancelled = ✖️ abgebrochen
outcome-refused = ⛔ abgelehnt
quota-links = ⛔ Du kannst { $limit } Links pro Stunde schicken. Bitte versuch es in { $wait } noch einmal.
quota-bytes = ⛔ Du hast dein heutiges Download-Kontingent erreicht. Bitte versuch es in { $wait } noch einmal.
admin-only = ⛔ Dieser Befehl ist nur für die Admins des Bots.
admin-title = 🛠 Admin-Bereich
admin-users = 👥 Nutzer
admin-stats = 📊 Statistik
stats-chart-title = Links pro Stunde, letzte 24 Stunden (UTC)
stats-chart-delivered = zugestellt
stats-chart-failed = fehlgeschlagen
admin-back = « Zurück
admin-users-title = 👥 Nutzer ({ $total }), zuletzt aktive zuerst:
admin-stats-text =
    📊 <b>Statistik</b>
    Nutzer: { $users } (aktiv in 24 h: { $active })
    Links in 24 h: { $jobs }, zugestellt { $bytes }
    Heute über Datei-Links ausgeliefert (UTC): { $served }
    Fehler nach Grund: { $failures }
    Fehler in 24 h nach Seite:
    { $sites }
    Warteschlange jetzt: { $queued } wartend, { $running } laufend
    Laufzeit: { $uptime }
admin-usage = Verwendung: { $usage }
admin-no-links = Keine Links von Nutzer { $id }.
admin-check-title = Letzte Links von Nutzer { $id }:
admin-banned = Nutzer { $id } ist gesperrt.
admin-unbanned = Nutzer { $id } ist entsperrt.
admin-unknown-user = Kein Nutzer { $id } hat diesen Bot benutzt.
admin-too-long = Der Text ist zu lang (höchstens 4000 Zeichen).
broadcast-started = 📣 Rundsendung gestartet. Du bekommst einen Bericht, wenn sie fertig ist.
broadcast-busy = Es läuft schon eine Rundsendung.
broadcast-report = 📣 Rundsendung fertig: { $delivered } zugestellt, { $failed } fehlgeschlagen, { $blocked } haben den Bot blockiert.
caption-part = 🧩 Teil { $index } von { $count }
pdf-unavailable = 📄 PDF-Erstellung ist auf diesem Server nicht verfügbar.
pdf-usage = Verwendung: /pdf <Link> [letter] [landscape]
pdf-offer = 📄 Diese Seite hat kein Video. Möchtest du sie als PDF?
pdf-button = 📄 PDF
group-help = In dieser Gruppe lade ich nur herunter, worum du bittest: schick /dl Link, oder antworte mit einem Link auf eine meiner Nachrichten. Alles andere hier ignoriere ich. Für mehr schreib mir privat: @{ $bot }
dl-usage = Schick den Link nach dem Befehl: /dl https://example.com/video
cancel-not-yours = Nur wer es angefordert hat (oder ein Gruppen-Admin) kann das abbrechen.
cmd-dl = Einen Link herunterladen (in Gruppen: /dl Link)
status-item = Element { $index } von { $count }
items-ask = Dieser Link hat { $count } Elemente ({ $size }): { $title }
    Eine Anfrage umfasst höchstens { $cap } insgesamt; Elemente darüber hinaus werden nicht gesendet.
    Alle senden, in Alben von bis zu 10?
items-all = Alle { $count } senden
items-first = Nur die ersten { $count }
items-none = Abbrechen
items-chosen = Ist unterwegs.
items-declined = Es wird nichts gesendet.
items-failed = Von { $count } Elementen konnten diese nicht gesendet werden:
items-failed-line = • Element { $index }: { $reason }
list-offer = Dieses Video gehört zu einer Liste.
list-button = Die ganze Liste
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    JavaScript-Laufzeit für YouTubes Prüfungen: { $js }
    Prüfungslöser (yt-dlp-ejs): { $solver }
    Letzte Update-Prüfung: { $checked }
    Letztes Ergebnis: { $result }
    /ytdlp update sucht jetzt nach einer neuen Version.
ytdlp-yes = ja
ytdlp-no = nein (dieses yt-dlp ist dafür zu alt)
ytdlp-updating = ⏳ Suche nach einer neuen yt-dlp-Version…
ytdlp-installed = ✅ yt-dlp { $version } ist installiert und in Gebrauch.
ytdlp-current = ✅ yt-dlp { $version } ist die neueste Version.
ytdlp-failed = ❌ yt-dlp wurde nicht aktualisiert ({ $reason }: { $message }). Weiter in Gebrauch: { $version }.
ytdlp-unmanaged = yt-dlp ist hier { $path }, gesetzt über YTDLP_PATH, daher ersetzt der Bot es nicht.
ytdlp-elsewhere = yt-dlp und seine Cookies liegen in den Worker-Prozessen, nicht in diesem.
cookies-added = 🍪 { $name } ist dem Cookie-Pool beigetreten, für: { $sites }.
cookies-invalid = ❌ Das ist keine Cookies-Datei. Schick eine cookies.txt im Netscape-Format (wie eine Browser-Erweiterung oder yt-dlp sie exportiert), höchstens 1 MB, als Dokument mit der Bildunterschrift /cookies.
cookies-empty = 🍪 Der Cookie-Pool ist leer. Schick eine Cookies-Datei als Dokument mit der Bildunterschrift /cookies.
cookies-title = 🍪 Cookie-Pool (hinzugefügt · letzter Erfolg · zurückgestellt bis)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Aus dem Pool entfernt.
cookies-gone = Diese Datei ist nicht mehr im Pool.
notice-ytdlp-refused = ⚠️ Eine yt-dlp-Version wurde nicht installiert oder nicht ausgeführt: { $reason }. Der Bot nutzt weiter das bisherige yt-dlp (oder das des Hosts). Prüfe YTDLP_RELEASE_URL und die Signatur der Version; /ytdlp zeigt den Stand.
notice-missing-yt-dlp = ⚠️ yt-dlp ist nicht verfügbar: Links zu Video-Seiten werden mit einer Nachricht abgelehnt. Installiere es (apt-get install yt-dlp) oder setze YTDLP_PATH; oder lass YTDLP_PATH leer mit YTDLP_UPDATE_HOURS über 0, dann installiert der Bot eine eigene Version.
notice-missing-ffmpeg = ⚠️ ffmpeg oder ffprobe ist nicht verfügbar: Videos gehen ohne Vorschaubild, Dauer und Maße raus, yt-dlp kann getrenntes Video und Ton nicht zusammenfügen (manche Seiten liefern weniger oder nichts), und Videos über 2 GB werden in rohe statt abspielbare Teile geteilt. Installiere es: apt-get install ffmpeg (oder setze FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl ist nicht verfügbar: Bilder von Galerie-Seiten, die yt-dlp nicht sieht, werden nicht abgerufen. Installiere es: apt-get install gallery-dl (oder setze GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium ist nicht verfügbar: /pdf antwortet, dass es aus ist. Installiere es: apt-get install chromium (oder setze CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: Links stoßen auf „{ $kind }“ (eine Anmelde- oder „kein Bot“-Prüfung), und keine Cookies-Datei kam durch. Exportiere Cookies aus einem bei { $site } angemeldeten Browser (Netscape cookies.txt) und schick die Datei hier als Dokument mit der Bildunterschrift /cookies; /cookies zeigt den Pool.
class-bot-check = Bot-Prüfungen
class-login = Anmeldung nötig
class-geo = Geo-Sperren
class-private = privat
class-removed = entfernt
class-format = kein Format in den Grenzen
class-rate-limited = Ratenlimits oder IP-Sperren
class-extractor-broken = Extraktor-Fehler
dashboard-link = 🔐 Dein Login-Link zum Dashboard (funktioniert einmal, 10 Minuten lang):
    { $url }
dashboard-open = Dashboard öffnen
dash-title = Pishtaz-Dashboard
dash-queue = Warteschlange
dash-queued = wartend
dash-running = laufend
dash-oldest-wait = längste Wartezeit
dash-workers = Worker
dash-worker = Prozess
dash-jobs-now = Aufträge jetzt
dash-uptime = läuft seit
dash-none = keine
dash-hourly = Aufträge und Fehler pro Stunde, letzte 24 Stunden
dash-delivered = zugestellt
dash-failed = fehlgeschlagen
dash-failures-by-site = Fehler nach Seite, letzte 24 Stunden
dash-top-users = Aktivste Nutzer
dash-user = Nutzer
dash-links = Links
dash-traffic = Verkehr, letzte 24 Stunden
dash-links-received = erhaltene Links
dash-bytes-delivered = zugestellt
dash-users-total = Nutzer
dash-users-active = aktive Nutzer
dash-ytdlp = yt-dlp
dash-version = Version
dash-source = Quelle
dash-unavailable = nicht verfügbar
dash-cookies = Cookie-Pool
dash-cookie-usable = nutzbar
dash-cookie-aside = ruht nach einer Anmelde- oder Bot-Prüfung bis { $until }
dash-last-success = letzter Erfolg
dash-updated = Aktualisiert
dash-notice-title = Über den Bot anmelden
dash-notice = Diese Seite braucht einen Login-Link. Schick /dashboard an den Bot (nur Admins); der Link funktioniert einmal, 10 Minuten lang.
dash-link-used = Dieser Login-Link wurde schon benutzt oder ist abgelaufen.
dash-signing-in = Anmeldung…
dashboard-private-only = Schick /dashboard im privaten Chat mit dem Bot: einen Login-Link in einer Gruppe könnte dort jeder öffnen.
dash-role = Rolle
filelink-too-large = ⛔ Diese Datei ist { $size } groß; Links können hier Dateien bis { $limit } ausliefern (die Grenze der Telegram Bot API). Der Betreiber hebt sie mit API_ID und API_HASH (bis 4 GB) oder einem lokalen Bot-API-Server (BOT_API_LOCAL) an.
filelink-too-large-max = ⛔ Diese Datei ist { $size } groß; die größte Datei, die ein Link ausliefern kann, ist { $limit }.
filelink-per-day = ⛔ Du kannst { $limit } Datei-Links pro Tag erstellen. Bitte versuch es später noch einmal.
filelink-expires = ⏳ Funktioniert bis { $date } (UTC).
filelink-never-expires = ♾ Funktioniert, bis du ihn widerrufst (/links).
filelink-button-download = ⬇️ Herunterladen
filelink-button-play = ▶️ Abspielen
filelink-reply-to-file = Schick /link als Antwort auf eine Nachricht mit einer Datei.
filelinks-empty = Du hast keine Datei-Links. Schick mir eine Datei, um einen zu bekommen.
filelinks-title = 🔗 Deine Datei-Links ({ $total }); 🗑 widerruft einen:
filelink-revoked = Widerrufen: der Link funktioniert nicht mehr.
filelink-not-yours = Dieser Link gehört dir nicht, oder er wurde schon widerrufen.
filelink-unknown = Diesen Link gibt es nicht. Prüfe, ob er vollständig kopiert wurde.
filelink-gone = Dieser Link funktioniert nicht mehr: er ist abgelaufen oder wurde widerrufen.
filelink-daily-limit = Dieser Link hat das Tageskontingent seines Besitzers ausgeliefert. Versuch es morgen noch einmal.
filelink-too-many = Zu viele gleichzeitige Downloads von deiner Adresse. Versuch es noch einmal, wenn einige fertig sind.
filelink-download = Herunterladen ({ $size })
cmd-links = Deine Datei-Links
dash-bytes-served = heute über Datei-Links ausgeliefert
words-unknown =
    Das Wort „{ $word }“ kenne ich nicht. Nach einem Link kannst du zum Beispiel schreiben:
    { $url } 1:20-2:05 720
    Wörter: ein Abschnitt wie 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help erklärt sie.
more-ask = Mehr von dieser Seite:
more-section = ✂️ Ein Abschnitt
more-section-how = Schick den Link mit dem gewünschten Teil, zum Beispiel:
    { $url } 0:30-1:15
more-audio = 🎵 Ton
more-subs = 📝 Untertitel
note-burn-too-long = Untertitel werden nur bei Videos bis { $minutes } Minuten eingebrannt; bei diesem kamen sie als Datei.
note-codec = Dieses Video gibt es nur als { $codec }, das nicht auf jedem Handy läuft (auch nicht auf iPhones). Videos bis { $minutes } Minuten werden umgewandelt; dieses ist länger. Schick den Link mit „doc“, um es als Datei zu bekommen.
status-burning = 📝 Brenne die Untertitel ein…
settings-subs = Untertitel: { $subs }
settings-subs-off = aus
settings-subs-on = an
settings-audio = Ton als: { $format }
