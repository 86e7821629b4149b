## glossary: link = لینک
## glossary: file = فایل
## glossary: queue = صف
## glossary: quality = کیفیت
## glossary: album = آلبوم
## glossary: cookies = کوکی

start =
    سلام { $name }! من پیشتاز هستم، ربات دانلود.

    لینک بفرستید تا فایلش را برایتان بفرستم:
    • ویدیو از یوتیوب، اینستاگرام، ایکس و بیش از هزار سایت دیگر (به صورت ویدیوی قابل پخش)
    • گیف (به صورت انیمیشن)
    • هر لینک مستقیم فایل (به صورت سند)

    فایل‌ها تا { $limit } پشتیبانی می‌شوند. راهنما: /help
help =
    راهنمای پیشتاز:
    ۱. یک لینک بفرستید، مثلاً:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    ۲. پیام وضعیت را دنبال کنید؛ برای توقف «لغو» را بزنید.
    ۳. فایل در همین گفتگو می‌رسد.

    کلمه‌های بعد از لینک ویدیو، به هر ترتیبی:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — فقط همان بخش (یا 1:02:00-1:04:30)
    • audio — صدا به صورت m4a با عنوان و کاور؛ video؛ doc — به صورت سند
    • 360، 480، 720، 1080 — بیشترین ارتفاع تصویر
    • subs — زیرنویس‌ها به صورت فایل srt؛ subs:de — یک زبان؛ subs:burn — زیرنویس روی تصویر

    دستورها:
    /history — لینک‌های اخیر شما
    /settings — زبان، کیفیت ویدیو، ارسال به صورت ویدیو یا سند
    /cancel — لغو دانلودهای در صف و در حال اجرا
    /pdf <لینک> — یک صفحهٔ وب به صورت PDF
