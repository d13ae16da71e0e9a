// The photo picker: the library's photos as a grid of thumbnails, searched
// as one types, and a new photo uploaded without leaving the article: a
// file chosen, dropped on the dialog, or pasted from the clipboard, with
// its alternative text (required), caption and credit.
//
// Used by the body editor's "Foto" button (photo.js) and by the featured
// photo field (featured-photo.js). `openPhotoPicker(options)`:
//   pickerUrl  GET ?q= -> {"photos": [{id, thumbnail, src, alt, figcaption, label, ...}]}
//   uploadUrl  POST multipart (upload, alt_text, caption, credit)
//              -> 201 {"photo": {...}} or 400 {"errors": {field: [{message}]}}
//   texts      the dialog's words (articles/editor/extensions.py, PHOTO_TEXTS)
//   onChoose   called with the photo chosen or uploaded
//   file       a file to upload at once (dropped or pasted elsewhere)

const SEARCH_DELAY = 250
const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"]
let dialogCount = 0

export function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(properties)) {
    if (name === "role" || name.startsWith("aria-") || name.startsWith("data-")) {
      node.setAttribute(name, value)
    } else {
      node[name] = value
    }
  }
  node.append(...children)
  return node
}

// The first image among dropped or pasted items, or null.
export function imageFile(transfer) {
  for (const file of transfer?.files || []) {
    if (file.type.startsWith("image/")) return file
  }
  return null
}

function csrfToken() {
  return document.querySelector("[name=csrfmiddlewaretoken]")?.value || ""
}

function field(id, label, input, hint) {
  const children = [element("label", { htmlFor: id, textContent: label }), input]
  if (hint) {
    const note = element("p", { id: `${id}-hint`, className: "help", textContent: hint })
    input.setAttribute("aria-describedby", note.id)
    children.push(note)
  }
  return element("div", { className: "article-photo-picker__field" }, children)
}

