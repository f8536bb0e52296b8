/** The stylesheet and script of report.html, inlined so the page works offline and from a zip. */

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9;
  --surface: #ffffff;
  --surface-2: #f0f2f5;
  --text: #16181d;
  --muted: #5d6472;
  --faint: #8a91a0;
  --border: #e3e6eb;
  --accent: #4f46e5;
  --accent-soft: #eef0ff;
  --ok: #13795b;
  --ok-soft: #e3f5ee;
  --bad: #c0392b;
  --bad-soft: #fdecea;
  --warn: #9a6700;
  --warn-soft: #fff4d6;
  --idle: #5d6472;
  --idle-soft: #eceef2;
  --media: #0f1115;
  --shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 8%);
  --shadow-hover: 0 4px 12px rgb(16 24 40 / 10%), 0 2px 4px rgb(16 24 40 / 6%);
  --radius: 14px;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d0f13;
    --surface: #161920;
    --surface-2: #1e222b;
    --text: #e8eaef;
    --muted: #a2a9b8;
    --faint: #747c8c;
    --border: #272c36;
    --accent: #8b93ff;
    --accent-soft: #23264a;
    --ok: #4ccf9a;
    --ok-soft: #12302a;
    --bad: #ff7b6e;
    --bad-soft: #3a1c1a;
    --warn: #f0c24b;
    --warn-soft: #352a0e;
    --idle: #a2a9b8;
    --idle-soft: #232833;
    --media: #07080a;
    --shadow: 0 1px 2px rgb(0 0 0 / 40%);
    --shadow-hover: 0 6px 18px rgb(0 0 0 / 50%);
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-font-smoothing: antialiased;
}
.wrap { max-width: 1440px; margin: 0 auto; padding: 32px clamp(16px, 4vw, 40px) 48px; }
.top { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 12px 24px; }
.brand { display: flex; align-items: center; gap: 12px; min-width: 0; }
.logo {
  flex: none; width: 40px; height: 40px; border-radius: 11px; display: grid; place-items: center;
  background: linear-gradient(135deg, #6366f1, #a855f7 55%, #ec4899); color: #fff;
  box-shadow: 0 4px 14px rgb(99 102 241 / 35%);
}
h1 { margin: 0; font-size: 22px; line-height: 1.2; letter-spacing: -0.01em; }
.sub { margin: 2px 0 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.sub code { font-family: var(--mono); font-size: 12px; }
.banner {
  margin: 20px 0 0; padding: 10px 14px; border-radius: 10px;
  background: var(--warn-soft); color: var(--warn); font-weight: 500; font-size: 14px;
}
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 24px 0 0; padding: 0; }
.stat { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 12px 16px; box-shadow: var(--shadow); }
.stat dt { color: var(--muted); font-size: 12px; font-weight: 500; text-transform: uppercase; letter-spacing: 0.04em; }
.stat dd { margin: 2px 0 0; font-size: 24px; font-weight: 650; letter-spacing: -0.02em; font-variant-numeric: tabular-nums; }
.stat dd small { display: inline-block; font-size: 13px; line-height: 1.3; font-weight: 500; color: var(--muted); margin-left: 2px; letter-spacing: 0; }
.stat.ok dd { color: var(--ok); }
.stat.bad dd { color: var(--bad); }
.toolbar {
  position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 12px; align-items: center;
  justify-content: space-between; margin: 20px calc(-1 * clamp(16px, 4vw, 40px)) 0; padding: 12px clamp(16px, 4vw, 40px);
  background: color-mix(in srgb, var(--bg) 88%, transparent); backdrop-filter: blur(8px);
  border-bottom: 1px solid transparent;
}
.filters { display: flex; flex-wrap: wrap; gap: 6px; }
.filter {
  display: inline-flex; align-items: center; gap: 6px; height: 34px; padding: 0 12px; border-radius: 999px;
  border: 1px solid var(--border); background: var(--surface); color: var(--text); font: inherit; font-size: 13px;
  font-weight: 500; cursor: pointer; transition: background 120ms, border-color 120ms, color 120ms;
}
.filter:hover { border-color: var(--faint); }
.filter:focus-visible, .search:focus-visible, .prompt:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.filter[aria-pressed="true"] { background: var(--text); border-color: var(--text); color: var(--bg); }
.filter .n { font-variant-numeric: tabular-nums; opacity: 0.7; }
.search {
  flex: 0 1 320px; min-width: 200px; height: 36px; padding: 0 12px 0 34px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--surface); color: var(--text); font: inherit; font-size: 14px;
  background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16' fill='none' stroke='%238a91a0' stroke-width='2' stroke-linecap='round' viewBox='0 0 24 24'%3E%3Ccircle cx='11' cy='11' r='7'/%3E%3Cpath d='m20 20-3.5-3.5'/%3E%3C/svg%3E");
  background-repeat: no-repeat; background-position: 11px center;
}
.search::placeholder { color: var(--faint); }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 20px; margin-top: 8px; }
.card {
  display: flex; flex-direction: column; min-width: 0; background: var(--surface); border: 1px solid var(--border);
  border-radius: var(--radius); overflow: hidden; box-shadow: var(--shadow); transition: box-shadow 160ms, transform 160ms;
  /* Cards far off screen are not laid out or painted until scrolled to: a 2,000-card page opens as fast as a 20-card one. */
  content-visibility: auto; contain-intrinsic-size: auto 420px;
}
.card:hover { box-shadow: var(--shadow-hover); transform: translateY(-1px); }
.media { position: relative; aspect-ratio: 16 / 9; overflow: hidden; background: var(--media); }
.inputs { display: flex; flex-wrap: wrap; gap: 6px; padding: 6px 10px 0; }
.inputs .input { margin: 0; display: flex; flex-direction: column; align-items: center; gap: 2px; }
.inputs img { display: block; width: 56px; height: 40px; object-fit: cover; border-radius: 4px; border: 1px solid var(--border); background: var(--media); }
.inputs figcaption { font-size: 10px; line-height: 1; color: var(--muted); }
.media video, .media .standin { position: absolute; inset: 0; display: block; width: 100%; height: 100%; object-fit: contain; }
.media .standin { display: grid; place-items: center; color: #c6cbd6; }
.media .poster { width: 100%; height: 100%; object-fit: contain; }
.media.idle { display: grid; place-items: center; background: linear-gradient(135deg, #1d2230, #10131a); }
.placeholder { display: grid; justify-items: center; gap: 8px; padding: 16px; text-align: center; color: #c6cbd6; font-size: 13px; }
.placeholder svg { opacity: 0.7; }
.media.problem {
  display: flex; flex-direction: column; justify-content: center; gap: 8px; padding: 18px 20px;
  background: var(--bad-soft); color: var(--bad); overflow: auto;
}
.media.problem.expired, .media.problem.timed_out { background: var(--warn-soft); color: var(--warn); }
.problem .code { display: inline-flex; align-items: center; gap: 8px; font: 600 12px/1.4 var(--mono); }
.problem .message { margin: 0; color: var(--text); font-size: 14px; line-height: 1.45; overflow-wrap: anywhere; white-space: pre-wrap; }
.body { display: flex; flex-direction: column; gap: 10px; padding: 14px 16px 16px; flex: 1; min-width: 0; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.badge {
  display: inline-flex; align-items: center; gap: 6px; height: 24px; padding: 0 10px; border-radius: 999px;
  font-size: 12px; font-weight: 600; background: var(--idle-soft); color: var(--idle);
}
.badge::before { content: ""; width: 6px; height: 6px; border-radius: 50%; background: currentColor; }
.badge.completed, .badge.skipped { background: var(--ok-soft); color: var(--ok); }
.badge.failed { background: var(--bad-soft); color: var(--bad); }
.badge.expired, .badge.timed_out { background: var(--warn-soft); color: var(--warn); }
.time { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; white-space: nowrap; }
.id {
  margin: 0; font: 600 14px/1.35 var(--mono); letter-spacing: -0.01em; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap;
}
.prompt {
  margin: 0; color: var(--muted); font-size: 14px; line-height: 1.5; cursor: pointer; overflow-wrap: anywhere;
  white-space: pre-line; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden;
}
.prompt.open { display: block; -webkit-line-clamp: unset; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.meta li {
  padding: 2px 8px; border-radius: 6px; background: var(--surface-2); color: var(--muted); font-size: 12px;
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere;
}
.meta li b { color: var(--text); font-weight: 600; }
.meta li.unlike { background: var(--warn-soft); color: var(--warn); font-weight: 600; }
.unlike-note { margin: 0; padding: 6px 10px; border-radius: 8px; background: var(--warn-soft); color: var(--warn); font-size: 13px; font-weight: 500; }
.links {
  display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin-top: auto; padding-top: 10px;
  border-top: 1px solid var(--border); font-size: 12px;
}
.links a { color: var(--accent); text-decoration: none; font-weight: 500; }
.links a:hover { text-decoration: underline; }
.vid { margin-left: auto; color: var(--faint); font: 11px/1.4 var(--mono); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 100%; }
.empty { margin: 48px 0; text-align: center; color: var(--muted); }
footer { margin-top: 40px; color: var(--faint); font-size: 12px; text-align: center; }
footer a { color: inherit; }
@media (max-width: 560px) {
  .grid { grid-template-columns: 1fr; }
  .stats { grid-template-columns: repeat(3, 1fr); gap: 8px; }
  .stat { padding: 10px 12px; }
  .stat dd { font-size: 20px; }
  .search { flex: 1 1 100%; }
}
@media (prefers-reduced-motion: reduce) {
  .card, .filter { transition: none; }
  .card:hover { transform: none; }
}
`;

/**
 * Players built as they come near the screen (see lazyPlayer), filters by status and a search over
 * prompts: cards carry their status, search text and media addresses as data attributes, so the
 * script reads no inline data and holds no values from the run.
 */
export const REPORT_SCRIPT = `
(() => {
  // A player is a stand-in (its poster as a lazy image) until it comes near the screen or its tab
  // is shown; then the video takes its place. Without a poster, the video shows its frame at 0.1 s.
  const wake = (media) => {
    if (!media.dataset.src) return media.querySelector('video');
    const video = document.createElement('video');
    video.controls = true;
    video.playsInline = true;
    video.muted = 'muted' in media.dataset;
    if (media.dataset.poster) { video.poster = media.dataset.poster; video.preload = 'none'; video.src = media.dataset.src; }
    else { video.preload = 'metadata'; video.src = media.dataset.src + '#t=0.1'; }
    delete media.dataset.src;
    media.replaceChildren(video);
    media.dispatchEvent(new CustomEvent('player', { bubbles: true, detail: video }));
    return video;
  };
  // The Compare view wakes a whole row before playing it: a 'wake' event on a stand-in, answered at once.
  document.addEventListener('wake', (event) => { if (event.target instanceof HTMLElement) wake(event.target); });
  const near = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) { wake(entry.target); near.unobserve(entry.target); }
  }, { rootMargin: '600px 0px' });
  for (const media of document.querySelectorAll('.media[data-src]')) near.observe(media);
  // A click on a stand-in (before it woke) plays at once.
  document.addEventListener('click', (event) => {
    const standin = event.target instanceof Element ? event.target.closest('.standin') : null;
    if (!standin) return;
    event.preventDefault();
    const video = wake(standin.parentElement);
    if (video) video.play().catch(() => undefined);
  });
  const cards = Array.from(document.querySelectorAll('.card'));
  const buttons = Array.from(document.querySelectorAll('.filter'));
  const search = document.getElementById('search');
  const empty = document.getElementById('empty');
  let status = 'all';
  const apply = () => {
    const words = search.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const text = card.dataset.search || '';
      const visible = (status === 'all' || card.dataset.status === status) && words.every((w) => text.includes(w));
      card.hidden = !visible;
      if (visible) shown++;
    }
    empty.hidden = shown > 0;
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      status = button.dataset.filter || 'all';
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      apply();
    });
  }
  search.addEventListener('input', apply);
  document.addEventListener('keydown', (event) => {
    // Not while typing elsewhere (a note of the Compare view), nor while the gallery is hidden.
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing && search.offsetParent !== null) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape' && document.activeElement === search) {
      search.value = '';
      apply();
    }
  });
  for (const prompt of document.querySelectorAll('.prompt')) {
    const toggle = () => prompt.setAttribute('aria-expanded', String(prompt.classList.toggle('open')));
    prompt.addEventListener('click', toggle);
    prompt.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
  }
  apply();
})();
`;