hint = لطفاً یک لینک معتبر که با http:// یا https:// شروع می‌شود بفرستید، مثلاً: https://example.com/file.pdf
error-generic = متأسفیم، مشکلی پیش آمد. لطفاً دوباره تلاش کنید.
banned = دسترسی شما به این ربات مسدود شده است.
cmd-start = خوش‌آمد و معرفی
cmd-help = راهنمای استفاده
cmd-history = لینک‌های اخیر شما
cmd-settings = تنظیمات زبان و ویدیو
cmd-cancel = لغو دانلودها
cmd-pdf = صفحهٔ وب به صورت PDF
cmd-admin = پنل مدیریت
cmd-dashboard = داشبورد وب (لینک ورود یک‌بارمصرف)
cmd-ytdlp = نسخه و به‌روزرسانی yt-dlp
cmd-cookies = مجموعهٔ کوکی‌های yt-dlp
button-cancel = ✖️ لغو
cancel-done = لغو شد.
cancel-nothing = چیزی برای لغو وجود ندارد.
queue-full = شما هم‌اکنون { $max } لینک در صف دارید. لطفاً صبر کنید تا برخی تمام شوند.
refused-scheme = ❌ فقط لینک‌های http:// و https:// قابل دانلود هستند.
refused-address = ❌ این لینک به یک نشانی شبکهٔ خصوصی یا محلی اشاره می‌کند که این ربات آن را دریافت نمی‌کند.
status-queued = ⏳ در صف: نوبت { $position }
status-starting = ⚙️ در حال شروع…
status-probing = 🔎 در حال بررسی لینک…
status-downloading = ⬇️ در حال دانلود…
status-uploading = ⬆️ در حال ارسال به تلگرام…
status-streaming = ⬇️⬆️ دانلود و ارسال هم‌زمان…
status-both-sides = دانلود شده { $down }٪ · ارسال شده { $up }٪
status-merging = 🎞 در حال ادغام صدا و تصویر…
status-converting = 🎞 در حال تبدیل…
status-splitting = ✂️ در حال تقسیم به چند بخش…
status-rendering = 🖨 در حال ساخت PDF از صفحه…
status-eta = زمان باقی‌مانده { $eta }
status-paused = ⏸ ربات در حال راه‌اندازی دوباره است؛ دانلود شما به‌زودی ادامه می‌یابد.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ حجم این فایل { $size } است که از سقف { $limit } این ربات بیشتر است.
fail-page-too-large = ❌ اطلاعات این صفحه از حدی که ربات می‌خواند (۸ مگابایت) بیشتر است، برای همین دریافت نشد.
fail-over-upload-limit = ❌ این فایل ({ $size }) از { $limit } بزرگ‌تر است؛ این بیشترین حجمی است که این سرور از راه Bot API تلگرام می‌فرستد. برای فایل‌های بزرگ‌تر، مدیر باید API_ID و API_HASH را تنظیم کند.
fail-http-status = ❌ سایت با خطای { $status } پاسخ داد. بررسی کنید که لینک در مرورگر باز می‌شود.
fail-timeout = ❌ دانلود بیش از حد طول کشید و متوقف شد.
fail-stalled = ❌ سایت ارسال داده را متوقف کرد، بنابراین دانلود متوقف شد.
fail-network = ❌ اتصال به سایت برقرار نشد یا قطع شد. لطفاً بعداً دوباره تلاش کنید.
fail-redirects = ❌ این لینک بیش از حد تغییر مسیر می‌دهد.
fail-guard = ❌ این لینک به یک نشانی شبکهٔ خصوصی یا محلی می‌رسد که این ربات آن را دریافت نمی‌کند.
fail-disk-full = ❌ در حال حاضر فضای کافی روی سرور برای این فایل نیست. لطفاً بعداً تلاش کنید.
fail-disk-short = ❌ این فایل به { $size } فضای آزاد روی دیسک سرور نیاز دارد و اکنون فقط { $limit } آزاد است.
fail-cancelled = ✖️ دانلود لغو شد.
fail-telegram-refused = ❌ تلگرام این فایل را نپذیرفت.
fail-direct-only = ❌ تلگرام نتوانست این لینک را مستقیم دریافت کند و این سرور فقط به همین روش ارسال می‌کند.
fail-unsupported = ❌ در این لینک ویدیو یا فایلی پیدا نشد.
fail-private = ❌ این ویدیو خصوصی است: فقط صاحبش (یا کسانی که اجازه داده) می‌توانند آن را ببینند.
fail-geo = ❌ این ویدیو در منطقهٔ سرور در دسترس نیست.
fail-extractor-broken = ❌ سایت تغییر کرده و دانلودر نتوانست این صفحه را بخواند. به‌روزرسانی دانلودر شروع شد؛ لطفاً چند دقیقه دیگر دوباره تلاش کنید.
fail-rate-limited = ❌ سایت فعلاً درخواست‌های این سرور را محدود یا مسدود کرده است. لطفاً حدود یک ساعت دیگر دوباره تلاش کنید.
fail-bot-check = ❌ سایت از ربات خواست ثابت کند ربات نیست («برای تأیید اینکه ربات نیستید وارد شوید») و ربات فعلاً نتوانست از این بررسی بگذرد. به مدیران خبر داده شد؛ لطفاً بعداً دوباره تلاش کنید.
fail-removed = ❌ این ویدیو حذف شده یا دیگر در دسترس نیست.
fail-login = ❌ این سایت برای این لینک حساب واردشده می‌خواهد و حساب‌های ربات نتوانستند آن را باز کنند. مدیران می‌توانند با /cookies کوکی‌های یک مرورگر واردشده را اضافه کنند.
fail-format = ❌ هیچ کیفیتی از این ویدیو در سقف حجم ({ $limit }) جا نمی‌شود.
fail-tool-missing = ❌ این سرور در حال حاضر نمی‌تواند این نوع لینک را پردازش کند.
fail-video-unavailable = ❌ دریافت از سایت‌های ویدیو فعلاً روی این سرور ممکن نیست، برای همین این صفحه دریافت نشد. به مدیران خبر داده شد.
fail-interrupted = ❌ دانلود شما دو بار با راه‌اندازی دوبارهٔ ربات قطع شد و متوقف شد. لطفاً لینک را دوباره بفرستید.
fail-internal = ❌ متأسفیم، در این دانلود مشکلی پیش آمد. لطفاً دوباره تلاش کنید.
quality-ask = 🎬 { $title }
    کیفیت را انتخاب کنید (حجم‌ها تقریبی‌اند):
