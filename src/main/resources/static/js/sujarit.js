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
