## glossary: link = ссылка
## glossary: file = файл
## glossary: queue = очередь
## glossary: quality = качество
## glossary: album = альбом
## glossary: cookies = cookies

start =
    Здравствуйте, { $name }! Я Pishtaz, бот для скачивания.

    Пришлите ссылку, и я пришлю вам файл:
    • видео с YouTube, Instagram, X и более чем тысячи других сайтов (приходят как видео, которые можно смотреть)
    • GIF (приходят как анимации)
    • любая прямая ссылка на файл (приходит как документ)

    Поддерживаются файлы до { $limit }. Примеры — в /help.
help =
    Как пользоваться Pishtaz:
    1. Пришлите ссылку, например:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Следите за сообщением о статусе; чтобы остановить, нажмите «Отмена».
    3. Файл придёт в этот чат.

    Слова после ссылки на видео, в любом порядке:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — только этот фрагмент (или 1:02:00-1:04:30)
    • audio — звук в m4a с названием и обложкой; video; doc — документом
    • 360, 480, 720, 1080 — наибольшая высота кадра
    • subs — субтитры файлами .srt; subs:de — один язык; subs:burn — вшитые в изображение

    Команды:
    /history — ваши последние ссылки
    /settings — язык, качество видео, отправка видео или документом
    /cancel — отменить ваши загрузки в очереди и в работе
    /pdf <ссылка> — веб-страница в PDF
