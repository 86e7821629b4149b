// The dashboard page's script: fills the page from /admin/data.json every 30 s and draws the
// charts with Chart.js (served by the bot). Every value goes in as text, never as HTML.
(() => {
  const page = JSON.parse(document.getElementById('page-data').textContent);
  const L = page.labels;
  const rtl = page.dir === 'rtl';
  const num = new Intl.NumberFormat(page.lang);
  const time = new Intl.DateTimeFormat(page.lang, { hour: '2-digit', minute: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(page.lang, { dateStyle: 'short', timeStyle: 'short' });
  const charts = {};

  const bytes = (n) => {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
      n /= 1024;
      i++;
    }
    return `${num.format(Math.round(n * 10) / 10)} ${units[i]}`;
  };
  const duration = (s) => {
    if (s < 120) return `${num.format(s)} s`;
    if (s < 7200) return `${num.format(Math.round(s / 60))} min`;
    if (s < 172800) return `${num.format(Math.round(s / 3600))} h`;
    return `${num.format(Math.round(s / 86400))} d`;
  };
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  const fill = (id, ...children) => document.getElementById(id).replaceChildren(...children);
  const table = (head, rows) => {
    if (!rows.length) return el('p', L['dash-none'], 'muted');
    const t = el('table');
    const tr = el('tr');
    for (const h of head) tr.append(el('th', h));
    t.append(tr);
    for (const r of rows) {
      const row = el('tr');
      for (const v of r) row.append(el('td', v));
      t.append(row);
    }
    return t;
  };
  const figures = (pairs) => {
    const t = el('table');
    for (const [label, value] of pairs) {
      const row = el('tr');
      row.append(el('td', label), el('td', value, 'big'));
      t.append(row);
    }
    return t;
  };

  const draw = (id, config) => {
    charts[id]?.destroy();
    charts[id] = new Chart(document.getElementById(id), config);
  };
  const base = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { rtl, position: 'bottom' }, tooltip: { rtl } },
    locale: page.lang,
  };

  function render(d) {
    fill(
      'queue',
      figures([
        [L['dash-queued'], num.format(d.queue.queued)],
        [L['dash-running'], num.format(d.queue.running)],
        [L['dash-oldest-wait'], duration(d.queue.oldestWaitSeconds)],
      ]),
    );
    fill(
      'traffic',
      figures([
        [L['dash-links-received'], num.format(d.traffic.links)],
        [L['dash-bytes-delivered'], bytes(d.traffic.bytesDelivered)],
        [L['dash-bytes-served'], bytes(d.traffic.bytesServed)],
        [L['dash-users-active'], `${num.format(d.traffic.activeUsers)} / ${num.format(d.traffic.users)}`],
      ]),
    );
    fill(
      'workers',
      table(
        [L['dash-worker'], L['dash-role'], L['dash-version'], L['dash-jobs-now'], L['dash-uptime']],
        d.workers.map((w) => [w.id, w.role, w.version, num.format(w.running), duration(w.uptimeSeconds)]),
      ),
    );
    fill(
      'top-users',
      table(
        [L['dash-user'], L['dash-links']],
        d.topUsers.map((u) => [
          `${u.name}${u.username ? ` @${u.username}` : ''} (${u.id})`,
          num.format(u.links),
        ]),
      ),
    );
    fill(
      'ytdlp',
      table(
        [L['dash-version'], L['dash-source'], L['dash-workers']],
        d.ytdlp.map((y) => [
          y.available ? (y.version ?? '?') : L['dash-unavailable'],
          y.source,
          num.format(y.workers),
        ]),
      ),
    );
    fill(
      'cookies',
      table(
        ['', '', L['dash-last-success']],
        d.cookies.map((c) => [
          c.name,
          c.state === 'aside'
            ? L['dash-cookie-aside'].replace('%s', dateTime.format(c.asideUntil))
            : L['dash-cookie-usable'],
          c.lastSuccessAt ? dateTime.format(c.lastSuccessAt) : '—',
        ]),
      ),
    );
    draw('hourly-chart', {
      type: 'bar',
      data: {
        labels: d.hourly.map((h) => time.format(h.hour)),
        datasets: [
          { label: L['dash-delivered'], data: d.hourly.map((h) => h.delivered), backgroundColor: '#2e9d5b' },
          { label: L['dash-failed'], data: d.hourly.map((h) => h.failed), backgroundColor: '#d9534f' },
        ],
      },
      options: {
        ...base,
        scales: {
          x: { stacked: true, reverse: rtl },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
    draw('sites-chart', {
      type: 'bar',
      data: {
        labels: d.failuresBySite.map((s) => s.site),
        datasets: [
          { label: L['dash-failed'], data: d.failuresBySite.map((s) => s.n), backgroundColor: '#d9534f' },
        ],
      },
      options: {
        ...base,
        indexAxis: 'y',
        scales: {
          x: { beginAtZero: true, reverse: rtl, ticks: { precision: 0 } },
          y: { position: rtl ? 'right' : 'left' },
        },
      },
    });
    fill('updated', el('span', `${L['dash-updated']}: ${time.format(d.at)}`));
    document.body.dataset.loaded = 'true';
  }

  async function refresh() {
    const res = await fetch('/admin/data.json', { credentials: 'same-origin' });
    if (res.status === 401) {
      location.assign('/admin/notice');
      return;
    }
    if (res.ok) render(await res.json());
  }
  refresh();
  setInterval(refresh, 30_000);
})();
