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
