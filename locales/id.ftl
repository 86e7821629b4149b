## glossary: link = tautan
## glossary: file = berkas
## glossary: queue = antrean
## glossary: quality = kualitas
## glossary: album = album
## glossary: cookies = cookie

start =
    Halo { $name }! Saya Pishtaz, bot pengunduh.

    Kirim tautan, dan saya kirimkan berkasnya kembali:
    • video dari YouTube, Instagram, X, dan lebih dari seribu situs lain (tiba sebagai video yang bisa diputar)
    • GIF (tiba sebagai animasi)
    • tautan langsung ke berkas apa pun (tiba sebagai dokumen)

    Berkas sampai { $limit } didukung. /help berisi contoh.
help =
    Cara memakai Pishtaz:
    1. Kirim tautan, misalnya:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Pantau pesan status; tekan "Batal" untuk berhenti.
    3. Berkas tiba di obrolan ini.

    Kata setelah tautan video, dalam urutan apa pun:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — hanya bagian itu (atau 1:02:00-1:04:30)
    • audio — suaranya sebagai m4a dengan judul dan sampul; video; doc — sebagai dokumen
    • 360, 480, 720, 1080 — tinggi gambar maksimum
    • subs — subtitel sebagai berkas .srt; subs:de — satu bahasa; subs:burn — ditanam di gambar

    Perintah:
    /history — tautan terbaru Anda
    /settings — bahasa, kualitas video, kirim sebagai video atau dokumen
    /cancel — batalkan unduhan Anda yang mengantre dan berjalan
    /pdf <tautan> — halaman web sebagai PDF
