const PLAIN_FILE =
  /\.(pdf|zip|rar|7z|tar|gz|tgz|bz2|xz|apk|exe|msi|dmg|iso|img|deb|rpm|docx?|xlsx?|pptx?|odt|ods|txt|csv|json|xml|epub|mobi|djvu|jpe?g|png|webp|bmp|tiff?|mp3|m4a|ogg|flac|wav|opus|srt|torrent|bin)$/i;

/** A link whose path names an ordinary file: Telegram may fetch it itself (send by URL). */
export function looksLikePlainFile(url: string): boolean {
  try {
    return PLAIN_FILE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
