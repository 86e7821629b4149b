## glossary: link = लिंक
## glossary: file = फ़ाइल
## glossary: queue = कतार
## glossary: quality = क्वालिटी
## glossary: album = एल्बम
## glossary: cookies = कुकीज़

start =
    नमस्ते { $name }! मैं Pishtaz हूँ, एक डाउनलोड बॉट।

    मुझे लिंक भेजिए, मैं आपको फ़ाइल वापस भेज दूँगा:
    • YouTube, Instagram, X और एक हज़ार से ज़्यादा दूसरी साइटों से वीडियो (चलने लायक वीडियो के रूप में आते हैं)
    • GIF (एनिमेशन के रूप में आते हैं)
    • किसी भी फ़ाइल का सीधा लिंक (दस्तावेज़ के रूप में आता है)

    { $limit } तक की फ़ाइलें चलती हैं। उदाहरण /help में हैं।
help =
    Pishtaz कैसे इस्तेमाल करें:
    1. एक लिंक भेजिए, जैसे:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. स्टेटस संदेश देखते रहिए; रोकने के लिए "रद्द करें" दबाइए।
    3. फ़ाइल इसी चैट में आ जाएगी।

    वीडियो लिंक के बाद के शब्द, किसी भी क्रम में:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — सिर्फ़ यह हिस्सा (या 1:02:00-1:04:30)
    • audio — आवाज़ m4a में, शीर्षक और कवर के साथ; video; doc — दस्तावेज़ के रूप में
    • 360, 480, 720, 1080 — तस्वीर की अधिकतम ऊँचाई
    • subs — सबटाइटल .srt फ़ाइलों के रूप में; subs:de — एक भाषा; subs:burn — तस्वीर में जड़े हुए

    कमांड:
    /history — आपके हाल के लिंक
    /settings — भाषा, वीडियो क्वालिटी, वीडियो या दस्तावेज़ के रूप में भेजना
    /cancel — कतार में और चल रहे डाउनलोड रद्द करें
    /pdf <लिंक> — वेब पेज PDF के रूप में