hint = Kirim tautan yang valid yang diawali http:// atau https://, misalnya: https://example.com/file.pdf
error-generic = Maaf, terjadi kesalahan. Silakan coba lagi.
banned = Anda diblokir dari bot ini.
cmd-start = Sambutan dan perkenalan
cmd-help = Cara memakai bot
cmd-history = Tautan terbaru Anda
cmd-settings = Pengaturan bahasa dan video
cmd-cancel = Batalkan unduhan Anda
cmd-pdf = Halaman web sebagai PDF
cmd-admin = Panel admin
cmd-dashboard = Dasbor web (tautan masuk sekali pakai)
cmd-ytdlp = Versi dan pembaruan yt-dlp
cmd-cookies = Kumpulan cookie untuk yt-dlp
button-cancel = ✖️ Batal
cancel-done = Dibatalkan.
cancel-nothing = Tidak ada yang perlu dibatalkan.
queue-full = Anda sudah punya { $max } tautan yang menunggu. Tunggu sampai sebagian selesai.
refused-scheme = ❌ Hanya tautan http:// dan https:// yang bisa diunduh.
refused-address = ❌ Tautan ini mengarah ke alamat jaringan pribadi atau lokal, yang tidak diambil oleh bot ini.
status-queued = ⏳ Dalam antrean: posisi { $position }
status-starting = ⚙️ Memulai…
status-probing = 🔎 Memeriksa tautan…
status-downloading = ⬇️ Mengunduh…
status-uploading = ⬆️ Mengirim ke Telegram…
status-streaming = ⬇️⬆️ Mengunduh dan mengirim sekaligus…
status-both-sides = terunduh { $down }% · terkirim { $up }%
status-merging = 🎞 Menggabungkan video dan audio…
status-converting = 🎞 Mengonversi…
status-splitting = ✂️ Memecah menjadi beberapa bagian…
status-rendering = 🖨 Menyusun halaman…
status-eta = sisa { $eta }
status-paused = ⏸ Bot sedang dimulai ulang; unduhan Anda akan segera berlanjut.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Berkas ini berukuran { $size }, melebihi batas bot ini sebesar { $limit }.
fail-page-too-large = ❌ Halaman ini menjelaskan dirinya dengan data lebih banyak daripada yang dibaca bot (lebih dari 8 MB), jadi tidak diambil.
fail-over-upload-limit = ❌ Berkas ini ({ $size }) lebih besar dari { $limit }, batas terbesar yang bisa dikirim server ini lewat Telegram Bot API. Untuk berkas yang lebih besar, operator perlu mengatur API_ID dan API_HASH.
fail-http-status = ❌ Situs web menjawab dengan galat { $status }. Periksa apakah tautannya berfungsi di peramban.
fail-timeout = ❌ Unduhan terlalu lama dan dihentikan.
fail-stalled = ❌ Situs web berhenti mengirim data, jadi unduhan dihentikan.
fail-network = ❌ Koneksi ke situs web gagal atau terputus. Silakan coba lagi nanti.
fail-redirects = ❌ Tautan ini dialihkan terlalu banyak kali.
fail-guard = ❌ Tautan ini menuju alamat jaringan pribadi atau lokal, yang tidak diambil oleh bot ini.
fail-disk-full = ❌ Server sedang tidak punya ruang untuk berkas ini. Silakan coba lagi nanti.
fail-disk-short = ❌ Berkas ini butuh ruang kosong { $size } di server, dan saat ini hanya { $limit } yang kosong.
fail-cancelled = ✖️ Unduhan dibatalkan.
fail-telegram-refused = ❌ Telegram menolak berkas ini.
fail-direct-only = ❌ Telegram tidak bisa mengambil tautan ini sendiri, dan server ini diatur untuk mengirim tautan hanya dengan cara itu.
fail-unsupported = ❌ Tidak ada video atau berkas yang ditemukan di tautan ini.
fail-private = ❌ Video ini privat: hanya pemiliknya (atau orang yang diizinkannya) yang bisa melihatnya.
fail-geo = ❌ Video ini tidak tersedia di wilayah server.
fail-extractor-broken = ❌ Situsnya berubah dan pengunduh tidak bisa membaca halaman ini. Pembaruan pengunduh sudah dimulai; silakan coba lagi dalam beberapa menit.
fail-rate-limited = ❌ Situs ini sedang membatasi atau memblokir permintaan dari server ini. Silakan coba lagi sekitar satu jam lagi.
fail-bot-check = ❌ Situs meminta bot membuktikan bahwa ia bukan robot ("Sign in to confirm you're not a bot") dan bot belum bisa lolos pemeriksaan itu. Admin sudah diberi tahu; silakan coba lagi nanti.
fail-removed = ❌ Video ini sudah dihapus atau tidak tersedia lagi.
fail-login = ❌ Situs ini meminta akun yang sudah masuk untuk tautan ini, dan akun bot tidak bisa membukanya. Admin bisa menambahkan cookie dari peramban yang sudah masuk dengan /cookies.
fail-format = ❌ Tidak ada format video ini yang muat dalam batas ukuran ({ $limit }).
fail-tool-missing = ❌ Server ini sedang tidak bisa memproses jenis tautan ini.
fail-video-unavailable = ❌ Situs video sedang tidak tersedia di server ini, jadi halaman ini tidak bisa diambil. Admin sudah diberi tahu.
fail-interrupted = ❌ Unduhan Anda terputus dua kali karena mulai ulang dan dihentikan. Silakan kirim tautannya lagi.
fail-internal = ❌ Maaf, terjadi kesalahan pada unduhan ini. Silakan coba lagi.
quality-ask = 🎬 { $title }
    Pilih kualitas (ukuran hanya perkiraan):
question-expired = ⌛ Pilihan ini sudah kedaluwarsa. Kirim tautannya lagi untuk memilih.
quality-chosen = ✅ Dipilih: { $choice }
quality-audio = 🎵 Audio saja
quality-auto = Otomatis
quality-ask-label = Tanya
settings-title =
    ⚙️ Pengaturan
    Bahasa: { $language }
    Kualitas video: { $quality }
    Kirim video sebagai: { $sendAs }