question-expired = ⌛ مهلت این انتخاب تمام شده است. برای انتخاب دوباره، لینک را دوباره بفرستید.
quality-chosen = ✅ انتخاب شد: { $choice }
quality-audio = 🎵 فقط صدا
quality-auto = خودکار
quality-ask-label = بپرس
settings-title =
    ⚙️ تنظیمات
    زبان: { $language }
    کیفیت ویدیو: { $quality }
    ارسال ویدیو به صورت: { $sendAs }
settings-as-video = ویدیو
settings-as-document = سند
settings-saved = ذخیره شد
quality-best = 🎬 بهترین کیفیت موجود
retention-title = ⚠️ <b>لینک‌هایی که به‌زودی حذف می‌شوند</b> — { $user } (شناسه <code>{ $id }</code>)
retention-deletes-at = حذف در { $date }
retention-deleted = 🗑 حذف شد (ربات در بازهٔ هشدار خاموش بود)
retention-more = … و { $count } مورد دیگر
history-empty = هنوز لینکی نفرستاده‌اید.
history-title = 🕘 لینک‌های شما ({ $total }):
history-deleted-on = حذف در { $date }
outcome-pending = ⏳ در انتظار
outcome-delivered = ✅ ارسال شد
outcome-failed = ❌ ناموفق
outcome-cancelled = ✖️ لغو شد
outcome-refused = ⛔ رد شد
quota-links = ⛔ در هر ساعت می‌توانید { $limit } لینک بفرستید. لطفاً { $wait } دیگر دوباره تلاش کنید.
quota-bytes = ⛔ سهمیهٔ دانلود امروز شما تمام شده است. لطفاً { $wait } دیگر دوباره تلاش کنید.
admin-only = ⛔ این دستور فقط برای مدیران ربات است.
admin-title = 🛠 پنل مدیریت
admin-users = 👥 کاربران
stats-chart-title = لینک‌ها در هر ساعت، ۲۴ ساعت گذشته (UTC)
stats-chart-delivered = فرستاده‌شده
stats-chart-failed = ناموفق
admin-stats = 📊 آمار
admin-back = « بازگشت
admin-users-title = 👥 کاربران ({ $total })، به ترتیب آخرین فعالیت:
admin-stats-text =
    📊 <b>آمار</b>
    کاربران: { $users } (فعال در ۲۴ ساعت: { $active })
    لینک‌ها در ۲۴ ساعت: { $jobs }، ارسال‌شده { $bytes }
    دانلود از لینک‌های فایل امروز (UTC): { $served }
    خطاها بر اساس علت: { $failures }
    خطاهای ۲۴ ساعت به تفکیک سایت:
    { $sites }
    صف: { $queued } در انتظار، { $running } در حال اجرا
    مدت کار: { $uptime }
admin-usage = روش استفاده: { $usage }
admin-no-links = کاربر { $id } لینکی ندارد.
admin-check-title = آخرین لینک‌های کاربر { $id }:
admin-banned = کاربر { $id } مسدود شد.
admin-unbanned = کاربر { $id } از مسدودی خارج شد.
admin-unknown-user = کاربری با شناسهٔ { $id } از این ربات استفاده نکرده است.
admin-too-long = متن بیش از حد طولانی است (حداکثر ۴۰۰۰ نویسه).
broadcast-started = 📣 ارسال همگانی آغاز شد. در پایان گزارش دریافت می‌کنید.
broadcast-busy = یک ارسال همگانی در حال اجراست.
broadcast-report = 📣 ارسال همگانی تمام شد: { $delivered } ارسال شد، { $failed } ناموفق، { $blocked } ربات را مسدود کرده‌اند.
caption-part = 🧩 بخش { $index } از { $count }
pdf-unavailable = 📄 ساخت PDF روی این سرور در دسترس نیست.
pdf-usage = روش استفاده: /pdf <لینک> [letter] [landscape]
pdf-offer = 📄 این صفحه ویدیو ندارد. آن را به صورت PDF می‌خواهید؟
pdf-button = 📄 PDF

