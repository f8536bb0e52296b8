/** The Compare view's style and script, appended to report.html's own (one style, one script, by hash). */

export const COMPARE_CSS = `
.tabs { display: inline-flex; gap: 4px; margin: 24px 0 0; padding: 4px; border-radius: 12px; background: var(--surface-2); border: 1px solid var(--border); }
.tab {
  height: 34px; padding: 0 16px; border: 0; border-radius: 9px; background: transparent; color: var(--muted);
  font: inherit; font-size: 14px; font-weight: 600; cursor: pointer;
}
.tab[aria-selected="true"] { background: var(--surface); color: var(--text); box-shadow: var(--shadow); }
.tab:focus-visible, .btn:focus-visible, .star:focus-visible, .note:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px; height: 34px; padding: 0 14px;
  border-radius: 9px; border: 1px solid var(--border); background: var(--surface); color: var(--text);
  font: inherit; font-size: 13px; font-weight: 600; cursor: pointer; white-space: nowrap;
}
.btn:hover { border-color: var(--faint); }
.btn[aria-pressed="true"] { background: var(--text); border-color: var(--text); color: var(--bg); }
.btn.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
.btn:disabled { opacity: 0.45; cursor: default; }
.compare { margin-top: 20px; }
.cmp-top { display: flex; flex-wrap: wrap; gap: 16px 28px; align-items: flex-start; }
.chart { margin: 0; padding: 12px 14px 10px; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow); max-width: 100%; }
.chart figcaption { color: var(--muted); font-size: 12px; max-width: 520px; }
.cmp-chart { display: block; max-width: 100%; height: auto; }
.cmp-chart .gl { stroke: var(--border); stroke-width: 1; }
.cmp-chart .tk { fill: var(--faint); font-size: 10px; }
.cmp-chart .al { fill: var(--muted); font-size: 11px; font-weight: 600; }
.cmp-chart .pl { fill: var(--text); font-size: 12px; font-weight: 600; }
.cmp-chart circle { stroke: var(--surface); stroke-width: 2; }
.cmp-actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; flex: 1 1 280px; max-width: 520px; }
.cmp-count { margin: 0; flex-basis: 100%; font-size: 15px; }
.cmp-hint { margin: 0; flex-basis: 100%; color: var(--muted); font-size: 13px; }
.cmp-scroll { overflow-x: auto; margin-top: 20px; padding-bottom: 8px; }
.cmp-grid { display: flex; flex-direction: column; gap: 12px; min-width: min-content; }
.cmp-row {
  display: grid; grid-template-columns: 240px; grid-auto-flow: column; grid-auto-columns: minmax(260px, 1fr);
  gap: 10px; content-visibility: auto; contain-intrinsic-size: auto 300px;
}
.cmp-head { position: sticky; top: 0; z-index: 2; content-visibility: visible; background: var(--bg); padding: 6px 0; }
/* The prompt column stays in view while the variants scroll sideways. */
.cmp-prompt, .cmp-corner { position: sticky; left: 0; z-index: 1; box-shadow: 10px 0 0 var(--bg); }
.cmp-corner { align-self: stretch; display: flex; align-items: flex-end; background: var(--bg); color: var(--muted); font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 0 4px; }
.cmp-vh { padding: 10px 12px; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; font-size: 12px; color: var(--muted); display: grid; gap: 2px; align-content: start; }
.vh-name { display: flex; align-items: center; gap: 8px; color: var(--text); font-size: 14px; overflow-wrap: anywhere; }
.vh-model { font-family: var(--mono); font-size: 11px; overflow-wrap: anywhere; }
.vh-figs { font-variant-numeric: tabular-nums; }
.vh-figs .ok { color: var(--ok); font-weight: 600; }
.vh-figs .bad { color: var(--bad); font-weight: 600; }
.vh-codes { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 0; padding: 0; list-style: none; }
.vh-codes li { padding: 1px 6px; border-radius: 6px; background: var(--bad-soft); color: var(--bad); font: 11px/1.5 var(--mono); }
.cmp-prompt { display: flex; flex-direction: column; gap: 8px; min-width: 0; padding: 10px 12px; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; }
.cp-top { display: flex; align-items: center; gap: 8px; min-width: 0; }
.cp-id { margin: 0; font: 600 13px/1.35 var(--mono); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.play-row { flex: none; height: 30px; padding: 0 10px; }
.cmp-row.playing .play-row { background: var(--text); border-color: var(--text); color: var(--bg); }
.cmp-prompt .prompt { font-size: 13px; -webkit-line-clamp: 5; line-clamp: 5; }
.note {
  margin-top: auto; width: 100%; resize: vertical; min-height: 44px; padding: 6px 8px; border-radius: 8px;
  border: 1px solid var(--border); background: var(--surface-2); color: var(--text); font: inherit; font-size: 13px;
}
.cmp-cell { display: flex; flex-direction: column; min-width: 0; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; overflow: hidden; }
.cmp-cell.best { border-color: var(--ok); box-shadow: 0 0 0 2px var(--ok); }
.cmp-cell.none { opacity: 0.6; }
.cmp-cell .media.problem { padding: 12px 14px; }
.cmp-cell .problem .message { font-size: 13px; }
.cc-bar { display: flex; align-items: center; justify-content: space-between; gap: 6px; padding: 6px 10px 0; min-height: 30px; }
.cc-bar:last-child { padding-bottom: 8px; }
.cc-facts { display: inline-flex; gap: 10px; color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.pick { display: inline-flex; align-items: center; gap: 5px; font-size: 13px; font-weight: 600; cursor: pointer; }
.pick input { accent-color: var(--ok); width: 16px; height: 16px; margin: 0; }
.rate { display: inline-flex; margin-left: auto; }
.star { width: 22px; height: 24px; padding: 0; border: 0; background: none; color: var(--border); font-size: 16px; line-height: 1; cursor: pointer; }
.star[aria-pressed="true"] { color: #f5a524; }
.compare > .banner { margin: 0 0 16px; }
.vh-made { font-variant-numeric: tabular-nums; }
.vh-made.unlike, .cc-made.unlike, .cp-warn { color: var(--warn); font-weight: 600; }
.vh-picks { margin-top: 4px; padding-top: 4px; border-top: 1px solid var(--border); font-variant-numeric: tabular-nums; }
.vh-wins { color: var(--ok); }
.cp-warn { margin: 0; font-size: 12px; }
.cc-made { padding: 6px 10px 0; font-size: 12px; font-variant-numeric: tabular-nums; }
.cc-variant { display: none; }
/* A phone: no side-by-side that shrinks each video to a stamp. Each prompt, then each of its
   variants at the full width of the screen, named above its player; the column headers stack. */
@media (max-width: 640px) {
  .cmp-scroll { overflow-x: visible; }
  .cmp-grid { min-width: 0; }
  .cmp-row { display: flex; flex-direction: column; gap: 8px; contain-intrinsic-size: auto 1200px; }
  .cmp-head { position: static; padding: 0; }
  .cmp-corner { display: none; }
  .cmp-prompt, .cmp-corner { position: static; box-shadow: none; }
  .cc-variant { display: block; padding: 8px 10px 6px; font-weight: 600; font-size: 13px; color: var(--text); overflow-wrap: anywhere; }
  .cmp-chart { width: 100%; }
  .cmp-actions { max-width: none; }
}
@media (prefers-reduced-motion: reduce) { .tab, .btn { transition: none; } }
`;

