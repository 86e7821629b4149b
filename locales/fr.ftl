## glossary: link = lien
## glossary: file = fichier
## glossary: queue = file d’attente
## glossary: quality = qualité
## glossary: album = album
## glossary: cookies = cookies

start =
    Bonjour { $name } ! Je suis Pishtaz, un bot de téléchargement.

    Envoie-moi un lien et je te renvoie le fichier :
    • des vidéos de YouTube, Instagram, X et plus de mille autres sites (elles arrivent en vidéos lisibles)
    • des GIF (ils arrivent en animations)
    • tout lien direct vers un fichier (il arrive en document)

    Les fichiers jusqu’à { $limit } sont pris en charge. /help montre des exemples.
help =
    Comment utiliser Pishtaz :
    1. Envoie un lien, par exemple :
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Suis le message d’état ; appuie sur « Annuler » pour arrêter.
    3. Le fichier arrive dans cette discussion.

    Mots après un lien vidéo, dans n’importe quel ordre :
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — seulement ce passage (ou 1:02:00-1:04:30)
    • audio — le son en m4a avec son titre et sa pochette ; video ; doc — en document
    • 360, 480, 720, 1080 — la hauteur maximale
    • subs — les sous-titres en fichiers .srt ; subs:de — une seule langue ; subs:burn — incrustés dans l’image

    Commandes :
    /history — tes liens récents
    /settings — langue, qualité vidéo, envoi en vidéo ou en document
    /cancel — annuler tes téléchargements en attente et en cours
    /pdf <lien> — une page web en PDF
