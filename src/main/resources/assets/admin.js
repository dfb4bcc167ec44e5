// The newsroom's only script: a live preview of the body, and a warning before leaving unsaved work.
// Everything works without it; the preview then shows the last saved body.
(function () {
  "use strict";
  var form = document.getElementById("edition-form");
  if (!form) {
    return;
  }
  var body = document.getElementById("body");
  var preview = document.getElementById("preview");
  var csrf = form.querySelector("input[name=csrf]").value;
  var dirty = false;
  var timer = null;

  function refreshPreview() {
    var data = new URLSearchParams();
    data.set("body", body.value);
    data.set("lang", form.dataset.lang);
    fetch(form.dataset.preview, {
      method: "POST",
      headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
      body: data.toString(),
      credentials: "same-origin"
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      // The server renders and sanitizes exactly as it does for readers.
      if (html !== null) {
        preview.innerHTML = html;
      }
    }).catch(function () { /* keep the last preview */ });
  }

  form.addEventListener("input", function (event) {
    dirty = true;
    if (event.target === body) {
      clearTimeout(timer);
      timer = setTimeout(refreshPreview, 300);
    }
  });
  form.addEventListener("submit", function () {
    dirty = false;
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}());
