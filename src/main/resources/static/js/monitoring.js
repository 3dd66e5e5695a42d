// Evidence uploads: a file larger than the server accepts is refused here, before it is sent, with
// the same Thai message the server would give; nothing else on the page is touched.
(function () {
  function tooLarge(form) {
    const input = form.querySelector('input[type=file]');
    const max = Number(form.dataset.maxBytes || 0);
    return input && input.files.length > 0 && max > 0 && input.files[0].size > max;
  }
  function show(form, message) {
    const box = form.querySelector('[data-upload-error]');
    if (!box) return;
    box.textContent = message || '';
    box.hidden = !message;
  }
  document.addEventListener('htmx:confirm', function (e) {
    const form = e.detail.elt;
    if (!form.matches || !form.matches('form.upload')) return;
    if (tooLarge(form)) {
      e.preventDefault();
      show(form, form.dataset.tooLarge);
    } else {
      show(form, null);
    }
  });
  document.addEventListener('submit', function (e) {
    const form = e.target;
    if (form.matches('form.upload') && tooLarge(form)) {
      e.preventDefault();
      show(form, form.dataset.tooLarge);
    }
  }, true);
  document.addEventListener('htmx:responseError', function (e) {
    const form = e.detail.elt;
    if (form.matches && form.matches('form.upload') && e.detail.xhr.status === 413) show(form, form.dataset.tooLarge);
  });
})();