hint = कृपया http:// या https:// से शुरू होने वाला सही लिंक भेजिए, जैसे: https://example.com/file.pdf
error-generic = माफ़ कीजिए, कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।
banned = आपको इस बॉट का इस्तेमाल करने से रोक दिया गया है।
cmd-start = स्वागत और परिचय
cmd-help = बॉट कैसे इस्तेमाल करें
cmd-history = आपके हाल के लिंक
cmd-settings = भाषा और वीडियो सेटिंग्स
cmd-cancel = अपने डाउनलोड रद्द करें
cmd-pdf = वेब पेज PDF के रूप में
cmd-admin = एडमिन पैनल
cmd-dashboard = वेब डैशबोर्ड (एक बार का लॉगिन लिंक)
cmd-ytdlp = yt-dlp का वर्ज़न और अपडेट
cmd-cookies = yt-dlp के लिए कुकीज़ का संग्रह
button-cancel = ✖️ रद्द करें
cancel-done = रद्द कर दिया।
cancel-nothing = रद्द करने को कुछ नहीं है।
queue-full = आपके { $max } लिंक पहले से इंतज़ार में हैं। कृपया कुछ पूरे होने तक रुकिए।
refused-scheme = ❌ सिर्फ़ http:// और https:// लिंक डाउनलोड हो सकते हैं।
refused-address = ❌ यह लिंक किसी निजी या लोकल नेटवर्क पते की ओर जाता है, जिसे यह बॉट नहीं खोलता।
status-queued = ⏳ कतार में: स्थान { $position }
status-starting = ⚙️ शुरू हो रहा है…
status-probing = 🔎 लिंक जाँचा जा रहा है…
status-downloading = ⬇️ डाउनलोड हो रहा है…
status-uploading = ⬆️ Telegram को भेजा जा रहा है…
status-streaming = ⬇️⬆️ एक साथ डाउनलोड और भेजा जा रहा है…
status-both-sides = डाउनलोड { $down }% · भेजा { $up }%
status-merging = 🎞 वीडियो और आवाज़ जोड़ी जा रही है…
status-converting = 🎞 बदला जा रहा है…
status-splitting = ✂️ हिस्सों में बाँटा जा रहा है…
status-rendering = 🖨 पेज बनाया जा रहा है…
status-eta = बाकी { $eta }
status-paused = ⏸ बॉट फिर से शुरू हो रहा है; आपका डाउनलोड जल्द ही जारी रहेगा।
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ यह फ़ाइल { $size } की है, जो इस बॉट की सीमा { $limit } से ज़्यादा है।
fail-page-too-large = ❌ यह पेज अपने बारे में उससे ज़्यादा डेटा देता है जितना बॉट पढ़ता है (8 MB से ज़्यादा), इसलिए इसे नहीं लाया गया।
fail-over-upload-limit = ❌ यह फ़ाइल ({ $size }) { $limit } से बड़ी है, जो यह सर्वर Telegram Bot API से ज़्यादा से ज़्यादा भेज सकता है। बड़ी फ़ाइलों के लिए ऑपरेटर को API_ID और API_HASH सेट करने होंगे।
fail-http-status = ❌ वेबसाइट ने त्रुटि { $status } के साथ जवाब दिया। देखिए कि लिंक ब्राउज़र में खुलता है या नहीं।
fail-timeout = ❌ डाउनलोड में बहुत समय लगा, इसलिए उसे रोक दिया गया।
fail-stalled = ❌ वेबसाइट ने डेटा भेजना बंद कर दिया, इसलिए डाउनलोड रोक दिया गया।
fail-network = ❌ वेबसाइट से कनेक्शन नहीं हो पाया या टूट गया। कृपया बाद में कोशिश करें।
fail-redirects = ❌ यह लिंक बहुत बार रीडायरेक्ट करता है।
fail-guard = ❌ यह लिंक किसी निजी या लोकल नेटवर्क पते तक ले जाता है, जिसे यह बॉट नहीं खोलता।
fail-disk-full = ❌ अभी सर्वर पर इस फ़ाइल के लिए जगह नहीं है। कृपया बाद में कोशिश करें।
fail-disk-short = ❌ इस फ़ाइल को सर्वर पर { $size } खाली जगह चाहिए, और अभी सिर्फ़ { $limit } खाली है।
fail-cancelled = ✖️ डाउनलोड रद्द हो गया।
fail-telegram-refused = ❌ Telegram ने यह फ़ाइल नहीं ली।
fail-direct-only = ❌ Telegram यह लिंक खुद नहीं ला सका, और यह सर्वर लिंक सिर्फ़ इसी तरीके से भेजता है।
fail-unsupported = ❌ इस लिंक पर कोई वीडियो या फ़ाइल नहीं मिली।
fail-private = ❌ यह वीडियो निजी है: इसे सिर्फ़ इसका मालिक (या जिन्हें वह अनुमति दे) देख सकता है।
fail-geo = ❌ यह वीडियो सर्वर के क्षेत्र में उपलब्ध नहीं है।
fail-extractor-broken = ❌ साइट बदल गई है और डाउनलोडर यह पेज नहीं पढ़ सका। डाउनलोडर का अपडेट शुरू कर दिया गया है; कृपया कुछ मिनट बाद फिर कोशिश करें।
fail-rate-limited = ❌ साइट अभी इस सर्वर के अनुरोधों को सीमित या ब्लॉक कर रही है। कृपया लगभग एक घंटे बाद कोशिश करें।
fail-bot-check = ❌ साइट ने बॉट से साबित करने को कहा कि वह रोबोट नहीं है ("Sign in to confirm you're not a bot") और बॉट अभी यह जाँच पार नहीं कर सका। एडमिन को बता दिया गया है; कृपया बाद में कोशिश करें।
fail-removed = ❌ यह वीडियो हटा दिया गया है या अब उपलब्ध नहीं है।
fail-login = ❌ यह साइट इस लिंक के लिए लॉगिन किया हुआ खाता माँगती है, और बॉट के खाते इसे नहीं खोल सके। एडमिन /cookies से लॉगिन किए हुए ब्राउज़र की कुकीज़ जोड़ सकते हैं।
fail-format = ❌ इस वीडियो का कोई फ़ॉर्मैट साइज़ की सीमा ({ $limit }) में नहीं आता।
fail-tool-missing = ❌ यह सर्वर अभी इस तरह का लिंक नहीं चला सकता।
fail-video-unavailable = ❌ अभी इस सर्वर पर वीडियो साइटें उपलब्ध नहीं हैं, इसलिए यह पेज नहीं लाया जा सकता। एडमिन को बता दिया गया है।
fail-interrupted = ❌ आपका डाउनलोड रीस्टार्ट की वजह से दो बार रुका और बंद कर दिया गया। कृपया लिंक फिर से भेजें।
fail-internal = ❌ माफ़ कीजिए, इस डाउनलोड में कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।
quality-ask = 🎬 { $title }
    क्वालिटी चुनिए (साइज़ अनुमानित हैं):
