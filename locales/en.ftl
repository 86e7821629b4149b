## glossary: link = link
## glossary: file = file
## glossary: queue = queue
## glossary: quality = quality
## glossary: album = album
## glossary: cookies = cookies

start =
    Hello { $name }! I am Pishtaz, a downloader bot.

    Send me a link and I send the file back:
    • videos from YouTube, Instagram, X and more than a thousand other sites (arrive as playable videos)
    • GIFs (arrive as animations)
    • any direct file link (arrives as a document)

    Files up to { $limit } are supported. /help shows examples.
help =
    How to use Pishtaz:
    1. Send a link, for example:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Watch the status message; press Cancel to stop.
    3. The file arrives in this chat.

    Words after a video link, in any order:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — only that part (or 1:02:00-1:04:30)
    • audio — the sound as m4a with its title and cover; video; doc — as a document
    • 360, 480, 720, 1080 — the highest height
    • subs — subtitles as .srt files; subs:de — one language; subs:burn — burned into the picture

    Commands:
    /history — your recent links
    /settings — language, video quality, send as video or document
    /cancel — cancel your queued and running downloads
    /pdf <link> — a web page as a PDF
hint = Please send a valid link that starts with http:// or https://, for example: https://example.com/file.pdf
error-generic = Sorry, something went wrong. Please try again.
banned = You have been blocked from using this bot.
cmd-start = Welcome and introduction
cmd-help = How to use the bot
cmd-history = Your recent links
cmd-settings = Language and video settings
cmd-cancel = Cancel your downloads
cmd-pdf = A web page as a PDF
cmd-admin = Admin panel
cmd-dashboard = Web dashboard (one-time login link)
cmd-ytdlp = yt-dlp version and update
cmd-cookies = The cookie pool for yt-dlp
button-cancel = ✖️ Cancel
cancel-done = Cancelled.
cancel-nothing = Nothing to cancel.
queue-full = You already have { $max } links waiting. Please wait until some are done.
refused-scheme = ❌ Only http:// and https:// links can be downloaded.
refused-address = ❌ This link points to a private or local network address, which this bot does not fetch.
status-queued = ⏳ In the queue: position { $position }
status-starting = ⚙️ Starting…
status-probing = 🔎 Checking the link…
status-downloading = ⬇️ Downloading…
status-uploading = ⬆️ Sending to Telegram…
status-streaming = ⬇️⬆️ Downloading and sending at once…
status-both-sides = downloaded { $down }% · sent { $up }%
status-merging = 🎞 Merging video and audio…
status-converting = 🎞 Converting…
status-splitting = ✂️ Splitting into parts…
status-rendering = 🖨 Rendering the page…
status-eta = ETA { $eta }
status-paused = ⏸ The bot is restarting; your download will continue shortly.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ This file is { $size }, over this bot's limit of { $limit }.
fail-page-too-large = ❌ This page describes itself with more data than the bot reads (over 8 MB), so it was not fetched.
fail-over-upload-limit = ❌ This file ({ $size }) is larger than { $limit }, the most this server can send through the Telegram Bot API. Larger files need the operator to set API_ID and API_HASH.
fail-http-status = ❌ The website answered with error { $status }. Check that the link works in a browser.
fail-timeout = ❌ The download took too long and was stopped.
fail-stalled = ❌ The website stopped sending data, so the download was stopped.
fail-network = ❌ The connection to the website failed or was cut off. Please try again later.
fail-redirects = ❌ The link redirects too many times.
fail-guard = ❌ This link leads to a private or local network address, which this bot does not fetch.
fail-disk-full = ❌ The server has no room for this file right now. Please try again later.
fail-disk-short = ❌ This file needs { $size } of free disk space on the server, and only { $limit } is free right now.
fail-cancelled = ✖️ Download cancelled.
fail-telegram-refused = ❌ Telegram refused this file.
fail-direct-only = ❌ Telegram could not fetch this link itself, and this server is set to send links only that way.
fail-unsupported = ❌ No video or file could be found at this link.
fail-private = ❌ This video is private: only its owner (or people they allowed) can see it.
fail-geo = ❌ This video is not available in the server's region.
fail-extractor-broken = ❌ The site changed and the downloader could not read this page. An update of the downloader has been started; please try again in a few minutes.
fail-rate-limited = ❌ The site is limiting or blocking this server's requests right now. Please try again in an hour or so.
fail-bot-check = ❌ The site asked the bot to prove it is not a robot ("Sign in to confirm you're not a bot") and the bot could not pass the check right now. The admins have been told; please try again later.
fail-removed = ❌ This video has been removed or is no longer available.
fail-login = ❌ This site wants a signed-in account for this link, and the bot's accounts could not open it. The admins can add cookies from a signed-in browser with /cookies.
fail-format = ❌ No format of this video fits the size limit ({ $limit }).
fail-tool-missing = ❌ This server cannot process this kind of link right now.
fail-video-unavailable = ❌ Video sites are not available on this server right now, so this page cannot be fetched. The admins have been told.
fail-interrupted = ❌ Your download was interrupted twice by a restart and was stopped. Please send the link again.
fail-internal = ❌ Sorry, something went wrong with this download. Please try again.
quality-ask = 🎬 { $title }
    Choose a quality (sizes are estimates):
