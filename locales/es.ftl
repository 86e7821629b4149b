## glossary: link = enlace
## glossary: file = archivo
## glossary: queue = cola
## glossary: quality = calidad
## glossary: album = álbum
## glossary: cookies = cookies

start =
    ¡Hola, { $name }! Soy Pishtaz, un bot de descargas.

    Envíame un enlace y te devuelvo el archivo:
    • vídeos de YouTube, Instagram, X y más de mil sitios más (llegan como vídeos reproducibles)
    • GIF (llegan como animaciones)
    • cualquier enlace directo a un archivo (llega como documento)

    Se admiten archivos de hasta { $limit }. /help muestra ejemplos.
help =
    Cómo usar Pishtaz:
    1. Envía un enlace, por ejemplo:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Sigue el mensaje de estado; pulsa «Cancelar» para detenerlo.
    3. El archivo llega a este chat.

    Palabras después de un enlace de vídeo, en cualquier orden:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — solo ese fragmento (o 1:02:00-1:04:30)
    • audio — el sonido en m4a con su título y portada; video; doc — como documento
    • 360, 480, 720, 1080 — la altura máxima
    • subs — los subtítulos como archivos .srt; subs:de — un solo idioma; subs:burn — grabados en la imagen

    Comandos:
    /history — tus enlaces recientes
    /settings — idioma, calidad de vídeo, enviar como vídeo o documento
    /cancel — cancela tus descargas en cola y en curso
    /pdf <enlace> — una página web en PDF