question-expired = ⌛ इस चुनाव का समय खत्म हो गया। चुनने के लिए लिंक फिर से भेजें।
quality-chosen = ✅ चुना गया: { $choice }
quality-audio = 🎵 सिर्फ़ आवाज़
quality-auto = अपने-आप
quality-ask-label = पूछें
settings-title =
    ⚙️ सेटिंग्स
    भाषा: { $language }
    वीडियो क्वालिटी: { $quality }
    वीडियो ऐसे भेजें: { $sendAs }
settings-as-video = वीडियो
settings-as-document = दस्तावेज़
settings-saved = सहेज लिया
quality-best = 🎬 सबसे अच्छी उपलब्ध
retention-title = ⚠️ <b>हटने वाले लिंक</b> — { $user } (आईडी <code>{ $id }</code>)
retention-deletes-at = { $date } को हटेगा
retention-deleted = 🗑 पहले ही हटा दिया गया (चेतावनी के समय बॉट बंद था)
retention-more = … और { $count }
history-empty = आपने अभी तक कोई लिंक नहीं भेजा है।
history-title = 🕘 आपके लिंक ({ $total }):
history-deleted-on = { $date } को हटेगा
outcome-pending = ⏳ बाकी
outcome-delivered = ✅ पहुँच गया
outcome-failed = ❌ विफल
outcome-cancelled = ✖️ रद्द
outcome-refused = ⛔ अस्वीकार
quota-links = ⛔ आप एक घंटे में { $limit } लिंक भेज सकते हैं। कृपया { $wait } बाद कोशिश करें।
quota-bytes = ⛔ आज का डाउनलोड कोटा पूरा हो गया है। कृपया { $wait } बाद कोशिश करें।
admin-only = ⛔ यह कमांड सिर्फ़ बॉट के एडमिन के लिए है।
admin-title = 🛠 एडमिन पैनल
admin-users = 👥 उपयोगकर्ता
admin-stats = 📊 आँकड़े
stats-chart-title = प्रति घंटा लिंक, पिछले 24 घंटे (UTC)
stats-chart-delivered = पहुँचे
stats-chart-failed = विफल
admin-back = « वापस
admin-users-title = 👥 उपयोगकर्ता ({ $total }), हाल में सक्रिय पहले:
admin-stats-text =
    📊 <b>आँकड़े</b>
    उपयोगकर्ता: { $users } (24 घंटे में सक्रिय: { $active })
    24 घंटे में लिंक: { $jobs }, पहुँचाया { $bytes }
    आज फ़ाइल लिंक से दिया गया (UTC): { $served }
    कारण के अनुसार विफलताएँ: { $failures }
    24 घंटे में साइट के अनुसार विफलताएँ:
    { $sites }
    अभी कतार: { $queued } इंतज़ार में, { $running } चल रहे
    चलने का समय: { $uptime }
