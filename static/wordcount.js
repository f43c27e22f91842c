// Live word count for texts with a word limit. Without JavaScript the server counts.
document.querySelectorAll("textarea[data-word-limit]").forEach(function (area) {
  var limit = parseInt(area.getAttribute("data-word-limit"), 10);
  var out = document.getElementById(area.id + "-count");
  if (!out) return;
  function update() {
    var words = area.value.trim() === "" ? 0 : area.value.trim().split(/\s+/).length;
    out.textContent = words > limit
      ? "You have " + (words - limit) + " word" + (words - limit === 1 ? "" : "s") + " too many"
      : "You have " + (limit - words) + " word" + (limit - words === 1 ? "" : "s") + " remaining";
    out.classList.toggle("error-message", words > limit);
  }
  area.addEventListener("input", update);
});