# Groups
group-help = در این گروه فقط چیزی را دانلود می‌کنم که بخواهید: /dl لینک بفرستید، یا به یکی از پیام‌های من با یک لینک پاسخ دهید. بقیهٔ پیام‌ها را نادیده می‌گیرم. برای بیشتر، در گفتگوی خصوصی: @{ $bot }
dl-usage = لینک را بعد از فرمان بفرستید: /dl https://example.com/video
cancel-not-yours = فقط کسی که آن را خواسته (یا مدیر گروه) می‌تواند لغوش کند.
cmd-dl = دانلود یک لینک (در گروه‌ها: /dl لینک)

# Several items behind one link
status-item = مورد { $index } از { $count }
items-ask = این لینک { $count } مورد دارد ({ $size }): { $title }
    هر درخواست روی هم حداکثر { $cap } می‌گیرد؛ موردهای بیشتر از آن فرستاده نمی‌شوند.
    همه را در آلبوم‌های حداکثر ۱۰تایی بفرستم؟
items-all = فرستادن هر { $count } مورد
items-first = فقط { $count } مورد اول
items-none = لغو
items-chosen = در راه است.
items-declined = چیزی فرستاده نمی‌شود.
items-failed = از { $count } مورد، این‌ها فرستاده نشدند:
items-failed-line = • مورد { $index }: { $reason }
list-offer = این ویدیو بخشی از یک فهرست است.
list-button = کل فهرست

ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    محیط اجرای جاوااسکریپت برای چالش‌های یوتیوب: { $js }
    حل‌کنندهٔ چالش (yt-dlp-ejs): { $solver }
    آخرین بررسی به‌روزرسانی: { $checked }
    آخرین نتیجه: { $result }
    با /ytdlp update همین حالا نسخهٔ تازه بررسی می‌شود.