hint = Envoie un lien valide qui commence par http:// ou https://, par exemple : https://example.com/file.pdf
error-generic = Désolé, quelque chose s’est mal passé. Réessaie.
banned = Tu as été bloqué sur ce bot.
cmd-start = Accueil et présentation
cmd-help = Comment utiliser le bot
cmd-history = Tes liens récents
cmd-settings = Langue et réglages vidéo
cmd-cancel = Annuler tes téléchargements
cmd-pdf = Une page web en PDF
cmd-admin = Panneau d’administration
cmd-dashboard = Tableau de bord web (lien de connexion à usage unique)
cmd-ytdlp = Version et mise à jour de yt-dlp
cmd-cookies = Le stock de cookies de yt-dlp
button-cancel = ✖️ Annuler
cancel-done = Annulé.
cancel-nothing = Rien à annuler.
queue-full = Tu as déjà { $max } liens en attente. Attends que certains soient terminés.
refused-scheme = ❌ Seuls les liens http:// et https:// peuvent être téléchargés.
refused-address = ❌ Ce lien pointe vers une adresse de réseau privé ou local, que ce bot ne récupère pas.
status-queued = ⏳ Dans la file d’attente : position { $position }
status-starting = ⚙️ Démarrage…
status-probing = 🔎 Vérification du lien…
status-downloading = ⬇️ Téléchargement…
status-uploading = ⬆️ Envoi vers Telegram…
status-streaming = ⬇️⬆️ Téléchargement et envoi en même temps…
status-both-sides = téléchargé { $down } % · envoyé { $up } %
status-merging = 🎞 Assemblage de la vidéo et du son…
status-converting = 🎞 Conversion…
status-splitting = ✂️ Découpage en parties…
status-rendering = 🖨 Rendu de la page…
status-eta = reste { $eta }
status-paused = ⏸ Le bot redémarre ; ton téléchargement reprendra sous peu.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Ce fichier fait { $size }, au-delà de la limite de ce bot ({ $limit }).
fail-page-too-large = ❌ Cette page se décrit avec plus de données que le bot n’en lit (plus de 8 Mo) ; elle n’a donc pas été récupérée.
fail-over-upload-limit = ❌ Ce fichier ({ $size }) dépasse { $limit }, le maximum que ce serveur peut envoyer par l’API Bot de Telegram. Pour des fichiers plus gros, l’opérateur doit définir API_ID et API_HASH.
fail-http-status = ❌ Le site a répondu avec l’erreur { $status }. Vérifie que le lien fonctionne dans un navigateur.
fail-timeout = ❌ Le téléchargement a pris trop de temps et a été arrêté.
fail-stalled = ❌ Le site a cessé d’envoyer des données ; le téléchargement a été arrêté.
fail-network = ❌ La connexion au site a échoué ou a été coupée. Réessaie plus tard.
fail-redirects = ❌ Le lien redirige trop de fois.
fail-guard = ❌ Ce lien mène à une adresse de réseau privé ou local, que ce bot ne récupère pas.
fail-disk-full = ❌ Le serveur n’a pas de place pour ce fichier en ce moment. Réessaie plus tard.
fail-disk-short = ❌ Ce fichier demande { $size } d’espace libre sur le serveur, et seulement { $limit } est libre en ce moment.
fail-cancelled = ✖️ Téléchargement annulé.
fail-telegram-refused = ❌ Telegram a refusé ce fichier.
fail-direct-only = ❌ Telegram n’a pas pu récupérer ce lien lui-même, et ce serveur n’envoie les liens que de cette façon.
fail-unsupported = ❌ Aucune vidéo ni aucun fichier n’a été trouvé à ce lien.
fail-private = ❌ Cette vidéo est privée : seul son propriétaire (ou les personnes qu’il autorise) peut la voir.
fail-geo = ❌ Cette vidéo n’est pas disponible dans la région du serveur.
fail-extractor-broken = ❌ Le site a changé et le téléchargeur n’a pas pu lire cette page. Une mise à jour du téléchargeur a été lancée ; réessaie dans quelques minutes.
fail-rate-limited = ❌ Le site limite ou bloque les requêtes de ce serveur en ce moment. Réessaie dans une heure environ.
fail-bot-check = ❌ Le site a demandé au bot de prouver qu’il n’est pas un robot (« Sign in to confirm you're not a bot ») et le bot n’a pas pu passer la vérification pour l’instant. Les admins sont prévenus ; réessaie plus tard.
fail-removed = ❌ Cette vidéo a été supprimée ou n’est plus disponible.
fail-login = ❌ Ce site exige un compte connecté pour ce lien, et les comptes du bot n’ont pas pu l’ouvrir. Les admins peuvent ajouter des cookies d’un navigateur connecté avec /cookies.
fail-format = ❌ Aucun format de cette vidéo ne tient dans la limite de taille ({ $limit }).
fail-tool-missing = ❌ Ce serveur ne peut pas traiter ce type de lien en ce moment.
fail-video-unavailable = ❌ Les sites vidéo ne sont pas disponibles sur ce serveur en ce moment ; cette page ne peut donc pas être récupérée. Les admins sont prévenus.
fail-interrupted = ❌ Ton téléchargement a été interrompu deux fois par un redémarrage et a été arrêté. Renvoie le lien.
fail-internal = ❌ Désolé, quelque chose s’est mal passé avec ce téléchargement. Réessaie.
quality-ask = 🎬 { $title }
    Choisis une qualité (les tailles sont des estimations) :
question-expired = ⌛ Ce choix a expiré. Renvoie le lien pour choisir.
quality-chosen = ✅ Choisi : { $choice }
quality-audio = 🎵 Son uniquement
quality-auto = Automatique
quality-ask-label = Demander
settings-title =
    ⚙️ Réglages
    Langue : { $language }
    Qualité vidéo : { $quality }
    Envoyer les vidéos en : { $sendAs }
settings-as-video = Vidéo
settings-as-document = Document
settings-saved = Enregistré
quality-best = 🎬 Meilleure disponible
retention-title = ⚠️ <b>Liens bientôt supprimés</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = supprimé le { $date }
retention-deleted = 🗑 déjà supprimé (le bot était arrêté pendant la période d’avertissement)
retention-more = … et { $count } de plus
history-empty = Tu n’as encore envoyé aucun lien.
history-title = 🕘 Tes liens ({ $total }) :
history-deleted-on = retiré le { $date }
outcome-pending = ⏳ en attente
outcome-delivered = ✅ livré
outcome-failed = ❌ échoué
outcome-cancelled = ✖️ annulé
outcome-refused = ⛔ refusé
quota-links = ⛔ Tu peux envoyer { $limit } liens par heure. Réessaie dans { $wait }.
quota-bytes = ⛔ Tu as atteint ton quota de téléchargement du jour. Réessaie dans { $wait }.
admin-only = ⛔ Cette commande est réservée aux admins du bot.
admin-title = 🛠 Panneau d’administration
admin-users = 👥 Utilisateurs
admin-stats = 📊 Statistiques
stats-chart-title = Liens par heure, dernières 24 heures (UTC)
stats-chart-delivered = livrés
stats-chart-failed = échoués
admin-back = « Retour
admin-users-title = 👥 Utilisateurs ({ $total }), les plus récemment actifs d’abord :
admin-stats-text =
    📊 <b>Statistiques</b>
    Utilisateurs : { $users } (actifs en 24 h : { $active })
    Liens en 24 h : { $jobs }, livrés { $bytes }
    Servis aujourd’hui par les liens de fichiers (UTC) : { $served }
    Échecs par raison : { $failures }
    Échecs en 24 h par site :
    { $sites }
    File d’attente : { $queued } en attente, { $running } en cours
    En service depuis : { $uptime }
admin-usage = Utilisation : { $usage }
admin-no-links = Aucun lien pour l’utilisateur { $id }.
admin-check-title = Derniers liens de l’utilisateur { $id } :
admin-banned = L’utilisateur { $id } est banni.
admin-unbanned = L’utilisateur { $id } n’est plus banni.
admin-unknown-user = Aucun utilisateur { $id } n’a utilisé ce bot.
admin-too-long = Le texte est trop long (4000 caractères au plus).
broadcast-started = 📣 Diffusion lancée. Tu recevras un rapport à la fin.
broadcast-busy = Une diffusion est déjà en cours.
broadcast-report = 📣 Diffusion terminée : { $delivered } livrés, { $failed } échoués, { $blocked } ont bloqué le bot.
caption-part = 🧩 Partie { $index } sur { $count }
pdf-unavailable = 📄 La création de PDF n’est pas disponible sur ce serveur.
pdf-usage = Utilisation : /pdf <lien> [letter] [landscape]
pdf-offer = 📄 Cette page n’a pas de vidéo. La veux-tu en PDF ?
pdf-button = 📄 PDF
group-help = Dans ce groupe, je télécharge seulement ce que tu demandes : envoie /dl lien, ou réponds à un de mes messages avec un lien. J’ignore tout le reste ici. Pour plus, écris-moi en privé : @{ $bot }
dl-usage = Envoie le lien après la commande : /dl https://example.com/video
cancel-not-yours = Seule la personne qui l’a demandé (ou un admin du groupe) peut annuler ceci.
cmd-dl = Télécharger un lien (dans les groupes : /dl lien)
status-item = Élément { $index } sur { $count }
items-ask = Ce lien contient { $count } éléments ({ $size }) : { $title }
    Une demande prend au plus { $cap } au total ; les éléments au-delà ne sont pas envoyés.
    Tout envoyer, en albums de 10 au plus ?
items-all = Envoyer les { $count }
items-first = Seulement les { $count } premiers
items-none = Annuler
items-chosen = C’est en route.
items-declined = Rien ne sera envoyé.
items-failed = Sur { $count } éléments, ceux-ci n’ont pas pu être envoyés :
items-failed-line = • élément { $index } : { $reason }
list-offer = Cette vidéo fait partie d’une liste.
list-button = Toute la liste
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source } : { $path })
    Environnement JavaScript pour les défis de YouTube : { $js }
    Résolveur de défis (yt-dlp-ejs) : { $solver }
    Dernière recherche de mise à jour : { $checked }
    Dernier résultat : { $result }
    /ytdlp update cherche une nouvelle version maintenant.
