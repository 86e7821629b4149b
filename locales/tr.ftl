## glossary: link = bağlantı
## glossary: file = dosya
## glossary: queue = sıra
## glossary: quality = kalite
## glossary: album = albüm
## glossary: cookies = çerezler

start =
    Merhaba { $name }! Ben Pishtaz, bir indirme botuyum.

    Bana bir bağlantı gönder, dosyasını sana geri göndereyim:
    • YouTube, Instagram, X ve binden fazla başka siteden videolar (oynatılabilir video olarak gelir)
    • GIF'ler (animasyon olarak gelir)
    • bir dosyaya giden her doğrudan bağlantı (belge olarak gelir)

    { $limit } boyutuna kadar dosyalar desteklenir. Örnekler için /help.
help =
    Pishtaz nasıl kullanılır:
    1. Bir bağlantı gönder, örneğin:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Durum mesajını izle; durdurmak için "İptal"e bas.
    3. Dosya bu sohbete gelir.

    Video bağlantısından sonra, istediğin sırayla yazabileceğin sözcükler:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — yalnızca o bölüm (ya da 1:02:00-1:04:30)
    • audio — başlığı ve kapağıyla m4a ses; video; doc — belge olarak
    • 360, 480, 720, 1080 — en yüksek görüntü yüksekliği
    • subs — altyazılar .srt dosyası olarak; subs:de — tek bir dil; subs:burn — görüntüye gömülü

    Komutlar:
    /history — son bağlantıların
    /settings — dil, video kalitesi, video ya da belge olarak gönderme
    /cancel — sıradaki ve süren indirmelerini iptal et
    /pdf <bağlantı> — bir web sayfası PDF olarak