ytdlp-yes = بله
ytdlp-no = خیر (این yt-dlp برای آن قدیمی است)
ytdlp-updating = ⏳ در حال بررسی نسخهٔ تازهٔ yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } نصب شد و در حال استفاده است.
ytdlp-current = ✅ yt-dlp { $version } تازه‌ترین نسخه است.
ytdlp-failed = ❌ yt-dlp به‌روز نشد ({ $reason }: { $message }). همچنان { $version } استفاده می‌شود.
ytdlp-unmanaged = yt-dlp اینجا { $path } است که با YTDLP_PATH تعیین شده، پس ربات آن را عوض نمی‌کند.
ytdlp-elsewhere = yt-dlp و کوکی‌هایش در پردازه‌های کارگر هستند، نه در این یکی.
cookies-added = 🍪 { $name } به مجموعهٔ کوکی‌ها اضافه شد، برای: { $sites }.
cookies-invalid = ❌ این فایل کوکی نیست. یک cookies.txt با قالب Netscape (همان که افزونه‌های مرورگر یا yt-dlp می‌سازند)، حداکثر ۱ مگابایت، را به‌صورت سند با عنوان /cookies بفرستید.
cookies-empty = 🍪 مجموعهٔ کوکی‌ها خالی است. یک فایل کوکی را به‌صورت سند با عنوان /cookies بفرستید.
cookies-title = 🍪 مجموعهٔ کوکی‌ها (افزودن · آخرین موفقیت · کنار گذاشته تا)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = از مجموعه حذف شد.
cookies-gone = این فایل دیگر در مجموعه نیست.
notice-ytdlp-refused = ⚠️ یک نسخهٔ yt-dlp نصب یا اجرا نشد: { $reason }. ربات همان yt-dlp قبلی (یا نسخهٔ سرور) را به کار می‌برد. YTDLP_RELEASE_URL و امضای نسخه را بررسی کنید؛ ‎/ytdlp‎ وضعیت را نشان می‌دهد.
notice-missing-yt-dlp = ⚠️ ‏yt-dlp در دسترس نیست: لینک صفحه‌های ویدیو با یک پیام رد می‌شوند. نصبش کنید (apt-get install yt-dlp) یا YTDLP_PATH را به آن بدهید؛ یا YTDLP_PATH را خالی و YTDLP_UPDATE_HOURS را بیشتر از ۰ بگذارید تا ربات نسخهٔ خودش را نصب کند.
notice-missing-ffmpeg = ⚠️ ‏ffmpeg یا ffprobe در دسترس نیست: ویدیوها بدون تصویر بندانگشتی، مدت و ابعاد فرستاده می‌شوند، yt-dlp نمی‌تواند تصویر و صدای جدا را یکی کند (بعضی سایت‌ها کیفیت کمتر می‌دهند یا هیچ) و ویدیوهای بزرگ‌تر از ۲ گیگابایت به تکه‌های خام تقسیم می‌شوند، نه تکه‌های قابل پخش. نصبش کنید: apt-get install ffmpeg (یا FFMPEG_PATH را تنظیم کنید).
notice-missing-gallery-dl = ⚠️ ‏gallery-dl در دسترس نیست: تصویرهای صفحه‌های گالری که yt-dlp نمی‌بیند دریافت نمی‌شوند. نصبش کنید: apt-get install gallery-dl (یا GALLERY_DL_PATH را تنظیم کنید).
notice-missing-chromium = ⚠️ ‏Chromium در دسترس نیست: ‎/pdf‎ پاسخ می‌دهد که خاموش است. نصبش کنید: apt-get install chromium (یا CHROMIUM_PATH را تنظیم کنید).
notice-cookies-exhausted = ⚠️ { $site }: لینک‌ها به «{ $kind }» (ورود یا بررسی «ربات نیستم») برمی‌خورند و هیچ فایل کوکی از آن نگذشت. کوکی‌های یک مرورگر واردشده به { $site } را (cookies.txt با قالب Netscape) بگیرید و فایل را اینجا به‌صورت سند با عنوان /cookies بفرستید؛ /cookies مجموعه را نشان می‌دهد.
class-bot-check = بررسی ربات
class-login = نیاز به ورود
class-geo = محدودیت منطقه
class-private = خصوصی
class-removed = حذف‌شده
class-format = بدون کیفیت مناسب
class-rate-limited = محدودیت یا مسدودی IP
class-extractor-broken = خرابی استخراج‌گر
dashboard-link = 🔐 لینک ورود به داشبورد شما (یک بار، تا ۱۰ دقیقه):
    { $url }
