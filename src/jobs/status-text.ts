import { formatBytes, formatDuration, progressBar } from '../i18n/format.js';
import type { Translator } from '../i18n/i18n.js';
import type { JobPhase } from '../pipeline/types.js';
import type { Language } from '../storage/types.js';

/** The status message for a phase, in the user's language. */
export function renderStatus(t: Translator, lang: Language, s: JobPhase): string {
  switch (s.phase) {
    case 'queued':
      return t(lang, 'status-queued', { position: s.position });
    case 'starting':
      return t(lang, 'status-starting');
    case 'probing':
      return t(lang, 'status-probing');
    case 'processing': {
      const step = t(lang, `status-${s.step}`);
      return s.percent === undefined ? step : `${step}\n${progressBar(s.percent / 100)} ${s.percent}%`;
    }
    default: {
      const phase = t(
        lang,
        s.streamed
          ? 'status-streaming'
          : s.phase === 'downloading'
            ? 'status-downloading'
            : 'status-uploading',
      );
      const head = s.item
        ? `${t(lang, 'status-item', { index: s.item.index + 1, count: s.item.count })}\n${phase}`
        : phase;
      const speed = s.speed ? `${formatBytes(s.speed, lang)}/s` : '';
      if (!s.total) return [head, `${formatBytes(s.done, lang)}${speed ? ` · ${speed}` : ''}`].join('\n');
      const f = (s.streamed?.sent ?? s.done) / s.total;
      const eta = s.speed ? formatDuration((s.total - s.done) / s.speed) : '?';
      const percent = (n: number) => Math.floor((n / s.total!) * 100);
      return [
        head,
        `${progressBar(f)} ${Math.floor(f * 100)}%`,
        ...(s.streamed
          ? [
              t(lang, 'status-both-sides', {
                down: percent(s.streamed.downloaded),
                up: percent(s.streamed.sent),
              }),
            ]
          : []),
        `${formatBytes(s.done, lang)} / ${formatBytes(s.total, lang)}${speed ? ` · ${speed}` : ''} · ${t(lang, 'status-eta', { eta })}`,
      ].join('\n');
    }
  }
}
