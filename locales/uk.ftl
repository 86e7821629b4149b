## glossary: link = посилання
## glossary: file = файл
## glossary: queue = черга
## glossary: quality = якість
## glossary: album = альбом
## glossary: cookies = cookies

start =
    Вітаю, { $name }! Я Pishtaz, бот для завантажень.

    Надішліть посилання, і я надішлю вам файл:
    • відео з YouTube, Instagram, X та понад тисячі інших сайтів (приходять як відео, які можна дивитися)
    • GIF (приходять як анімації)
    • будь-яке пряме посилання на файл (приходить як документ)

    Підтримуються файли до { $limit }. Приклади — у /help.
help =
    Як користуватися Pishtaz:
    1. Надішліть посилання, наприклад:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Стежте за повідомленням про стан; щоб зупинити, натисніть «Скасувати».
    3. Файл прийде в цей чат.

    Слова після посилання на відео, у будь-якому порядку:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — лише цей фрагмент (або 1:02:00-1:04:30)
    • audio — звук у m4a з назвою та обкладинкою; video; doc — документом
    • 360, 480, 720, 1080 — найбільша висота кадру
    • subs — субтитри файлами .srt; subs:de — одна мова; subs:burn — вшиті в зображення

    Команди:
    /history — ваші останні посилання
    /settings — мова, якість відео, надсилання відео чи документом
    /cancel — скасувати ваші завантаження в черзі та в роботі
    /pdf <посилання> — вебсторінка в PDF