question-expired = ⌛ This choice has expired. Send the link again to choose.
quality-chosen = ✅ Chosen: { $choice }
quality-audio = 🎵 Audio only
quality-auto = Auto
quality-ask-label = Ask
settings-title =
    ⚙️ Settings
    Language: { $language }
    Video quality: { $quality }
    Send videos as: { $sendAs }
settings-as-video = Video
settings-as-document = Document
settings-saved = Saved
quality-best = 🎬 Best available
retention-title = ⚠️ <b>Links due for deletion</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = deleted { $date }
retention-deleted = 🗑 already deleted (the bot was down during the warning window)
retention-more = … and { $count } more
history-empty = You have not sent any links yet.
history-title = 🕘 Your links ({ $total }):
history-deleted-on = removed { $date }
outcome-pending = ⏳ pending
outcome-delivered = ✅ delivered
outcome-failed = ❌ failed
outcome-cancelled = ✖️ cancelled
outcome-refused = ⛔ refused
quota-links = ⛔ You can send { $limit } links per hour. Please try again in { $wait }.
quota-bytes = ⛔ You have reached today's download quota. Please try again in { $wait }.
admin-only = ⛔ This command is for the bot's admins only.
admin-title = 🛠 Admin panel
admin-users = 👥 Users
admin-stats = 📊 Stats
stats-chart-title = Links per hour, last 24 hours (UTC)
stats-chart-delivered = delivered
stats-chart-failed = failed
admin-back = « Back
admin-users-title = 👥 Users ({ $total }), most recently active first:
admin-stats-text =
    📊 <b>Stats</b>
    Users: { $users } (active in 24 h: { $active })
    Links in 24 h: { $jobs }, delivered { $bytes }
    File links served today (UTC): { $served }
    Failures by reason: { $failures }
    Failures in 24 h by site:
    { $sites }
    Queue now: { $queued } waiting, { $running } running
    Uptime: { $uptime }
admin-usage = Usage: { $usage }
admin-no-links = No links for user { $id }.
admin-check-title = Last links of user { $id }:
admin-banned = User { $id } is banned.
admin-unbanned = User { $id } is unbanned.
admin-unknown-user = No user { $id } has used this bot.
admin-too-long = The text is too long (4000 characters at most).
broadcast-started = 📣 Broadcast started. You get a report when it ends.
broadcast-busy = A broadcast is already running.
broadcast-report = 📣 Broadcast finished: { $delivered } delivered, { $failed } failed, { $blocked } blocked the bot.
caption-part = 🧩 Part { $index } of { $count }
pdf-unavailable = 📄 PDF rendering is not available on this server.
pdf-usage = Usage: /pdf <link> [letter] [landscape]
pdf-offer = 📄 This page has no video. Want it as a PDF?
pdf-button = 📄 PDF

