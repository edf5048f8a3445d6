(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var link = document.getElementById("quick-exit");
  if (!link) { return; }
  var exitUrl = link.getAttribute("href");
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.title = "";
    document.body.textContent = "";
    window.location.replace(exitUrl);
  }
  link.addEventListener("click", leave);
  // a count of the characters left, where a text area asks for one; a screen reader hears it only
  // when fewer than 500, 100 or 0 are left (the live region beside it), not at every key
  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-counter]"), function (area) {
    var out = document.getElementById(area.getAttribute("data-counter"));
    var live = document.getElementById(area.getAttribute("data-counter") + "-live");
    var max = parseInt(area.getAttribute("maxlength"), 10);
    if (!out || !max) { return; }
    var level = -1;
    function show() {
      var left = max - area.value.length;
      out.textContent = left + " / " + max;
      var now = left <= 0 ? 3 : left < 100 ? 2 : left < 500 ? 1 : 0;
      if (live && level >= 0 && now > level) { live.textContent = out.textContent; }
      level = now;
    }
    area.addEventListener("input", show);
    show();
  });
  // a page marked to forget (a thread, behind a one-time address) is not shown again from the
  // browser's memory on Back: it is asked for again, and then shows only the code form
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && document.querySelector("[data-forget]")) { window.location.reload(); }
  });
  // a refused form: the first field in error takes the focus
  var invalid = document.querySelector("[aria-invalid=true]");
  if (invalid) { invalid.focus(); }
  var presses = [];
  document.addEventListener("keydown", function (event) {
    // any other key in between (typing capitals) starts the count again
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) { return; }
    var now = Date.now();
    presses.push(now);
    presses = presses.filter(function (t) { return now - t < 1500; });
    if (presses.length >= 3) { leave(); }
  });
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("a[href]") : null;
    if (!target || target === link || event.defaultPrevented || event.button !== 0 ||
        event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
    var url = new URL(target.href, window.location.href);
    if (url.origin !== window.location.origin || url.hash && url.pathname === window.location.pathname) { return; }
    event.preventDefault();
    window.location.replace(url.href);
  });
})();