dashboard-open = باز کردن داشبورد
dash-title = داشبورد پیشتاز
dash-queue = صف
dash-queued = در انتظار
dash-running = در حال اجرا
dash-oldest-wait = طولانی‌ترین انتظار
dash-workers = پردازش‌گرها
dash-worker = پردازه
dash-jobs-now = کارهای فعلی
dash-uptime = مدت کار
dash-none = هیچ
dash-hourly = کارها و خطاها در هر ساعت، ۲۴ ساعت گذشته
dash-delivered = فرستاده‌شده
dash-failed = ناموفق
dash-failures-by-site = خطاها به تفکیک سایت، ۲۴ ساعت گذشته
dash-top-users = فعال‌ترین کاربران
dash-user = کاربر
dash-links = لینک‌ها
dash-traffic = ترافیک، ۲۴ ساعت گذشته
dash-links-received = لینک‌های دریافتی
dash-bytes-delivered = فرستاده‌شده
dash-users-total = کاربران
dash-users-active = کاربران فعال
dash-ytdlp = yt-dlp
dash-version = نسخه
dash-source = منبع
dash-unavailable = در دسترس نیست
dash-cookies = مجموعهٔ کوکی‌ها
dash-cookie-usable = قابل استفاده
dash-cookie-aside = پس از درخواست ورود یا بررسی ربات تا { $until } کنار گذاشته شده
dash-last-success = آخرین موفقیت
dash-updated = به‌روزرسانی
dash-notice-title = ورود از طریق ربات
dash-notice = این صفحه به لینک ورود نیاز دارد. به ربات /dashboard بفرستید (فقط مدیران)؛ لینکی که می‌فرستد یک بار و تا ۱۰ دقیقه کار می‌کند.
dash-link-used = این لینک ورود قبلاً استفاده شده یا منقضی شده است.
dash-signing-in = در حال ورود…
dashboard-private-only = /dashboard را در گفتگوی خصوصی با ربات بفرستید: لینک ورود در گروه را هر کسی در آن گروه می‌تواند باز کند.
dash-role = نقش
filelink-too-large = ⛔ حجم این فایل { $size } است؛ لینک‌ها در این سرور تا { $limit } را پوشش می‌دهند (محدودیت Bot API تلگرام). مدیر سرور با API_ID و API_HASH (تا ۴ گیگابایت) یا یک سرور Bot API محلی (BOT_API_LOCAL) این محدودیت را برمی‌دارد.
filelink-too-large-max = ⛔ حجم این فایل { $size } است؛ بزرگ‌ترین فایلی که لینک می‌تواند بدهد { $limit } است.
filelink-per-day = ⛔ در هر روز می‌توانید { $limit } لینک فایل بسازید. لطفاً بعداً دوباره تلاش کنید.
filelink-expires = ⏳ تا { $date } (UTC) کار می‌کند.
filelink-never-expires = ♾ تا وقتی آن را لغو نکنید کار می‌کند (/links).
filelink-button-download = ⬇️ دانلود
filelink-button-play = ▶️ پخش
filelink-reply-to-file = /link را در پاسخ به پیامی که فایل دارد بفرستید.
filelinks-empty = لینک فایلی ندارید. یک فایل برایم بفرستید تا لینکش را بگیرید.
filelinks-title = 🔗 لینک‌های فایل شما ({ $total })؛ 🗑 یکی را لغو می‌کند:
filelink-revoked = لغو شد: این لینک دیگر کار نمی‌کند.
filelink-not-yours = این لینک مال شما نیست یا قبلاً لغو شده است.
filelink-unknown = این لینک وجود ندارد. بررسی کنید که کامل کپی شده باشد.
filelink-gone = این لینک دیگر کار نمی‌کند: منقضی یا لغو شده است.
filelink-daily-limit = این لینک سهم روزانهٔ صاحبش را تمام کرده است. فردا دوباره تلاش کنید.
filelink-too-many = دانلودهای هم‌زمان از نشانی شما بیش از حد است. پس از تمام شدن برخی دوباره تلاش کنید.
filelink-download = دانلود ({ $size })
cmd-links = لینک‌های فایل شما
dash-bytes-served = دانلود از لینک‌های فایل امروز

words-unknown =
    کلمهٔ «{ $word }» را نمی‌شناسم. بعد از لینک می‌توانید مثلاً بنویسید:
    { $url } 1:20-2:05 720
    کلمه‌ها: یک بخش مثل 1:20-2:05، audio، video، doc، 360، 480، 720، 1080، subs، subs:en، subs:burn. توضیحشان در /help است.
more-ask = از همین صفحه:
more-section = ✂️ یک بخش
more-section-how = لینک را با بخشی که می‌خواهید بفرستید، مثلاً:
    { $url } 0:30-1:15
more-audio = 🎵 صدا
more-subs = 📝 زیرنویس
note-burn-too-long = زیرنویس فقط روی ویدیوهای تا { $minutes } دقیقه نشانده می‌شود؛ زیرنویس این یکی به صورت فایل آمد.
note-codec = این ویدیو فقط با کدک { $codec } موجود است که روی همهٔ گوشی‌ها (از جمله آیفون) پخش نمی‌شود. ویدیوهای تا { $minutes } دقیقه تبدیل می‌شوند؛ این یکی بلندتر است. برای گرفتن آن به صورت فایل، لینک را با «doc» بفرستید.
status-burning = 📝 در حال نشاندن زیرنویس روی تصویر…
settings-subs = زیرنویس: { $subs }
settings-subs-off = خاموش
settings-subs-on = روشن
settings-audio = صدا به صورت: { $format }