settings-as-video = Video
settings-as-document = Dokumen
settings-saved = Tersimpan
quality-best = 🎬 Terbaik yang tersedia
retention-title = ⚠️ <b>Tautan yang akan dihapus</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = dihapus { $date }
retention-deleted = 🗑 sudah dihapus (bot mati selama masa peringatan)
retention-more = … dan { $count } lagi
history-empty = Anda belum mengirim tautan apa pun.
history-title = 🕘 Tautan Anda ({ $total }):
history-deleted-on = dihapus { $date }
outcome-pending = ⏳ menunggu
outcome-delivered = ✅ terkirim
outcome-failed = ❌ gagal
outcome-cancelled = ✖️ dibatalkan
outcome-refused = ⛔ ditolak
quota-links = ⛔ Anda bisa mengirim { $limit } tautan per jam. Silakan coba lagi dalam { $wait }.
quota-bytes = ⛔ Anda sudah mencapai kuota unduhan hari ini. Silakan coba lagi dalam { $wait }.
admin-only = ⛔ Perintah ini hanya untuk admin bot.
admin-title = 🛠 Panel admin
admin-users = 👥 Pengguna
admin-stats = 📊 Statistik
stats-chart-title = Tautan per jam, 24 jam terakhir (UTC)
stats-chart-delivered = terkirim
stats-chart-failed = gagal
admin-back = « Kembali
admin-users-title = 👥 Pengguna ({ $total }), yang terakhir aktif lebih dulu:
admin-stats-text =
    📊 <b>Statistik</b>
    Pengguna: { $users } (aktif dalam 24 jam: { $active })
    Tautan dalam 24 jam: { $jobs }, terkirim { $bytes }
    Disajikan hari ini lewat tautan berkas (UTC): { $served }
    Kegagalan menurut alasan: { $failures }
    Kegagalan dalam 24 jam menurut situs:
    { $sites }
    Antrean sekarang: { $queued } menunggu, { $running } berjalan
    Waktu aktif: { $uptime }
admin-usage = Cara pakai: { $usage }
admin-no-links = Tidak ada tautan dari pengguna { $id }.
admin-check-title = Tautan terakhir pengguna { $id }:
admin-banned = Pengguna { $id } diblokir.
admin-unbanned = Blokir pengguna { $id } dibuka.
admin-unknown-user = Tidak ada pengguna { $id } yang memakai bot ini.
admin-too-long = Teksnya terlalu panjang (paling banyak 4000 karakter).
broadcast-started = 📣 Siaran dimulai. Anda akan menerima laporan saat selesai.
broadcast-busy = Sebuah siaran sedang berjalan.
broadcast-report = 📣 Siaran selesai: { $delivered } terkirim, { $failed } gagal, { $blocked } memblokir bot.
caption-part = 🧩 Bagian { $index } dari { $count }
pdf-unavailable = 📄 Pembuatan PDF tidak tersedia di server ini.
pdf-usage = Cara pakai: /pdf <tautan> [letter] [landscape]
pdf-offer = 📄 Halaman ini tidak punya video. Mau sebagai PDF?
pdf-button = 📄 PDF
group-help = Di grup ini saya hanya mengunduh yang Anda minta: kirim /dl tautan, atau balas salah satu pesan saya dengan tautan. Yang lain di sini saya abaikan. Untuk lebih lanjut, bicara dengan saya secara pribadi: @{ $bot }
dl-usage = Kirim tautannya setelah perintah: /dl https://example.com/video
cancel-not-yours = Hanya orang yang memintanya (atau admin grup) yang bisa membatalkan ini.
cmd-dl = Unduh tautan (di grup: /dl tautan)
status-item = Item { $index } dari { $count }
items-ask = Tautan ini punya { $count } item ({ $size }): { $title }
    Satu permintaan paling banyak { $cap } secara keseluruhan; item di luar itu tidak dikirim.
    Kirim semuanya, dalam album berisi paling banyak 10?
items-all = Kirim semua { $count }
items-first = Hanya { $count } pertama
items-none = Batal
items-chosen = Sedang dikirim.
items-declined = Tidak ada yang akan dikirim.
items-failed = Dari { $count } item, yang berikut tidak bisa dikirim:
items-failed-line = • item { $index }: { $reason }
list-offer = Video ini bagian dari sebuah daftar.
list-button = Seluruh daftar
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    Runtime JavaScript untuk tantangan YouTube: { $js }
    Pemecah tantangan (yt-dlp-ejs): { $solver }
    Pemeriksaan pembaruan terakhir: { $checked }
    Hasil terakhir: { $result }
    /ytdlp update memeriksa rilis baru sekarang.