admin-usage = इस्तेमाल: { $usage }
admin-no-links = उपयोगकर्ता { $id } का कोई लिंक नहीं।
admin-check-title = उपयोगकर्ता { $id } के आखिरी लिंक:
admin-banned = उपयोगकर्ता { $id } पर रोक लगा दी गई।
admin-unbanned = उपयोगकर्ता { $id } से रोक हटा दी गई।
admin-unknown-user = { $id } नाम के किसी उपयोगकर्ता ने यह बॉट इस्तेमाल नहीं किया।
admin-too-long = टेक्स्ट बहुत लंबा है (ज़्यादा से ज़्यादा 4000 अक्षर)।
broadcast-started = 📣 प्रसारण शुरू हुआ। खत्म होने पर आपको रिपोर्ट मिलेगी।
broadcast-busy = एक प्रसारण पहले से चल रहा है।
broadcast-report = 📣 प्रसारण पूरा: { $delivered } पहुँचे, { $failed } विफल, { $blocked } ने बॉट को ब्लॉक किया है।
caption-part = 🧩 भाग { $index } / { $count }
pdf-unavailable = 📄 इस सर्वर पर PDF बनाना उपलब्ध नहीं है।
pdf-usage = इस्तेमाल: /pdf <लिंक> [letter] [landscape]
pdf-offer = 📄 इस पेज पर वीडियो नहीं है। क्या आप इसे PDF में चाहते हैं?
pdf-button = 📄 PDF
group-help = इस ग्रुप में मैं सिर्फ़ वही डाउनलोड करता हूँ जो आप माँगें: /dl और लिंक भेजिए, या मेरे किसी संदेश का जवाब लिंक से दीजिए। यहाँ बाकी सब मैं अनदेखा करता हूँ। ज़्यादा के लिए मुझसे निजी चैट में बात कीजिए: @{ $bot }
dl-usage = कमांड के बाद लिंक भेजिए: /dl https://example.com/video
cancel-not-yours = इसे सिर्फ़ वही रद्द कर सकता है जिसने माँगा था (या ग्रुप एडमिन)।
cmd-dl = लिंक डाउनलोड करें (ग्रुप में: /dl लिंक)
status-item = आइटम { $index } / { $count }
items-ask = इस लिंक में { $count } आइटम हैं ({ $size }): { $title }
    एक अनुरोध कुल मिलाकर ज़्यादा से ज़्यादा { $cap } लेता है; उससे आगे के आइटम नहीं भेजे जाते।
    क्या सब भेज दें, ज़्यादा से ज़्यादा 10 के एल्बम में?
items-all = सभी { $count } भेजें
items-first = सिर्फ़ पहले { $count }
items-none = रद्द करें
items-chosen = रास्ते में है।
items-declined = कुछ नहीं भेजा जाएगा।
items-failed = { $count } आइटम में से ये नहीं भेजे जा सके:
items-failed-line = • आइटम { $index }: { $reason }
list-offer = यह वीडियो एक सूची का हिस्सा है।
list-button = पूरी सूची
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    YouTube की चुनौतियों के लिए JavaScript रनटाइम: { $js }
    चुनौती हल करने वाला (yt-dlp-ejs): { $solver }
    आखिरी अपडेट जाँच: { $checked }
    आखिरी नतीजा: { $result }
    /ytdlp update अभी नया वर्ज़न खोजता है।
