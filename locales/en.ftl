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
