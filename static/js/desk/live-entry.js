// The "Tambah pembaruan" panel: what is typed and not yet posted is kept in
// this browser (localStorage) as it is typed, and offered back when the page
// opens again (a dropped connection, a closed tab). Posting clears it; a
// refused post comes back with the text in the form.
const form = document.querySelector("[data-live-autosave]");
if (form) {
  const key = form.dataset.liveAutosave;
  const text = form.querySelector("textarea[name=text]");
  const restored = form.querySelector("[data-live-restored]");
  const keyEvent = form.querySelector("input[name=key_event]");
  const read = () => {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch {
      return null;
    }
  };
  const write = () => {
    try {
      if (text.value.trim()) {
        window.localStorage.setItem(
          key,
          JSON.stringify({ text: text.value, keyEvent: keyEvent.checked, at: Date.now() }),
        );
      } else {
        window.localStorage.removeItem(key);
      }
    } catch {
      // Storage full or refused: the text is still in the form.
    }
  };
  const saved = read();
  if (saved && saved.text && !text.value.trim()) {
    text.value = saved.text;
    keyEvent.checked = Boolean(saved.keyEvent);
    restored.hidden = false;
  }
  text.addEventListener("input", write);
  keyEvent.addEventListener("change", write);
  form.addEventListener("submit", () => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing kept.
    }
  });
}
