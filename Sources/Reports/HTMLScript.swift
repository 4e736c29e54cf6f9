/// The one inline script every HTML page carries: optional enhancements only.
///
/// Pages are complete without it. With it, outlet legends become toggle buttons that highlight
/// the sentences an outlet carries, story pages get "Expand all wording" / "Collapse all",
/// tooltips stay inside the window and close on Escape, and every `<details>` opens for printing.
enum HTMLScript {
    /// The script's source (no external resources, no network).
    static let source = """
    (function () {
      "use strict";
      var doc = document;
      doc.documentElement.className += " js";
      var legend = doc.querySelector("[data-filter]");
      var sentences = Array.prototype.slice.call(doc.querySelectorAll(".sentence[data-sources]"));
      if (legend && sentences.length) {
        var active = null;
        var buttons = [];
        Array.prototype.forEach.call(legend.querySelectorAll("li[data-outlet]"), function (item) {
          var outlet = item.getAttribute("data-outlet");
          var button = doc.createElement("button");
          button.type = "button";
          button.className = "filter";
          button.setAttribute("aria-pressed", "false");
          button.title = "Highlight the sentences " + outlet + " carries";
          while (item.firstChild) { button.appendChild(item.firstChild); }
          item.appendChild(button);
          buttons.push(button);
          button.addEventListener("click", function () {
            active = active === outlet ? null : outlet;
            buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button && active !== null)); });
            sentences.forEach(function (s) {
              var carried = s.getAttribute("data-sources").split("|").indexOf(outlet) >= 0;
              s.classList.toggle("dim", active !== null && !carried);
              s.classList.toggle("hit", active !== null && carried);
            });
          });
        });
      }
      var all = Array.prototype.slice.call(doc.querySelectorAll(".sentence details"));
      var list = doc.querySelector(".sentences");
      if (all.length && list) {
        var bar = doc.createElement("p");
        bar.className = "tools";
        [["Expand all wording", true], ["Collapse all", false]].forEach(function (pair) {
          var b = doc.createElement("button");
          b.type = "button";
          b.textContent = pair[0];
          b.addEventListener("click", function () { all.forEach(function (d) { d.open = pair[1]; }); });
          bar.appendChild(b);
        });
        list.parentNode.insertBefore(bar, list);
      }
      function place(event) {
        var tip = event.currentTarget.querySelector(".tip");
        if (!tip) { return; }
        tip.style.left = "";
        tip.style.right = "";
        var box = tip.getBoundingClientRect();
        var width = doc.documentElement.clientWidth;
        if (box.right > width - 8) { tip.style.left = "auto"; tip.style.right = "0"; }
        box = tip.getBoundingClientRect();
        if (box.left < 8) { tip.style.left = (8 - event.currentTarget.getBoundingClientRect().left) + "px"; tip.style.right = "auto"; }
      }
      function reset(event) { event.currentTarget.classList.remove("tip-off"); }
      Array.prototype.forEach.call(doc.querySelectorAll(".has-tip"), function (chip) {
        chip.addEventListener("mouseenter", place);
        chip.addEventListener("focus", place);
        chip.addEventListener("mouseleave", reset);
        chip.addEventListener("blur", reset);
      });
      // Escape dismisses an open tooltip without moving focus (WCAG 1.4.13).
      doc.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") { return; }
        Array.prototype.forEach.call(doc.querySelectorAll(".has-tip:hover, .has-tip:focus"), function (chip) { chip.classList.add("tip-off"); });
      });
      var closed = [];
      window.addEventListener("beforeprint", function () {
        closed = Array.prototype.filter.call(doc.querySelectorAll("details"), function (d) { return !d.open; });
        closed.forEach(function (d) { d.open = true; });
      });
      window.addEventListener("afterprint", function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
    })();

    """
}