hint = Пришлите правильную ссылку, начинающуюся с http:// или https://, например: https://example.com/file.pdf
error-generic = Извините, что-то пошло не так. Попробуйте ещё раз.
banned = Вам закрыт доступ к этому боту.
cmd-start = Приветствие и знакомство
cmd-help = Как пользоваться ботом
cmd-history = Ваши последние ссылки
cmd-settings = Язык и настройки видео
cmd-cancel = Отменить ваши загрузки
cmd-pdf = Веб-страница в PDF
cmd-admin = Панель администратора
cmd-dashboard = Веб-панель (одноразовая ссылка для входа)
cmd-ytdlp = Версия и обновление yt-dlp
cmd-cookies = Набор cookies для yt-dlp
button-cancel = ✖️ Отмена
cancel-done = Отменено.
cancel-nothing = Отменять нечего.
queue-full = У вас уже { $max } ссылок в ожидании. Подождите, пока часть из них закончится.
refused-scheme = ❌ Скачивать можно только ссылки http:// и https://.
refused-address = ❌ Эта ссылка ведёт на адрес частной или локальной сети, а такие адреса бот не открывает.
status-queued = ⏳ В очереди: место { $position }
status-starting = ⚙️ Начинаю…
status-probing = 🔎 Проверяю ссылку…
status-downloading = ⬇️ Скачиваю…
status-uploading = ⬆️ Отправляю в Telegram…
status-streaming = ⬇️⬆️ Скачиваю и отправляю одновременно…
status-both-sides = скачано { $down }% · отправлено { $up }%
status-merging = 🎞 Соединяю видео и звук…
status-converting = 🎞 Преобразую…
status-splitting = ✂️ Делю на части…
status-rendering = 🖨 Формирую страницу…
status-eta = осталось { $eta }
status-paused = ⏸ Бот перезапускается; загрузка скоро продолжится.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Размер этого файла — { $size }, это больше предела бота ({ $limit }).
fail-page-too-large = ❌ Эта страница описывает себя бо́льшим объёмом данных, чем читает бот (больше 8 МБ), поэтому она не загружена.
fail-over-upload-limit = ❌ Этот файл ({ $size }) больше { $limit } — предела, который этот сервер может отправить через Telegram Bot API. Для файлов крупнее оператору нужно задать API_ID и API_HASH.
fail-http-status = ❌ Сайт ответил ошибкой { $status }. Проверьте, открывается ли ссылка в браузере.
fail-timeout = ❌ Загрузка шла слишком долго и была остановлена.
fail-stalled = ❌ Сайт перестал присылать данные, поэтому загрузка остановлена.
fail-network = ❌ Соединение с сайтом не удалось или оборвалось. Попробуйте позже.
fail-redirects = ❌ Ссылка перенаправляет слишком много раз.
fail-guard = ❌ Эта ссылка ведёт на адрес частной или локальной сети, а такие адреса бот не открывает.
fail-disk-full = ❌ Сейчас на сервере нет места для этого файла. Попробуйте позже.
fail-disk-short = ❌ Этому файлу нужно { $size } свободного места на сервере, а сейчас свободно только { $limit }.
fail-cancelled = ✖️ Загрузка отменена.
fail-telegram-refused = ❌ Telegram отклонил этот файл.
fail-direct-only = ❌ Telegram не смог сам загрузить эту ссылку, а этот сервер отправляет ссылки только так.
fail-unsupported = ❌ По этой ссылке не найдено ни видео, ни файла.
fail-private = ❌ Это видео закрытое: его видит только владелец (или те, кому он разрешил).
fail-geo = ❌ Это видео недоступно в регионе сервера.
fail-extractor-broken = ❌ Сайт изменился, и загрузчик не смог прочитать эту страницу. Обновление загрузчика уже запущено; попробуйте через несколько минут.
fail-rate-limited = ❌ Сайт сейчас ограничивает или блокирует запросы этого сервера. Попробуйте примерно через час.
fail-bot-check = ❌ Сайт попросил бота доказать, что он не робот («Sign in to confirm you're not a bot»), и пройти проверку сейчас не удалось. Администраторы уведомлены; попробуйте позже.
fail-removed = ❌ Это видео удалено или больше недоступно.
fail-login = ❌ Для этой ссылки сайт требует вход в аккаунт, и аккаунты бота не смогли её открыть. Администраторы могут добавить cookies из браузера с выполненным входом через /cookies.
fail-format = ❌ Ни один формат этого видео не укладывается в предел размера ({ $limit }).
fail-tool-missing = ❌ Сейчас этот сервер не может обработать такую ссылку.
fail-video-unavailable = ❌ Видеосайты сейчас недоступны на этом сервере, поэтому страницу загрузить нельзя. Администраторы уведомлены.
fail-interrupted = ❌ Загрузку дважды прервал перезапуск, и она остановлена. Пришлите ссылку ещё раз.
fail-internal = ❌ Извините, с этой загрузкой что-то пошло не так. Попробуйте ещё раз.
quality-ask = 🎬 { $title }
    Выберите качество (размеры примерные):
question-expired = ⌛ Время на выбор истекло. Пришлите ссылку ещё раз, чтобы выбрать.
quality-chosen = ✅ Выбрано: { $choice }
quality-audio = 🎵 Только звук
quality-auto = Авто
quality-ask-label = Спрашивать
settings-title =
    ⚙️ Настройки
    Язык: { $language }
    Качество видео: { $quality }
    Отправлять видео как: { $sendAs }
settings-as-video = Видео
settings-as-document = Документ
settings-saved = Сохранено
quality-best = 🎬 Лучшее доступное
retention-title = ⚠️ <b>Ссылки скоро будут удалены</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = удаление { $date }
retention-deleted = 🗑 уже удалено (во время срока предупреждения бот не работал)
retention-more = … и ещё { $count }
history-empty = Вы ещё не присылали ссылок.
history-title = 🕘 Ваши ссылки ({ $total }):
history-deleted-on = удаление { $date }
outcome-pending = ⏳ ожидает
outcome-delivered = ✅ доставлено
outcome-failed = ❌ ошибка
outcome-cancelled = ✖️ отменено
outcome-refused = ⛔ отклонено
quota-links = ⛔ Можно присылать { $limit } ссылок в час. Попробуйте снова через { $wait }.
quota-bytes = ⛔ Вы исчерпали дневной лимит загрузок. Попробуйте снова через { $wait }.
admin-only = ⛔ Эта команда только для администраторов бота.
admin-title = 🛠 Панель администратора
admin-users = 👥 Пользователи
admin-stats = 📊 Статистика
stats-chart-title = Ссылки по часам, последние 24 часа (UTC)
stats-chart-delivered = доставлено
stats-chart-failed = ошибки
admin-back = « Назад
admin-users-title = 👥 Пользователи ({ $total }), сначала недавно активные:
admin-stats-text =
    📊 <b>Статистика</b>
    Пользователи: { $users } (активны за 24 ч: { $active })
    Ссылок за 24 ч: { $jobs }, доставлено { $bytes }
    Отдано по файловым ссылкам сегодня (UTC): { $served }
    Ошибки по причинам: { $failures }
    Ошибки за 24 ч по сайтам:
    { $sites }
    Очередь сейчас: { $queued } ждут, { $running } в работе
    Время работы: { $uptime }
admin-usage = Использование: { $usage }
admin-no-links = У пользователя { $id } нет ссылок.
admin-check-title = Последние ссылки пользователя { $id }:
admin-banned = Пользователь { $id } заблокирован.
admin-unbanned = Пользователь { $id } разблокирован.
admin-unknown-user = Пользователь { $id } этим ботом не пользовался.
admin-too-long = Текст слишком длинный (не более 4000 символов).
broadcast-started = 📣 Рассылка началась. По окончании вы получите отчёт.
broadcast-busy = Рассылка уже идёт.
broadcast-report = 📣 Рассылка завершена: доставлено { $delivered }, ошибок { $failed }, заблокировали бота { $blocked }.
caption-part = 🧩 Часть { $index } из { $count }
pdf-unavailable = 📄 Создание PDF на этом сервере недоступно.
pdf-usage = Использование: /pdf <ссылка> [letter] [landscape]
pdf-offer = 📄 На этой странице нет видео. Прислать её в PDF?
pdf-button = 📄 PDF
group-help = В этой группе я скачиваю только то, о чём просят: отправьте /dl ссылка или ответьте ссылкой на одно из моих сообщений. Всё остальное здесь я пропускаю. Чтобы узнать больше, напишите мне в личку: @{ $bot }
dl-usage = Пришлите ссылку после команды: /dl https://example.com/video
cancel-not-yours = Отменить это может только тот, кто попросил (или администратор группы).
cmd-dl = Скачать по ссылке (в группах: /dl ссылка)
status-item = Элемент { $index } из { $count }
items-ask = По этой ссылке { $count } элементов ({ $size }): { $title }
    Один запрос занимает не больше { $cap } в сумме; элементы сверх этого не отправляются.
    Отправить все, альбомами до 10?
items-all = Отправить все { $count }
items-first = Только первые { $count }
items-none = Отмена
items-chosen = Уже в пути.
items-declined = Ничего не будет отправлено.
items-failed = Из { $count } элементов не удалось отправить эти:
items-failed-line = • элемент { $index }: { $reason }
list-offer = Это видео входит в список.
list-button = Весь список
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    Среда JavaScript для проверок YouTube: { $js }
    Решатель проверок (yt-dlp-ejs): { $solver }
    Последняя проверка обновлений: { $checked }
    Последний результат: { $result }
    /ytdlp update — проверить новую версию сейчас.
ytdlp-yes = да
ytdlp-no = нет (этот yt-dlp для этого слишком старый)
ytdlp-updating = ⏳ Ищу новую версию yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } установлен и используется.
ytdlp-current = ✅ yt-dlp { $version } — последняя версия.
ytdlp-failed = ❌ yt-dlp не обновлён ({ $reason }: { $message }). По-прежнему используется { $version }.
ytdlp-unmanaged = yt-dlp здесь — { $path }, задан через YTDLP_PATH, поэтому бот его не заменяет.
ytdlp-elsewhere = yt-dlp и его cookies находятся в процессах-обработчиках, а не в этом.
cookies-added = 🍪 { $name } добавлен в набор cookies для: { $sites }.
cookies-invalid = ❌ Это не файл cookies. Пришлите cookies.txt в формате Netscape (как его выгружает расширение браузера или yt-dlp), не больше 1 МБ, документом с подписью /cookies.
cookies-empty = 🍪 Набор cookies пуст. Пришлите файл cookies документом с подписью /cookies.
cookies-title = 🍪 Набор cookies (добавлен · последний успех · отложен до)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Убран из набора.
cookies-gone = Этого файла в наборе больше нет.
notice-ytdlp-refused = ⚠️ Версия yt-dlp не установлена или не запустилась: { $reason }. Бот продолжает использовать прежний yt-dlp (или системный). Проверьте YTDLP_RELEASE_URL и подпись версии; /ytdlp показывает состояние.
notice-missing-yt-dlp = ⚠️ yt-dlp недоступен: ссылки на страницы с видео отклоняются с сообщением. Установите его (apt-get install yt-dlp) или укажите YTDLP_PATH; либо оставьте YTDLP_PATH пустым при YTDLP_UPDATE_HOURS больше 0, и бот установит свою версию.
notice-missing-ffmpeg = ⚠️ ffmpeg или ffprobe недоступен: видео уходят без обложки, длительности и размеров кадра, yt-dlp не может соединить отдельные видео и звук (некоторые сайты дают меньше или ничего), а видео больше 2 ГБ делятся на сырые части, а не на воспроизводимые. Установите: apt-get install ffmpeg (или задайте FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl недоступен: картинки со страниц-галерей, которые не видит yt-dlp, не загружаются. Установите: apt-get install gallery-dl (или задайте GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium недоступен: /pdf отвечает, что функция выключена. Установите: apt-get install chromium (или задайте CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: ссылки упираются в «{ $kind }» (вход или проверку «не робот»), и ни один файл cookies её не прошёл. Выгрузите cookies из браузера, где выполнен вход на { $site } (Netscape cookies.txt), и пришлите файл сюда документом с подписью /cookies; /cookies показывает набор.
class-bot-check = проверки на робота
class-login = нужен вход
class-geo = региональные блокировки
class-private = закрытые
class-removed = удалённые
class-format = нет формата в пределах
class-rate-limited = ограничения запросов или блокировки IP
class-extractor-broken = сбои извлечения
dashboard-link = 🔐 Ваша ссылка для входа в панель (работает один раз, 10 минут):
    { $url }
dashboard-open = Открыть панель
dash-title = Панель Pishtaz
dash-queue = Очередь
dash-queued = ждут
dash-running = в работе
dash-oldest-wait = самое долгое ожидание
dash-workers = Обработчики
dash-worker = процесс
dash-jobs-now = заданий сейчас
dash-uptime = работает
dash-none = нет
dash-hourly = Задания и ошибки по часам, последние 24 часа
dash-delivered = доставлено
dash-failed = ошибки
dash-failures-by-site = Ошибки по сайтам, последние 24 часа
dash-top-users = Самые активные пользователи
dash-user = пользователь
dash-links = ссылки
dash-traffic = Трафик, последние 24 часа
dash-links-received = получено ссылок
dash-bytes-delivered = доставлено
dash-users-total = пользователи
dash-users-active = активные пользователи
dash-ytdlp = yt-dlp
dash-version = версия
dash-source = источник
dash-unavailable = недоступно
dash-cookies = Набор cookies
dash-cookie-usable = годен
dash-cookie-aside = отдыхает после входа или проверки на робота до { $until }
dash-last-success = последний успех
dash-updated = Обновлено
dash-notice-title = Войдите через бота
dash-notice = Для этой страницы нужна ссылка для входа. Отправьте боту /dashboard (только администраторы); присланная ссылка работает один раз, 10 минут.
dash-link-used = Эта ссылка для входа уже использована или истекла.
dash-signing-in = Вход…
dashboard-private-only = Отправьте /dashboard в личном чате с ботом: ссылку для входа в группе может открыть любой её участник.
dash-role = роль
filelink-too-large = ⛔ Размер этого файла — { $size }; ссылки здесь отдают файлы до { $limit } (предел Telegram Bot API). Оператор поднимает его через API_ID и API_HASH (до 4 ГБ) или локальный сервер Bot API (BOT_API_LOCAL).
filelink-too-large-max = ⛔ Размер этого файла — { $size }; самый большой файл, который может отдать ссылка, — { $limit }.
filelink-per-day = ⛔ В день можно создать { $limit } файловых ссылок. Попробуйте позже.
filelink-expires = ⏳ Работает до { $date } (UTC).
filelink-never-expires = ♾ Работает, пока вы её не отзовёте (/links).
filelink-button-download = ⬇️ Скачать
filelink-button-play = ▶️ Смотреть
filelink-reply-to-file = Отправьте /link в ответ на сообщение с файлом.
filelinks-empty = У вас нет файловых ссылок. Пришлите мне файл, чтобы получить ссылку.
filelinks-title = 🔗 Ваши файловые ссылки ({ $total }); 🗑 отзывает ссылку:
filelink-revoked = Отозвано: ссылка больше не работает.
filelink-not-yours = Это не ваша ссылка, или она уже отозвана.
filelink-unknown = Такой ссылки нет. Проверьте, что она скопирована целиком.
filelink-gone = Эта ссылка больше не работает: истекла или отозвана.
filelink-daily-limit = Эта ссылка уже отдала дневной лимит владельца. Попробуйте завтра.
filelink-too-many = Слишком много одновременных загрузок с вашего адреса. Попробуйте, когда часть закончится.
filelink-download = Скачать ({ $size })
cmd-links = Ваши файловые ссылки
dash-bytes-served = отдано по файловым ссылкам сегодня
words-unknown =
    Я не знаю слова «{ $word }». После ссылки можно написать, например:
    { $url } 1:20-2:05 720
    Слова: фрагмент вроде 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. Подробнее в /help.
more-ask = Ещё с этой страницы:
more-section = ✂️ Фрагмент
more-section-how = Пришлите ссылку с нужным фрагментом, например:
    { $url } 0:30-1:15
more-audio = 🎵 Звук
more-subs = 📝 Субтитры
note-burn-too-long = Субтитры вшиваются только в видео до { $minutes } минут; к этому они пришли файлом.
note-codec = Это видео есть только в { $codec }, который воспроизводится не на всех телефонах (в том числе не на iPhone). Видео до { $minutes } минут преобразуются; это длиннее. Пришлите ссылку со словом «doc», чтобы получить его файлом.
status-burning = 📝 Вшиваю субтитры…
settings-subs = Субтитры: { $subs }
settings-subs-off = выкл.
settings-subs-on = вкл.
settings-audio = Звук в формате: { $format }
