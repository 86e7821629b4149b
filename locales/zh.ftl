## glossary: link = 链接
## glossary: file = 文件
## glossary: queue = 队列
## glossary: quality = 画质
## glossary: album = 相册
## glossary: cookies = Cookie

start =
    你好，{ $name }！我是 Pishtaz，一个下载机器人。

    发给我一个链接，我就把文件发回给你：
    • 来自 YouTube、Instagram、X 以及一千多个其他网站的视频（以可播放的视频发送）
    • GIF（以动画发送）
    • 任何直接指向文件的链接（以文件形式发送）

    支持最大 { $limit } 的文件。/help 里有示例。
help =
    Pishtaz 使用方法：
    1. 发送一个链接，例如：
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. 留意状态消息；点“取消”可停止。
    3. 文件会发到这个聊天里。

    视频链接后面可以加这些词，顺序不限：
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — 只要这一段（或 1:02:00-1:04:30）
    • audio — 带标题和封面的 m4a 音频；video；doc — 以文件形式发送
    • 360、480、720、1080 — 最高画面高度
    • subs — 字幕作为 .srt 文件；subs:de — 只要一种语言；subs:burn — 把字幕压进画面

    命令：
    /history — 你最近的链接
    /settings — 语言、视频画质、以视频还是文件发送
    /cancel — 取消你排队中和进行中的下载
    /pdf <链接> — 把网页转成 PDF
hint = 请发送以 http:// 或 https:// 开头的有效链接，例如：https://example.com/file.pdf
error-generic = 抱歉，出了点问题。请再试一次。
banned = 你已被禁止使用这个机器人。
cmd-start = 欢迎和介绍
cmd-help = 机器人使用方法
cmd-history = 你最近的链接
cmd-settings = 语言和视频设置
cmd-cancel = 取消你的下载
cmd-pdf = 把网页转成 PDF
cmd-admin = 管理面板
cmd-dashboard = 网页仪表盘（一次性登录链接）
cmd-ytdlp = yt-dlp 版本与更新
cmd-cookies = yt-dlp 的 Cookie 池
button-cancel = ✖️ 取消
cancel-done = 已取消。
cancel-nothing = 没有可取消的下载。
queue-full = 你已有 { $max } 个链接在等待。请等其中一些完成。
refused-scheme = ❌ 只能下载 http:// 和 https:// 链接。
refused-address = ❌ 这个链接指向私有或本地网络地址，本机器人不访问这类地址。
status-queued = ⏳ 排队中：第 { $position } 位
status-starting = ⚙️ 正在开始…
status-probing = 🔎 正在检查链接…
status-downloading = ⬇️ 正在下载…
status-uploading = ⬆️ 正在发送到 Telegram…
status-streaming = ⬇️⬆️ 正在边下载边发送…
status-both-sides = 已下载 { $down }% · 已发送 { $up }%
status-merging = 🎞 正在合并视频和音频…
status-converting = 🎞 正在转换…
status-splitting = ✂️ 正在分割成多个部分…
status-rendering = 🖨 正在生成页面…
status-eta = 剩余 { $eta }
status-paused = ⏸ 机器人正在重启；你的下载稍后会继续。
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ 这个文件有 { $size }，超过了本机器人的上限 { $limit }。
fail-page-too-large = ❌ 这个页面描述自身的数据超过了机器人读取的上限（8 MB 以上），因此没有获取。
fail-over-upload-limit = ❌ 这个文件（{ $size }）超过了 { $limit }，这是本服务器通过 Telegram Bot API 能发送的最大值。更大的文件需要运营者设置 API_ID 和 API_HASH。
fail-http-status = ❌ 网站返回了错误 { $status }。请确认链接在浏览器里能打开。
fail-timeout = ❌ 下载耗时过长，已停止。
fail-stalled = ❌ 网站不再发送数据，下载已停止。
fail-network = ❌ 与网站的连接失败或中断。请稍后再试。
fail-redirects = ❌ 这个链接重定向次数过多。
fail-guard = ❌ 这个链接通向私有或本地网络地址，本机器人不访问这类地址。
fail-disk-full = ❌ 服务器目前没有空间存放这个文件。请稍后再试。
fail-disk-short = ❌ 这个文件需要服务器上 { $size } 的可用空间，目前只有 { $limit } 可用。
fail-cancelled = ✖️ 下载已取消。
fail-telegram-refused = ❌ Telegram 拒绝了这个文件。
fail-direct-only = ❌ Telegram 无法自行获取这个链接，而本服务器只以这种方式发送链接。
fail-unsupported = ❌ 在这个链接中没有找到视频或文件。
fail-private = ❌ 这是私密视频：只有所有者（或其允许的人）可以观看。
fail-geo = ❌ 这个视频在服务器所在地区不可用。
fail-extractor-broken = ❌ 网站有了变化，下载器无法读取这个页面。已开始更新下载器；请几分钟后再试。
fail-rate-limited = ❌ 网站目前正在限制或屏蔽本服务器的请求。请大约一小时后再试。
fail-bot-check = ❌ 网站要求机器人证明自己不是机器人（“Sign in to confirm you're not a bot”），机器人暂时无法通过验证。已通知管理员；请稍后再试。
fail-removed = ❌ 这个视频已被删除或不再可用。
fail-login = ❌ 这个网站要求登录账号才能打开此链接，而机器人的账号无法打开。管理员可以用 /cookies 添加已登录浏览器的 Cookie。
fail-format = ❌ 这个视频没有任何格式在大小上限（{ $limit }）之内。
fail-tool-missing = ❌ 本服务器目前无法处理这类链接。
fail-video-unavailable = ❌ 本服务器目前无法使用视频网站，因此无法获取此页面。已通知管理员。
fail-interrupted = ❌ 你的下载两次被重启打断，已停止。请重新发送链接。
fail-internal = ❌ 抱歉，这次下载出了问题。请再试一次。
quality-ask = 🎬 { $title }
    请选择画质（大小为估计值）：
