// The featured-photo field (articles/photos/widgets.py): the chosen photo's
// thumbnail, kept current; "Pilih dari pustaka" opens the photo picker's
// grid; "Unggah foto baru" uploads one from the computer; a photo dropped
// on the field, or pasted while the field has the focus, is uploaded too.
// Whatever is chosen or uploaded becomes the field's value in the admin's
// autocomplete select (select2), as if picked there.

import { element, imageFile, openPhotoPicker } from "../editor/photo-picker.js"

function enhance(container) {
  const select = container.querySelector("select")
  if (!select) return
  const texts = JSON.parse(container.dataset.texts)
  const current = container.querySelector(".photo-field__current")
  const jQuery = window.django?.jQuery

  function showPhoto(photo) {
    if (!photo) {
      current.replaceChildren(element("p", { className: "photo-field__none", textContent: texts.none }))
      return
    }
    current.replaceChildren(
      element("img", { src: photo.thumbnail, alt: "", width: 160 }),
      element("figcaption", {}, [
        element("span", { className: "photo-field__alt", textContent: photo.alt }),
        ` ${photo.figcaption || ""}`,
      ]),
    )
  }

  function choose(photo) {
    let option = [...select.options].find((o) => o.value === String(photo.id))
    if (!option) {
      option = new Option(photo.label || photo.alt, String(photo.id), true, true)
      select.append(option)
    }
    select.value = String(photo.id)
    // select2 listens to jQuery's events, not the DOM's.
    if (jQuery) jQuery(select).trigger("change")
    else select.dispatchEvent(new Event("change", { bubbles: true }))
    showPhoto(photo)
  }

  async function refresh() {
    if (!select.value) return showPhoto(null)
    const url = new URL(container.dataset.pickerUrl, window.location.href)
    url.searchParams.set("id", select.value)
    try {
      const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      const data = await response.json()
      showPhoto(data.photos?.[0] || null)
    } catch {
      // The thumbnail stays as it was; the value is what counts.
    }
  }

  function picker(file = null, upload = false) {
    const dialog = openPhotoPicker({
      pickerUrl: container.dataset.pickerUrl,
      uploadUrl: container.dataset.uploadUrl,
      texts: { ...texts, dialogTitle: texts.featuredTitle },
      file,
      onChoose: choose,
    })
    if (upload && !file) dialog.querySelector("input[type=file]")?.click()
  }

  const pick = element("button", { type: "button", className: "button", textContent: texts.pick })
  const upload = element("button", { type: "button", className: "button", textContent: texts.uploadButton })
  const hint = element("p", { className: "photo-field__hint", textContent: texts.dropHint })
  pick.addEventListener("click", () => picker())
  upload.addEventListener("click", () => picker(null, true))
  container.append(element("div", { className: "photo-field__tools" }, [pick, upload, hint]))

  for (const type of ["dragenter", "dragover"]) {
    container.addEventListener(type, (event) => {
      if (![...(event.dataTransfer?.types || [])].includes("Files")) return
      event.preventDefault()
      container.classList.add("photo-field--over")
    })
  }
  container.addEventListener("dragleave", () => container.classList.remove("photo-field--over"))
  container.addEventListener("drop", (event) => {
    container.classList.remove("photo-field--over")
    const file = imageFile(event.dataTransfer)
    if (!file) return
    event.preventDefault()
    picker(file)
  })
  container.addEventListener("paste", (event) => {
    const file = imageFile(event.clipboardData)
    if (!file) return
    event.preventDefault()
    picker(file)
  })
  if (jQuery) jQuery(select).on("change", refresh)
  else select.addEventListener("change", refresh)
}

for (const container of document.querySelectorAll("[data-photo-field]")) enhance(container)