hint = Надішліть правильне посилання, що починається з http:// або https://, наприклад: https://example.com/file.pdf
error-generic = Вибачте, щось пішло не так. Спробуйте ще раз.
banned = Вам закрито доступ до цього бота.
cmd-start = Вітання та знайомство
cmd-help = Як користуватися ботом
cmd-history = Ваші останні посилання
cmd-settings = Мова та налаштування відео
cmd-cancel = Скасувати ваші завантаження
cmd-pdf = Вебсторінка в PDF
cmd-admin = Панель адміністратора
cmd-dashboard = Вебпанель (одноразове посилання для входу)
cmd-ytdlp = Версія та оновлення yt-dlp
cmd-cookies = Набір cookies для yt-dlp
button-cancel = ✖️ Скасувати
cancel-done = Скасовано.
cancel-nothing = Нема чого скасовувати.
queue-full = У вас уже { $max } посилань в очікуванні. Зачекайте, поки частина з них завершиться.
refused-scheme = ❌ Завантажувати можна лише посилання http:// та https://.
refused-address = ❌ Це посилання веде на адресу приватної або локальної мережі, а такі адреси бот не відкриває.
status-queued = ⏳ У черзі: місце { $position }
status-starting = ⚙️ Починаю…
status-probing = 🔎 Перевіряю посилання…
status-downloading = ⬇️ Завантажую…
status-uploading = ⬆️ Надсилаю в Telegram…
status-streaming = ⬇️⬆️ Завантажую й надсилаю одночасно…
status-both-sides = завантажено { $down }% · надіслано { $up }%
status-merging = 🎞 Поєдную відео та звук…
status-converting = 🎞 Перетворюю…
status-splitting = ✂️ Ділю на частини…
status-rendering = 🖨 Формую сторінку…
status-eta = залишилось { $eta }
status-paused = ⏸ Бот перезапускається; завантаження невдовзі продовжиться.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Розмір цього файлу — { $size }, це більше за межу бота ({ $limit }).
fail-page-too-large = ❌ Ця сторінка описує себе більшим обсягом даних, ніж читає бот (понад 8 МБ), тому її не завантажено.
fail-over-upload-limit = ❌ Цей файл ({ $size }) більший за { $limit } — межу, яку цей сервер може надіслати через Telegram Bot API. Для більших файлів оператор має задати API_ID та API_HASH.
fail-http-status = ❌ Сайт відповів помилкою { $status }. Перевірте, чи відкривається посилання в браузері.
fail-timeout = ❌ Завантаження тривало надто довго і було зупинене.
fail-stalled = ❌ Сайт перестав надсилати дані, тому завантаження зупинено.
fail-network = ❌ З'єднання із сайтом не вдалося або обірвалося. Спробуйте пізніше.
fail-redirects = ❌ Посилання перенаправляє надто багато разів.
fail-guard = ❌ Це посилання веде на адресу приватної або локальної мережі, а такі адреси бот не відкриває.
fail-disk-full = ❌ Зараз на сервері немає місця для цього файлу. Спробуйте пізніше.
fail-disk-short = ❌ Цьому файлу потрібно { $size } вільного місця на сервері, а зараз вільно лише { $limit }.
fail-cancelled = ✖️ Завантаження скасовано.
fail-telegram-refused = ❌ Telegram відхилив цей файл.
fail-direct-only = ❌ Telegram не зміг сам завантажити це посилання, а цей сервер надсилає посилання лише так.
fail-unsupported = ❌ За цим посиланням не знайдено ні відео, ні файлу.
fail-private = ❌ Це відео приватне: його бачить лише власник (або ті, кому він дозволив).
fail-geo = ❌ Це відео недоступне в регіоні сервера.
fail-extractor-broken = ❌ Сайт змінився, і завантажувач не зміг прочитати цю сторінку. Оновлення завантажувача вже запущено; спробуйте за кілька хвилин.
fail-rate-limited = ❌ Сайт зараз обмежує або блокує запити цього сервера. Спробуйте приблизно за годину.
fail-bot-check = ❌ Сайт попросив бота довести, що він не робот («Sign in to confirm you're not a bot»), і пройти перевірку зараз не вдалося. Адміністраторів повідомлено; спробуйте пізніше.
fail-removed = ❌ Це відео видалено або воно більше недоступне.
fail-login = ❌ Для цього посилання сайт вимагає вхід в обліковий запис, і облікові записи бота не змогли його відкрити. Адміністратори можуть додати cookies з браузера з виконаним входом через /cookies.
fail-format = ❌ Жоден формат цього відео не вміщується в межу розміру ({ $limit }).
fail-tool-missing = ❌ Зараз цей сервер не може обробити таке посилання.
fail-video-unavailable = ❌ Відеосайти зараз недоступні на цьому сервері, тому сторінку завантажити не можна. Адміністраторів повідомлено.
fail-interrupted = ❌ Завантаження двічі перервав перезапуск, і його зупинено. Надішліть посилання ще раз.
fail-internal = ❌ Вибачте, із цим завантаженням щось пішло не так. Спробуйте ще раз.
quality-ask = 🎬 { $title }
    Оберіть якість (розміри приблизні):
question-expired = ⌛ Час на вибір минув. Надішліть посилання ще раз, щоб обрати.
quality-chosen = ✅ Обрано: { $choice }
quality-audio = 🎵 Лише звук
quality-auto = Авто
quality-ask-label = Питати
settings-title =
    ⚙️ Налаштування
    Мова: { $language }
    Якість відео: { $quality }
    Надсилати відео як: { $sendAs }
settings-as-video = Відео
settings-as-document = Документ
settings-saved = Збережено
quality-best = 🎬 Найкраща доступна
retention-title = ⚠️ <b>Посилання невдовзі буде видалено</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = видалення { $date }
retention-deleted = 🗑 уже видалено (під час строку попередження бот не працював)
retention-more = … і ще { $count }
history-empty = Ви ще не надсилали посилань.
history-title = 🕘 Ваші посилання ({ $total }):
history-deleted-on = видалення { $date }
outcome-pending = ⏳ очікує
outcome-delivered = ✅ доставлено
outcome-failed = ❌ помилка
outcome-cancelled = ✖️ скасовано
outcome-refused = ⛔ відхилено
quota-links = ⛔ Можна надсилати { $limit } посилань на годину. Спробуйте знову через { $wait }.
quota-bytes = ⛔ Ви вичерпали денний ліміт завантажень. Спробуйте знову через { $wait }.
admin-only = ⛔ Ця команда лише для адміністраторів бота.
admin-title = 🛠 Панель адміністратора
admin-users = 👥 Користувачі
admin-stats = 📊 Статистика
stats-chart-title = Посилання за годинами, останні 24 години (UTC)
stats-chart-delivered = доставлено
stats-chart-failed = помилки
admin-back = « Назад
admin-users-title = 👥 Користувачі ({ $total }), спершу нещодавно активні:
admin-stats-text =
    📊 <b>Статистика</b>
    Користувачі: { $users } (активні за 24 год: { $active })
    Посилань за 24 год: { $jobs }, доставлено { $bytes }
    Віддано файловими посиланнями сьогодні (UTC): { $served }
    Помилки за причинами: { $failures }
    Помилки за 24 год за сайтами:
    { $sites }
    Черга зараз: { $queued } чекають, { $running } у роботі
    Час роботи: { $uptime }
admin-usage = Використання: { $usage }
admin-no-links = У користувача { $id } немає посилань.
admin-check-title = Останні посилання користувача { $id }:
admin-banned = Користувача { $id } заблоковано.
admin-unbanned = Користувача { $id } розблоковано.
admin-unknown-user = Користувач { $id } цим ботом не користувався.
admin-too-long = Текст задовгий (не більше 4000 символів).
broadcast-started = 📣 Розсилку розпочато. Після завершення ви отримаєте звіт.
broadcast-busy = Розсилка вже триває.
broadcast-report = 📣 Розсилку завершено: доставлено { $delivered }, помилок { $failed }, заблокували бота { $blocked }.
caption-part = 🧩 Частина { $index } з { $count }
pdf-unavailable = 📄 Створення PDF на цьому сервері недоступне.
pdf-usage = Використання: /pdf <посилання> [letter] [landscape]
pdf-offer = 📄 На цій сторінці немає відео. Надіслати її в PDF?
pdf-button = 📄 PDF
group-help = У цій групі я завантажую лише те, про що просять: надішліть /dl посилання або дайте відповідь посиланням на одне з моїх повідомлень. Усе інше тут я пропускаю. Щоб дізнатися більше, напишіть мені в особисті: @{ $bot }
dl-usage = Надішліть посилання після команди: /dl https://example.com/video
cancel-not-yours = Скасувати це може лише той, хто попросив (або адміністратор групи).
cmd-dl = Завантажити за посиланням (у групах: /dl посилання)
status-item = Елемент { $index } з { $count }
items-ask = За цим посиланням { $count } елементів ({ $size }): { $title }
    Один запит займає не більше { $cap } загалом; елементи понад це не надсилаються.
    Надіслати всі, альбомами до 10?
items-all = Надіслати всі { $count }
items-first = Лише перші { $count }
items-none = Скасувати
items-chosen = Уже в дорозі.
items-declined = Нічого не буде надіслано.
items-failed = З { $count } елементів не вдалося надіслати ці:
items-failed-line = • елемент { $index }: { $reason }
list-offer = Це відео входить до списку.
list-button = Увесь список
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    Середовище JavaScript для перевірок YouTube: { $js }
    Розв'язувач перевірок (yt-dlp-ejs): { $solver }
    Остання перевірка оновлень: { $checked }
    Останній результат: { $result }
    /ytdlp update — перевірити нову версію зараз.
ytdlp-yes = так
ytdlp-no = ні (цей yt-dlp для цього застарий)
ytdlp-updating = ⏳ Шукаю нову версію yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } встановлено, він використовується.
ytdlp-current = ✅ yt-dlp { $version } — найновіша версія.
ytdlp-failed = ❌ yt-dlp не оновлено ({ $reason }: { $message }). Як і раніше, використовується { $version }.
ytdlp-unmanaged = yt-dlp тут — { $path }, заданий через YTDLP_PATH, тому бот його не замінює.
ytdlp-elsewhere = yt-dlp і його cookies містяться в процесах-обробниках, а не в цьому.
cookies-added = 🍪 { $name } додано до набору cookies для: { $sites }.
cookies-invalid = ❌ Це не файл cookies. Надішліть cookies.txt у форматі Netscape (як його вивантажує розширення браузера або yt-dlp), не більше 1 МБ, документом з підписом /cookies.
cookies-empty = 🍪 Набір cookies порожній. Надішліть файл cookies документом з підписом /cookies.
cookies-title = 🍪 Набір cookies (додано · останній успіх · відкладено до)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Прибрано з набору.
cookies-gone = Цього файлу в наборі вже немає.
notice-ytdlp-refused = ⚠️ Версію yt-dlp не встановлено або не запущено: { $reason }. Бот і далі використовує попередній yt-dlp (або системний). Перевірте YTDLP_RELEASE_URL і підпис версії; /ytdlp показує стан.
notice-missing-yt-dlp = ⚠️ yt-dlp недоступний: посилання на сторінки з відео відхиляються з повідомленням. Встановіть його (apt-get install yt-dlp) або вкажіть YTDLP_PATH; або залиште YTDLP_PATH порожнім при YTDLP_UPDATE_HOURS більше 0, і бот встановить власну версію.
notice-missing-ffmpeg = ⚠️ ffmpeg або ffprobe недоступний: відео надсилаються без обкладинки, тривалості й розмірів кадру, yt-dlp не може поєднати окремі відео та звук (деякі сайти дають менше або нічого), а відео понад 2 ГБ діляться на сирі частини, а не на придатні до відтворення. Встановіть: apt-get install ffmpeg (або задайте FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl недоступний: зображення зі сторінок-галерей, яких не бачить yt-dlp, не завантажуються. Встановіть: apt-get install gallery-dl (або задайте GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium недоступний: /pdf відповідає, що функцію вимкнено. Встановіть: apt-get install chromium (або задайте CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: посилання впираються в «{ $kind }» (вхід або перевірку «не робот»), і жоден файл cookies її не пройшов. Вивантажте cookies з браузера, де виконано вхід на { $site } (Netscape cookies.txt), і надішліть файл сюди документом з підписом /cookies; /cookies показує набір.
class-bot-check = перевірки на робота
class-login = потрібен вхід
class-geo = регіональні блокування
class-private = приватні
class-removed = видалені
class-format = немає формату в межах
class-rate-limited = обмеження запитів або блокування IP
class-extractor-broken = збої видобування
dashboard-link = 🔐 Ваше посилання для входу в панель (працює один раз, 10 хвилин):
    { $url }
dashboard-open = Відкрити панель
dash-title = Панель Pishtaz
dash-queue = Черга
dash-queued = чекають
dash-running = у роботі
dash-oldest-wait = найдовше очікування
dash-workers = Обробники
dash-worker = процес
dash-jobs-now = завдань зараз
dash-uptime = працює
dash-none = немає
dash-hourly = Завдання та помилки за годинами, останні 24 години
dash-delivered = доставлено
dash-failed = помилки
dash-failures-by-site = Помилки за сайтами, останні 24 години
dash-top-users = Найактивніші користувачі
dash-user = користувач
dash-links = посилання
dash-traffic = Трафік, останні 24 години
dash-links-received = отримано посилань
dash-bytes-delivered = доставлено
dash-users-total = користувачі
dash-users-active = активні користувачі
dash-ytdlp = yt-dlp
dash-version = версія
dash-source = джерело
dash-unavailable = недоступно
dash-cookies = Набір cookies
dash-cookie-usable = придатний
dash-cookie-aside = відпочиває після входу або перевірки на робота до { $until }
dash-last-success = останній успіх
dash-updated = Оновлено
dash-notice-title = Увійдіть через бота
dash-notice = Для цієї сторінки потрібне посилання для входу. Надішліть боту /dashboard (лише адміністратори); надіслане посилання працює один раз, 10 хвилин.
dash-link-used = Це посилання для входу вже використано або воно минуло.
dash-signing-in = Вхід…
dashboard-private-only = Надішліть /dashboard в особистому чаті з ботом: посилання для входу в групі може відкрити будь-хто з її учасників.
dash-role = роль
filelink-too-large = ⛔ Розмір цього файлу — { $size }; посилання тут віддають файли до { $limit } (межа Telegram Bot API). Оператор піднімає її через API_ID та API_HASH (до 4 ГБ) або локальний сервер Bot API (BOT_API_LOCAL).
filelink-too-large-max = ⛔ Розмір цього файлу — { $size }; найбільший файл, який може віддати посилання, — { $limit }.
filelink-per-day = ⛔ На день можна створити { $limit } файлових посилань. Спробуйте пізніше.
filelink-expires = ⏳ Працює до { $date } (UTC).
filelink-never-expires = ♾ Працює, доки ви його не відкличете (/links).
filelink-button-download = ⬇️ Завантажити
filelink-button-play = ▶️ Дивитися
filelink-reply-to-file = Надішліть /link у відповідь на повідомлення з файлом.
filelinks-empty = У вас немає файлових посилань. Надішліть мені файл, щоб отримати посилання.
filelinks-title = 🔗 Ваші файлові посилання ({ $total }); 🗑 відкликає посилання:
filelink-revoked = Відкликано: посилання більше не працює.
filelink-not-yours = Це не ваше посилання, або його вже відкликано.
filelink-unknown = Такого посилання немає. Перевірте, що його скопійовано повністю.
filelink-gone = Це посилання більше не працює: минуло або відкликане.
filelink-daily-limit = Це посилання вже віддало денний ліміт власника. Спробуйте завтра.
filelink-too-many = Забагато одночасних завантажень з вашої адреси. Спробуйте, коли частина завершиться.
filelink-download = Завантажити ({ $size })
cmd-links = Ваші файлові посилання
dash-bytes-served = віддано файловими посиланнями сьогодні
words-unknown =
    Я не знаю слова «{ $word }». Після посилання можна написати, наприклад:
    { $url } 1:20-2:05 720
    Слова: фрагмент на кшталт 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. Докладніше в /help.
more-ask = Ще з цієї сторінки:
more-section = ✂️ Фрагмент
more-section-how = Надішліть посилання з потрібним фрагментом, наприклад:
    { $url } 0:30-1:15
more-audio = 🎵 Звук
more-subs = 📝 Субтитри
note-burn-too-long = Субтитри вшиваються лише у відео до { $minutes } хвилин; до цього вони прийшли файлом.
note-codec = Це відео є лише в { $codec }, який відтворюється не на всіх телефонах (зокрема не на iPhone). Відео до { $minutes } хвилин перетворюються; це довше. Надішліть посилання зі словом «doc», щоб отримати його файлом.
status-burning = 📝 Вшиваю субтитри…
settings-subs = Субтитри: { $subs }
settings-subs-off = вимк.
settings-subs-on = увімк.
settings-audio = Звук у форматі: { $format }