ytdlp-yes = oui
ytdlp-no = non (ce yt-dlp est trop ancien pour cela)
ytdlp-updating = ⏳ Recherche d’une nouvelle version de yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } est installé et utilisé.
ytdlp-current = ✅ yt-dlp { $version } est la dernière version.
ytdlp-failed = ❌ yt-dlp n’a pas été mis à jour ({ $reason } : { $message }). Toujours en service : { $version }.
ytdlp-unmanaged = yt-dlp est ici { $path }, défini par YTDLP_PATH ; le bot ne le remplace donc pas.
ytdlp-elsewhere = yt-dlp et ses cookies se trouvent dans les processus workers, pas dans celui-ci.
cookies-added = 🍪 { $name } a rejoint le stock de cookies, pour : { $sites }.
cookies-invalid = ❌ Ce n’est pas un fichier de cookies. Envoie un cookies.txt au format Netscape (tel qu’une extension de navigateur ou yt-dlp l’exporte), 1 Mo au plus, en document avec la légende /cookies.
cookies-empty = 🍪 Le stock de cookies est vide. Envoie un fichier de cookies en document avec la légende /cookies.
cookies-title = 🍪 Stock de cookies (ajouté · dernier succès · mis de côté jusqu’à)
cookies-line = • { $name } ({ $origin }) : { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Retiré du stock.
cookies-gone = Ce fichier n’est plus dans le stock.
notice-ytdlp-refused = ⚠️ Une version de yt-dlp n’a pas été installée ou lancée : { $reason }. Le bot continue avec le yt-dlp qu’il avait (ou celui de l’hôte). Vérifie YTDLP_RELEASE_URL et la signature de la version ; /ytdlp montre l’état.
notice-missing-yt-dlp = ⚠️ yt-dlp n’est pas disponible : les liens vers des pages vidéo sont refusés avec un message. Installe-le (apt-get install yt-dlp) ou indique-le avec YTDLP_PATH ; ou laisse YTDLP_PATH vide avec YTDLP_UPDATE_HOURS au-dessus de 0, et le bot installe sa propre version.
notice-missing-ffmpeg = ⚠️ ffmpeg ou ffprobe n’est pas disponible : les vidéos partent sans miniature, durée ni dimensions, yt-dlp ne peut pas assembler vidéo et son séparés (certains sites donnent moins ou rien), et les vidéos de plus de 2 Go sont découpées en parties brutes au lieu de parties lisibles. Installe-le : apt-get install ffmpeg (ou définis FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl n’est pas disponible : les images des pages de galerie que yt-dlp ne voit pas ne sont pas récupérées. Installe-le : apt-get install gallery-dl (ou définis GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium n’est pas disponible : /pdf répond qu’il est désactivé. Installe-le : apt-get install chromium (ou définis CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site } : les liens se heurtent à « { $kind } » (une connexion ou une vérification « pas un bot ») et aucun fichier de cookies ne passe. Exporte les cookies d’un navigateur connecté à { $site } (cookies.txt Netscape) et envoie le fichier ici en document avec la légende /cookies ; /cookies montre le stock.
class-bot-check = vérifications anti-bot
class-login = connexion requise
class-geo = blocages géographiques
class-private = privé
class-removed = supprimé
class-format = aucun format dans les limites
class-rate-limited = limites de débit ou blocages d’IP
class-extractor-broken = échecs de l’extracteur
dashboard-link = 🔐 Ton lien de connexion au tableau de bord (valable une fois, 10 minutes) :
    { $url }
dashboard-open = Ouvrir le tableau de bord
dash-title = Tableau de bord Pishtaz
dash-queue = File d’attente
dash-queued = en attente
dash-running = en cours
dash-oldest-wait = plus longue attente
dash-workers = Workers
dash-worker = processus
dash-jobs-now = tâches en cours
dash-uptime = en service
dash-none = aucun
dash-hourly = Tâches et échecs par heure, dernières 24 heures
dash-delivered = livrés
dash-failed = échoués
dash-failures-by-site = Échecs par site, dernières 24 heures
dash-top-users = Utilisateurs les plus actifs
dash-user = utilisateur
dash-links = liens
dash-traffic = Trafic, dernières 24 heures
dash-links-received = liens reçus
dash-bytes-delivered = livrés
dash-users-total = utilisateurs
dash-users-active = utilisateurs actifs
dash-ytdlp = yt-dlp
dash-version = version
dash-source = source
dash-unavailable = indisponible
dash-cookies = Stock de cookies
dash-cookie-usable = utilisable
dash-cookie-aside = au repos après une connexion ou une vérification anti-bot jusqu’à { $until }
dash-last-success = dernier succès
dash-updated = Mis à jour
dash-notice-title = Connexion depuis le bot
dash-notice = Cette page demande un lien de connexion. Envoie /dashboard au bot (admins seulement) ; le lien envoyé est valable une fois, 10 minutes.
dash-link-used = Ce lien de connexion a déjà servi ou a expiré.
dash-signing-in = Connexion…
dashboard-private-only = Envoie /dashboard en discussion privée avec le bot : un lien de connexion dans un groupe pourrait être ouvert par n’importe qui.
dash-role = rôle
filelink-too-large = ⛔ Ce fichier fait { $size } ; les liens d’ici servent des fichiers jusqu’à { $limit } (la limite de l’API Bot de Telegram). L’opérateur la relève avec API_ID et API_HASH (jusqu’à 4 Go) ou un serveur Bot API local (BOT_API_LOCAL).
filelink-too-large-max = ⛔ Ce fichier fait { $size } ; le plus gros fichier qu’un lien peut servir fait { $limit }.
filelink-per-day = ⛔ Tu peux créer { $limit } liens de fichiers par jour. Réessaie plus tard.
filelink-expires = ⏳ Valable jusqu’au { $date } (UTC).
filelink-never-expires = ♾ Valable jusqu’à ce que tu le révoques (/links).
filelink-button-download = ⬇️ Télécharger
filelink-button-play = ▶️ Lire
filelink-reply-to-file = Envoie /link en réponse à un message contenant un fichier.
filelinks-empty = Tu n’as aucun lien de fichier. Envoie-moi un fichier pour en obtenir un.
filelinks-title = 🔗 Tes liens de fichiers ({ $total }) ; 🗑 en révoque un :
filelink-revoked = Révoqué : le lien ne fonctionne plus.
filelink-not-yours = Ce lien n’est pas à toi, ou il a déjà été révoqué.
filelink-unknown = Ce lien n’existe pas. Vérifie qu’il a été copié en entier.
filelink-gone = Ce lien ne fonctionne plus : il a expiré ou a été révoqué.
filelink-daily-limit = Ce lien a servi le quota quotidien de son propriétaire. Réessaie demain.
filelink-too-many = Trop de téléchargements simultanés depuis ton adresse. Réessaie quand certains seront terminés.
filelink-download = Télécharger ({ $size })
cmd-links = Tes liens de fichiers
dash-bytes-served = servis aujourd’hui par les liens de fichiers
words-unknown =
    Je ne connais pas le mot « { $word } ». Après un lien, tu peux écrire par exemple :
    { $url } 1:20-2:05 720
    Mots : un passage comme 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help les explique.
more-ask = Plus de cette page :
more-section = ✂️ Un passage
more-section-how = Envoie le lien avec le passage voulu, par exemple :
    { $url } 0:30-1:15
more-audio = 🎵 Son
more-subs = 📝 Sous-titres
note-burn-too-long = Les sous-titres ne sont incrustés que pour les vidéos de { $minutes } minutes au plus ; pour celle-ci, ils arrivent en fichier.
note-codec = Cette vidéo n’existe qu’en { $codec }, qui ne se lit pas sur tous les téléphones (dont les iPhone). Les vidéos de { $minutes } minutes au plus sont converties ; celle-ci est plus longue. Envoie le lien avec « doc » pour la recevoir en fichier.
status-burning = 📝 Incrustation des sous-titres…
settings-subs = Sous-titres : { $subs }
settings-subs-off = non
settings-subs-on = oui
settings-audio = Son en : { $format }
