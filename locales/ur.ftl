## glossary: link = لنک
## glossary: file = فائل
## glossary: queue = قطار
## glossary: quality = کوالٹی
## glossary: album = البم
## glossary: cookies = کوکیز

start =
    السلام علیکم { $name }! میں Pishtaz ہوں، ایک ڈاؤن لوڈ بوٹ۔

    مجھے لنک بھیجیں، میں آپ کو فائل واپس بھیج دوں گا:
    • YouTube، Instagram، X اور ایک ہزار سے زیادہ دوسری سائٹوں سے ویڈیو (چلنے والی ویڈیو کے طور پر آتی ہے)
    • GIF (اینیمیشن کے طور پر آتا ہے)
    • کسی بھی فائل کا براہِ راست لنک (دستاویز کے طور پر آتا ہے)

    { $limit } تک کی فائلیں ممکن ہیں۔ مثالیں /help میں ہیں۔
help =
    Pishtaz کیسے استعمال کریں:
    1. ایک لنک بھیجیں، مثلاً:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. اسٹیٹس پیغام دیکھتے رہیں؛ روکنے کے لیے «منسوخ» دبائیں۔
    3. فائل اسی چیٹ میں آ جائے گی۔

    ویڈیو لنک کے بعد کے الفاظ، کسی بھی ترتیب میں:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — صرف یہ حصہ (یا 1:02:00-1:04:30)
    • audio — آواز m4a میں، عنوان اور کور کے ساتھ؛ video؛ doc — دستاویز کے طور پر
    • 360، 480، 720، 1080 — تصویر کی زیادہ سے زیادہ اونچائی
    • subs — سب ٹائٹل ‎.srt فائلوں کی صورت میں؛ subs:de — ایک زبان؛ subs:burn — تصویر میں جڑے ہوئے

    کمانڈز:
    /history — آپ کے حالیہ لنک
    /settings — زبان، ویڈیو کی کوالٹی، ویڈیو یا دستاویز کے طور پر بھیجنا
    /cancel — قطار میں اور جاری ڈاؤن لوڈ منسوخ کریں
    /pdf <لنک> — ویب صفحہ PDF میں