question-expired = ⌛ 这个选择已过期。请重新发送链接再选。
quality-chosen = ✅ 已选择：{ $choice }
quality-audio = 🎵 仅音频
quality-auto = 自动
quality-ask-label = 每次询问
settings-title =
    ⚙️ 设置
    语言：{ $language }
    视频画质：{ $quality }
    视频发送方式：{ $sendAs }
settings-as-video = 视频
settings-as-document = 文件
settings-saved = 已保存
quality-best = 🎬 最佳可用
retention-title = ⚠️ <b>即将删除的链接</b> — { $user }（ID <code>{ $id }</code>）
retention-deletes-at = 将于 { $date } 删除
retention-deleted = 🗑 已删除（提醒期间机器人处于停机状态）
retention-more = … 另外还有 { $count } 个
history-empty = 你还没有发送过链接。
history-title = 🕘 你的链接（{ $total }）：
history-deleted-on = 将于 { $date } 移除
outcome-pending = ⏳ 等待中
outcome-delivered = ✅ 已发送
outcome-failed = ❌ 失败
outcome-cancelled = ✖️ 已取消
outcome-refused = ⛔ 已拒绝
quota-links = ⛔ 你每小时可以发送 { $limit } 个链接。请在 { $wait } 后再试。
quota-bytes = ⛔ 你已用完今天的下载额度。请在 { $wait } 后再试。
admin-only = ⛔ 此命令仅限机器人管理员使用。
admin-title = 🛠 管理面板
admin-users = 👥 用户
admin-stats = 📊 统计
stats-chart-title = 每小时链接数，最近 24 小时（UTC）
stats-chart-delivered = 已发送
stats-chart-failed = 失败
admin-back = « 返回
admin-users-title = 👥 用户（{ $total }），最近活跃的在前：
admin-stats-text =
    📊 <b>统计</b>
    用户：{ $users }（24 小时内活跃：{ $active }）
    24 小时内链接：{ $jobs }，已发送 { $bytes }
    今天文件链接提供的流量（UTC）：{ $served }
    按原因的失败：{ $failures }
    24 小时内按网站的失败：
    { $sites }
    当前队列：{ $queued } 个等待，{ $running } 个进行中
    运行时间：{ $uptime }
admin-usage = 用法：{ $usage }
admin-no-links = 用户 { $id } 没有链接。
admin-check-title = 用户 { $id } 的最近链接：
admin-banned = 用户 { $id } 已被封禁。
admin-unbanned = 用户 { $id } 已解除封禁。
admin-unknown-user = 没有 ID 为 { $id } 的用户使用过这个机器人。
admin-too-long = 文本太长（最多 4000 个字符）。
broadcast-started = 📣 群发已开始。结束后你会收到报告。
broadcast-busy = 已有一个群发在进行中。
broadcast-report = 📣 群发完成：已送达 { $delivered }，失败 { $failed }，{ $blocked } 人屏蔽了机器人。
caption-part = 🧩 第 { $index } 部分，共 { $count } 部分
pdf-unavailable = 📄 本服务器不支持生成 PDF。
pdf-usage = 用法：/pdf <链接> [letter] [landscape]
pdf-offer = 📄 这个页面没有视频。要把它转成 PDF 吗？
pdf-button = 📄 PDF
group-help = 在这个群里我只下载你要求的内容：发送 /dl 链接，或者用链接回复我的某条消息。这里的其他消息我都会忽略。想了解更多，请私聊我：@{ $bot }
dl-usage = 请在命令后面附上链接：/dl https://example.com/video
cancel-not-yours = 只有发起请求的人（或群管理员）才能取消。
cmd-dl = 下载链接（群内：/dl 链接）
status-item = 第 { $index } 项，共 { $count } 项
items-ask = 这个链接包含 { $count } 项（{ $size }）：{ $title }
    一次请求总共最多 { $cap }；超出部分的项目不会发送。
    要全部发送吗？每个相册最多 10 项。