# Groups
group-help = In this group I download only what you ask for: send /dl link, or reply to one of my messages with a link. Everything else here I ignore. For more, talk to me privately: @{ $bot }
dl-usage = Send the link after the command: /dl https://example.com/video
cancel-not-yours = Only the person who asked for it (or a group admin) can cancel this.
cmd-dl = Download a link (in groups: /dl link)

# Several items behind one link
status-item = Item { $index } of { $count }
items-ask = This link has { $count } items ({ $size }): { $title }
    One request takes at most { $cap } in all; items past that are not sent.
    Send them all, in albums of up to 10?
items-all = Send all { $count }
items-first = Only the first { $count }
items-none = Cancel
items-chosen = On its way.
items-declined = Nothing will be sent.
items-failed = Of { $count } items, these could not be sent:
items-failed-line = • item { $index }: { $reason }
list-offer = This video is part of a list.
list-button = The whole list

ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    JavaScript runtime for YouTube's challenges: { $js }
    Challenge solver (yt-dlp-ejs): { $solver }
    Last update check: { $checked }
    Last result: { $result }
    /ytdlp update checks for a new release now.
ytdlp-yes = yes
ytdlp-no = no (this yt-dlp is too old for it)
ytdlp-updating = ⏳ Checking for a new yt-dlp release…
ytdlp-installed = ✅ yt-dlp { $version } is installed and in use.
ytdlp-current = ✅ yt-dlp { $version } is the latest release.
ytdlp-failed = ❌ yt-dlp was not updated ({ $reason }: { $message }). Still using { $version }.
ytdlp-unmanaged = yt-dlp here is { $path }, set by YTDLP_PATH, so the bot does not replace it.
ytdlp-elsewhere = yt-dlp and its cookies live in the worker processes, not in this one.
cookies-added = 🍪 { $name } joined the cookie pool, for: { $sites }.
cookies-invalid = ❌ That is not a cookies file. Send a Netscape-format cookies.txt (as a browser extension or yt-dlp exports it), at most 1 MB, as a document with the caption /cookies.
cookies-empty = 🍪 The cookie pool is empty. Send a cookies file as a document with the caption /cookies.
cookies-title = 🍪 Cookie pool (added · last success · set aside until)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Removed from the pool.
cookies-gone = That file is no longer in the pool.
notice-ytdlp-refused = ⚠️ A yt-dlp release was not installed or not run: { $reason }. The bot keeps using the yt-dlp it had (or the host's). Check YTDLP_RELEASE_URL and the release's signature; /ytdlp shows the state.
notice-missing-yt-dlp = ⚠️ yt-dlp is not available: links to video pages are refused with a message. Install it (apt-get install yt-dlp) or point YTDLP_PATH at it; or leave YTDLP_PATH unset with YTDLP_UPDATE_HOURS above 0, and the bot installs its own release.
notice-missing-ffmpeg = ⚠️ ffmpeg or ffprobe is not available: videos go out without thumbnail, duration or size, yt-dlp cannot merge separate video and audio (some sites give less or nothing), and videos over 2 GB are split as raw parts instead of playable ones. Install it: apt-get install ffmpeg (or set FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ gallery-dl is not available: the pictures of gallery pages that yt-dlp does not see are not fetched. Install it: apt-get install gallery-dl (or set GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ Chromium is not available: /pdf answers that it is off. Install it: apt-get install chromium (or set CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: links meet "{ $kind }" (a login or "not a bot" check) and no cookies file got past it. Export cookies from a browser signed in to { $site } (Netscape cookies.txt) and send the file here as a document with the caption /cookies; /cookies shows the pool.
class-bot-check = bot checks
class-login = logins needed
class-geo = geo-blocks
class-private = private
class-removed = removed
class-format = no format within limits
class-rate-limited = rate limits or IP blocks
class-extractor-broken = extractor failures
dashboard-link = 🔐 Your dashboard login link (works once, for 10 minutes):
    { $url }
dashboard-open = Open the dashboard
dash-title = Pishtaz dashboard
dash-queue = Queue
dash-queued = waiting
dash-running = running
dash-oldest-wait = longest wait
dash-workers = Workers
dash-worker = process
dash-jobs-now = jobs now
dash-uptime = up
dash-none = none
dash-hourly = Jobs and failures per hour, last 24 hours
dash-delivered = delivered
dash-failed = failed
dash-failures-by-site = Failures by site, last 24 hours
dash-top-users = Most active users
dash-user = user
dash-links = links
dash-traffic = Traffic, last 24 hours
dash-links-received = links received
dash-bytes-delivered = delivered
dash-users-total = users
dash-users-active = active users
dash-ytdlp = yt-dlp
dash-version = version
dash-source = source
dash-unavailable = not available
dash-cookies = Cookie pool
dash-cookie-usable = usable
dash-cookie-aside = resting after a login or bot check until { $until }
dash-last-success = last success
dash-updated = Updated
dash-notice-title = Sign in from the bot
dash-notice = This page needs a login link. Send /dashboard to the bot (admins only); the link it sends works once, for 10 minutes.
dash-link-used = This login link was used already or has expired.
dash-signing-in = Signing in…
dashboard-private-only = Send /dashboard in a private chat with the bot: a login link in a group could be opened by anyone there.
dash-role = role
filelink-too-large = ⛔ This file is { $size }; links here can serve files up to { $limit } (Telegram's Bot API limit). The operator lifts it with API_ID and API_HASH (up to 4 GB) or a local Bot API server (BOT_API_LOCAL).
filelink-too-large-max = ⛔ This file is { $size }; the largest file a link can serve is { $limit }.
filelink-per-day = ⛔ You can make { $limit } file links a day. Please try again later.
filelink-expires = ⏳ Works until { $date } (UTC).
filelink-never-expires = ♾ Works until you revoke it (/links).
filelink-button-download = ⬇️ Download
filelink-button-play = ▶️ Play
filelink-reply-to-file = Send /link in reply to a message with a file.
filelinks-empty = You have no file links. Send me a file to get one.
filelinks-title = 🔗 Your file links ({ $total }); 🗑 revokes one:
filelink-revoked = Revoked: the link no longer works.
filelink-not-yours = This link is not yours, or it was revoked already.
filelink-unknown = This link does not exist. Check that it was copied whole.
filelink-gone = This link no longer works: it expired or was revoked.
filelink-daily-limit = This link has served its owner's daily allowance. Try again tomorrow.
filelink-too-many = Too many downloads from your address at once. Try again when some have finished.
filelink-download = Download ({ $size })
cmd-links = Your file links
dash-bytes-served = served by file links today

words-unknown =
    I don't know the word “{ $word }”. After a link you can write, for example:
    { $url } 1:20-2:05 720
    Words: a section such as 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help explains them.
more-ask = More from this page:
more-section = ✂️ A section
more-section-how = Send the link with the part you want, for example:
    { $url } 0:30-1:15
more-audio = 🎵 Audio
more-subs = 📝 Subtitles
note-burn-too-long = Subtitles are burned in only for videos up to { $minutes } minutes; this one came with them as a file.
note-codec = This video exists only as { $codec }, which does not play on every phone (iPhones among them). Videos up to { $minutes } minutes are converted; this one is longer. Send the link with "doc" to get it as a file.
status-burning = 📝 Burning in the subtitles…
settings-subs = Subtitles: { $subs }
settings-subs-off = off
settings-subs-on = on
settings-audio = Audio as: { $format }
