/* newsevents desk, article page: a highlight selects its (innermost) fact in the side panel;
   a fact in the panel lights up all its highlights and scrolls to the first. */
"use strict";
function selectFact(key, scrollText) {
  for (const el of document.querySelectorAll(".fact.selected, mark.hl.active")) el.classList.remove("selected", "active");
  const item = document.getElementById("fact-" + key);
  if (!item) return;
  item.classList.add("selected");
  const marks = [...document.querySelectorAll("mark.hl")].filter(m => (m.dataset.facts || "").split(" ").includes(key));
  marks.forEach(m => m.classList.add("active"));
  if (scrollText && marks.length) marks[0].scrollIntoView({block: "center"});
  else item.scrollIntoView({block: "nearest"});
  document.getElementById("panel").dataset.selected = key;
}

document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("text");
  if (text) text.addEventListener("click", ev => {
    const mark = ev.target.closest("mark.hl");
    if (mark) selectFact(mark.dataset.facts.split(" ")[0], false);
  });
  const panel = document.getElementById("panel");
  if (panel) {
    panel.addEventListener("click", ev => { const f = ev.target.closest(".fact"); if (f) selectFact(f.dataset.fact, true); });
    panel.addEventListener("keydown", ev => { const f = ev.target.closest(".fact"); if (f && ev.key === "Enter") selectFact(f.dataset.fact, true); });
  }
});