ytdlp-yes = ya
ytdlp-no = tidak (yt-dlp ini terlalu lama untuk itu)
ytdlp-updating = ⏳ Memeriksa rilis yt-dlp baru…
ytdlp-installed = ✅ yt-dlp { $version } terpasang dan dipakai.
ytdlp-current = ✅ yt-dlp { $version } adalah rilis terbaru.
ytdlp-failed = ❌ yt-dlp tidak diperbarui ({ $reason }: { $message }). Masih memakai { $version }.
ytdlp-unmanaged = yt-dlp di sini adalah { $path }, diatur oleh YTDLP_PATH, jadi bot tidak menggantinya.
ytdlp-elsewhere = yt-dlp dan cookie-nya ada di proses worker, bukan di proses ini.
cookies-added = 🍪 { $name } masuk ke kumpulan cookie, untuk: { $sites }.
cookies-invalid = ❌ Itu bukan berkas cookie. Kirim cookies.txt berformat Netscape (seperti yang diekspor ekstensi peramban atau yt-dlp), paling besar 1 MB, sebagai dokumen dengan keterangan /cookies.
cookies-empty = 🍪 Kumpulan cookie kosong. Kirim berkas cookie sebagai dokumen dengan keterangan /cookies.
cookies-title = 🍪 Kumpulan cookie (ditambahkan · berhasil terakhir · disisihkan sampai)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Dikeluarkan dari kumpulan.
cookies-gone = Berkas itu sudah tidak ada di kumpulan.
notice-ytdlp-refused = ⚠️ Sebuah rilis yt-dlp tidak dipasang atau tidak dijalankan: { $reason }. Bot tetap memakai yt-dlp yang sudah ada (atau milik host). Periksa YTDLP_RELEASE_URL dan tanda tangan rilisnya; /ytdlp menunjukkan keadaannya.
notice-missing-yt-dlp = ⚠️ yt-dlp tidak tersedia: tautan ke halaman video ditolak dengan pesan. Pasang (apt-get install yt-dlp) atau arahkan YTDLP_PATH ke sana; atau biarkan YTDLP_PATH kosong dengan YTDLP_UPDATE_HOURS di atas 0, dan bot memasang rilisnya sendiri.
notice-missing-ffmpeg = ⚠️ ffmpeg atau ffprobe tidak tersedia: video dikirim tanpa gambar mini, durasi, atau ukuran, yt-dlp tidak bisa menggabungkan video dan audio yang terpisah (beberapa situs memberi lebih sedikit atau tidak sama sekali), dan video di atas 2 GB dipecah menjadi bagian mentah, bukan bagian yang bisa diputar. Pasang: apt-get install ffmpeg (atau atur FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl tidak tersedia: gambar dari halaman galeri yang tidak terlihat oleh yt-dlp tidak diambil. Pasang: apt-get install gallery-dl (atau atur GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium tidak tersedia: /pdf menjawab bahwa fitur itu mati. Pasang: apt-get install chromium (atau atur CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: tautan terbentur "{ $kind }" (pemeriksaan masuk atau "bukan bot") dan tidak ada berkas cookie yang lolos. Ekspor cookie dari peramban yang sudah masuk ke { $site } (cookies.txt Netscape) dan kirim berkasnya ke sini sebagai dokumen dengan keterangan /cookies; /cookies menunjukkan kumpulannya.
class-bot-check = pemeriksaan bot
class-login = perlu masuk
class-geo = blokir wilayah
class-private = privat
class-removed = dihapus
class-format = tidak ada format dalam batas
class-rate-limited = batas permintaan atau blokir IP
class-extractor-broken = kegagalan ekstraktor
dashboard-link = 🔐 Tautan masuk dasbor Anda (berlaku sekali, selama 10 menit):
    { $url }
dashboard-open = Buka dasbor
dash-title = Dasbor Pishtaz
dash-queue = Antrean
dash-queued = menunggu
dash-running = berjalan
dash-oldest-wait = tunggu terlama
dash-workers = Worker
dash-worker = proses
dash-jobs-now = tugas sekarang
dash-uptime = aktif
dash-none = tidak ada
dash-hourly = Tugas dan kegagalan per jam, 24 jam terakhir
dash-delivered = terkirim
dash-failed = gagal
dash-failures-by-site = Kegagalan menurut situs, 24 jam terakhir
dash-top-users = Pengguna paling aktif
dash-user = pengguna
dash-links = tautan
dash-traffic = Lalu lintas, 24 jam terakhir
dash-links-received = tautan diterima
dash-bytes-delivered = terkirim
dash-users-total = pengguna
dash-users-active = pengguna aktif
dash-ytdlp = yt-dlp
dash-version = versi
dash-source = sumber
dash-unavailable = tidak tersedia
dash-cookies = Kumpulan cookie
dash-cookie-usable = bisa dipakai
dash-cookie-aside = beristirahat setelah pemeriksaan masuk atau bot sampai { $until }
dash-last-success = berhasil terakhir
dash-updated = Diperbarui
dash-notice-title = Masuk lewat bot
dash-notice = Halaman ini memerlukan tautan masuk. Kirim /dashboard ke bot (khusus admin); tautan yang dikirimnya berlaku sekali, selama 10 menit.
dash-link-used = Tautan masuk ini sudah dipakai atau kedaluwarsa.
dash-signing-in = Sedang masuk…
dashboard-private-only = Kirim /dashboard di obrolan pribadi dengan bot: tautan masuk di grup bisa dibuka siapa saja di sana.
dash-role = peran
filelink-too-large = ⛔ Berkas ini berukuran { $size }; tautan di sini bisa menyajikan berkas sampai { $limit } (batas Telegram Bot API). Operator menaikkannya dengan API_ID dan API_HASH (sampai 4 GB) atau server Bot API lokal (BOT_API_LOCAL).
filelink-too-large-max = ⛔ Berkas ini berukuran { $size }; berkas terbesar yang bisa disajikan sebuah tautan adalah { $limit }.
filelink-per-day = ⛔ Anda bisa membuat { $limit } tautan berkas per hari. Silakan coba lagi nanti.
filelink-expires = ⏳ Berlaku sampai { $date } (UTC).
filelink-never-expires = ♾ Berlaku sampai Anda mencabutnya (/links).
filelink-button-download = ⬇️ Unduh
filelink-button-play = ▶️ Putar
filelink-reply-to-file = Kirim /link sebagai balasan ke pesan yang berisi berkas.
filelinks-empty = Anda belum punya tautan berkas. Kirim berkas kepada saya untuk mendapatkannya.
filelinks-title = 🔗 Tautan berkas Anda ({ $total }); 🗑 mencabut satu:
filelink-revoked = Dicabut: tautan tidak berfungsi lagi.
filelink-not-yours = Tautan ini bukan milik Anda, atau sudah dicabut.
filelink-unknown = Tautan ini tidak ada. Periksa apakah tersalin utuh.
filelink-gone = Tautan ini tidak berfungsi lagi: sudah kedaluwarsa atau dicabut.
filelink-daily-limit = Tautan ini sudah menyajikan jatah harian pemiliknya. Coba lagi besok.
filelink-too-many = Terlalu banyak unduhan sekaligus dari alamat Anda. Coba lagi setelah sebagian selesai.
filelink-download = Unduh ({ $size })
cmd-links = Tautan berkas Anda
dash-bytes-served = disajikan hari ini lewat tautan berkas
words-unknown =
    Saya tidak mengenal kata "{ $word }". Setelah tautan Anda bisa menulis, misalnya:
    { $url } 1:20-2:05 720
    Kata: bagian seperti 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help menjelaskannya.
more-ask = Lainnya dari halaman ini:
more-section = ✂️ Sebuah bagian
more-section-how = Kirim tautannya dengan bagian yang Anda mau, misalnya:
    { $url } 0:30-1:15
more-audio = 🎵 Audio
more-subs = 📝 Subtitel
note-burn-too-long = Subtitel hanya ditanam pada video sampai { $minutes } menit; video ini menyertakannya sebagai berkas.
note-codec = Video ini hanya ada dalam { $codec }, yang tidak bisa diputar di semua ponsel (termasuk iPhone). Video sampai { $minutes } menit dikonversi; yang ini lebih panjang. Kirim tautannya dengan "doc" untuk mendapatkannya sebagai berkas.
status-burning = 📝 Menanam subtitel ke gambar…
settings-subs = Subtitel: { $subs }
settings-subs-off = mati
settings-subs-on = nyala
settings-audio = Audio sebagai: { $format }