hint = Envía un enlace válido que empiece por http:// o https://, por ejemplo: https://example.com/file.pdf
error-generic = Lo siento, algo salió mal. Inténtalo de nuevo.
banned = Se te ha bloqueado el uso de este bot.
cmd-start = Bienvenida y presentación
cmd-help = Cómo usar el bot
cmd-history = Tus enlaces recientes
cmd-settings = Idioma y ajustes de vídeo
cmd-cancel = Cancelar tus descargas
cmd-pdf = Una página web en PDF
cmd-admin = Panel de administración
cmd-dashboard = Panel web (enlace de acceso de un solo uso)
cmd-ytdlp = Versión y actualización de yt-dlp
cmd-cookies = El conjunto de cookies de yt-dlp
button-cancel = ✖️ Cancelar
cancel-done = Cancelado.
cancel-nothing = No hay nada que cancelar.
queue-full = Ya tienes { $max } enlaces esperando. Espera a que terminen algunos.
refused-scheme = ❌ Solo se pueden descargar enlaces http:// y https://.
refused-address = ❌ Este enlace apunta a una dirección de red privada o local, que este bot no descarga.
status-queued = ⏳ En la cola: posición { $position }
status-starting = ⚙️ Empezando…
status-probing = 🔎 Comprobando el enlace…
status-downloading = ⬇️ Descargando…
status-uploading = ⬆️ Enviando a Telegram…
status-streaming = ⬇️⬆️ Descargando y enviando a la vez…
status-both-sides = descargado { $down } % · enviado { $up } %
status-merging = 🎞 Uniendo vídeo y audio…
status-converting = 🎞 Convirtiendo…
status-splitting = ✂️ Dividiendo en partes…
status-rendering = 🖨 Generando la página…
status-eta = faltan { $eta }
status-paused = ⏸ El bot se está reiniciando; tu descarga seguirá enseguida.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Este archivo ocupa { $size }, más que el límite de este bot ({ $limit }).
fail-page-too-large = ❌ Esta página se describe con más datos de los que lee el bot (más de 8 MB), así que no se descargó.
fail-over-upload-limit = ❌ Este archivo ({ $size }) supera { $limit }, lo máximo que este servidor puede enviar por la API de bots de Telegram. Para archivos más grandes, el operador debe configurar API_ID y API_HASH.
fail-http-status = ❌ El sitio web respondió con el error { $status }. Comprueba que el enlace funciona en un navegador.
fail-timeout = ❌ La descarga tardó demasiado y se detuvo.
fail-stalled = ❌ El sitio web dejó de enviar datos, así que la descarga se detuvo.
fail-network = ❌ La conexión con el sitio web falló o se cortó. Inténtalo más tarde.
fail-redirects = ❌ El enlace redirige demasiadas veces.
fail-guard = ❌ Este enlace lleva a una dirección de red privada o local, que este bot no descarga.
fail-disk-full = ❌ El servidor no tiene espacio para este archivo ahora mismo. Inténtalo más tarde.
fail-disk-short = ❌ Este archivo necesita { $size } de espacio libre en el servidor, y ahora solo hay { $limit } libres.
fail-cancelled = ✖️ Descarga cancelada.
fail-telegram-refused = ❌ Telegram rechazó este archivo.
fail-direct-only = ❌ Telegram no pudo descargar este enlace por sí mismo, y este servidor solo envía enlaces de esa forma.
fail-unsupported = ❌ No se encontró ningún vídeo ni archivo en este enlace.
fail-private = ❌ Este vídeo es privado: solo su dueño (o quien él permita) puede verlo.
fail-geo = ❌ Este vídeo no está disponible en la región del servidor.
fail-extractor-broken = ❌ El sitio cambió y el descargador no pudo leer esta página. Se ha iniciado una actualización del descargador; inténtalo de nuevo en unos minutos.
fail-rate-limited = ❌ El sitio está limitando o bloqueando las peticiones de este servidor ahora mismo. Inténtalo de nuevo dentro de una hora más o menos.
fail-bot-check = ❌ El sitio pidió al bot que demostrara que no es un robot («Sign in to confirm you're not a bot») y el bot no pudo superar la comprobación por ahora. Los administradores lo saben; inténtalo más tarde.
fail-removed = ❌ Este vídeo se eliminó o ya no está disponible.
fail-login = ❌ Este sitio pide una cuenta con sesión iniciada para este enlace, y las cuentas del bot no pudieron abrirlo. Los administradores pueden añadir cookies de un navegador con sesión iniciada con /cookies.
fail-format = ❌ Ningún formato de este vídeo cabe en el límite de tamaño ({ $limit }).
fail-tool-missing = ❌ Este servidor no puede procesar este tipo de enlace ahora mismo.
fail-video-unavailable = ❌ Los sitios de vídeo no están disponibles en este servidor ahora mismo, así que esta página no se puede descargar. Los administradores lo saben.
fail-interrupted = ❌ Tu descarga se interrumpió dos veces por un reinicio y se detuvo. Envía el enlace otra vez.
fail-internal = ❌ Lo siento, algo salió mal con esta descarga. Inténtalo de nuevo.
quality-ask = 🎬 { $title }
    Elige una calidad (los tamaños son estimaciones):
question-expired = ⌛ Esta elección ha caducado. Envía el enlace otra vez para elegir.
quality-chosen = ✅ Elegido: { $choice }
quality-audio = 🎵 Solo audio
quality-auto = Automática
quality-ask-label = Preguntar
settings-title =
    ⚙️ Ajustes
    Idioma: { $language }
    Calidad de vídeo: { $quality }
    Enviar vídeos como: { $sendAs }
settings-as-video = Vídeo
settings-as-document = Documento
settings-saved = Guardado
quality-best = 🎬 La mejor disponible
retention-title = ⚠️ <b>Enlaces a punto de borrarse</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = se borra el { $date }
retention-deleted = 🗑 ya borrado (el bot estaba caído durante el periodo de aviso)
retention-more = … y { $count } más
history-empty = Todavía no has enviado ningún enlace.
history-title = 🕘 Tus enlaces ({ $total }):
history-deleted-on = se retira el { $date }
outcome-pending = ⏳ pendiente
outcome-delivered = ✅ entregado
outcome-failed = ❌ fallido
outcome-cancelled = ✖️ cancelado
outcome-refused = ⛔ rechazado
quota-links = ⛔ Puedes enviar { $limit } enlaces por hora. Inténtalo de nuevo en { $wait }.
quota-bytes = ⛔ Has alcanzado tu cuota de descargas de hoy. Inténtalo de nuevo en { $wait }.
admin-only = ⛔ Este comando es solo para los administradores del bot.
admin-title = 🛠 Panel de administración
admin-users = 👥 Usuarios
admin-stats = 📊 Estadísticas
stats-chart-title = Enlaces por hora, últimas 24 horas (UTC)
stats-chart-delivered = entregados
stats-chart-failed = fallidos
admin-back = « Volver
admin-users-title = 👥 Usuarios ({ $total }), los más recientes primero:
admin-stats-text =
    📊 <b>Estadísticas</b>
    Usuarios: { $users } (activos en 24 h: { $active })
    Enlaces en 24 h: { $jobs }, entregados { $bytes }
    Servido hoy por enlaces de archivo (UTC): { $served }
    Fallos por motivo: { $failures }
    Fallos en 24 h por sitio:
    { $sites }
    Cola ahora: { $queued } esperando, { $running } en curso
    Tiempo en marcha: { $uptime }
admin-usage = Uso: { $usage }
admin-no-links = No hay enlaces del usuario { $id }.
admin-check-title = Últimos enlaces del usuario { $id }:
admin-banned = El usuario { $id } está bloqueado.
admin-unbanned = El usuario { $id } está desbloqueado.
admin-unknown-user = Ningún usuario { $id } ha usado este bot.
admin-too-long = El texto es demasiado largo (4000 caracteres como máximo).
broadcast-started = 📣 Difusión iniciada. Recibirás un informe cuando termine.
broadcast-busy = Ya hay una difusión en curso.
broadcast-report = 📣 Difusión terminada: { $delivered } entregados, { $failed } fallidos, { $blocked } bloquearon el bot.
caption-part = 🧩 Parte { $index } de { $count }
pdf-unavailable = 📄 La generación de PDF no está disponible en este servidor.
pdf-usage = Uso: /pdf <enlace> [letter] [landscape]
pdf-offer = 📄 Esta página no tiene vídeo. ¿La quieres en PDF?
pdf-button = 📄 PDF
group-help = En este grupo solo descargo lo que pidas: envía /dl enlace, o responde a uno de mis mensajes con un enlace. Todo lo demás aquí lo ignoro. Para más, escríbeme en privado: @{ $bot }
dl-usage = Envía el enlace después del comando: /dl https://example.com/video
cancel-not-yours = Solo quien lo pidió (o un administrador del grupo) puede cancelarlo.
cmd-dl = Descargar un enlace (en grupos: /dl enlace)
status-item = Elemento { $index } de { $count }
items-ask = Este enlace tiene { $count } elementos ({ $size }): { $title }
    Una petición ocupa como máximo { $cap } en total; los elementos que pasen de ahí no se envían.
    ¿Enviarlos todos, en álbumes de hasta 10?
items-all = Enviar los { $count }
items-first = Solo los { $count } primeros
items-none = Cancelar
items-chosen = En camino.
items-declined = No se enviará nada.
items-failed = De { $count } elementos, estos no se pudieron enviar:
items-failed-line = • elemento { $index }: { $reason }
list-offer = Este vídeo forma parte de una lista.
list-button = La lista entera
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    Entorno JavaScript para los retos de YouTube: { $js }
    Solucionador de retos (yt-dlp-ejs): { $solver }
    Última comprobación de actualizaciones: { $checked }
    Último resultado: { $result }
    /ytdlp update busca ahora una versión nueva.
ytdlp-yes = sí
ytdlp-no = no (este yt-dlp es demasiado antiguo para eso)
ytdlp-updating = ⏳ Buscando una versión nueva de yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } está instalado y en uso.
ytdlp-current = ✅ yt-dlp { $version } es la última versión.
ytdlp-failed = ❌ yt-dlp no se actualizó ({ $reason }: { $message }). Se sigue usando { $version }.
ytdlp-unmanaged = yt-dlp aquí es { $path }, fijado por YTDLP_PATH, así que el bot no lo sustituye.
ytdlp-elsewhere = yt-dlp y sus cookies están en los procesos worker, no en este.
cookies-added = 🍪 { $name } se unió al conjunto de cookies, para: { $sites }.
cookies-invalid = ❌ Eso no es un archivo de cookies. Envía un cookies.txt en formato Netscape (como lo exporta una extensión del navegador o yt-dlp), de 1 MB como máximo, como documento con el pie /cookies.
cookies-empty = 🍪 El conjunto de cookies está vacío. Envía un archivo de cookies como documento con el pie /cookies.
cookies-title = 🍪 Conjunto de cookies (añadido · último éxito · apartado hasta)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Quitado del conjunto.
cookies-gone = Ese archivo ya no está en el conjunto.
notice-ytdlp-refused = ⚠️ Una versión de yt-dlp no se instaló o no se ejecutó: { $reason }. El bot sigue usando el yt-dlp que tenía (o el del sistema). Revisa YTDLP_RELEASE_URL y la firma de la versión; /ytdlp muestra el estado.
notice-missing-yt-dlp = ⚠️ yt-dlp no está disponible: los enlaces a páginas de vídeo se rechazan con un mensaje. Instálalo (apt-get install yt-dlp) o indica su ruta en YTDLP_PATH; o deja YTDLP_PATH sin definir con YTDLP_UPDATE_HOURS mayor que 0, y el bot instala su propia versión.
notice-missing-ffmpeg = ⚠️ ffmpeg o ffprobe no está disponible: los vídeos salen sin miniatura, duración ni dimensiones, yt-dlp no puede unir vídeo y audio separados (algunos sitios dan menos o nada) y los vídeos de más de 2 GB se dividen en partes en bruto en lugar de reproducibles. Instálalo: apt-get install ffmpeg (o define FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl no está disponible: no se descargan las imágenes de páginas de galería que yt-dlp no ve. Instálalo: apt-get install gallery-dl (o define GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium no está disponible: /pdf responde que está desactivado. Instálalo: apt-get install chromium (o define CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: los enlaces se topan con «{ $kind }» (un inicio de sesión o una comprobación de «no eres un bot») y ningún archivo de cookies la superó. Exporta las cookies de un navegador con sesión iniciada en { $site } (cookies.txt de Netscape) y envía el archivo aquí como documento con el pie /cookies; /cookies muestra el conjunto.
class-bot-check = comprobaciones antibot
class-login = inicio de sesión necesario
class-geo = bloqueos geográficos
class-private = privado
class-removed = eliminado
class-format = ningún formato dentro de los límites
class-rate-limited = límites de peticiones o bloqueos de IP
class-extractor-broken = fallos del extractor
dashboard-link = 🔐 Tu enlace de acceso al panel (sirve una vez, durante 10 minutos):
    { $url }
dashboard-open = Abrir el panel
dash-title = Panel de Pishtaz
dash-queue = Cola
dash-queued = esperando
dash-running = en curso
dash-oldest-wait = espera más larga
dash-workers = Workers
dash-worker = proceso
dash-jobs-now = trabajos ahora
dash-uptime = en marcha
dash-none = ninguno
dash-hourly = Trabajos y fallos por hora, últimas 24 horas
dash-delivered = entregados
dash-failed = fallidos
dash-failures-by-site = Fallos por sitio, últimas 24 horas
dash-top-users = Usuarios más activos
dash-user = usuario
dash-links = enlaces
dash-traffic = Tráfico, últimas 24 horas
dash-links-received = enlaces recibidos
dash-bytes-delivered = entregado
dash-users-total = usuarios
dash-users-active = usuarios activos
dash-ytdlp = yt-dlp
dash-version = versión
dash-source = origen
dash-unavailable = no disponible
dash-cookies = Conjunto de cookies
dash-cookie-usable = utilizable
dash-cookie-aside = en reposo tras un inicio de sesión o una comprobación antibot hasta { $until }
dash-last-success = último éxito
dash-updated = Actualizado
dash-notice-title = Inicia sesión desde el bot
dash-notice = Esta página necesita un enlace de acceso. Envía /dashboard al bot (solo administradores); el enlace que envía sirve una vez, durante 10 minutos.
dash-link-used = Este enlace de acceso ya se usó o ha caducado.
dash-signing-in = Iniciando sesión…
dashboard-private-only = Envía /dashboard en un chat privado con el bot: cualquiera en un grupo podría abrir allí un enlace de acceso.
dash-role = rol
filelink-too-large = ⛔ Este archivo ocupa { $size }; aquí los enlaces sirven archivos de hasta { $limit } (el límite de la API de bots de Telegram). El operador lo amplía con API_ID y API_HASH (hasta 4 GB) o con un servidor local de la API de bots (BOT_API_LOCAL).
filelink-too-large-max = ⛔ Este archivo ocupa { $size }; el archivo más grande que puede servir un enlace es de { $limit }.
filelink-per-day = ⛔ Puedes crear { $limit } enlaces de archivo al día. Inténtalo más tarde.
filelink-expires = ⏳ Funciona hasta el { $date } (UTC).
filelink-never-expires = ♾ Funciona hasta que lo revoques (/links).
filelink-button-download = ⬇️ Descargar
filelink-button-play = ▶️ Reproducir
filelink-reply-to-file = Envía /link respondiendo a un mensaje con un archivo.
filelinks-empty = No tienes enlaces de archivo. Envíame un archivo para obtener uno.
filelinks-title = 🔗 Tus enlaces de archivo ({ $total }); 🗑 revoca uno:
filelink-revoked = Revocado: el enlace ya no funciona.
filelink-not-yours = Este enlace no es tuyo, o ya se revocó.
filelink-unknown = Este enlace no existe. Comprueba que se copió entero.
filelink-gone = Este enlace ya no funciona: caducó o se revocó.
filelink-daily-limit = Este enlace ya sirvió la cuota diaria de su dueño. Inténtalo mañana.
filelink-too-many = Demasiadas descargas a la vez desde tu dirección. Inténtalo cuando terminen algunas.
filelink-download = Descargar ({ $size })
cmd-links = Tus enlaces de archivo
dash-bytes-served = servido hoy por enlaces de archivo
words-unknown =
    No conozco la palabra «{ $word }». Después de un enlace puedes escribir, por ejemplo:
    { $url } 1:20-2:05 720
    Palabras: un fragmento como 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help las explica.
more-ask = Más de esta página:
more-section = ✂️ Un fragmento
more-section-how = Envía el enlace con el fragmento que quieras, por ejemplo:
    { $url } 0:30-1:15
more-audio = 🎵 Audio
more-subs = 📝 Subtítulos
note-burn-too-long = Los subtítulos solo se graban en la imagen en vídeos de hasta { $minutes } minutos; este los trae como archivo.
note-codec = Este vídeo solo existe en { $codec }, que no se reproduce en todos los teléfonos (los iPhone entre ellos). Los vídeos de hasta { $minutes } minutos se convierten; este es más largo. Envía el enlace con «doc» para recibirlo como archivo.
status-burning = 📝 Grabando los subtítulos en la imagen…
settings-subs = Subtítulos: { $subs }
settings-subs-off = no
settings-subs-on = sí
settings-audio = Audio como: { $format }