hint = Lütfen http:// ya da https:// ile başlayan geçerli bir bağlantı gönder, örneğin: https://example.com/file.pdf
error-generic = Üzgünüz, bir şeyler ters gitti. Lütfen yeniden dene.
banned = Bu botu kullanman engellendi.
cmd-start = Karşılama ve tanıtım
cmd-help = Bot nasıl kullanılır
cmd-history = Son bağlantıların
cmd-settings = Dil ve video ayarları
cmd-cancel = İndirmelerini iptal et
cmd-pdf = Bir web sayfası PDF olarak
cmd-admin = Yönetim paneli
cmd-dashboard = Web paneli (tek kullanımlık giriş bağlantısı)
cmd-ytdlp = yt-dlp sürümü ve güncelleme
cmd-cookies = yt-dlp için çerez havuzu
button-cancel = ✖️ İptal
cancel-done = İptal edildi.
cancel-nothing = İptal edilecek bir şey yok.
queue-full = Zaten bekleyen { $max } bağlantın var. Lütfen bazıları bitene kadar bekle.
refused-scheme = ❌ Yalnızca http:// ve https:// bağlantıları indirilebilir.
refused-address = ❌ Bu bağlantı, bu botun erişmediği özel ya da yerel bir ağ adresine gidiyor.
status-queued = ⏳ Sırada: { $position }. sıra
status-starting = ⚙️ Başlıyor…
status-probing = 🔎 Bağlantı kontrol ediliyor…
status-downloading = ⬇️ İndiriliyor…
status-uploading = ⬆️ Telegram'a gönderiliyor…
status-streaming = ⬇️⬆️ Aynı anda indiriliyor ve gönderiliyor…
status-both-sides = indirilen %{ $down } · gönderilen %{ $up }
status-merging = 🎞 Görüntü ve ses birleştiriliyor…
status-converting = 🎞 Dönüştürülüyor…
status-splitting = ✂️ Parçalara bölünüyor…
status-rendering = 🖨 Sayfa oluşturuluyor…
status-eta = kalan { $eta }
status-paused = ⏸ Bot yeniden başlıyor; indirmen birazdan devam edecek.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Bu dosya { $size }; bu botun { $limit } sınırını aşıyor.
fail-page-too-large = ❌ Bu sayfa kendini botun okuduğundan fazla veriyle (8 MB üzeri) tanımlıyor, bu yüzden alınmadı.
fail-over-upload-limit = ❌ Bu dosya ({ $size }), bu sunucunun Telegram Bot API ile gönderebileceği en fazla boyut olan { $limit } değerinden büyük. Daha büyük dosyalar için yöneticinin API_ID ve API_HASH ayarlaması gerekir.
fail-http-status = ❌ Web sitesi { $status } hatasıyla yanıt verdi. Bağlantının tarayıcıda çalıştığını kontrol et.
fail-timeout = ❌ İndirme çok uzun sürdü ve durduruldu.
fail-stalled = ❌ Web sitesi veri göndermeyi bıraktı, bu yüzden indirme durduruldu.
fail-network = ❌ Web sitesiyle bağlantı kurulamadı ya da kesildi. Lütfen daha sonra yeniden dene.
fail-redirects = ❌ Bağlantı çok fazla kez yönlendiriyor.
fail-guard = ❌ Bu bağlantı, bu botun erişmediği özel ya da yerel bir ağ adresine çıkıyor.
fail-disk-full = ❌ Sunucuda şu an bu dosyaya yer yok. Lütfen daha sonra yeniden dene.
fail-disk-short = ❌ Bu dosya sunucuda { $size } boş alan istiyor, şu an yalnızca { $limit } boş.
fail-cancelled = ✖️ İndirme iptal edildi.
fail-telegram-refused = ❌ Telegram bu dosyayı reddetti.
fail-direct-only = ❌ Telegram bu bağlantıyı kendisi alamadı ve bu sunucu bağlantıları yalnızca bu yolla gönderiyor.
fail-unsupported = ❌ Bu bağlantıda video ya da dosya bulunamadı.
fail-private = ❌ Bu video gizli: yalnızca sahibi (ya da izin verdiği kişiler) görebilir.
fail-geo = ❌ Bu video sunucunun bölgesinde kullanılamıyor.
fail-extractor-broken = ❌ Site değişmiş ve indirici bu sayfayı okuyamadı. İndiricinin güncellemesi başlatıldı; lütfen birkaç dakika sonra yeniden dene.
fail-rate-limited = ❌ Site şu an bu sunucunun isteklerini sınırlıyor ya da engelliyor. Lütfen bir saat kadar sonra yeniden dene.
fail-bot-check = ❌ Site, botun robot olmadığını kanıtlamasını istedi ("Sign in to confirm you're not a bot") ve bot şu an bu kontrolü geçemedi. Yöneticilere haber verildi; lütfen daha sonra yeniden dene.
fail-removed = ❌ Bu video kaldırılmış ya da artık kullanılamıyor.
fail-login = ❌ Bu site bu bağlantı için oturum açılmış bir hesap istiyor ve botun hesapları onu açamadı. Yöneticiler /cookies ile oturum açılmış bir tarayıcının çerezlerini ekleyebilir.
fail-format = ❌ Bu videonun hiçbir biçimi boyut sınırına ({ $limit }) sığmıyor.
fail-tool-missing = ❌ Bu sunucu şu an bu tür bir bağlantıyı işleyemiyor.
fail-video-unavailable = ❌ Video siteleri şu an bu sunucuda kullanılamıyor, bu yüzden bu sayfa alınamıyor. Yöneticilere haber verildi.
fail-interrupted = ❌ İndirmen iki kez yeniden başlatma yüzünden kesildi ve durduruldu. Lütfen bağlantıyı yeniden gönder.
fail-internal = ❌ Üzgünüz, bu indirmede bir şeyler ters gitti. Lütfen yeniden dene.
quality-ask = 🎬 { $title }
    Bir kalite seç (boyutlar tahminidir):
question-expired = ⌛ Bu seçimin süresi doldu. Seçmek için bağlantıyı yeniden gönder.
quality-chosen = ✅ Seçildi: { $choice }
quality-audio = 🎵 Yalnızca ses
quality-auto = Otomatik
quality-ask-label = Sor
settings-title =
    ⚙️ Ayarlar
    Dil: { $language }
    Video kalitesi: { $quality }
    Videoları şöyle gönder: { $sendAs }