/**
 * Tabs, lazy posters, rows played in sync, the mute-all and the picks. Everything it reads is in
 * the page's data attributes (escaped at render), and it writes text only through DOM properties.
 */
export const COMPARE_SCRIPT = `
(() => {
  const views = { compare: document.getElementById('view-compare'), gallery: document.getElementById('view-gallery') };
  const tabs = Array.from(document.querySelectorAll('.tab'));
  const pauseAll = (element) => { for (const video of element.querySelectorAll('video')) if (!video.paused) video.pause(); };
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const other of tabs) other.setAttribute('aria-selected', String(other === tab));
      for (const [name, view] of Object.entries(views)) {
        if (!view) continue;
        if (name !== tab.dataset.view) pauseAll(view);
        view.hidden = name !== tab.dataset.view;
      }
    });
  }
  const root = document.getElementById('compare');
  if (!root) return;
  const rows = Array.from(root.querySelectorAll('.cmp-row[data-group]'));
  // Players appear as their row comes near the screen (the gallery's stand-ins, see REPORT_SCRIPT).
  const videosOf = (row) => Array.from(row.querySelectorAll('video'));
  const wakeRow = (row) => { for (const media of row.querySelectorAll('.media[data-src]')) media.dispatchEvent(new Event('wake', { bubbles: true })); };

  // Seeks this script made itself, so the echo of a synced seek is not synced back.
  const expected = new WeakMap();
  const seekTo = (video, time) => {
    const end = Number.isFinite(video.duration) ? video.duration : time;
    const target = Math.min(time, end);
    if (Math.abs(video.currentTime - target) < 0.05) return;
    expected.set(video, target);
    video.currentTime = target;
  };
  const playing = () => rows.filter((row) => videosOf(row).some((video) => !video.paused));
  const mark = (row) => {
    const on = row.classList.toggle('playing', videosOf(row).some((video) => !video.paused));
    row.querySelector('.play-row').textContent = on ? 'Pause row' : 'Play row';
  };

  // One button for the sound of every player. Its word is what a click does, read from the
  // players themselves: they start muted, so it starts as "Unmute all"; a player unmuted by its
  // own control turns it into "Mute all".
  const mute = document.getElementById('mute-all');
  let soundOn = false;
  const showMute = () => {
    const players = Array.from(root.querySelectorAll('video'));
    if (players.length > 0) soundOn = players.some((video) => !video.muted);
    mute.textContent = soundOn ? 'Mute all' : 'Unmute all';
    mute.setAttribute('aria-pressed', String(!soundOn));
  };
  mute.addEventListener('click', () => {
    soundOn = !soundOn;
    for (const video of root.querySelectorAll('video')) video.muted = !soundOn;
    showMute();
  });
  showMute();

  const attach = (video) => {
    const row = video.closest('.cmp-row');
    if (!row) return;
    video.muted = !soundOn;
    video.addEventListener('play', () => {
      for (const other of playing()) if (other !== row) pauseAll(other);
      for (const other of videosOf(row)) {
        if (other === video || !other.paused) continue;
        seekTo(other, video.currentTime);
        if (!(other.currentTime >= other.duration)) other.play().catch(() => undefined);
      }
      mark(row);
    });
    video.addEventListener('pause', () => {
      // A shorter variant ending leaves the longer ones playing.
      if (!video.ended) for (const other of videosOf(row)) if (other !== video && !other.paused) other.pause();
      mark(row);
    });
    video.addEventListener('seeking', () => {
      const echo = expected.get(video);
      expected.delete(video);
      if (echo !== undefined && Math.abs(video.currentTime - echo) < 0.05) return;
      for (const other of videosOf(row)) if (other !== video) seekTo(other, video.currentTime);
    });
    video.addEventListener('volumechange', showMute);
  };
  root.addEventListener('player', (event) => attach(event.detail));
  for (const video of root.querySelectorAll('video')) attach(video);
  for (const row of rows) {
    const button = row.querySelector('.play-row');
    if (!row.querySelector('.media[data-src], video')) button.disabled = true;
    button.addEventListener('click', () => {
      wakeRow(row);
      const videos = videosOf(row);
      if (videos.length === 0) return;
      if (videos.some((video) => !video.paused)) {
        for (const video of videos) video.pause();
        return;
      }
      const lead = videos[0];
      const start = videos.every((video) => video.ended) || lead.ended ? 0 : lead.currentTime;
      for (const video of videos) seekTo(video, start);
      for (const video of videos) video.play().catch(() => undefined);
    });
  }

  // Picks: a Map by prompt (no prototype to pollute), kept in localStorage under this report's
  // folder and manifest, so a resumed run or a re-rendered report keeps them (its start time changes).
  const folder = location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  const key = 'video-batch picks ' + root.dataset.manifest + ' ' + folder;
  // Picks made before were kept under the run's start time: read once, then kept by folder.
  const legacyKey = 'video-batch picks ' + root.dataset.manifest + ' ' + root.dataset.run;
  const picks = new Map();
  // Ratings by variant name in an object without a prototype, so no name (__proto__) is special.
  const blank = (from) => ({
    variant: typeof from.variant === 'string' ? from.variant : null,
    ratings: Object.assign(Object.create(null), from.ratings && typeof from.ratings === 'object' ? from.ratings : {}),
    note: typeof from.note === 'string' ? from.note : '',
  });
  try {
    const saved = JSON.parse(localStorage.getItem(key) || localStorage.getItem(legacyKey) || '[]');
    if (Array.isArray(saved)) for (const [group, entry] of saved) if (typeof group === 'string' && entry && typeof entry === 'object') picks.set(group, blank(entry));
  } catch {}
  const entryOf = (group) => {
    let entry = picks.get(group);
    if (!entry) picks.set(group, (entry = blank({})));
    return entry;
  };
  const counter = document.getElementById('picked');
  // Each column's header: how many prompts picked it as best, and its mean rating, over this page's prompts.
  const tally = () => {
    for (const head of root.querySelectorAll('.cmp-vh[data-variant]')) {
      const name = head.dataset.variant;
      let wins = 0;
      let sum = 0;
      let rated = 0;
      for (const row of rows) {
        const entry = picks.get(row.dataset.group);
        if (!entry) continue;
        if (entry.variant === name) wins++;
        const rating = entry.ratings[name];
        if (typeof rating === 'number' && rating >= 1 && rating <= 5) { sum += rating; rated++; }
      }
      head.querySelector('.vh-wins').textContent = wins + (wins === 1 ? ' win' : ' wins');
      head.querySelector('.vh-rating').textContent = rated > 0 ? '★ ' + (sum / rated).toFixed(1) + ' mean of ' + rated : 'not rated yet';
    }
  };
  const save = () => {
    try { localStorage.setItem(key, JSON.stringify([...picks])); } catch {}
    counter.textContent = String(rows.filter((row) => picks.get(row.dataset.group)?.variant).length);
    tally();
  };
  const show = (row) => {
    const entry = picks.get(row.dataset.group) || blank({});
    for (const cell of row.querySelectorAll('.cmp-cell')) {
      const radio = cell.querySelector('input[type=radio]');
      if (radio) radio.checked = entry.variant === cell.dataset.variant;
      cell.classList.toggle('best', entry.variant === cell.dataset.variant);
      const rating = entry.ratings[cell.dataset.variant] || 0;
      for (const star of cell.querySelectorAll('.star')) star.setAttribute('aria-pressed', String(Number(star.dataset.rate) <= rating));
    }
    row.querySelector('.note').value = entry.note;
  };
  for (const row of rows) {
    const group = row.dataset.group;
    for (const radio of row.querySelectorAll('input[type=radio]')) {
      // Choosing the chosen variant again takes the pick back (a radio alone cannot be unchecked).
      radio.addEventListener('click', () => {
        const entry = entryOf(group);
        entry.variant = entry.variant === radio.value ? null : radio.value;
        save();
        show(row);
      });
    }
    for (const star of row.querySelectorAll('.star')) {
      star.addEventListener('click', () => {
        const variant = star.closest('.cmp-cell').dataset.variant;
        const ratings = entryOf(group).ratings;
        const rate = Number(star.dataset.rate);
        if (ratings[variant] === rate) delete ratings[variant];
        else ratings[variant] = rate;
        save();
        show(row);
      });
    }
    row.querySelector('.note').addEventListener('input', (event) => { entryOf(group).note = event.target.value; save(); });
    show(row);
  }
  save();

  document.getElementById('export-picks').addEventListener('click', () => {
    const list = [];
    for (const row of rows) {
      const entry = picks.get(row.dataset.group);
      if (!entry || (!entry.variant && Object.keys(entry.ratings).length === 0 && !entry.note)) continue;
      list.push({ prompt: row.dataset.group, variant: entry.variant, ratings: { ...entry.ratings }, note: entry.note });
    }
    const text = JSON.stringify({ run: root.dataset.run, picks: list }, null, 2) + '\\n';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = 'picks.json';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  });
})();
`;
