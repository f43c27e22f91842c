// Live word count for texts with a word limit. Without JavaScript the server counts. The
// words are the catalogue's, in the page's language (data-remaining, data-too-many, with
// "{count}" where the number goes); the number is written as the page's language writes it.
document.querySelectorAll("textarea[data-word-limit]").forEach(function (area) {
  var limit = parseInt(area.getAttribute("data-word-limit"), 10);
  var out = document.getElementById(area.id + "-count");
  var remaining = area.getAttribute("data-remaining");
  var tooMany = area.getAttribute("data-too-many");
  if (!out || !remaining || !tooMany) return;
  var lang = document.documentElement.lang || "en";
  function update() {
    var words = area.value.trim() === "" ? 0 : area.value.trim().split(/\s+/).length;
    var over = words > limit;
    var n = (over ? words - limit : limit - words).toLocaleString(lang);
    out.textContent = (over ? tooMany : remaining).replace("{count}", n);
    out.classList.toggle("error-message", over);
  }
  area.addEventListener("input", update);
});