settings-as-video = Video
settings-as-document = Belge
settings-saved = Kaydedildi
quality-best = 🎬 En iyi kalite
retention-title = ⚠️ <b>Silinmek üzere olan bağlantılar</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = silinme: { $date }
retention-deleted = 🗑 zaten silindi (uyarı süresinde bot kapalıydı)
retention-more = … ve { $count } tane daha
history-empty = Henüz hiç bağlantı göndermedin.
history-title = 🕘 Bağlantıların ({ $total }):
history-deleted-on = kaldırılma: { $date }
outcome-pending = ⏳ bekliyor
outcome-delivered = ✅ teslim edildi
outcome-failed = ❌ başarısız
outcome-cancelled = ✖️ iptal edildi
outcome-refused = ⛔ reddedildi
quota-links = ⛔ Saatte { $limit } bağlantı gönderebilirsin. Lütfen { $wait } sonra yeniden dene.
quota-bytes = ⛔ Bugünkü indirme kotana ulaştın. Lütfen { $wait } sonra yeniden dene.
admin-only = ⛔ Bu komut yalnızca botun yöneticileri içindir.
admin-title = 🛠 Yönetim paneli
admin-users = 👥 Kullanıcılar
admin-stats = 📊 İstatistikler
stats-chart-title = Saatlik bağlantılar, son 24 saat (UTC)
stats-chart-delivered = teslim edilen
stats-chart-failed = başarısız
admin-back = « Geri
admin-users-title = 👥 Kullanıcılar ({ $total }), en son etkin olanlar önce:
admin-stats-text =
    📊 <b>İstatistikler</b>
    Kullanıcılar: { $users } (24 saatte etkin: { $active })
    24 saatteki bağlantılar: { $jobs }, teslim edilen { $bytes }
    Bugün dosya bağlantılarıyla sunulan (UTC): { $served }
    Nedene göre hatalar: { $failures }
    24 saatte siteye göre hatalar:
    { $sites }
    Şu an sıra: { $queued } bekliyor, { $running } sürüyor
    Çalışma süresi: { $uptime }
admin-usage = Kullanım: { $usage }
admin-no-links = { $id } kullanıcısının bağlantısı yok.
admin-check-title = { $id } kullanıcısının son bağlantıları:
admin-banned = { $id } kullanıcısı engellendi.
admin-unbanned = { $id } kullanıcısının engeli kaldırıldı.
admin-unknown-user = { $id } numaralı bir kullanıcı bu botu kullanmadı.
admin-too-long = Metin çok uzun (en fazla 4000 karakter).
broadcast-started = 📣 Toplu gönderim başladı. Bitince bir rapor alacaksın.
broadcast-busy = Zaten süren bir toplu gönderim var.
broadcast-report = 📣 Toplu gönderim bitti: { $delivered } teslim edildi, { $failed } başarısız, { $blocked } botu engellemiş.
caption-part = 🧩 Parça { $index } / { $count }
pdf-unavailable = 📄 Bu sunucuda PDF oluşturma kullanılamıyor.
pdf-usage = Kullanım: /pdf <bağlantı> [letter] [landscape]
pdf-offer = 📄 Bu sayfada video yok. PDF olarak ister misin?
pdf-button = 📄 PDF
group-help = Bu grupta yalnızca istediğini indiririm: /dl bağlantı gönder ya da mesajlarımdan birine bir bağlantıyla yanıt ver. Buradaki diğer her şeyi yok sayarım. Daha fazlası için bana özelden yaz: @{ $bot }
dl-usage = Bağlantıyı komuttan sonra gönder: /dl https://example.com/video
cancel-not-yours = Bunu yalnızca isteyen kişi (ya da bir grup yöneticisi) iptal edebilir.
cmd-dl = Bir bağlantıyı indir (gruplarda: /dl bağlantı)
status-item = Öğe { $index } / { $count }
items-ask = Bu bağlantıda { $count } öğe var ({ $size }): { $title }
    Bir istek toplamda en fazla { $cap } alır; bunu aşan öğeler gönderilmez.
    Hepsi, en fazla 10'luk albümler halinde gönderilsin mi?
items-all = { $count } öğenin hepsini gönder
items-first = Yalnızca ilk { $count } öğe
items-none = İptal
items-chosen = Yolda.
items-declined = Hiçbir şey gönderilmeyecek.
items-failed = { $count } öğeden şunlar gönderilemedi:
items-failed-line = • { $index }. öğe: { $reason }
list-offer = Bu video bir listenin parçası.
list-button = Listenin tamamı
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    YouTube doğrulamaları için JavaScript ortamı: { $js }
    Doğrulama çözücü (yt-dlp-ejs): { $solver }
    Son güncelleme kontrolü: { $checked }
    Son sonuç: { $result }
    /ytdlp update şimdi yeni bir sürüm arar.