ytdlp-yes = हाँ
ytdlp-no = नहीं (यह yt-dlp इसके लिए बहुत पुराना है)
ytdlp-updating = ⏳ yt-dlp का नया वर्ज़न खोजा जा रहा है…
ytdlp-installed = ✅ yt-dlp { $version } इंस्टॉल है और इस्तेमाल में है।
ytdlp-current = ✅ yt-dlp { $version } सबसे नया वर्ज़न है।
ytdlp-failed = ❌ yt-dlp अपडेट नहीं हुआ ({ $reason }: { $message })। अभी भी { $version } इस्तेमाल में है।
ytdlp-unmanaged = यहाँ yt-dlp { $path } है, जो YTDLP_PATH से तय है, इसलिए बॉट इसे नहीं बदलता।
ytdlp-elsewhere = yt-dlp और उसकी कुकीज़ वर्कर प्रोसेस में हैं, इस प्रोसेस में नहीं।
cookies-added = 🍪 { $name } कुकीज़ संग्रह में जुड़ गई, इनके लिए: { $sites }।
cookies-invalid = ❌ यह कुकीज़ फ़ाइल नहीं है। Netscape फ़ॉर्मैट की cookies.txt (जैसी ब्राउज़र एक्सटेंशन या yt-dlp निर्यात करता है), ज़्यादा से ज़्यादा 1 MB, दस्तावेज़ के रूप में /cookies कैप्शन के साथ भेजिए।
cookies-empty = 🍪 कुकीज़ संग्रह खाली है। कुकीज़ फ़ाइल दस्तावेज़ के रूप में /cookies कैप्शन के साथ भेजिए।
cookies-title = 🍪 कुकीज़ संग्रह (जोड़ी गई · आखिरी सफलता · तक अलग रखी गई)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = संग्रह से हटा दी गई।
cookies-gone = यह फ़ाइल अब संग्रह में नहीं है।
notice-ytdlp-refused = ⚠️ yt-dlp का एक वर्ज़न इंस्टॉल या चलाया नहीं गया: { $reason }। बॉट पहले वाला yt-dlp (या सिस्टम वाला) इस्तेमाल करता रहेगा। YTDLP_RELEASE_URL और वर्ज़न का हस्ताक्षर जाँचिए; /ytdlp स्थिति दिखाता है।
notice-missing-yt-dlp = ⚠️ yt-dlp उपलब्ध नहीं है: वीडियो पेजों के लिंक एक संदेश के साथ अस्वीकार किए जाते हैं। इसे इंस्टॉल कीजिए (apt-get install yt-dlp) या YTDLP_PATH से बताइए; या YTDLP_PATH खाली छोड़कर YTDLP_UPDATE_HOURS को 0 से ज़्यादा रखिए, बॉट अपना वर्ज़न इंस्टॉल कर लेगा।
notice-missing-ffmpeg = ⚠️ ffmpeg या ffprobe उपलब्ध नहीं है: वीडियो बिना थंबनेल, अवधि और साइज़ के जाते हैं, yt-dlp अलग वीडियो और आवाज़ नहीं जोड़ पाता (कुछ साइटें कम या कुछ नहीं देतीं), और 2 GB से बड़े वीडियो चलने लायक हिस्सों की बजाय कच्चे हिस्सों में बँटते हैं। इंस्टॉल कीजिए: apt-get install ffmpeg (या FFMPEG_PATH सेट कीजिए)।
notice-missing-gallery-dl = ⚠️ gallery-dl उपलब्ध नहीं है: गैलरी पेजों की वे तस्वीरें नहीं लाई जातीं जिन्हें yt-dlp नहीं देखता। इंस्टॉल कीजिए: apt-get install gallery-dl (या GALLERY_DL_PATH सेट कीजिए)।
notice-missing-chromium = ⚠️ Chromium उपलब्ध नहीं है: /pdf जवाब देता है कि यह बंद है। इंस्टॉल कीजिए: apt-get install chromium (या CHROMIUM_PATH सेट कीजिए)।
notice-cookies-exhausted = ⚠️ { $site }: लिंक "{ $kind }" से टकराते हैं (लॉगिन या "रोबोट नहीं" जाँच) और कोई कुकीज़ फ़ाइल इसे पार नहीं कर सकी। { $site } पर लॉगिन किए हुए ब्राउज़र से कुकीज़ निर्यात कीजिए (Netscape cookies.txt) और फ़ाइल यहाँ दस्तावेज़ के रूप में /cookies कैप्शन के साथ भेजिए; /cookies संग्रह दिखाता है।
class-bot-check = बॉट जाँच
class-login = लॉगिन ज़रूरी
class-geo = क्षेत्रीय रोक
class-private = निजी
class-removed = हटाया गया
class-format = सीमा में कोई फ़ॉर्मैट नहीं
class-rate-limited = अनुरोध सीमा या IP रोक
class-extractor-broken = एक्सट्रैक्टर की खराबी
dashboard-link = 🔐 आपका डैशबोर्ड लॉगिन लिंक (एक बार, 10 मिनट के लिए):
    { $url }