hint = براہِ کرم http:// یا https:// سے شروع ہونے والا درست لنک بھیجیں، مثلاً: https://example.com/file.pdf
error-generic = معذرت، کچھ غلط ہو گیا۔ براہِ کرم دوبارہ کوشش کریں۔
banned = آپ پر یہ بوٹ استعمال کرنے کی پابندی لگا دی گئی ہے۔
cmd-start = خوش آمدید اور تعارف
cmd-help = بوٹ کیسے استعمال کریں
cmd-history = آپ کے حالیہ لنک
cmd-settings = زبان اور ویڈیو کی ترتیبات
cmd-cancel = اپنے ڈاؤن لوڈ منسوخ کریں
cmd-pdf = ویب صفحہ PDF میں
cmd-admin = ایڈمن پینل
cmd-dashboard = ویب ڈیش بورڈ (ایک بار کا لاگ اِن لنک)
cmd-ytdlp = yt-dlp کا ورژن اور اپ ڈیٹ
cmd-cookies = yt-dlp کے لیے کوکیز کا مجموعہ
button-cancel = ✖️ منسوخ
cancel-done = منسوخ کر دیا گیا۔
cancel-nothing = منسوخ کرنے کو کچھ نہیں۔
queue-full = آپ کے { $max } لنک پہلے ہی انتظار میں ہیں۔ براہِ کرم کچھ مکمل ہونے تک انتظار کریں۔
refused-scheme = ❌ صرف http:// اور https:// لنک ڈاؤن لوڈ ہو سکتے ہیں۔
refused-address = ❌ یہ لنک کسی نجی یا مقامی نیٹ ورک پتے کی طرف جاتا ہے، جسے یہ بوٹ نہیں کھولتا۔
status-queued = ⏳ قطار میں: نمبر { $position }
status-starting = ⚙️ شروع ہو رہا ہے…
status-probing = 🔎 لنک چیک ہو رہا ہے…
status-downloading = ⬇️ ڈاؤن لوڈ ہو رہا ہے…
status-uploading = ⬆️ Telegram کو بھیجا جا رہا ہے…
status-streaming = ⬇️⬆️ ایک ساتھ ڈاؤن لوڈ اور بھیجا جا رہا ہے…
status-both-sides = ڈاؤن لوڈ { $down }% · بھیجا گیا { $up }%
status-merging = 🎞 ویڈیو اور آواز جوڑی جا رہی ہے…
status-converting = 🎞 تبدیل ہو رہا ہے…
status-splitting = ✂️ حصوں میں تقسیم ہو رہا ہے…
status-rendering = 🖨 صفحہ بنایا جا رہا ہے…
status-eta = باقی { $eta }
status-paused = ⏸ بوٹ دوبارہ شروع ہو رہا ہے؛ آپ کا ڈاؤن لوڈ جلد جاری رہے گا۔
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ یہ فائل { $size } کی ہے، جو اس بوٹ کی حد { $limit } سے زیادہ ہے۔
fail-page-too-large = ❌ یہ صفحہ خود کو اس سے زیادہ ڈیٹا سے بیان کرتا ہے جتنا بوٹ پڑھتا ہے (8 MB سے زیادہ)، اس لیے اسے نہیں لایا گیا۔
fail-over-upload-limit = ❌ یہ فائل ({ $size }) { $limit } سے بڑی ہے، جو یہ سرور Telegram Bot API کے ذریعے زیادہ سے زیادہ بھیج سکتا ہے۔ بڑی فائلوں کے لیے آپریٹر کو API_ID اور API_HASH سیٹ کرنے ہوں گے۔
fail-http-status = ❌ ویب سائٹ نے غلطی { $status } کے ساتھ جواب دیا۔ دیکھیں کہ لنک براؤزر میں کھلتا ہے یا نہیں۔
fail-timeout = ❌ ڈاؤن لوڈ میں بہت وقت لگا اس لیے روک دیا گیا۔
fail-stalled = ❌ ویب سائٹ نے ڈیٹا بھیجنا بند کر دیا، اس لیے ڈاؤن لوڈ روک دیا گیا۔
fail-network = ❌ ویب سائٹ سے رابطہ نہیں ہو سکا یا ٹوٹ گیا۔ براہِ کرم بعد میں کوشش کریں۔
fail-redirects = ❌ یہ لنک بہت زیادہ بار ری ڈائریکٹ کرتا ہے۔
fail-guard = ❌ یہ لنک کسی نجی یا مقامی نیٹ ورک پتے تک لے جاتا ہے، جسے یہ بوٹ نہیں کھولتا۔
fail-disk-full = ❌ اس وقت سرور پر اس فائل کے لیے جگہ نہیں۔ براہِ کرم بعد میں کوشش کریں۔
fail-disk-short = ❌ اس فائل کو سرور پر { $size } خالی جگہ چاہیے، اور اس وقت صرف { $limit } خالی ہے۔
fail-cancelled = ✖️ ڈاؤن لوڈ منسوخ ہو گیا۔
fail-telegram-refused = ❌ Telegram نے یہ فائل قبول نہیں کی۔
fail-direct-only = ❌ Telegram یہ لنک خود نہیں لا سکا، اور یہ سرور لنک صرف اسی طریقے سے بھیجتا ہے۔
fail-unsupported = ❌ اس لنک پر کوئی ویڈیو یا فائل نہیں ملی۔
fail-private = ❌ یہ ویڈیو نجی ہے: اسے صرف اس کا مالک (یا جنہیں وہ اجازت دے) دیکھ سکتا ہے۔
fail-geo = ❌ یہ ویڈیو سرور کے علاقے میں دستیاب نہیں۔
fail-extractor-broken = ❌ سائٹ بدل گئی ہے اور ڈاؤن لوڈر یہ صفحہ نہیں پڑھ سکا۔ ڈاؤن لوڈر کی اپ ڈیٹ شروع کر دی گئی ہے؛ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
fail-rate-limited = ❌ سائٹ اس وقت اس سرور کی درخواستیں محدود یا بند کر رہی ہے۔ براہِ کرم تقریباً ایک گھنٹے بعد کوشش کریں۔
fail-bot-check = ❌ سائٹ نے بوٹ سے ثابت کرنے کو کہا کہ وہ روبوٹ نہیں («Sign in to confirm you're not a bot») اور بوٹ ابھی یہ جانچ پار نہیں کر سکا۔ ایڈمنز کو بتا دیا گیا ہے؛ براہِ کرم بعد میں کوشش کریں۔
fail-removed = ❌ یہ ویڈیو ہٹا دی گئی ہے یا اب دستیاب نہیں۔
fail-login = ❌ یہ سائٹ اس لنک کے لیے لاگ اِن اکاؤنٹ مانگتی ہے، اور بوٹ کے اکاؤنٹ اسے نہیں کھول سکے۔ ایڈمنز /cookies سے لاگ اِن براؤزر کی کوکیز شامل کر سکتے ہیں۔
fail-format = ❌ اس ویڈیو کا کوئی فارمیٹ سائز کی حد ({ $limit }) میں نہیں آتا۔
fail-tool-missing = ❌ یہ سرور اس وقت اس قسم کا لنک نہیں چلا سکتا۔
fail-video-unavailable = ❌ اس وقت اس سرور پر ویڈیو سائٹیں دستیاب نہیں، اس لیے یہ صفحہ نہیں لایا جا سکتا۔ ایڈمنز کو بتا دیا گیا ہے۔
fail-interrupted = ❌ آپ کا ڈاؤن لوڈ دوبارہ شروع ہونے کی وجہ سے دو بار رکا اور بند کر دیا گیا۔ براہِ کرم لنک دوبارہ بھیجیں۔
fail-internal = ❌ معذرت، اس ڈاؤن لوڈ میں کچھ غلط ہو گیا۔ براہِ کرم دوبارہ کوشش کریں۔
quality-ask = 🎬 { $title }
    کوالٹی چنیں (سائز اندازاً ہیں):
question-expired = ⌛ اس انتخاب کا وقت ختم ہو گیا۔ چننے کے لیے لنک دوبارہ بھیجیں۔
quality-chosen = ✅ چنا گیا: { $choice }
quality-audio = 🎵 صرف آواز
quality-auto = خودکار
quality-ask-label = پوچھیں
settings-title =
    ⚙️ ترتیبات
    زبان: { $language }
    ویڈیو کی کوالٹی: { $quality }
    ویڈیو بھیجیں بطور: { $sendAs }
settings-as-video = ویڈیو
settings-as-document = دستاویز
settings-saved = محفوظ ہو گیا
quality-best = 🎬 بہترین دستیاب
retention-title = ⚠️ <b>حذف ہونے والے لنک</b> — { $user } (آئی ڈی <code>{ $id }</code>)
retention-deletes-at = حذف ہوگا { $date }
retention-deleted = 🗑 پہلے ہی حذف ہو چکا (انتباہ کے وقت بوٹ بند تھا)
retention-more = … اور { $count } مزید
history-empty = آپ نے ابھی تک کوئی لنک نہیں بھیجا۔
history-title = 🕘 آپ کے لنک ({ $total }):
history-deleted-on = ہٹایا جائے گا { $date }
outcome-pending = ⏳ زیرِ انتظار
outcome-delivered = ✅ پہنچ گیا
outcome-failed = ❌ ناکام
outcome-cancelled = ✖️ منسوخ
outcome-refused = ⛔ مسترد
quota-links = ⛔ آپ ایک گھنٹے میں { $limit } لنک بھیج سکتے ہیں۔ براہِ کرم { $wait } بعد کوشش کریں۔
quota-bytes = ⛔ آج کا ڈاؤن لوڈ کوٹہ پورا ہو گیا۔ براہِ کرم { $wait } بعد کوشش کریں۔
admin-only = ⛔ یہ کمانڈ صرف بوٹ کے ایڈمنز کے لیے ہے۔
admin-title = 🛠 ایڈمن پینل
admin-users = 👥 صارفین
admin-stats = 📊 اعداد و شمار
stats-chart-title = فی گھنٹہ لنک، پچھلے 24 گھنٹے (UTC)
stats-chart-delivered = پہنچے
stats-chart-failed = ناکام
admin-back = « واپس
admin-users-title = 👥 صارفین ({ $total })، حال ہی میں فعال پہلے:
admin-stats-text =
    📊 <b>اعداد و شمار</b>
    صارفین: { $users } (24 گھنٹوں میں فعال: { $active })
    24 گھنٹوں میں لنک: { $jobs }، پہنچائے گئے { $bytes }
    آج فائل لنکس سے فراہم کیا گیا (UTC): { $served }
    وجہ کے لحاظ سے ناکامیاں: { $failures }
    24 گھنٹوں میں سائٹ کے لحاظ سے ناکامیاں:
    { $sites }
    اس وقت قطار: { $queued } انتظار میں، { $running } جاری
    چلنے کا وقت: { $uptime }
admin-usage = استعمال: { $usage }
admin-no-links = صارف { $id } کا کوئی لنک نہیں۔
admin-check-title = صارف { $id } کے آخری لنک:
admin-banned = صارف { $id } پر پابندی لگ گئی۔
admin-unbanned = صارف { $id } سے پابندی ہٹ گئی۔
admin-unknown-user = { $id } نام کے کسی صارف نے یہ بوٹ استعمال نہیں کیا۔
admin-too-long = متن بہت لمبا ہے (زیادہ سے زیادہ 4000 حروف)۔
broadcast-started = 📣 نشریات شروع ہو گئیں۔ ختم ہونے پر آپ کو رپورٹ ملے گی۔
broadcast-busy = ایک نشریات پہلے سے جاری ہے۔
broadcast-report = 📣 نشریات مکمل: { $delivered } پہنچے، { $failed } ناکام، { $blocked } نے بوٹ بلاک کیا ہوا ہے۔
caption-part = 🧩 حصہ { $index } از { $count }
pdf-unavailable = 📄 اس سرور پر PDF بنانا دستیاب نہیں۔
pdf-usage = استعمال: /pdf <لنک> [letter] [landscape]
pdf-offer = 📄 اس صفحے پر ویڈیو نہیں ہے۔ کیا آپ اسے PDF میں چاہتے ہیں؟
pdf-button = 📄 PDF
group-help = اس گروپ میں میں صرف وہی ڈاؤن لوڈ کرتا ہوں جو آپ مانگیں: /dl اور لنک بھیجیں، یا میرے کسی پیغام کا جواب لنک سے دیں۔ یہاں باقی سب کو میں نظرانداز کرتا ہوں۔ مزید کے لیے مجھ سے نجی طور پر بات کریں: @{ $bot }
dl-usage = کمانڈ کے بعد لنک بھیجیں: /dl https://example.com/video
cancel-not-yours = اسے صرف وہی منسوخ کر سکتا ہے جس نے مانگا تھا (یا گروپ کا ایڈمن)۔
cmd-dl = لنک ڈاؤن لوڈ کریں (گروپوں میں: /dl لنک)
status-item = آئٹم { $index } از { $count }
items-ask = اس لنک میں { $count } آئٹم ہیں ({ $size }): { $title }
    ایک درخواست کل ملا کر زیادہ سے زیادہ { $cap } لیتی ہے؛ اس سے آگے کے آئٹم نہیں بھیجے جاتے۔
    کیا سب بھیج دیں، زیادہ سے زیادہ 10 کے البمز میں؟
items-all = تمام { $count } بھیجیں
items-first = صرف پہلے { $count }
items-none = منسوخ
items-chosen = راستے میں ہے۔
items-declined = کچھ نہیں بھیجا جائے گا۔
items-failed = { $count } آئٹمز میں سے یہ نہیں بھیجے جا سکے:
items-failed-line = • آئٹم { $index }: { $reason }
list-offer = یہ ویڈیو ایک فہرست کا حصہ ہے۔
list-button = پوری فہرست
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    YouTube کے چیلنجز کے لیے JavaScript رن ٹائم: { $js }
    چیلنج حل کرنے والا (yt-dlp-ejs): { $solver }
    آخری اپ ڈیٹ جانچ: { $checked }
    آخری نتیجہ: { $result }
    /ytdlp update ابھی نیا ورژن تلاش کرتا ہے۔
ytdlp-yes = ہاں
ytdlp-no = نہیں (یہ yt-dlp اس کے لیے بہت پرانا ہے)
ytdlp-updating = ⏳ yt-dlp کا نیا ورژن تلاش ہو رہا ہے…
ytdlp-installed = ✅ yt-dlp { $version } انسٹال ہے اور استعمال میں ہے۔
ytdlp-current = ✅ yt-dlp { $version } تازہ ترین ورژن ہے۔
ytdlp-failed = ❌ yt-dlp اپ ڈیٹ نہیں ہوا ({ $reason }: { $message })۔ ابھی بھی { $version } استعمال میں ہے۔
ytdlp-unmanaged = یہاں yt-dlp { $path } ہے، جو YTDLP_PATH سے طے ہے، اس لیے بوٹ اسے نہیں بدلتا۔
ytdlp-elsewhere = yt-dlp اور اس کی کوکیز ورکر پروسیسز میں ہیں، اس پروسیس میں نہیں۔
cookies-added = 🍪 { $name } کوکیز کے مجموعے میں شامل ہو گئی، ان کے لیے: { $sites }۔
cookies-invalid = ❌ یہ کوکیز فائل نہیں ہے۔ Netscape فارمیٹ کی cookies.txt (جیسے براؤزر ایکسٹینشن یا yt-dlp برآمد کرتا ہے)، زیادہ سے زیادہ 1 MB، دستاویز کے طور پر /cookies کیپشن کے ساتھ بھیجیں۔
cookies-empty = 🍪 کوکیز کا مجموعہ خالی ہے۔ کوکیز فائل دستاویز کے طور پر /cookies کیپشن کے ساتھ بھیجیں۔
cookies-title = 🍪 کوکیز کا مجموعہ (شامل کی گئی · آخری کامیابی · تک الگ رکھی گئی)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = مجموعے سے ہٹا دی گئی۔
cookies-gone = یہ فائل اب مجموعے میں نہیں۔
notice-ytdlp-refused = ⚠️ yt-dlp کا ایک ورژن انسٹال یا چلایا نہیں گیا: { $reason }۔ بوٹ پہلے والا yt-dlp (یا سسٹم والا) استعمال کرتا رہے گا۔ YTDLP_RELEASE_URL اور ورژن کے دستخط کی جانچ کریں؛ /ytdlp حالت دکھاتا ہے۔
notice-missing-yt-dlp = ⚠️ yt-dlp دستیاب نہیں: ویڈیو صفحات کے لنک ایک پیغام کے ساتھ رد کیے جاتے ہیں۔ اسے انسٹال کریں (apt-get install yt-dlp) یا YTDLP_PATH سے بتائیں؛ یا YTDLP_PATH خالی چھوڑ کر YTDLP_UPDATE_HOURS کو 0 سے زیادہ رکھیں، بوٹ اپنا ورژن انسٹال کر لے گا۔
notice-missing-ffmpeg = ⚠️ ffmpeg یا ffprobe دستیاب نہیں: ویڈیوز تھمب نیل، دورانیے اور سائز کے بغیر جاتی ہیں، yt-dlp الگ ویڈیو اور آواز نہیں جوڑ سکتا (کچھ سائٹیں کم یا کچھ نہیں دیتیں)، اور 2 GB سے بڑی ویڈیوز چلنے والے حصوں کے بجائے خام حصوں میں تقسیم ہوتی ہیں۔ انسٹال کریں: apt-get install ffmpeg (یا FFMPEG_PATH سیٹ کریں)۔
notice-missing-gallery-dl = ⚠️ gallery-dl دستیاب نہیں: گیلری صفحات کی وہ تصاویر نہیں لائی جاتیں جو yt-dlp نہیں دیکھتا۔ انسٹال کریں: apt-get install gallery-dl (یا GALLERY_DL_PATH سیٹ کریں)۔
notice-missing-chromium = ⚠️ Chromium دستیاب نہیں: /pdf جواب دیتا ہے کہ یہ بند ہے۔ انسٹال کریں: apt-get install chromium (یا CHROMIUM_PATH سیٹ کریں)۔
notice-cookies-exhausted = ⚠️ { $site }: لنک «{ $kind }» سے ٹکراتے ہیں (لاگ اِن یا «روبوٹ نہیں» جانچ) اور کوئی کوکیز فائل اسے پار نہیں کر سکی۔ { $site } پر لاگ اِن براؤزر سے کوکیز برآمد کریں (Netscape cookies.txt) اور فائل یہاں دستاویز کے طور پر /cookies کیپشن کے ساتھ بھیجیں؛ /cookies مجموعہ دکھاتا ہے۔
class-bot-check = بوٹ جانچیں
class-login = لاگ اِن ضروری
class-geo = علاقائی پابندیاں
class-private = نجی
class-removed = ہٹائی گئی
class-format = حد کے اندر کوئی فارمیٹ نہیں
class-rate-limited = درخواستوں کی حد یا IP پابندیاں
class-extractor-broken = ایکسٹریکٹر کی خرابیاں
dashboard-link = 🔐 آپ کا ڈیش بورڈ لاگ اِن لنک (ایک بار، 10 منٹ کے لیے):
    { $url }
dashboard-open = ڈیش بورڈ کھولیں
dash-title = Pishtaz ڈیش بورڈ
dash-queue = قطار
dash-queued = انتظار میں
dash-running = جاری
dash-oldest-wait = سب سے طویل انتظار
dash-workers = ورکرز
dash-worker = پروسیس
dash-jobs-now = اس وقت کام
dash-uptime = چل رہا ہے
dash-none = کوئی نہیں
dash-hourly = فی گھنٹہ کام اور ناکامیاں، پچھلے 24 گھنٹے
dash-delivered = پہنچے
dash-failed = ناکام
dash-failures-by-site = سائٹ کے لحاظ سے ناکامیاں، پچھلے 24 گھنٹے
dash-top-users = سب سے فعال صارفین
dash-user = صارف
dash-links = لنک
dash-traffic = ٹریفک، پچھلے 24 گھنٹے
dash-links-received = موصول لنک
dash-bytes-delivered = پہنچایا گیا
dash-users-total = صارفین
dash-users-active = فعال صارفین
dash-ytdlp = yt-dlp
dash-version = ورژن
dash-source = ماخذ
dash-unavailable = دستیاب نہیں
dash-cookies = کوکیز کا مجموعہ
dash-cookie-usable = قابلِ استعمال
dash-cookie-aside = لاگ اِن یا بوٹ جانچ کے بعد { $until } تک آرام میں
dash-last-success = آخری کامیابی
dash-updated = تازہ کیا گیا
dash-notice-title = بوٹ سے لاگ اِن کریں
dash-notice = اس صفحے کے لیے لاگ اِن لنک چاہیے۔ بوٹ کو /dashboard بھیجیں (صرف ایڈمنز)؛ اس کا بھیجا ہوا لنک ایک بار، 10 منٹ کے لیے چلتا ہے۔
dash-link-used = یہ لاگ اِن لنک پہلے استعمال ہو چکا ہے یا اس کی مدت ختم ہو گئی ہے۔
dash-signing-in = لاگ اِن ہو رہا ہے…
dashboard-private-only = /dashboard بوٹ کے ساتھ نجی چیٹ میں بھیجیں: گروپ میں لاگ اِن لنک وہاں کوئی بھی کھول سکتا ہے۔
dash-role = کردار
filelink-too-large = ⛔ یہ فائل { $size } کی ہے؛ یہاں لنک { $limit } تک کی فائلیں دے سکتے ہیں (Telegram Bot API کی حد)۔ آپریٹر اسے API_ID اور API_HASH (4 GB تک) یا مقامی Bot API سرور (BOT_API_LOCAL) سے بڑھاتا ہے۔
filelink-too-large-max = ⛔ یہ فائل { $size } کی ہے؛ کوئی لنک زیادہ سے زیادہ { $limit } کی فائل دے سکتا ہے۔
filelink-per-day = ⛔ آپ روزانہ { $limit } فائل لنک بنا سکتے ہیں۔ براہِ کرم بعد میں کوشش کریں۔
filelink-expires = ⏳ { $date } (UTC) تک چلے گا۔
filelink-never-expires = ♾ جب تک آپ منسوخ نہ کریں، چلے گا (/links)۔
filelink-button-download = ⬇️ ڈاؤن لوڈ
filelink-button-play = ▶️ چلائیں
filelink-reply-to-file = فائل والے پیغام کے جواب میں /link بھیجیں۔
filelinks-empty = آپ کا کوئی فائل لنک نہیں۔ لنک پانے کے لیے مجھے فائل بھیجیں۔
filelinks-title = 🔗 آپ کے فائل لنک ({ $total })؛ 🗑 ایک منسوخ کرتا ہے:
filelink-revoked = منسوخ: لنک اب کام نہیں کرتا۔
filelink-not-yours = یہ لنک آپ کا نہیں، یا پہلے ہی منسوخ ہو چکا ہے۔
filelink-unknown = یہ لنک موجود نہیں۔ دیکھیں کہ پورا کاپی ہوا ہے۔
filelink-gone = یہ لنک اب کام نہیں کرتا: اس کی مدت ختم ہو گئی یا منسوخ ہو گیا۔
filelink-daily-limit = یہ لنک اپنے مالک کا روزانہ حصہ دے چکا ہے۔ کل دوبارہ کوشش کریں۔
filelink-too-many = آپ کے پتے سے ایک ساتھ بہت زیادہ ڈاؤن لوڈ۔ کچھ ختم ہونے پر دوبارہ کوشش کریں۔
filelink-download = ڈاؤن لوڈ ({ $size })
cmd-links = آپ کے فائل لنک
dash-bytes-served = آج فائل لنکس سے فراہم کیا گیا
words-unknown =
    میں لفظ «{ $word }» نہیں جانتا۔ لنک کے بعد آپ مثلاً یہ لکھ سکتے ہیں:
    { $url } 1:20-2:05 720
    الفاظ: 1:20-2:05 جیسا حصہ، audio، video، doc، 360، 480، 720، 1080، subs، subs:en، subs:burn۔ ان کی وضاحت /help میں ہے۔
more-ask = اس صفحے سے مزید:
more-section = ✂️ ایک حصہ
more-section-how = جو حصہ چاہیے اس کے ساتھ لنک بھیجیں، مثلاً:
    { $url } 0:30-1:15
more-audio = 🎵 آواز
more-subs = 📝 سب ٹائٹل
note-burn-too-long = سب ٹائٹل صرف { $minutes } منٹ تک کی ویڈیوز میں جوڑے جاتے ہیں؛ اس ویڈیو کے سب ٹائٹل فائل کے طور پر آئے۔
note-codec = یہ ویڈیو صرف { $codec } میں موجود ہے، جو ہر فون پر نہیں چلتا (iPhone سمیت)۔ { $minutes } منٹ تک کی ویڈیوز تبدیل کی جاتی ہیں؛ یہ اس سے لمبی ہے۔ فائل کے طور پر لینے کے لیے لنک «doc» کے ساتھ بھیجیں۔
status-burning = 📝 سب ٹائٹل تصویر میں جوڑے جا رہے ہیں…
settings-subs = سب ٹائٹل: { $subs }
settings-subs-off = بند
settings-subs-on = چالو
settings-audio = آواز بطور: { $format }
