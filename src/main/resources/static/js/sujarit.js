// Sends the CSRF token with every htmx request, and keeps the user's work when the session expires:
// the request that got 401 is kept, the user signs in again in a new window, then presses "retry".
(function () {
  let pending = null;
  document.addEventListener('htmx:configRequest', function (e) {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) e.detail.headers[header.content] = token.content;
  });
  document.addEventListener('htmx:responseError', function (e) {
    if (e.detail.xhr.status === 401) {
      pending = e.detail.elt;
      const dialog = document.getElementById('session-expired');
      if (dialog) dialog.hidden = false;
    }
  });
  document.addEventListener('click', function (e) {
    if (!e.target.matches('[data-retry]')) return;
    const dialog = document.getElementById('session-expired');
    // a new sign-in means a new CSRF token: fetch it from a fresh page before resending
    fetch(window.location.href, {credentials: 'same-origin'}).then(r => r.text()).then(html => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const fresh = doc.querySelector('meta[name="_csrf"]');
      const mine = document.querySelector('meta[name="_csrf"]');
      if (fresh && mine) mine.content = fresh.content;
      if (dialog) dialog.hidden = true;
      if (pending) { htmx.trigger(pending, pending.getAttribute('hx-trigger') || 'change'); pending = null; }
    });
  });
})();

// Uploads with a progress bar: forms marked data-upload-progress="id" send their file by XHR and
// show how much has been sent; the server's answer (a redirect or the form with an error) replaces the page.
(function () {
  document.addEventListener('submit', function (e) {
    const form = e.target;
    const target = form.dataset && form.dataset.uploadProgress;
    if (!target || !window.FormData) return;
    e.preventDefault();
    const box = document.getElementById(target);
    const bar = box && box.querySelector('progress');
    if (box) box.hidden = false;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (p) {
      if (bar && p.lengthComputable) bar.value = Math.round(100 * p.loaded / p.total);
    });
    xhr.addEventListener('load', function () {
      if (xhr.responseURL && xhr.responseURL !== form.action) { window.location = xhr.responseURL; return; }
      document.open(); document.write(xhr.responseText); document.close();
    });
    xhr.addEventListener('error', function () { form.removeAttribute('data-upload-progress'); form.submit(); });
    xhr.send(new FormData(form));
  });
})();

// B.E. date fields (fragments/date.html): a calendar button beside each text field opens the browser's own
// date picker on a hidden <input type=date>; the date chosen is written back as "6 ธ.ค. 2569". Without
// this script the text field alone is the input (the server reads Thai and ISO dates).
(function () {
  const SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
  const LONG = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม',
    'พฤศจิกายน', 'ธันวาคม'];
  const pad = n => String(n).padStart(2, '0');
  function iso(y, m, d) {
    y = Number(y); if (y >= 2400) y -= 543;
    const date = new Date(Date.UTC(y, m - 1, Number(d)));
    return date.getUTCMonth() === m - 1 ? y + '-' + pad(m) + '-' + pad(d) : '';
  }
  // the text as ThaiDates.parse reads it, to open the picker on the date already typed ('' when none)
  function toIso(text) {
    const t = text.replace(/[๐-๙]/g, c => String(c.charCodeAt(0) - 0x0E50)).trim();
    let m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
    if (m) return iso(m[1], Number(m[2]), m[3]);
    m = t.match(/^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/);
    if (m) return iso(m[3], Number(m[2]), m[1]);
    m = t.match(/^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{4}|\d{2})$/);
    if (!m) return '';
    const name = m[2].replace(/[.\s]/g, '');
    let month = LONG.indexOf(name);
    if (month < 0) month = SHORT.map(s => s.replace(/\./g, '')).indexOf(name);
    return month < 0 ? '' : iso(m[3].length === 2 ? '25' + m[3] : m[3], month + 1, m[1]);
  }
  function thai(value) {
    const [y, m, d] = value.split('-').map(Number);
    return d + ' ' + SHORT[m - 1] + ' ' + (y + 543);
  }
  const SVG = 'http://www.w3.org/2000/svg';
  function icon() {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16'); svg.setAttribute('width', '16'); svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', 'M4 1v2H2v12h12V3h-2V1h-1.5v2h-5V1zM3.5 6.5h9v7h-9zM5 8v1.5h1.5V8zm2.25 0v1.5h1.5V8zm2.25 0v1.5H11V8zM5 10.5V12h1.5v-1.5zm2.25 0V12h1.5v-1.5z');
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }
  function enhance(root) {
    root.querySelectorAll('input.thai-date:not([data-picker])').forEach(function (text) {
      text.setAttribute('data-picker', '');
      const picker = document.createElement('input');
      picker.type = 'date';
      picker.className = 'date-picker';
      picker.tabIndex = -1;
      picker.setAttribute('aria-hidden', 'true');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'date-pick';
      button.title = text.dataset.pick || '';
      button.setAttribute('aria-label', text.dataset.pick || '');
      button.appendChild(icon());
      button.disabled = text.disabled;
      text.after(button, picker);
      button.addEventListener('click', function () {
        picker.value = toIso(text.value);
        try {
          picker.showPicker();
        } catch (e) {
          // no showPicker (older browsers): the native field itself becomes visible instead
          picker.classList.add('shown');
          picker.tabIndex = 0;
          picker.removeAttribute('aria-hidden');
          picker.focus();
        }
      });
      picker.addEventListener('change', function () {
        if (!picker.value) return;
        text.value = thai(picker.value);
        text.dispatchEvent(new Event('change', {bubbles: true}));
        text.focus();
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:load', function (e) { enhance(e.target); });
})();