dashboard-open = डैशबोर्ड खोलें
dash-title = Pishtaz डैशबोर्ड
dash-queue = कतार
dash-queued = इंतज़ार में
dash-running = चल रहे
dash-oldest-wait = सबसे लंबा इंतज़ार
dash-workers = वर्कर
dash-worker = प्रोसेस
dash-jobs-now = अभी काम
dash-uptime = चल रहा है
dash-none = कोई नहीं
dash-hourly = प्रति घंटा काम और विफलताएँ, पिछले 24 घंटे
dash-delivered = पहुँचे
dash-failed = विफल
dash-failures-by-site = साइट के अनुसार विफलताएँ, पिछले 24 घंटे
dash-top-users = सबसे सक्रिय उपयोगकर्ता
dash-user = उपयोगकर्ता
dash-links = लिंक
dash-traffic = ट्रैफ़िक, पिछले 24 घंटे
dash-links-received = मिले लिंक
dash-bytes-delivered = पहुँचाया
dash-users-total = उपयोगकर्ता
dash-users-active = सक्रिय उपयोगकर्ता
dash-ytdlp = yt-dlp
dash-version = वर्ज़न
dash-source = स्रोत
dash-unavailable = उपलब्ध नहीं
dash-cookies = कुकीज़ संग्रह
dash-cookie-usable = इस्तेमाल लायक
dash-cookie-aside = लॉगिन या बॉट जाँच के बाद { $until } तक आराम में
dash-last-success = आखिरी सफलता
dash-updated = अपडेट किया
dash-notice-title = बॉट से लॉगिन करें
dash-notice = इस पेज के लिए लॉगिन लिंक चाहिए। बॉट को /dashboard भेजिए (सिर्फ़ एडमिन); उसका भेजा लिंक एक बार, 10 मिनट के लिए चलता है।
dash-link-used = यह लॉगिन लिंक पहले इस्तेमाल हो चुका है या इसकी अवधि खत्म हो गई है।
dash-signing-in = लॉगिन हो रहा है…
dashboard-private-only = /dashboard बॉट के साथ निजी चैट में भेजिए: ग्रुप में लॉगिन लिंक वहाँ कोई भी खोल सकता है।
dash-role = भूमिका
filelink-too-large = ⛔ यह फ़ाइल { $size } की है; यहाँ लिंक { $limit } तक की फ़ाइलें दे सकते हैं (Telegram Bot API की सीमा)। ऑपरेटर इसे API_ID और API_HASH (4 GB तक) या लोकल Bot API सर्वर (BOT_API_LOCAL) से बढ़ाता है।
filelink-too-large-max = ⛔ यह फ़ाइल { $size } की है; कोई लिंक ज़्यादा से ज़्यादा { $limit } की फ़ाइल दे सकता है।
filelink-per-day = ⛔ आप रोज़ { $limit } फ़ाइल लिंक बना सकते हैं। कृपया बाद में कोशिश करें।
filelink-expires = ⏳ { $date } (UTC) तक चलेगा।
filelink-never-expires = ♾ जब तक आप रद्द न करें, चलेगा (/links)।
filelink-button-download = ⬇️ डाउनलोड
filelink-button-play = ▶️ चलाएँ
filelink-reply-to-file = फ़ाइल वाले संदेश के जवाब में /link भेजिए।
filelinks-empty = आपके पास कोई फ़ाइल लिंक नहीं है। लिंक पाने के लिए मुझे फ़ाइल भेजिए।
filelinks-title = 🔗 आपके फ़ाइल लिंक ({ $total }); 🗑 एक को रद्द करता है:
filelink-revoked = रद्द: लिंक अब काम नहीं करता।
filelink-not-yours = यह लिंक आपका नहीं है, या पहले ही रद्द हो चुका है।
filelink-unknown = यह लिंक मौजूद नहीं है। देखिए कि पूरा कॉपी हुआ है।
filelink-gone = यह लिंक अब काम नहीं करता: इसकी अवधि खत्म हो गई या इसे रद्द कर दिया गया।
filelink-daily-limit = यह लिंक अपने मालिक का रोज़ का हिस्सा दे चुका है। कल फिर कोशिश करें।
filelink-too-many = आपके पते से एक साथ बहुत ज़्यादा डाउनलोड। कुछ पूरे होने पर फिर कोशिश करें।
filelink-download = डाउनलोड ({ $size })
cmd-links = आपके फ़ाइल लिंक
dash-bytes-served = आज फ़ाइल लिंक से दिया गया
words-unknown =
    मैं शब्द "{ $word }" नहीं जानता। लिंक के बाद आप जैसे यह लिख सकते हैं:
    { $url } 1:20-2:05 720
    शब्द: 1:20-2:05 जैसा हिस्सा, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn। /help इन्हें समझाता है।
more-ask = इस पेज से और:
more-section = ✂️ एक हिस्सा
more-section-how = जो हिस्सा चाहिए उसके साथ लिंक भेजिए, जैसे:
    { $url } 0:30-1:15
more-audio = 🎵 आवाज़
more-subs = 📝 सबटाइटल
note-burn-too-long = सबटाइटल सिर्फ़ { $minutes } मिनट तक के वीडियो में जड़े जाते हैं; इस वीडियो के सबटाइटल फ़ाइल के रूप में आए।
note-codec = यह वीडियो सिर्फ़ { $codec } में है, जो हर फ़ोन पर नहीं चलता (iPhone भी नहीं)। { $minutes } मिनट तक के वीडियो बदले जाते हैं; यह उससे लंबा है। फ़ाइल के रूप में पाने के लिए लिंक "doc" के साथ भेजिए।
status-burning = 📝 सबटाइटल तस्वीर में जड़े जा रहे हैं…
settings-subs = सबटाइटल: { $subs }
settings-subs-off = बंद
settings-subs-on = चालू
settings-audio = आवाज़ इस रूप में: { $format }
