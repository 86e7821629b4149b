## glossary: link = رابط
## glossary: file = ملف
## glossary: queue = قائمة الانتظار
## glossary: quality = الجودة
## glossary: album = ألبوم
## glossary: cookies = ملفات تعريف الارتباط (cookies)

start =
    مرحبًا { $name }! أنا Pishtaz، بوت للتنزيل.

    أرسل لي رابطًا وسأعيد إليك الملف:
    • مقاطع فيديو من YouTube وInstagram وX وأكثر من ألف موقع آخر (تصل كفيديو قابل للتشغيل)
    • صور GIF (تصل كرسوم متحركة)
    • أي رابط مباشر لملف (يصل كمستند)

    الملفات حتى { $limit } مدعومة. أمثلة في /help.
help =
    طريقة استخدام Pishtaz:
    ١. أرسل رابطًا، مثلًا:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    ٢. تابع رسالة الحالة؛ اضغط «إلغاء» للإيقاف.
    ٣. يصل الملف إلى هذه المحادثة.

    كلمات بعد رابط الفيديو، بأي ترتيب:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — هذا المقطع فقط (أو 1:02:00-1:04:30)
    • audio — الصوت بصيغة m4a مع العنوان والغلاف؛ video؛ doc — كمستند
    • 360 و480 و720 و1080 — أقصى ارتفاع للصورة
    • subs — الترجمات كملفات ‎.srt؛ subs:de — لغة واحدة؛ subs:burn — مدمجة في الصورة

    الأوامر:
    /history — روابطك الأخيرة
    /settings — اللغة، جودة الفيديو، الإرسال كفيديو أو كمستند
    /cancel — إلغاء تنزيلاتك المنتظرة والجارية
    /pdf <رابط> — صفحة ويب بصيغة PDF
