// ArticlePhoto: a photo from the photo library inside the article body.
//
// Stored as the photo library's markup (articles/photos/body.py):
//   <figure data-photo="ID"><img src="SRC" alt="ALT">
//   <figcaption>CAPTION — CREDIT</figcaption></figure>
// The node is an atom: editors insert, move and delete a photo; its words
// come from the library. A figure without data-photo (one image and a plain
// caption, as older bodies have) is kept the same way.
//
// The toolbar's "Foto" button opens a dialog listing the library's photos
// (GET pickerUrl?q= answering {"photos": [{id, thumbnail, src, alt, caption,
// credit}]}) with a search box; choosing one inserts it at the cursor.

const SEARCH_DELAY = 250
let dialogCount = 0

function element(tag, properties = {}, children = []) {
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

function captionOf(photo) {
  return [photo.caption, photo.credit]
    .map((part) => (part || "").trim())
    .filter(Boolean)
    .join(" — ")
}

// The one image and plain caption the node keeps, or null.
function simpleFigure(figure) {
  const children = [...figure.children]
  const [image, caption, ...rest] = children
  if (!image || image.tagName !== "IMG" || !image.getAttribute("src"))
    return null
  if (rest.length) return null
  if (caption && (caption.tagName !== "FIGCAPTION" || caption.children.length))
    return null
  return { image, caption }
}

function openPicker(editor, options) {
  const texts = options.texts
  const id = `article-photo-picker-${++dialogCount}`
  const title = element("h2", { id: `${id}-title`, textContent: texts.dialogTitle })
  const search = element("input", {
    id: `${id}-q`,
    type: "search",
    name: "q",
    placeholder: texts.searchHint,
    autocomplete: "off",
  })
  const status = element("p", {
    className: "article-photo-picker__status",
    role: "status",
  })
  const list = element("ul", { className: "article-photo-picker__list" })
  const close = element("button", {
    type: "button",
    className: "button",
    textContent: texts.close,
  })
  const dialog = element(
    "dialog",
    { className: "article-photo-picker", "aria-labelledby": title.id },
    [
      title,
      element("div", { className: "article-photo-picker__search" }, [
        element("label", { htmlFor: search.id, textContent: texts.search }),
        search,
      ]),
      status,
      list,
      element("div", { className: "article-photo-picker__actions" }, [close]),
    ],
  )

  let controller = null
  let timer = null

  function choose(photo) {
    dialog.close()
    editor
      .chain()
      .focus()
      .insertArticlePhoto({
        photo: String(photo.id),
        src: photo.src,
        alt: photo.alt || "",
        caption: captionOf(photo),
      })
      .run()
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
              textContent: captionOf(photo),
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
  find()
}

export function extensions({ Node, pm }) {
  const { NodeSelection, TextSelection } = pm.state

  const ArticlePhoto = Node.create({
    name: "articlePhoto",
    group: "block",
    atom: true,
    draggable: true,
    selectable: true,

    addOptions() {
      return { pickerUrl: null, texts: {} }
    },

    addAttributes() {
      const fromImage = (name) => ({
        default: null,
        parseHTML: (figure) =>
          figure.querySelector(":scope > img")?.getAttribute(name) ?? null,
        renderHTML: () => ({}),
      })
      return {
        photo: {
          default: null,
          parseHTML: (figure) => figure.getAttribute("data-photo"),
          renderHTML: () => ({}),
        },
        src: fromImage("src"),
        alt: fromImage("alt"),
        width: fromImage("width"),
        height: fromImage("height"),
        loading: fromImage("loading"),
        caption: {
          default: "",
          parseHTML: (figure) =>
            figure.querySelector(":scope > figcaption")?.textContent ?? "",
          renderHTML: () => ({}),
        },
      }
    },

    parseHTML() {
      return [
        {
          tag: "figure",
          priority: 60,
          getAttrs: (figure) => (simpleFigure(figure) ? {} : false),
        },
      ]
    },

    renderHTML({ node }) {
      const { photo, src, alt, width, height, loading, caption } = node.attrs
      const image = { src }
      if (alt !== null) image.alt = alt
      for (const [name, value] of Object.entries({ width, height, loading })) {
        if (value !== null) image[name] = value
      }
      const figure = photo ? { "data-photo": photo } : {}
      return caption
        ? ["figure", figure, ["img", image], ["figcaption", {}, caption]]
        : ["figure", figure, ["img", image]]
    },

    addCommands() {
      return {
        // Inserts the photo and leaves the cursor after it, in the next
        // paragraph (a new one at the end of the body), so that typing on
        // does not replace the photo.
        insertArticlePhoto:
          (attrs) =>
          ({ chain }) =>
            chain()
              .insertContent({ type: this.name, attrs })
              .command(({ tr, dispatch }) => {
                if (!dispatch) return true
                const { $to } = tr.selection
                const next = $to.nodeAfter
                if (next?.isTextblock) {
                  tr.setSelection(TextSelection.create(tr.doc, $to.pos + 1))
                } else if (next) {
                  tr.setSelection(NodeSelection.create(tr.doc, $to.pos))
                } else {
                  const end = $to.end()
                  tr.insert(end, $to.parent.type.contentMatch.defaultType.create())
                  tr.setSelection(TextSelection.create(tr.doc, end + 1))
                }
                tr.scrollIntoView()
                return true
              })
              .run(),
      }
    },

    addMenuItems({ menu, buttons }) {
      const { pickerUrl, texts } = this.options
      const button = buttons.text(texts.button, texts.buttonTitle)
      button.classList.add("article-photo-button")
      menu.defineItem({
        name: "articlePhoto",
        groups: "photo",
        button,
        command: (editor) => openPicker(editor, this.options),
        enabled: () => Boolean(pickerUrl),
        hidden: () => !pickerUrl,
      })
    },
  })
  return { ArticlePhoto }
}