ytdlp-yes = evet
ytdlp-no = hayır (bu yt-dlp bunun için çok eski)
ytdlp-updating = ⏳ Yeni bir yt-dlp sürümü aranıyor…
ytdlp-installed = ✅ yt-dlp { $version } kuruldu ve kullanılıyor.
ytdlp-current = ✅ yt-dlp { $version } en yeni sürüm.
ytdlp-failed = ❌ yt-dlp güncellenmedi ({ $reason }: { $message }). Hâlâ { $version } kullanılıyor.
ytdlp-unmanaged = Buradaki yt-dlp { $path }, YTDLP_PATH ile ayarlanmış; bu yüzden bot onu değiştirmez.
ytdlp-elsewhere = yt-dlp ve çerezleri bu süreçte değil, worker süreçlerinde duruyor.
cookies-added = 🍪 { $name } çerez havuzuna katıldı, şunlar için: { $sites }.
cookies-invalid = ❌ Bu bir çerez dosyası değil. Netscape biçiminde bir cookies.txt (bir tarayıcı eklentisinin ya da yt-dlp'nin dışa aktardığı gibi), en fazla 1 MB, /cookies açıklamasıyla belge olarak gönder.
cookies-empty = 🍪 Çerez havuzu boş. Bir çerez dosyasını /cookies açıklamasıyla belge olarak gönder.
cookies-title = 🍪 Çerez havuzu (eklenme · son başarı · şu zamana kadar kenarda)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Havuzdan çıkarıldı.
cookies-gone = Bu dosya artık havuzda değil.
notice-ytdlp-refused = ⚠️ Bir yt-dlp sürümü kurulmadı ya da çalıştırılmadı: { $reason }. Bot elindeki yt-dlp'yi (ya da sistemdekini) kullanmaya devam ediyor. YTDLP_RELEASE_URL'yi ve sürümün imzasını kontrol et; /ytdlp durumu gösterir.
notice-missing-yt-dlp = ⚠️ yt-dlp kullanılamıyor: video sayfalarına giden bağlantılar bir mesajla reddediliyor. Kur (apt-get install yt-dlp) ya da YTDLP_PATH ile göster; ya da YTDLP_PATH'i boş bırakıp YTDLP_UPDATE_HOURS'u 0'dan büyük yap, bot kendi sürümünü kursun.
notice-missing-ffmpeg = ⚠️ ffmpeg ya da ffprobe kullanılamıyor: videolar küçük resim, süre ve boyut bilgisi olmadan gidiyor, yt-dlp ayrı görüntü ve sesi birleştiremiyor (bazı siteler daha az şey ya da hiçbir şey vermiyor) ve 2 GB'tan büyük videolar oynatılabilir parçalar yerine ham parçalara bölünüyor. Kur: apt-get install ffmpeg (ya da FFMPEG_PATH ayarla).
notice-missing-gallery-dl = ⚠️ gallery-dl kullanılamıyor: yt-dlp'nin görmediği galeri sayfalarının resimleri alınmıyor. Kur: apt-get install gallery-dl (ya da GALLERY_DL_PATH ayarla).
notice-missing-chromium = ⚠️ Chromium kullanılamıyor: /pdf kapalı olduğunu söylüyor. Kur: apt-get install chromium (ya da CHROMIUM_PATH ayarla).
notice-cookies-exhausted = ⚠️ { $site }: bağlantılar "{ $kind }" ile karşılaşıyor (bir oturum açma ya da "bot değilim" kontrolü) ve hiçbir çerez dosyası bunu geçemedi. { $site } sitesinde oturum açılmış bir tarayıcıdan çerezleri dışa aktar (Netscape cookies.txt) ve dosyayı buraya /cookies açıklamasıyla belge olarak gönder; /cookies havuzu gösterir.
class-bot-check = bot kontrolleri
class-login = oturum gerekli
class-geo = bölge engelleri
class-private = gizli
class-removed = kaldırılmış
class-format = sınırlar içinde biçim yok
class-rate-limited = istek sınırları ya da IP engelleri
class-extractor-broken = çıkarıcı hataları
dashboard-link = 🔐 Panel giriş bağlantın (bir kez, 10 dakika geçerli):
    { $url }
dashboard-open = Paneli aç
dash-title = Pishtaz paneli
dash-queue = Sıra
dash-queued = bekliyor
dash-running = sürüyor
dash-oldest-wait = en uzun bekleme
dash-workers = Worker'lar
dash-worker = süreç
dash-jobs-now = şu anki işler
dash-uptime = çalışıyor
dash-none = yok
dash-hourly = Saatlik işler ve hatalar, son 24 saat
dash-delivered = teslim edilen
dash-failed = başarısız
dash-failures-by-site = Siteye göre hatalar, son 24 saat
dash-top-users = En etkin kullanıcılar
dash-user = kullanıcı
dash-links = bağlantılar
dash-traffic = Trafik, son 24 saat
dash-links-received = alınan bağlantılar
dash-bytes-delivered = teslim edilen
dash-users-total = kullanıcılar
dash-users-active = etkin kullanıcılar
dash-ytdlp = yt-dlp
dash-version = sürüm
dash-source = kaynak
dash-unavailable = kullanılamıyor
dash-cookies = Çerez havuzu
dash-cookie-usable = kullanılabilir
dash-cookie-aside = bir oturum ya da bot kontrolünden sonra { $until } tarihine kadar dinleniyor
dash-last-success = son başarı
dash-updated = Güncellendi
dash-notice-title = Bot üzerinden giriş yap
dash-notice = Bu sayfa bir giriş bağlantısı istiyor. Bota /dashboard gönder (yalnızca yöneticiler); gönderdiği bağlantı bir kez, 10 dakika geçerlidir.
dash-link-used = Bu giriş bağlantısı zaten kullanıldı ya da süresi doldu.
dash-signing-in = Giriş yapılıyor…
dashboard-private-only = /dashboard'u botla özel sohbette gönder: bir gruptaki giriş bağlantısını oradaki herkes açabilir.
dash-role = rol
filelink-too-large = ⛔ Bu dosya { $size }; buradaki bağlantılar en fazla { $limit } boyutunda dosya sunabilir (Telegram Bot API sınırı). Yönetici bunu API_ID ve API_HASH ile (4 GB'a kadar) ya da yerel bir Bot API sunucusuyla (BOT_API_LOCAL) yükseltir.
filelink-too-large-max = ⛔ Bu dosya { $size }; bir bağlantının sunabileceği en büyük dosya { $limit }.
filelink-per-day = ⛔ Günde { $limit } dosya bağlantısı oluşturabilirsin. Lütfen daha sonra yeniden dene.
filelink-expires = ⏳ { $date } (UTC) tarihine kadar çalışır.
filelink-never-expires = ♾ Sen iptal edene kadar çalışır (/links).
filelink-button-download = ⬇️ İndir
filelink-button-play = ▶️ Oynat
filelink-reply-to-file = Dosya içeren bir mesaja yanıt olarak /link gönder.
filelinks-empty = Hiç dosya bağlantın yok. Bir tane almak için bana bir dosya gönder.
filelinks-title = 🔗 Dosya bağlantıların ({ $total }); 🗑 birini iptal eder:
filelink-revoked = İptal edildi: bağlantı artık çalışmıyor.
filelink-not-yours = Bu bağlantı senin değil ya da zaten iptal edilmiş.
filelink-unknown = Böyle bir bağlantı yok. Tamamının kopyalandığını kontrol et.
filelink-gone = Bu bağlantı artık çalışmıyor: süresi doldu ya da iptal edildi.
filelink-daily-limit = Bu bağlantı sahibinin günlük hakkını doldurdu. Yarın yeniden dene.
filelink-too-many = Adresinden aynı anda çok fazla indirme var. Bazıları bitince yeniden dene.
filelink-download = İndir ({ $size })
cmd-links = Dosya bağlantıların
dash-bytes-served = bugün dosya bağlantılarıyla sunulan
words-unknown =
    "{ $word }" sözcüğünü bilmiyorum. Bir bağlantıdan sonra örneğin şöyle yazabilirsin:
    { $url } 1:20-2:05 720
    Sözcükler: 1:20-2:05 gibi bir bölüm, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help bunları açıklar.
more-ask = Bu sayfadan daha fazlası:
more-section = ✂️ Bir bölüm
more-section-how = Bağlantıyı istediğin bölümle gönder, örneğin:
    { $url } 0:30-1:15
more-audio = 🎵 Ses
more-subs = 📝 Altyazılar
note-burn-too-long = Altyazılar yalnızca { $minutes } dakikaya kadar olan videolara gömülür; bu videonun altyazıları dosya olarak geldi.
note-codec = Bu video yalnızca { $codec } olarak var ve her telefonda oynatılmıyor (iPhone'lar dahil). { $minutes } dakikaya kadar olan videolar dönüştürülür; bu daha uzun. Dosya olarak almak için bağlantıyı "doc" ile gönder.
status-burning = 📝 Altyazılar görüntüye gömülüyor…
settings-subs = Altyazılar: { $subs }
settings-subs-off = kapalı
settings-subs-on = açık
settings-audio = Ses biçimi: { $format }