hint = أرسل رابطًا صحيحًا يبدأ بـ http:// أو https://، مثلًا: https://example.com/file.pdf
error-generic = عذرًا، حدث خطأ ما. حاول مرة أخرى.
banned = تم منعك من استخدام هذا البوت.
cmd-start = الترحيب والتعريف
cmd-help = طريقة استخدام البوت
cmd-history = روابطك الأخيرة
cmd-settings = إعدادات اللغة والفيديو
cmd-cancel = إلغاء تنزيلاتك
cmd-pdf = صفحة ويب بصيغة PDF
cmd-admin = لوحة الإدارة
cmd-dashboard = لوحة الويب (رابط دخول لمرة واحدة)
cmd-ytdlp = إصدار yt-dlp وتحديثه
cmd-cookies = مجموعة ملفات تعريف الارتباط لـ yt-dlp
button-cancel = ✖️ إلغاء
cancel-done = تم الإلغاء.
cancel-nothing = لا يوجد ما يُلغى.
queue-full = لديك بالفعل { $max } روابط في الانتظار. انتظر حتى ينتهي بعضها.
refused-scheme = ❌ يمكن تنزيل روابط http:// وhttps:// فقط.
refused-address = ❌ يشير هذا الرابط إلى عنوان في شبكة خاصة أو محلية، ولا يجلب هذا البوت مثل هذه العناوين.
status-queued = ⏳ في قائمة الانتظار: الترتيب { $position }
status-starting = ⚙️ جارٍ البدء…
status-probing = 🔎 جارٍ فحص الرابط…
status-downloading = ⬇️ جارٍ التنزيل…
status-uploading = ⬆️ جارٍ الإرسال إلى Telegram…
status-streaming = ⬇️⬆️ جارٍ التنزيل والإرسال معًا…
status-both-sides = نُزّل { $down }% · أُرسل { $up }%
status-merging = 🎞 جارٍ دمج الفيديو والصوت…
status-converting = 🎞 جارٍ التحويل…
status-splitting = ✂️ جارٍ التقسيم إلى أجزاء…
status-rendering = 🖨 جارٍ إنشاء الصفحة…
status-eta = المتبقي { $eta }
status-paused = ⏸ يُعاد تشغيل البوت؛ سيستأنف تنزيلك قريبًا.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ حجم هذا الملف { $size }، وهو أكبر من حد هذا البوت البالغ { $limit }.
fail-page-too-large = ❌ تصف هذه الصفحة نفسها ببيانات أكثر مما يقرأ البوت (أكثر من 8 ميغابايت)، لذلك لم تُجلب.
fail-over-upload-limit = ❌ هذا الملف ({ $size }) أكبر من { $limit }، وهو أقصى ما يستطيع هذا الخادم إرساله عبر Telegram Bot API. للملفات الأكبر يجب على المشغّل ضبط API_ID وAPI_HASH.
fail-http-status = ❌ ردّ الموقع بالخطأ { $status }. تأكد من أن الرابط يعمل في المتصفح.
fail-timeout = ❌ استغرق التنزيل وقتًا طويلًا جدًا فأُوقف.
fail-stalled = ❌ توقف الموقع عن إرسال البيانات، لذلك أُوقف التنزيل.
fail-network = ❌ فشل الاتصال بالموقع أو انقطع. حاول لاحقًا.
fail-redirects = ❌ يعيد هذا الرابط التوجيه مرات كثيرة جدًا.
fail-guard = ❌ يقود هذا الرابط إلى عنوان في شبكة خاصة أو محلية، ولا يجلب هذا البوت مثل هذه العناوين.
fail-disk-full = ❌ لا توجد على الخادم الآن مساحة لهذا الملف. حاول لاحقًا.
fail-disk-short = ❌ يحتاج هذا الملف إلى { $size } من المساحة الحرة على الخادم، والمتاح الآن { $limit } فقط.
fail-cancelled = ✖️ أُلغي التنزيل.
fail-telegram-refused = ❌ رفض Telegram هذا الملف.
fail-direct-only = ❌ لم يستطع Telegram جلب هذا الرابط بنفسه، وهذا الخادم مضبوط على إرسال الروابط بهذه الطريقة فقط.
fail-unsupported = ❌ لم يُعثر على فيديو أو ملف في هذا الرابط.
fail-private = ❌ هذا الفيديو خاص: لا يراه إلا مالكه (أو من يسمح لهم).
fail-geo = ❌ هذا الفيديو غير متاح في منطقة الخادم.
fail-extractor-broken = ❌ تغيّر الموقع ولم يستطع برنامج التنزيل قراءة هذه الصفحة. بدأ تحديث برنامج التنزيل؛ حاول مرة أخرى بعد دقائق.
fail-rate-limited = ❌ يحدّ الموقع الآن من طلبات هذا الخادم أو يحظرها. حاول مرة أخرى بعد ساعة تقريبًا.
fail-bot-check = ❌ طلب الموقع من البوت إثبات أنه ليس روبوتًا («Sign in to confirm you're not a bot») ولم يتمكن البوت من اجتياز الفحص الآن. أُبلغ المشرفون؛ حاول لاحقًا.
fail-removed = ❌ حُذف هذا الفيديو أو لم يعد متاحًا.
fail-login = ❌ يطلب هذا الموقع حسابًا مسجَّل الدخول لهذا الرابط، ولم تتمكن حسابات البوت من فتحه. يستطيع المشرفون إضافة ملفات تعريف الارتباط من متصفح مسجَّل الدخول عبر /cookies.
fail-format = ❌ لا توجد صيغة لهذا الفيديو ضمن حد الحجم ({ $limit }).
fail-tool-missing = ❌ لا يستطيع هذا الخادم الآن معالجة هذا النوع من الروابط.
fail-video-unavailable = ❌ مواقع الفيديو غير متاحة الآن على هذا الخادم، لذلك لا يمكن جلب هذه الصفحة. أُبلغ المشرفون.
fail-interrupted = ❌ انقطع تنزيلك مرتين بسبب إعادة التشغيل فأُوقف. أرسل الرابط مرة أخرى.
fail-internal = ❌ عذرًا، حدث خطأ في هذا التنزيل. حاول مرة أخرى.
quality-ask = 🎬 { $title }
    اختر الجودة (الأحجام تقديرية):
question-expired = ⌛ انتهت مهلة هذا الاختيار. أرسل الرابط مرة أخرى للاختيار.
quality-chosen = ✅ تم الاختيار: { $choice }
quality-audio = 🎵 الصوت فقط
quality-auto = تلقائي
quality-ask-label = اسألني
settings-title =
    ⚙️ الإعدادات
    اللغة: { $language }
    جودة الفيديو: { $quality }
    إرسال الفيديو كـ: { $sendAs }
settings-as-video = فيديو
settings-as-document = مستند
settings-saved = تم الحفظ
quality-best = 🎬 أفضل جودة متاحة
retention-title = ⚠️ <b>روابط ستُحذف قريبًا</b> — { $user } (المعرّف <code>{ $id }</code>)
retention-deletes-at = تُحذف في { $date }
retention-deleted = 🗑 حُذفت بالفعل (كان البوت متوقفًا خلال مهلة التنبيه)
retention-more = … و{ $count } أخرى
history-empty = لم ترسل أي رابط بعد.
history-title = 🕘 روابطك ({ $total }):
history-deleted-on = تُحذف في { $date }
outcome-pending = ⏳ قيد الانتظار
outcome-delivered = ✅ تم التسليم
outcome-failed = ❌ فشل
outcome-cancelled = ✖️ أُلغي
outcome-refused = ⛔ مرفوض
quota-links = ⛔ يمكنك إرسال { $limit } روابط في الساعة. حاول مرة أخرى بعد { $wait }.
quota-bytes = ⛔ وصلت إلى حصة التنزيل لهذا اليوم. حاول مرة أخرى بعد { $wait }.
admin-only = ⛔ هذا الأمر لمشرفي البوت فقط.
admin-title = 🛠 لوحة الإدارة
admin-users = 👥 المستخدمون
admin-stats = 📊 الإحصاءات
stats-chart-title = الروابط في الساعة، آخر 24 ساعة (UTC)
stats-chart-delivered = سُلّمت
stats-chart-failed = فشلت
admin-back = « رجوع
admin-users-title = 👥 المستخدمون ({ $total })، الأحدث نشاطًا أولًا:
admin-stats-text =
    📊 <b>الإحصاءات</b>
    المستخدمون: { $users } (النشطون خلال 24 ساعة: { $active })
    الروابط خلال 24 ساعة: { $jobs }، سُلّم { $bytes }
    ما قُدّم اليوم عبر روابط الملفات (UTC): { $served }
    الإخفاقات حسب السبب: { $failures }
    الإخفاقات خلال 24 ساعة حسب الموقع:
    { $sites }
    قائمة الانتظار الآن: { $queued } تنتظر، { $running } قيد التنفيذ
    مدة التشغيل: { $uptime }
admin-usage = الاستخدام: { $usage }
admin-no-links = لا توجد روابط للمستخدم { $id }.
admin-check-title = آخر روابط المستخدم { $id }:
admin-banned = حُظر المستخدم { $id }.
admin-unbanned = رُفع الحظر عن المستخدم { $id }.
admin-unknown-user = لم يستخدم أي مستخدم بالمعرّف { $id } هذا البوت.
admin-too-long = النص طويل جدًا (4000 حرف على الأكثر).
broadcast-started = 📣 بدأ البث. ستصلك نتيجة عند انتهائه.
broadcast-busy = هناك بث جارٍ بالفعل.
broadcast-report = 📣 انتهى البث: سُلّم { $delivered }، فشل { $failed }، وحظر { $blocked } البوت.
caption-part = 🧩 الجزء { $index } من { $count }
pdf-unavailable = 📄 إنشاء ملفات PDF غير متاح على هذا الخادم.
pdf-usage = الاستخدام: /pdf <رابط> [letter] [landscape]
pdf-offer = 📄 لا يوجد فيديو في هذه الصفحة. هل تريدها بصيغة PDF؟
pdf-button = 📄 PDF
group-help = في هذه المجموعة أنزّل ما تطلبه فقط: أرسل /dl ثم الرابط، أو ردّ على إحدى رسائلي برابط. أتجاهل كل ما عدا ذلك هنا. للمزيد تحدث معي على الخاص: @{ $bot }
dl-usage = أرسل الرابط بعد الأمر: /dl https://example.com/video
cancel-not-yours = لا يلغي هذا إلا من طلبه (أو مشرف المجموعة).
cmd-dl = تنزيل رابط (في المجموعات: /dl رابط)
status-item = العنصر { $index } من { $count }
items-ask = يحتوي هذا الرابط على { $count } عناصر ({ $size }): { $title }
    يأخذ الطلب الواحد { $cap } على الأكثر إجمالًا؛ ولا تُرسل العناصر التي تتجاوز ذلك.
    هل نرسلها كلها في ألبومات من 10 على الأكثر؟
items-all = أرسل الـ { $count } كلها
items-first = أول { $count } فقط
items-none = إلغاء
items-chosen = في الطريق.
items-declined = لن يُرسل شيء.
items-failed = من أصل { $count } عناصر، تعذّر إرسال هذه:
items-failed-line = • العنصر { $index }: { $reason }
list-offer = هذا الفيديو جزء من قائمة.
list-button = القائمة كاملة
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    بيئة JavaScript لتحديات YouTube: { $js }
    حلّال التحديات (yt-dlp-ejs): { $solver }
    آخر تحقق من التحديث: { $checked }
    آخر نتيجة: { $result }
    /ytdlp update يبحث الآن عن إصدار جديد.
ytdlp-yes = نعم
ytdlp-no = لا (yt-dlp هذا أقدم من أن يدعم ذلك)
ytdlp-updating = ⏳ جارٍ البحث عن إصدار جديد من yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } مثبّت وقيد الاستخدام.
ytdlp-current = ✅ yt-dlp { $version } هو أحدث إصدار.
ytdlp-failed = ❌ لم يُحدَّث yt-dlp ({ $reason }: { $message }). ما زال { $version } قيد الاستخدام.
ytdlp-unmanaged = yt-dlp هنا هو { $path }، محدد عبر YTDLP_PATH، لذلك لا يستبدله البوت.
ytdlp-elsewhere = yt-dlp وملفات تعريف الارتباط الخاصة به موجودة في عمليات العمال، لا في هذه العملية.
cookies-added = 🍪 انضم { $name } إلى مجموعة ملفات تعريف الارتباط، لـ: { $sites }.
cookies-invalid = ❌ هذا ليس ملف ملفات تعريف ارتباط. أرسل ملف cookies.txt بصيغة Netscape (كما تصدّره إضافة متصفح أو yt-dlp)، بحجم 1 ميغابايت على الأكثر، كمستند مع التعليق /cookies.
cookies-empty = 🍪 مجموعة ملفات تعريف الارتباط فارغة. أرسل ملف ملفات تعريف الارتباط كمستند مع التعليق /cookies.
cookies-title = 🍪 مجموعة ملفات تعريف الارتباط (أُضيف · آخر نجاح · مُجنَّب حتى)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = أُزيل من المجموعة.
cookies-gone = لم يعد هذا الملف في المجموعة.
notice-ytdlp-refused = ⚠️ لم يُثبَّت إصدار من yt-dlp أو لم يُشغَّل: { $reason }. يواصل البوت استخدام yt-dlp الذي كان لديه (أو الخاص بالنظام). تحقق من YTDLP_RELEASE_URL ومن توقيع الإصدار؛ يعرض /ytdlp الحالة.
notice-missing-yt-dlp = ⚠️ yt-dlp غير متاح: تُرفض روابط صفحات الفيديو برسالة. ثبّته (apt-get install yt-dlp) أو اضبط YTDLP_PATH عليه؛ أو اترك YTDLP_PATH فارغًا مع YTDLP_UPDATE_HOURS أكبر من 0، فيثبّت البوت إصداره الخاص.
notice-missing-ffmpeg = ⚠️ ffmpeg أو ffprobe غير متاح: تُرسل مقاطع الفيديو بلا صورة مصغّرة ولا مدة ولا أبعاد، ولا يستطيع yt-dlp دمج الفيديو والصوت المنفصلين (بعض المواقع تعطي أقل أو لا شيء)، وتُقسَّم مقاطع الفيديو الأكبر من 2 غيغابايت إلى أجزاء خام بدل أجزاء قابلة للتشغيل. ثبّته: apt-get install ffmpeg (أو اضبط FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl غير متاح: لا تُجلب صور صفحات المعارض التي لا يراها yt-dlp. ثبّته: apt-get install gallery-dl (أو اضبط GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium غير متاح: يجيب /pdf بأنه معطّل. ثبّته: apt-get install chromium (أو اضبط CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: تصطدم الروابط بـ «{ $kind }» (تسجيل دخول أو فحص «لست روبوتًا») ولم يتجاوزه أي ملف ملفات تعريف ارتباط. صدّر ملفات تعريف الارتباط من متصفح مسجَّل الدخول إلى { $site } (cookies.txt بصيغة Netscape) وأرسل الملف هنا كمستند مع التعليق /cookies؛ يعرض /cookies المجموعة.
class-bot-check = فحوصات الروبوت
class-login = يلزم تسجيل الدخول
class-geo = حظر جغرافي
class-private = خاص
class-removed = محذوف
class-format = لا صيغة ضمن الحدود
class-rate-limited = حدود الطلبات أو حظر IP
class-extractor-broken = أعطال المستخرج
dashboard-link = 🔐 رابط دخولك إلى اللوحة (يعمل مرة واحدة، لمدة 10 دقائق):
    { $url }
dashboard-open = افتح اللوحة
dash-title = لوحة Pishtaz
dash-queue = قائمة الانتظار
dash-queued = تنتظر
dash-running = قيد التنفيذ
dash-oldest-wait = أطول انتظار
dash-workers = العمال
dash-worker = عملية
dash-jobs-now = المهام الآن
dash-uptime = يعمل منذ
dash-none = لا شيء
dash-hourly = المهام والإخفاقات في الساعة، آخر 24 ساعة
dash-delivered = سُلّمت
dash-failed = فشلت
dash-failures-by-site = الإخفاقات حسب الموقع، آخر 24 ساعة
dash-top-users = أكثر المستخدمين نشاطًا
dash-user = مستخدم
dash-links = روابط
dash-traffic = حركة البيانات، آخر 24 ساعة
dash-links-received = روابط مستلمة
dash-bytes-delivered = سُلّم
dash-users-total = المستخدمون
dash-users-active = المستخدمون النشطون
dash-ytdlp = yt-dlp
dash-version = الإصدار
dash-source = المصدر
dash-unavailable = غير متاح
dash-cookies = مجموعة ملفات تعريف الارتباط
dash-cookie-usable = صالح
dash-cookie-aside = في استراحة بعد فحص دخول أو روبوت حتى { $until }
dash-last-success = آخر نجاح
dash-updated = حُدّث
dash-notice-title = سجّل الدخول من البوت
dash-notice = تحتاج هذه الصفحة إلى رابط دخول. أرسل /dashboard إلى البوت (للمشرفين فقط)؛ الرابط الذي يرسله يعمل مرة واحدة لمدة 10 دقائق.
dash-link-used = استُخدم رابط الدخول هذا من قبل أو انتهت صلاحيته.
dash-signing-in = جارٍ تسجيل الدخول…
dashboard-private-only = أرسل /dashboard في محادثة خاصة مع البوت: رابط الدخول في مجموعة قد يفتحه أي عضو فيها.
dash-role = الدور
filelink-too-large = ⛔ حجم هذا الملف { $size }؛ الروابط هنا تقدّم ملفات حتى { $limit } (حد Telegram Bot API). يرفع المشغّل هذا الحد عبر API_ID وAPI_HASH (حتى 4 غيغابايت) أو خادم Bot API محلي (BOT_API_LOCAL).
filelink-too-large-max = ⛔ حجم هذا الملف { $size }؛ أكبر ملف يستطيع رابط تقديمه هو { $limit }.
filelink-per-day = ⛔ يمكنك إنشاء { $limit } روابط ملفات في اليوم. حاول لاحقًا.
filelink-expires = ⏳ يعمل حتى { $date } (UTC).
filelink-never-expires = ♾ يعمل حتى تلغيه (/links).
filelink-button-download = ⬇️ تنزيل
filelink-button-play = ▶️ تشغيل
filelink-reply-to-file = أرسل /link ردًا على رسالة فيها ملف.
filelinks-empty = ليس لديك روابط ملفات. أرسل لي ملفًا لتحصل على رابط.
filelinks-title = 🔗 روابط ملفاتك ({ $total })؛ 🗑 يلغي رابطًا:
filelink-revoked = أُلغي: لم يعد الرابط يعمل.
filelink-not-yours = هذا الرابط ليس لك، أو أُلغي من قبل.
filelink-unknown = هذا الرابط غير موجود. تأكد من نسخه كاملًا.
filelink-gone = لم يعد هذا الرابط يعمل: انتهت صلاحيته أو أُلغي.
filelink-daily-limit = قدّم هذا الرابط الحصة اليومية لمالكه. حاول غدًا.
filelink-too-many = تنزيلات كثيرة جدًا في الوقت نفسه من عنوانك. حاول عندما ينتهي بعضها.
filelink-download = تنزيل ({ $size })
cmd-links = روابط ملفاتك
dash-bytes-served = ما قُدّم اليوم عبر روابط الملفات
words-unknown =
    لا أعرف الكلمة «{ $word }». بعد الرابط يمكنك أن تكتب مثلًا:
    { $url } 1:20-2:05 720
    الكلمات: مقطع مثل 1:20-2:05، audio، video، doc، 360، 480، 720، 1080، subs، subs:en، subs:burn. يشرحها /help.
more-ask = المزيد من هذه الصفحة:
more-section = ✂️ مقطع
more-section-how = أرسل الرابط مع المقطع الذي تريده، مثلًا:
    { $url } 0:30-1:15
more-audio = 🎵 الصوت
more-subs = 📝 الترجمات
note-burn-too-long = لا تُدمج الترجمات في الصورة إلا في مقاطع الفيديو حتى { $minutes } دقيقة؛ وصلت ترجمات هذا المقطع كملف.
note-codec = هذا الفيديو متاح بصيغة { $codec } فقط، ولا يعمل على كل الهواتف (ومنها iPhone). تُحوَّل مقاطع الفيديو حتى { $minutes } دقيقة؛ وهذا أطول. أرسل الرابط مع «doc» لتحصل عليه كملف.
status-burning = 📝 جارٍ دمج الترجمات في الصورة…
settings-subs = الترجمات: { $subs }
settings-subs-off = معطّلة
settings-subs-on = مفعّلة
settings-audio = الصوت بصيغة: { $format }