items-all = 全部发送 { $count } 项
items-first = 只要前 { $count } 项
items-none = 取消
items-chosen = 正在发送。
items-declined = 不会发送任何内容。
items-failed = { $count } 项中，以下项目无法发送：
items-failed-line = • 第 { $index } 项：{ $reason }
list-offer = 这个视频属于一个列表。
list-button = 整个列表
ytdlp-status =
    🧰 yt-dlp { $version }（{ $source }：{ $path }）
    用于 YouTube 验证的 JavaScript 运行环境：{ $js }
    验证求解器（yt-dlp-ejs）：{ $solver }
    上次检查更新：{ $checked }
    上次结果：{ $result }
    /ytdlp update 立即检查新版本。
ytdlp-yes = 是
ytdlp-no = 否（这个 yt-dlp 版本太旧，不支持）
ytdlp-updating = ⏳ 正在检查 yt-dlp 新版本…
ytdlp-installed = ✅ yt-dlp { $version } 已安装并在使用中。
ytdlp-current = ✅ yt-dlp { $version } 已是最新版本。
ytdlp-failed = ❌ yt-dlp 没有更新（{ $reason }：{ $message }）。仍在使用 { $version }。
ytdlp-unmanaged = 这里的 yt-dlp 是 { $path }，由 YTDLP_PATH 指定，因此机器人不会替换它。
ytdlp-elsewhere = yt-dlp 及其 Cookie 位于工作进程中，而不在这个进程里。
cookies-added = 🍪 { $name } 已加入 Cookie 池，适用于：{ $sites }。
cookies-invalid = ❌ 这不是 Cookie 文件。请以文件形式发送 Netscape 格式的 cookies.txt（浏览器扩展或 yt-dlp 导出的那种），最大 1 MB，说明文字写 /cookies。
cookies-empty = 🍪 Cookie 池是空的。请以文件形式发送 Cookie 文件，说明文字写 /cookies。
cookies-title = 🍪 Cookie 池（添加时间 · 上次成功 · 搁置至）
cookies-line = • { $name }（{ $origin }）：{ $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = 已从池中移除。
cookies-gone = 该文件已不在池中。
notice-ytdlp-refused = ⚠️ 一个 yt-dlp 版本没有被安装或运行：{ $reason }。机器人继续使用原来的 yt-dlp（或系统自带的）。请检查 YTDLP_RELEASE_URL 和该版本的签名；/ytdlp 会显示状态。
notice-missing-yt-dlp = ⚠️ yt-dlp 不可用：视频页面的链接会被拒绝并附上说明。请安装它（apt-get install yt-dlp）或用 YTDLP_PATH 指定；也可以不设 YTDLP_PATH 并把 YTDLP_UPDATE_HOURS 设为大于 0，机器人会安装自己的版本。
notice-missing-ffmpeg = ⚠️ ffmpeg 或 ffprobe 不可用：视频发送时没有缩略图、时长和尺寸，yt-dlp 无法合并分开的视频和音频（有些网站因此给得更少或什么都没有），超过 2 GB 的视频会被切成原始分块而不是可播放的分段。请安装：apt-get install ffmpeg（或设置 FFMPEG_PATH）。
notice-missing-gallery-dl = ⚠️ gallery-dl 不可用：yt-dlp 看不到的图库页面中的图片不会被获取。请安装：apt-get install gallery-dl（或设置 GALLERY_DL_PATH）。
notice-missing-chromium = ⚠️ Chromium 不可用：/pdf 会回复该功能已关闭。请安装：apt-get install chromium（或设置 CHROMIUM_PATH）。
notice-cookies-exhausted = ⚠️ { $site }：链接遇到了“{ $kind }”（登录或“不是机器人”验证），没有任何 Cookie 文件能通过。请从已登录 { $site } 的浏览器导出 Cookie（Netscape cookies.txt），并以文件形式发到这里，说明文字写 /cookies；/cookies 会显示 Cookie 池。
class-bot-check = 机器人验证
class-login = 需要登录
class-geo = 地区限制
class-private = 私密
class-removed = 已删除
class-format = 没有符合限制的格式
class-rate-limited = 请求限制或 IP 封锁
class-extractor-broken = 提取器故障
dashboard-link = 🔐 你的仪表盘登录链接（只能用一次，10 分钟内有效）：
    { $url }
dashboard-open = 打开仪表盘
dash-title = Pishtaz 仪表盘
dash-queue = 队列
dash-queued = 等待中
dash-running = 进行中
dash-oldest-wait = 最长等待
dash-workers = 工作进程
dash-worker = 进程
dash-jobs-now = 当前任务
dash-uptime = 已运行
dash-none = 无
dash-hourly = 每小时任务与失败，最近 24 小时
dash-delivered = 已发送
dash-failed = 失败
dash-failures-by-site = 按网站的失败，最近 24 小时
dash-top-users = 最活跃的用户
dash-user = 用户
dash-links = 链接
dash-traffic = 流量，最近 24 小时
dash-links-received = 收到的链接
dash-bytes-delivered = 已发送
dash-users-total = 用户
dash-users-active = 活跃用户
dash-ytdlp = yt-dlp
dash-version = 版本
dash-source = 来源
dash-unavailable = 不可用
dash-cookies = Cookie 池
dash-cookie-usable = 可用
dash-cookie-aside = 因登录或机器人验证而暂停，直到 { $until }
dash-last-success = 上次成功
dash-updated = 更新于
dash-notice-title = 通过机器人登录
dash-notice = 此页面需要登录链接。请向机器人发送 /dashboard（仅限管理员）；收到的链接只能用一次，10 分钟内有效。
dash-link-used = 这个登录链接已被使用或已过期。
dash-signing-in = 正在登录…
dashboard-private-only = 请在与机器人的私聊中发送 /dashboard：群里的登录链接任何成员都能打开。
dash-role = 角色
filelink-too-large = ⛔ 这个文件有 { $size }；这里的链接最多只能提供 { $limit } 的文件（Telegram Bot API 的上限）。运营者可以通过 API_ID 和 API_HASH（最高 4 GB）或本地 Bot API 服务器（BOT_API_LOCAL）提高上限。
filelink-too-large-max = ⛔ 这个文件有 { $size }；链接能提供的最大文件是 { $limit }。
filelink-per-day = ⛔ 你每天可以创建 { $limit } 个文件链接。请稍后再试。
filelink-expires = ⏳ 有效期至 { $date }（UTC）。
filelink-never-expires = ♾ 在你撤销之前一直有效（/links）。
filelink-button-download = ⬇️ 下载
filelink-button-play = ▶️ 播放
filelink-reply-to-file = 请回复一条带文件的消息并发送 /link。
filelinks-empty = 你还没有文件链接。发给我一个文件即可获得链接。
filelinks-title = 🔗 你的文件链接（{ $total }）；🗑 撤销一个：
filelink-revoked = 已撤销：该链接不再有效。
filelink-not-yours = 这个链接不属于你，或已被撤销。
filelink-unknown = 这个链接不存在。请确认它被完整复制。
filelink-gone = 这个链接已失效：已过期或被撤销。
filelink-daily-limit = 这个链接已用完其所有者今天的额度。请明天再试。
filelink-too-many = 来自你的地址的同时下载太多。请等部分完成后再试。
filelink-download = 下载（{ $size }）
cmd-links = 你的文件链接
dash-bytes-served = 今天文件链接提供的流量
words-unknown =
    我不认识“{ $word }”这个词。链接后面可以这样写，例如：
    { $url } 1:20-2:05 720
    可用的词：像 1:20-2:05 这样的片段、audio、video、doc、360、480、720、1080、subs、subs:en、subs:burn。/help 有说明。
more-ask = 这个页面还有：
more-section = ✂️ 截取片段
more-section-how = 请发送链接并附上你想要的片段，例如：
    { $url } 0:30-1:15
more-audio = 🎵 音频
more-subs = 📝 字幕
note-burn-too-long = 只有 { $minutes } 分钟以内的视频才会把字幕压进画面；这个视频的字幕以文件形式发送。
note-codec = 这个视频只有 { $codec } 格式，并非所有手机都能播放（包括 iPhone）。{ $minutes } 分钟以内的视频会被转换；这个更长。在链接后加上“doc”即可以文件形式获取。
status-burning = 📝 正在把字幕压进画面…
settings-subs = 字幕：{ $subs }
settings-subs-off = 关
settings-subs-on = 开
settings-audio = 音频格式：{ $format }
