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
  // a live count of the characters left, where a text area asks for one
  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-counter]"), function (area) {
    var out = document.getElementById(area.getAttribute("data-counter"));
    var max = parseInt(area.getAttribute("maxlength"), 10);
    if (!out || !max) { return; }
    function show() { out.textContent = (max - area.value.length) + " / " + max; }
    area.addEventListener("input", show);
    show();
  });
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