export function openPhotoPicker(options) {
  const texts = options.texts
  const id = `article-photo-picker-${++dialogCount}`
  const title = element("h2", { id: `${id}-title`, textContent: texts.dialogTitle })

  // -- Upload -------------------------------------------------------------------
  const fileInput = element("input", {
    id: `${id}-file`,
    type: "file",
    accept: IMAGE_TYPES.join(","),
    className: "article-photo-picker__file",
  })
  const dropZone = element("div", { className: "article-photo-picker__drop" }, [
    element("p", { className: "article-photo-picker__drop-hint", textContent: texts.uploadHint }),
    element("label", { htmlFor: fileInput.id, className: "button", textContent: texts.chooseFile }),
    fileInput,
  ])
  const preview = element("img", { className: "article-photo-picker__preview", alt: "" })
  const altInput = element("input", { id: `${id}-alt`, type: "text", name: "alt_text", required: true, maxLength: 255, lang: "id" })
  const captionInput = element("input", { id: `${id}-caption`, type: "text", name: "caption", maxLength: 500, lang: "id" })
  const creditInput = element("input", { id: `${id}-credit`, type: "text", name: "credit", maxLength: 150 })
  const uploadStatus = element("p", { className: "article-photo-picker__upload-status", role: "alert" })
  const send = element("button", { type: "button", className: "button default", textContent: texts.send })
  const cancelUpload = element("button", { type: "button", className: "button", textContent: texts.cancelUpload })
  const uploadForm = element("div", { className: "article-photo-picker__upload-form", hidden: true }, [
    preview,
    element("div", { className: "article-photo-picker__fields" }, [
      field(altInput.id, texts.alt, altInput, texts.altHint),
      field(captionInput.id, texts.caption, captionInput),
      field(creditInput.id, texts.credit, creditInput, texts.creditHint),
      uploadStatus,
      element("div", { className: "article-photo-picker__upload-actions" }, [send, cancelUpload]),
    ]),
  ])
  const uploadSection = element(
    "section",
    { className: "article-photo-picker__upload", "aria-labelledby": `${id}-upload-title` },
    [element("h3", { id: `${id}-upload-title`, textContent: texts.upload }), dropZone, uploadForm],
  )

  // -- The library ----------------------------------------------------------------
  const search = element("input", {
    id: `${id}-q`,
    type: "search",
    name: "q",
    placeholder: texts.searchHint,
    autocomplete: "off",
  })
  const status = element("p", { className: "article-photo-picker__status", role: "status" })
  const list = element("ul", { className: "article-photo-picker__list" })
  const close = element("button", { type: "button", className: "button", textContent: texts.close })
  const dialog = element(
    "dialog",
    { className: "article-photo-picker", "aria-labelledby": title.id },
    [
      title,
      uploadSection,
      element("section", { className: "article-photo-picker__library", "aria-labelledby": `${id}-library-title` }, [
        element("h3", { id: `${id}-library-title`, textContent: texts.library }),
        element("div", { className: "article-photo-picker__search" }, [
          element("label", { htmlFor: search.id, textContent: texts.search }),
          search,
        ]),
        status,
        list,
      ]),
      element("div", { className: "article-photo-picker__actions" }, [close]),
    ],
  )

  let controller = null
  let timer = null
  let pending = null

  function choose(photo) {
    dialog.close()
    options.onChoose(photo)
  }

  function show(photos) {
    list.replaceChildren(
      ...photos.map((photo) => {
        const button = element(
          "button",
          { type: "button", className: "article-photo-picker__photo" },
          [
            element("img", { src: photo.thumbnail, alt: "" }),
            element("span", {
              className: "article-photo-picker__alt",
              textContent: photo.alt || texts.dialogTitle,
            }),
            element("span", {
              className: "article-photo-picker__caption",
              textContent: photo.figcaption || "",
            }),
          ],
        )
        button.addEventListener("click", () => choose(photo))
        return element("li", {}, [button])
      }),
    )
    status.textContent = photos.length ? "" : texts.empty
  }

  async function find() {
    controller?.abort()
    controller = new AbortController()
    status.textContent = texts.loading
    const url = new URL(options.pickerUrl, window.location.href)
    url.searchParams.set("q", search.value.trim())
    try {
      const response = await fetch(url, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller.signal,
      })
      if (!response.ok) throw new Error(`${response.status}`)
      const data = await response.json()
      show(data.photos || [])
    } catch (error) {
      if (error.name !== "AbortError") {
        list.replaceChildren()
        status.textContent = texts.failed
      }
    }
  }

  function take(file) {
    if (!file) return
    uploadStatus.textContent = ""
    if (!IMAGE_TYPES.includes(file.type)) {
      uploadStatus.textContent = texts.notImage
      return
    }
    pending = file
    // A data: address (the site's CSP allows no blob: images).
    const reader = new FileReader()
    reader.addEventListener("load", () => {
      preview.src = reader.result
    })
    reader.readAsDataURL(file)
    uploadForm.hidden = false
    altInput.focus()
  }

  function resetUpload() {
    pending = null
    fileInput.value = ""
    preview.removeAttribute("src")
    for (const input of [altInput, captionInput, creditInput]) input.value = ""
    uploadStatus.textContent = ""
    uploadForm.hidden = true
  }

  async function upload() {
    if (!pending) return
    if (!altInput.value.trim()) {
      uploadStatus.textContent = texts.altNeeded
      altInput.focus()
      return
    }
    const body = new FormData()
    body.append("csrfmiddlewaretoken", csrfToken())
    body.append("upload", pending, pending.name || "foto")
    body.append("alt_text", altInput.value.trim())
    body.append("caption", captionInput.value.trim())
    body.append("credit", creditInput.value.trim())
    send.disabled = true
    uploadStatus.textContent = texts.sending
    try {
      const response = await fetch(options.uploadUrl, {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
      const data = await response.json().catch(() => ({}))
      if (response.status === 201 && data.photo) {
        choose(data.photo)
        return
      }
      const messages = Object.values(data.errors || {})
        .flat()
        .map((error) => error.message)
      uploadStatus.textContent = messages.join(" ") || texts.uploadFailed
    } catch {
      uploadStatus.textContent = texts.uploadFailed
    } finally {
      send.disabled = false
    }
  }

  fileInput.addEventListener("change", () => take(fileInput.files[0]))
  for (const type of ["dragenter", "dragover"]) {
    dialog.addEventListener(type, (event) => {
      if (![...(event.dataTransfer?.types || [])].includes("Files")) return
      event.preventDefault()
      dropZone.classList.add("article-photo-picker__drop--over")
    })
  }
  dialog.addEventListener("dragleave", () => dropZone.classList.remove("article-photo-picker__drop--over"))
  dialog.addEventListener("drop", (event) => {
    const file = imageFile(event.dataTransfer)
    dropZone.classList.remove("article-photo-picker__drop--over")
    if (!file) return
    event.preventDefault()
    take(file)
  })
  dialog.addEventListener("paste", (event) => {
    const file = imageFile(event.clipboardData)
    if (!file) return
    event.preventDefault()
    take(file)
  })
  send.addEventListener("click", upload)
  cancelUpload.addEventListener("click", resetUpload)
  altInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault()
      upload()
    }
  })
  search.addEventListener("input", () => {
    clearTimeout(timer)
    timer = setTimeout(find, SEARCH_DELAY)
  })
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault()
      clearTimeout(timer)
      find()
    }
  })
  close.addEventListener("click", () => dialog.close())
  dialog.addEventListener("close", () => {
    controller?.abort()
    clearTimeout(timer)
    dialog.remove()
  })

  // Outside the admin's form: the dialog's buttons submit nothing.
  document.body.append(dialog)
  dialog.showModal()
  if (!options.uploadUrl) uploadSection.hidden = true
  find()
  if (options.file) take(options.file)
  return dialog
}
